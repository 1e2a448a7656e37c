// Stage 3 as data: the Twilio account and API key, linking them in Segment, the number and the Messaging Service.
import type { Task } from '../schema';
import {
  GUIDE_2025,
  TWILIO_KEY_REGION,
  TWILIO_KEY_TYPE_2022,
  TWILIO_KEY_TYPE_2025,
  guideLink,
  segmentChannelsPage,
} from './literals';

const ACCOUNT = guideLink('create-a-twilio-account-and-generate-an-api-key');
const COPY_SECRET = ['Copy secret key'];
const TWILIO_ENGAGE_FORM = ['Enter your Twilio API Key information'];

export const twilioAccount: Task = {
  id: 'twilio.account',
  platform: 'twilio',
  title: 'Create a paid Twilio account',
  steps: [
    'Sign up at twilio.com/try-twilio for a **paid account**: trial accounts cause sending errors.',
    'In the console, copy your **Account SID** from the account’s credentials.',
  ],
  page: {
    name: 'Twilio Console > Account Info',
    deepLink: 'https://console.twilio.com/',
    matches: [
      'https://console.twilio.com/',
      'https://www.twilio.com/console',
      'https://www.twilio.com/console/',
      // The 2025 guide copies the Account SID from "Live credentials" on the API keys & tokens page.
      'https://console.twilio.com/*/account/keys-credentials/api-keys',
      'https://1console.twilio.com/account/*/settings/*/api-keys/auth-tokens*',
      'https://www.twilio.com/try-twilio*',
      'https://login.twilio.com/u/signup*',
    ],
  },
  produces: ['twilio.accountSid'],
  guideUrl: ACCOUNT,
  targets: [
    {
      key: 'accountSid',
      kind: 'field',
      labels: ['Account SID'],
      scope: { section: ['Live credentials', 'Account Info'] },
      want: { kind: 'click' },
      rule: 'twilioAccountSid',
      captures: 'twilio.accountSid',
      instruction: 'Copy the **Account SID** (it starts with `AC`).',
    },
  ],
  variants: [
    {
      since: GUIDE_2025,
      note: 'The 2025 guide copies the Account SID from the **Live credentials** section of the API keys & tokens page.',
    },
  ],
};

export const twilioApikey: Task = {
  id: 'twilio.apikey',
  platform: 'twilio',
  title: 'Generate a Twilio API key',
  steps: [
    'In the Twilio console, open the **Account** menu, then **API keys & tokens**.',
    'Click **Create API key**.',
    'Type a name for the key into **Friendly name**.',
    `Set the region to **${TWILIO_KEY_REGION}** and the key type to **${TWILIO_KEY_TYPE_2022}**.`,
    'Click **Create API Key**.',
    'Copy the **SID** and the **Secret**: the secret is shown only once.',
  ],
  page: {
    name: 'Account > API keys & tokens',
    deepLink: 'https://console.twilio.com/us1/account/keys-credentials/api-keys/create',
    matches: [
      'https://console.twilio.com/*/account/keys-credentials/api-keys*',
      'https://www.twilio.com/console/project/api-keys*',
      'https://www.twilio.com/console/runtime/api-keys*',
      'https://1console.twilio.com/account/*/settings/*/api-keys*',
    ],
  },
  produces: ['twilio.apiKeySid', 'twilio.apiKeySecret'],
  guideUrl: ACCOUNT,
  targets: [
    {
      key: 'friendlyName',
      kind: 'field',
      labels: ['Friendly name'],
      want: { kind: 'choice', hint: 'a name you will recognise, e.g. `engage`' },
      rule: 'nonEmpty',
      instruction: 'Type a name for the key into **Friendly name**.',
    },
    {
      key: 'region',
      kind: 'select',
      labels: ['Region'],
      want: { kind: 'literal', value: TWILIO_KEY_REGION },
      instruction: `Set the region to **${TWILIO_KEY_REGION}**.`,
    },
    {
      key: 'keyType',
      kind: 'radio',
      labels: [TWILIO_KEY_TYPE_2022],
      scope: { section: ['Key type', 'Key Type'] },
      want: { kind: 'checked' },
      instruction: `Set the key type to **${TWILIO_KEY_TYPE_2022}**.`,
    },
    {
      key: 'createApiKey',
      kind: 'button',
      labels: ['Create API Key'],
      want: { kind: 'click' },
      instruction: 'Click **Create API Key**.',
    },
    {
      key: 'sid',
      kind: 'field',
      labels: ['SID'],
      scope: { dialog: COPY_SECRET, section: COPY_SECRET },
      want: { kind: 'click' },
      rule: 'twilioApiKeySid',
      captures: 'twilio.apiKeySid',
      instruction: 'Copy the **SID** (it starts with `SK`).',
    },
    {
      key: 'secret',
      kind: 'field',
      labels: ['Secret'],
      scope: { dialog: COPY_SECRET, section: COPY_SECRET },
      want: { kind: 'click' },
      rule: 'twilioApiKeySecret',
      captures: 'twilio.apiKeySecret',
      instruction: 'Copy the **Secret** now: Twilio shows it only once.',
    },
  ],
  done: { kind: 'textAppears', text: COPY_SECRET },
  variants: [
    {
      since: GUIDE_2025,
      note: `The 2025 guide asks for key type **${TWILIO_KEY_TYPE_2025}** instead of **${TWILIO_KEY_TYPE_2022}** (only Main keys can read the account, which verification uses).`,
    },
  ],
};

export const segmentSms: Task = {
  id: 'segment.sms',
  platform: 'segment',
  title: 'Connect Twilio to Segment',
  steps: [
    'Switch to the tab with your Segment workspace.',
    'Open **Personas > Campaigns**. Under **Send SMS messages with Twilio**, click **Get Started**; the **Set up your SMS service** page opens.',
    'Click **Copy webhook URL**: you will paste it into Twilio later.',
    'Under **Enter your Twilio API Key information**, paste the SID and the **API Key Secret** you copied.',
    'Click **Verify**, then **Save Twilio Account**.',
  ],
  page: segmentChannelsPage('twilio'),
  produces: ['segment.twilioWebhookUrl'],
  consumes: ['twilio.accountSid', 'twilio.apiKeySid', 'twilio.apiKeySecret'],
  guideUrl: ACCOUNT,
  targets: [
    {
      key: 'getStarted',
      kind: 'button',
      labels: ['Get Started'],
      scope: { section: ['Send SMS messages with Twilio', 'SMS Service with Twilio'] },
      want: { kind: 'click' },
      instruction: 'Under **Send SMS messages with Twilio**, click **Get Started**.',
    },
    {
      key: 'copyWebhookUrl',
      kind: 'button',
      labels: ['Copy webhook URL'],
      want: { kind: 'click' },
      rule: 'segmentTwilioWebhookUrl',
      captures: 'segment.twilioWebhookUrl',
      instruction: 'Click **Copy webhook URL**; you will paste it into Twilio’s **Request URL**.',
    },
    {
      key: 'accountSid',
      kind: 'field',
      labels: ['Account SID'],
      placeholders: ['Enter Account SID', 'Account SID'],
      scope: { section: TWILIO_ENGAGE_FORM },
      want: { kind: 'value', name: 'twilio.accountSid' },
      rule: 'twilioAccountSid',
      instruction: 'Paste your **Account SID** (starts with `AC`).',
    },
    {
      // Only the 2025 screen has this field (the April 2022 screenshot shows Account SID + API Key Secret).
      key: 'apiKeySid',
      kind: 'field',
      labels: ['API Key SID'],
      placeholders: ['Enter API Key SID'],
      scope: { section: TWILIO_ENGAGE_FORM },
      want: { kind: 'value', name: 'twilio.apiKeySid' },
      rule: 'twilioApiKeySid',
      instruction: 'Paste the API key’s **SID** (starts with `SK`).',
    },
    {
      key: 'apiKeySecret',
      kind: 'field',
      labels: ['API Key Secret'],
      placeholders: ['Enter API Key Secret'],
      scope: { section: TWILIO_ENGAGE_FORM },
      want: { kind: 'value', name: 'twilio.apiKeySecret' },
      rule: 'twilioApiKeySecret',
      instruction: 'Paste the API key’s **Secret**. Check there is no extra space at the end.',
    },
    {
      key: 'verify',
      kind: 'button',
      labels: ['Verify'],
      want: { kind: 'click' },
      instruction: 'Click **Verify**.',
    },
    {
      // 2025 screen: after Verify, pick the Messaging Services this space uses.
      key: 'messagingServices',
      kind: 'select',
      labels: ['Messaging service'],
      scope: { section: ['Select your messaging services'] },
      want: { kind: 'choice', hint: 'the Messaging Service(s) you created for Engage' },
      instruction: 'Select the messaging services you want to use in this space.',
    },
    {
      key: 'save',
      kind: 'button',
      labels: ['Save Twilio Account'],
      want: { kind: 'click' },
      instruction: 'Click **Save Twilio Account**.',
    },
  ],
  variants: [
    {
      since: GUIDE_2025,
      note: 'Now **Engage > Engage settings > Channels** → **SMS Service with Twilio** → **Get Started** opens "Set up and validate your Twilio account". It has three fields: **Account SID**, **API Key SID** and **API Key Secret**; after **Verify**, select your messaging services, then **Save Twilio Account**. The 2025 guide no longer mentions **Copy webhook URL**.',
    },
  ],
};
