// Stage 3, Messaging Service part, as data: buy (and maybe register) a number, create the service, set its webhook.
import type { Task } from '../schema';
import {
  GUIDE_2025,
  TWILIO_INCOMING,
  TWILIO_MESSAGING_USE,
  TWILIO_WEBHOOK_METHOD,
  guideLink,
  twilioServicesPage,
} from './literals';

const SERVICE = guideLink('set-up-a-twilio-messaging-service');
/** The number search page's title (inferred from Twilio's console wording). */
const NUMBER_PAGE = ['Buy a Number', 'Buy a number'];

export const twilioNumber: Task = {
  id: 'twilio.number',
  platform: 'twilio',
  title: 'Buy a phone number',
  steps: [
    'Read Twilio’s documentation on short code, long code and toll-free numbers, and pick the type that fits.',
    'Search for a number of that type in your Twilio console and buy it.',
  ],
  page: {
    name: 'Phone Numbers > Manage > Buy a number',
    deepLink: 'https://console.twilio.com/us1/develop/phone-numbers/manage/search',
    matches: [
      'https://console.twilio.com/*/develop/phone-numbers/manage/search*',
      'https://www.twilio.com/console/phone-numbers/search*',
      'https://1console.twilio.com/account/*/senders-onboarding*',
    ],
  },
  guideUrl: SERVICE,
  targets: [
    {
      // Inferred: no source names the number search's buttons (docs/console-labels.md, "Not seen anywhere").
      key: 'search',
      kind: 'button',
      labels: ['Search'],
      scope: { title: NUMBER_PAGE },
      want: { kind: 'click' },
      instruction: 'Choose the number type and capabilities you need, then click **Search**.',
    },
    {
      key: 'buy',
      kind: 'button',
      labels: ['Buy', 'Buy number'],
      scope: { title: NUMBER_PAGE },
      want: { kind: 'click' },
      instruction: 'Click **Buy** next to the number you want.',
    },
    {
      // The review dialog's confirm button carries the number ("Buy +1 415 555 0142").
      key: 'confirmBuy',
      kind: 'button',
      labels: ['Buy …', 'Buy this number'],
      scope: { title: ['Review phone number', 'Review your number'] },
      want: { kind: 'click' },
      instruction: 'Check the number and its monthly fee, then click **Buy** to confirm.',
    },
  ],
  success: {
    shows: { kind: 'textAppears', text: ['Your new phone number is', 'Congratulations'] },
    says: 'Number bought',
    quote: '(\\+\\d[\\d ]{6,}\\d)',
    // The Add Senders list holds every number of the account: this one is the Engage number.
    remembers: 'engageNumber',
  },
};

export const twilioRegister: Task = {
  id: 'twilio.register',
  platform: 'twilio',
  title: 'Register the number (if necessary)',
  steps: [
    'If your number type needs it (A2P 10DLC long codes, toll-free, short codes), register the number.',
    'Follow Twilio’s registration guide for that type; approval can take days.',
  ],
  page: {
    name: 'Messaging > Regulatory Compliance',
    deepLink: 'https://console.twilio.com/us1/develop/sms/regulatory-compliance/a2p-10dlc-overview',
    matches: [
      'https://console.twilio.com/*/develop/sms/regulatory-compliance*',
      'https://www.twilio.com/console/sms/regulatory-compliance*',
      'https://1console.twilio.com/account/*/sms/regulatory-compliance*',
      'https://1console.twilio.com/account/*/trusthub/compliance-registrations*',
      'https://1console.twilio.com/*/develop/trusthub/registrations*',
    ],
  },
  conditional: { when: 'if your phone number type must be registered (e.g. US A2P 10DLC or toll-free)' },
  guideUrl: SERVICE,
};

export const twilioService: Task = {
  id: 'twilio.service',
  platform: 'twilio',
  title: 'Create a Messaging Service',
  steps: [
    'In the side menu, open **Messaging > Services**.',
    'Click **Create Messaging Service** and give the service a name.',
    `Under the Messaging use dropdown, choose **${TWILIO_MESSAGING_USE}**.`,
    'On the **Sender Pool** tab, click **Add Senders** and add the number you bought.',
    'Click **Step 3: Set up Integration** and keep this tab open.',
  ],
  page: twilioServicesPage('Messaging > Services'),
  guideUrl: SERVICE,
  targets: [
    {
      key: 'createService',
      kind: 'button',
      labels: ['Create Messaging Service'],
      want: { kind: 'click' },
      instruction: 'Click **Create Messaging Service**.',
    },
    {
      // Inferred: the name field's label was never seen; Twilio's usual wordings (docs/console-labels.md, "Not seen anywhere").
      key: 'name',
      kind: 'field',
      labels: ['Messaging Service friendly name', 'Messaging Service name', 'Friendly name'],
      want: { kind: 'choice', hint: 'a name you will recognise, e.g. `Engage SMS`' },
      rule: 'nonEmpty',
      instruction: 'Enter a name for your Messaging Service.',
    },
    {
      key: 'messagingUse',
      kind: 'select',
      labels: ['Select what you want to use Messaging for', 'Messaging use'],
      want: { kind: 'literal', value: TWILIO_MESSAGING_USE },
      instruction: `Under the Messaging use dropdown, choose **${TWILIO_MESSAGING_USE}**, then create the service.`,
    },
    {
      // Step 1's own submit button (same name as the list page's button, so scoped to the step's heading;
      // heading wording inferred, as in the sandbox). Without it guidance waited for Add Senders on step 1.
      key: 'submitService',
      kind: 'button',
      labels: ['Create Messaging Service'],
      scope: { section: ['Step 1: Create Messaging Service'] },
      want: { kind: 'click' },
      instruction: 'Click **Create Messaging Service** to create the service and go on to the Sender Pool.',
    },
    {
      key: 'addSenders',
      kind: 'button',
      labels: ['Add Senders'],
      want: { kind: 'click' },
      instruction: 'On the **Sender Pool** tab, click **Add Senders** and choose the number you bought.',
      // Step 3 shows beside it from the start: Add Senders is passed once its dialog is open or the pool lists a sender.
      passedWhen: [{ kind: 'headingReads', text: ['Add Senders'] }, { kind: 'textAppears', text: ['Senders: +', 'senders in this pool'] }],
    },
    {
      // Each number in the Add Senders dialog is a checkbox labelled by the number itself.
      key: 'senderNumber',
      kind: 'checkbox',
      labels: ['+1 …', '+44 …', '+…'],
      scope: { title: ['Add Senders'] },
      row: 'engageNumber',
      want: { kind: 'checked' },
      instruction: 'Tick the number you bought for Engage.',
    },
    {
      key: 'addPhoneNumbers',
      kind: 'button',
      labels: ['Add Phone Numbers', 'Add Senders'],
      scope: { title: ['Add Senders'] },
      want: { kind: 'click' },
      instruction: 'Click **Add Phone Numbers** to put it in the Sender Pool.',
    },
    {
      key: 'setUpIntegration',
      kind: 'button',
      labels: ['Step 3: Set up Integration'],
      want: { kind: 'click' },
      instruction: 'Click **Step 3: Set up Integration** and leave this tab open.',
    },
  ],
  // Twilio creates the service on step 1; it is set up once the wizard moves on to Integration.
  success: { shows: { kind: 'headingReads', text: ['Integration', 'Messaging Service created'] }, says: 'Messaging Service created, with its sender' },
  variants: [
    {
      since: GUIDE_2025,
      note: 'The 2025 guide creates the Messaging Service before the API key, and has you sign up for the paid Twilio account here.',
    },
  ],
};

export const twilioWebhook: Task = {
  id: 'twilio.webhook',
  platform: 'twilio',
  title: 'Point the Messaging Service at Segment',
  steps: [
    'In Segment’s **Set up your SMS service** page, click **Copy webhook URL**.',
    `Back on the Messaging Service’s Integration page, choose **${TWILIO_INCOMING}**.`,
    'Paste the URL into **Request URL**.',
    `Check that the dropdown next to **Request URL** reads **${TWILIO_WEBHOOK_METHOD}**.`,
  ],
  page: twilioServicesPage('Messaging Service > Integration'),
  consumes: ['segment.twilioWebhookUrl'],
  guideUrl: SERVICE,
  targets: [
    {
      key: 'sendWebhook',
      kind: 'radio',
      labels: [TWILIO_INCOMING],
      scope: { section: ['Incoming Messages', 'Integration'] },
      want: { kind: 'checked' },
      instruction: `Choose **${TWILIO_INCOMING}**.`,
      elsewhere: `For a Messaging Service you created already (Verify reopened this step): open it from **Messaging > Services**, then its **Integration** settings, where **${TWILIO_INCOMING}** and **Request URL** are.`,
    },
    {
      key: 'requestUrl',
      kind: 'field',
      labels: ['Request URL'],
      want: { kind: 'value', name: 'segment.twilioWebhookUrl' },
      rule: 'segmentTwilioWebhookUrl',
      instruction: 'Paste the URL from Segment’s **Copy webhook URL** button into **Request URL**.',
    },
    {
      // The select next to Request URL has no visible label of its own; these accessible names are inferred.
      key: 'requestMethod',
      kind: 'select',
      labels: ['Request URL method', 'Request URL HTTP method', 'HTTP method', 'Method'],
      want: { kind: 'literal', value: TWILIO_WEBHOOK_METHOD },
      instruction: `Check that the dropdown next to **Request URL** reads **${TWILIO_WEBHOOK_METHOD}**.`,
    },
    {
      key: 'toCompliance',
      kind: 'button',
      labels: ['Step 4: Add compliance info'],
      want: { kind: 'click' },
      instruction: 'Click **Step 4: Add compliance info** to save the integration and go on.',
    },
  ],
  // Step 4 and the summary do not reliably show the saved Request URL: the Integration step's field, as last seen, tells.
  success: {
    shows: { kind: 'headingReads', text: ['Step 4: Add compliance info', 'Messaging Service created'], field: 'requestUrl' },
    says: 'Incoming messages go to Segment',
  },
  variants: [
    {
      since: GUIDE_2025,
      note: `The 2025 guide only asks you to check that the dropdown next to **Request URL** reads **${TWILIO_WEBHOOK_METHOD}**; it no longer mentions pasting Segment’s webhook URL.`,
    },
  ],
};

export const twilioCompliance: Task = {
  id: 'twilio.compliance',
  platform: 'twilio',
  title: 'Add compliance info (if applicable)',
  steps: [
    'If it applies to you, click **Step 4: Add compliance info**.',
    'Finish the compliance set-up, then click **Complete Messaging Service Setup**.',
  ],
  page: twilioServicesPage('Messaging Service > Compliance'),
  conditional: { when: 'if Twilio asks for compliance info for your number or use case' },
  guideUrl: SERVICE,
  targets: [
    {
      key: 'addCompliance',
      kind: 'button',
      labels: ['Step 4: Add compliance info'],
      want: { kind: 'click' },
      instruction: 'Click **Step 4: Add compliance info**.',
    },
    {
      key: 'complete',
      kind: 'button',
      labels: ['Complete Messaging Service Setup'],
      want: { kind: 'click' },
      instruction: 'Finish the compliance set-up, then click **Complete Messaging Service Setup**.',
    },
  ],
  // The wizard ends on this screen whether or not compliance info was entered: the person confirms with one click.
  success: { shows: { kind: 'headingReads', text: ['Messaging Service created'] }, says: 'Messaging Service set up', proves: false },
};
