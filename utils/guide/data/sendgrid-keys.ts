// Stage 2, second half, as data: the event webhook, the API key, pasting it into Segment, IP warmup, notifying Engage.
import type { Task } from '../schema';
import {
  ENGAGE_PREFIX,
  GUIDE_2025,
  SENDGRID_AUTH_METHOD,
  SENDGRID_KEY_PERMISSION,
  SENDGRID_WEBHOOK_URL,
  guideLink,
} from './literals';

const API_KEY = guideLink('generate-an-api-key');
const WARMUP = guideLink('enable-automated-ip-warmup');

/** The 2020 side modal is titled "Event Webhook"; today's multi-webhook screen opens a create dialog. */
const WEBHOOK_DIALOG = ['Event Webhook', 'Create new webhook', 'Edit Event Webhook', 'Create Event Webhook'];

export const sendgridWebhook: Task = {
  id: 'sendgrid.webhook',
  platform: 'sendgrid',
  title: 'Enable the event webhook',
  steps: [
    'In your SendGrid subuser space, open **Settings > Mail Settings**.',
    'Click the pencil icon next to **Event Webhook**.',
    'Set the authorization method to none.',
    `Paste \`${SENDGRID_WEBHOOK_URL.us}\` into **HTTP Post URL**.`,
    'Tick every event type.',
    'Switch the Event Webhook Status to `Enabled` and click **Save**.',
  ],
  page: {
    name: 'Settings > Mail Settings',
    deepLink: 'https://app.sendgrid.com/settings/mail_settings',
    // Covers the 2020 page and today's `/mail_settings/webhook_settings` list (third-party source).
    matches: ['https://app.sendgrid.com/settings/mail_settings*'],
  },
  guideUrl: guideLink('enable-event-webhook'),
  targets: [
    {
      key: 'editWebhook',
      kind: 'button',
      labels: ['Edit Event Webhook', 'Event Webhook', 'Create new webhook'],
      want: { kind: 'click' },
      instruction: 'Click the pencil icon next to **Event Webhook** (on the newer screen: **Create new webhook**).',
    },
    {
      key: 'authorizationMethod',
      kind: 'select',
      labels: ['Authorization Method'],
      scope: { title: WEBHOOK_DIALOG },
      want: { kind: 'literal', value: SENDGRID_AUTH_METHOD },
      instruction: 'Set **Authorization Method** to none.',
    },
    {
      key: 'postUrl',
      kind: 'field',
      labels: ['HTTP Post URL', 'Post URL'],
      scope: { title: WEBHOOK_DIALOG },
      want: { kind: 'literal', value: SENDGRID_WEBHOOK_URL },
      rule: 'sendgridWebhookUrl',
      instruction: `Paste \`${SENDGRID_WEBHOOK_URL.us}\` into **HTTP Post URL**.`,
    },
    {
      key: 'deliverabilityAll',
      kind: 'checkbox',
      labels: ['Select All'],
      scope: { section: ['Deliverability Data'] },
      want: { kind: 'checked' },
      instruction: 'Tick **Select All** under **Deliverability Data**.',
    },
    {
      key: 'engagementAll',
      kind: 'checkbox',
      labels: ['Select All'],
      scope: { section: ['Engagement Data'] },
      want: { kind: 'checked' },
      instruction: 'Tick **Select All** under **Engagement Data**.',
    },
    {
      key: 'status',
      kind: 'toggle',
      labels: ['Event Webhook Status', 'Enabled', 'Status'],
      role: 'switch',
      scope: { title: WEBHOOK_DIALOG },
      want: { kind: 'checked' },
      instruction: 'Switch the Event Webhook Status to `Enabled`.',
    },
    {
      key: 'save',
      kind: 'button',
      labels: ['Save'],
      scope: { title: WEBHOOK_DIALOG },
      want: { kind: 'click' },
      instruction: 'Click **Save**.',
    },
  ],
  done: { kind: 'labelReads', labels: ['Event Webhook'], states: ['Enabled'], field: 'postUrl' },
  variants: [
    {
      since: GUIDE_2025,
      note: `EU workspaces use \`${SENDGRID_WEBHOOK_URL.eu}\`. The 2025 guide says to tick **Select All** under both **Deliverability Data** and **Engagement Data**, and stresses that this happens in the **subuser** space.`,
    },
  ],
};

export const sendgridApikey: Task = {
  id: 'sendgrid.apikey',
  platform: 'sendgrid',
  title: 'Generate a SendGrid API key',
  steps: [
    'Keep your Segment workspace open in another tab: you will paste the key there.',
    'In your SendGrid subuser space, open **Settings > API Keys** and click **Create API Key**.',
    `Name the key with the prefix \`${ENGAGE_PREFIX}\` and a suffix of your choice, e.g. \`${ENGAGE_PREFIX}example\`.`,
    `Choose **${SENDGRID_KEY_PERMISSION}**.`,
    'Click **Create & View** and copy the API key: SendGrid shows it only once.',
    'Back on the API Keys page, copy the value after **API Key ID**.',
  ],
  page: {
    name: 'Settings > API Keys',
    deepLink: 'https://app.sendgrid.com/settings/api_keys',
    matches: ['https://app.sendgrid.com/settings/api_keys*'],
  },
  produces: ['sendgrid.apiKeyId', 'sendgrid.apiKey'],
  guideUrl: API_KEY,
  targets: [
    {
      key: 'createApiKey',
      kind: 'button',
      labels: ['Create API Key'],
      want: { kind: 'click' },
      instruction: 'Click **Create API Key**.',
    },
    {
      key: 'name',
      kind: 'field',
      labels: ['API Key Name'],
      scope: { title: ['Create API Key'] },
      want: { kind: 'choice', hint: `\`${ENGAGE_PREFIX}\` plus a suffix, e.g. \`${ENGAGE_PREFIX}example\`` },
      rule: 'apiKeyName',
      instruction: `Name the key \`${ENGAGE_PREFIX}\` plus a suffix of your choice.`,
    },
    {
      key: 'fullAccess',
      kind: 'radio',
      labels: [SENDGRID_KEY_PERMISSION],
      // "Full Access" is also a level on the "Access Details" sliders; the permission cards sit under this heading.
      scope: { section: ['API Key Permissions'] },
      want: { kind: 'checked' },
      instruction: `Choose **${SENDGRID_KEY_PERMISSION}**.`,
    },
    {
      key: 'createAndView',
      kind: 'button',
      labels: ['Create & View'],
      want: { kind: 'click' },
      instruction: 'Click **Create & View**.',
    },
    {
      // The key is shown once after Create & View as a button: "click the API key to copy it" (2025 guide).
      // Its accessible name carries the key's name ("API key acme, click to copy"), hence the prefix label.
      key: 'apiKey',
      kind: 'button',
      labels: ['API Key', 'Your API Key', 'API key …'],
      scope: { title: ['API Key Created', 'Create API Key'] },
      want: { kind: 'click' },
      rule: 'sendgridApiKey',
      captures: 'sendgrid.apiKey',
      instruction: 'Click the API key to copy it. SendGrid shows it only once.',
    },
    {
      key: 'doneButton',
      kind: 'button',
      labels: ['Done'],
      scope: { title: ['API Key Created'] },
      want: { kind: 'click' },
      instruction: 'Click **Done** to return to the API Keys page.',
    },
    {
      // On the list, the ID sits in the "API Key ID" column next to the key's name; one row per key. The ring goes to the
      // row of the kept key (its ID is the key's middle part), and keeping another row's ID is refused (utils/vault/pair.ts).
      key: 'apiKeyId',
      kind: 'field',
      labels: ['API Key ID'],
      findBy: 'column',
      want: { kind: 'click' },
      rule: 'sendgridApiKeyId',
      captures: 'sendgrid.apiKeyId',
      instruction: 'Keep the value shown under **API Key ID** in the row of the key you just created (the name you gave it) with **Keep for Segment** below (or select it and press Ctrl+C): Segment asks for it with that key.',
    },
  ],
  // The key is shown once: the task is done when the key and its ID are kept (or saved elsewhere).
  success: { shows: { kind: 'textAppears', text: ['API Key ID'] }, says: 'SendGrid API key created', keep: ['sendgrid.apiKey', 'sendgrid.apiKeyId'] },
  variants: [
    {
      since: GUIDE_2025,
      note: 'The 2025 guide adds: click the key to copy it, then **Done**; copy the **API Key ID** from the API Keys page. An API key cannot be re-used in another Engage space: each space needs a new key.',
    },
  ],
};

export const sendgridWarmup: Task = {
  id: 'sendgrid.warmup',
  platform: 'sendgrid',
  title: 'Enable automated IP warmup',
  steps: [
    'Only warm up your IP when you are ready to start sending campaigns.',
    'Open **Settings > IP Addresses**.',
    'On the **Dedicated IP Addresses** page, click the pencil icon next to your Engage IP address.',
    'Under **Additional options**, tick **Use Automated IP warmup** and **Allow my subusers to send mail using this IP address**.',
    'Click **Save**.',
  ],
  page: {
    name: 'Settings > IP Addresses',
    deepLink: 'https://app.sendgrid.com/settings/ip_addresses',
    matches: ['https://app.sendgrid.com/settings/ip_addresses*'],
  },
  guideUrl: WARMUP,
  targets: [
    {
      key: 'editIp',
      kind: 'button',
      // The pencil's accessible name carries the IP ("Edit 149.72.134.21"): "Edit …" accepts it, after exact "Edit".
      labels: ['Edit', 'Edit Your Dedicated IP Address', 'Edit …'],
      // The 2022 guide's "Dedicated IP Addresses" page is "Settings > IP Addresses" today (docs/console-labels.md, SendGrid).
      scope: { section: ['Dedicated IP Addresses', 'IP Addresses'] },
      // One pencil per IP: the one in the row of the IP the Engage subuser was given (remembered in sendgrid.subuser).
      row: 'engageIp',
      want: { kind: 'click' },
      instruction: 'Click the pencil icon next to the IP address you gave the Engage subuser.',
    },
    {
      key: 'useWarmup',
      kind: 'checkbox',
      labels: ['Use Automated IP warmup'],
      want: { kind: 'checked' },
      instruction: 'Tick **Use Automated IP warmup**.',
    },
    {
      key: 'allowSubusers',
      kind: 'checkbox',
      labels: [
        'Allow my subusers to send mail using this IP address',
        'Allow my subusers to send mail using these IP addresses',
      ],
      want: { kind: 'checked' },
      instruction: 'Tick **Allow my subusers to send mail using this IP address**.',
    },
    {
      key: 'save',
      kind: 'button',
      labels: ['Save'],
      scope: { title: ['Edit Your Dedicated IP Address'] },
      want: { kind: 'click' },
      instruction: 'Click **Save**.',
    },
  ],
  // The list shows the warmup, not always the subuser setting: that one is read from the editor when it was open.
  success: {
    shows: { kind: 'tableColumnHas', column: ['Warmup', 'Automated warmup'], values: ['Warming up'], field: 'allowSubusers', row: 'engageIp' },
    says: 'Automated IP warmup is on',
  },
  variants: [
    {
      since: GUIDE_2025,
      note: 'Now: the IP’s action menu opens **Edit Your Dedicated IP Address**; select **Use Automated IP warmup** and **Save**. If you already send regularly on this IP, you can skip warmup.',
    },
  ],
};

export const engageNotify: Task = {
  id: 'engage.notify',
  platform: 'segment',
  title: 'Tell the Engage team IP warmup is on',
  steps: ['Required: contact the Twilio Engage team and tell them you have enabled IP warmup.'],
  page: {
    name: 'Contact the Twilio Engage team',
    deepLink: 'https://segment.com/docs/engage/contact/',
    matches: ['https://segment.com/docs/engage/contact*'],
  },
  guideUrl: WARMUP,
  variants: [
    {
      since: GUIDE_2025,
      note: 'The 2025 guide no longer has this step (its checklist still lists "Contact SendGrid support"). The 2022 guide requires it, so contact the team unless they have told you otherwise.',
    },
  ],
};
