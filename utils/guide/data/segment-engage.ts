// The two Engage set-up screens in Segment as data: linking SendGrid (stage 2) and Twilio (stage 3) to the space.
import type { Task } from '../schema';
import { GUIDE_2025, guideLink, segmentChannelsPage } from './literals';

const API_KEY = guideLink('generate-an-api-key');
const ACCOUNT = guideLink('create-a-twilio-account-and-generate-an-api-key');
const SENDGRID_ENGAGE_DIALOG = ['Set up your email service', 'Set up and validate your SendGrid account'];
const TWILIO_ENGAGE_FORM = ['Enter your Twilio API Key information'];

export const segmentEmail: Task = {
  id: 'segment.email',
  platform: 'segment',
  title: 'Connect SendGrid to Segment',
  steps: [
    'Switch to the tab with your Segment workspace.',
    'Open **Personas > Campaigns**. Under **Send emails with SendGrid**, click **Get Started**.',
    'In the **Set up your email service** window, enter the subuser username into **Subuser name**.',
    'Paste the **Subuser API Key ID** and the **Subuser API Key** into their fields.',
    'Click **Verify**.',
  ],
  page: segmentChannelsPage('sendgrid'),
  consumes: ['sendgrid.subuserName', 'sendgrid.apiKeyId', 'sendgrid.apiKey'],
  guideUrl: API_KEY,
  targets: [
    {
      key: 'getStarted',
      kind: 'button',
      labels: ['Get Started'],
      scope: { section: ['Send emails with SendGrid', 'Email Service with SendGrid'] },
      want: { kind: 'click' },
      instruction: 'Under **Send emails with SendGrid**, click **Get Started**.',
    },
    {
      key: 'subuserName',
      kind: 'field',
      labels: ['Subuser name', 'Subuser Name'],
      placeholders: ['Enter subuser name'],
      scope: { title: SENDGRID_ENGAGE_DIALOG },
      want: { kind: 'value', name: 'sendgrid.subuserName' },
      rule: 'subuserName',
      instruction: 'Enter the subuser username you created in SendGrid.',
    },
    {
      // Matchers must prefer the exact label: "Subuser API Key" is a prefix of this one.
      key: 'apiKeyId',
      kind: 'field',
      labels: ['Subuser API Key ID'],
      placeholders: ['Enter API Key ID'],
      scope: { title: SENDGRID_ENGAGE_DIALOG },
      want: { kind: 'value', name: 'sendgrid.apiKeyId' },
      rule: 'sendgridApiKeyId',
      instruction: 'Paste the **API Key ID** from SendGrid’s API Keys page.',
    },
    {
      key: 'apiKey',
      kind: 'field',
      labels: ['Subuser API Key'],
      placeholders: ['Enter API Key'],
      scope: { title: SENDGRID_ENGAGE_DIALOG },
      want: { kind: 'value', name: 'sendgrid.apiKey' },
      rule: 'sendgridApiKey',
      instruction: 'Paste the API key SendGrid showed after **Create & View**.',
    },
    {
      key: 'verify',
      kind: 'button',
      labels: ['Verify'],
      scope: { title: SENDGRID_ENGAGE_DIALOG },
      want: { kind: 'click' },
      instruction: 'Click **Verify**.',
    },
    {
      key: 'save',
      kind: 'button',
      labels: ['Save'],
      scope: { title: SENDGRID_ENGAGE_DIALOG },
      want: { kind: 'click' },
      instruction: 'Once Segment says it verified the key, click **Save**.',
    },
  ],
  success: { shows: { kind: 'textAppears', text: ['Connected as'] }, says: 'Email connected', quote: 'Connected as (\\S+)' },
  variants: [
    {
      since: GUIDE_2025,
      note: 'Now under **Engage > Engage settings > Channels** → **Email Service with SendGrid** → **Get Started**; the window is "Set up and validate your SendGrid account" and the field is **Subuser Name**. The screen order is name, **Subuser API Key ID**, **Subuser API Key**.',
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
  // Its last steps select the Messaging Service, which the Twilio stage creates (with this page's webhook URL).
  finishesAfter: ['twilio.service', 'twilio.number', 'twilio.register', 'twilio.webhook', 'twilio.compliance'],
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
      scope: { section: TWILIO_ENGAGE_FORM },
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
      // The checklist creates the service later (Twilio stage), so the list can be empty the first time here.
      instruction:
        'Select the messaging services you want to use in this space. None in the list yet? Do “Create a Messaging Service” (Twilio stage) first, then come back and select it here.',
    },
    {
      key: 'save',
      kind: 'button',
      labels: ['Save Twilio Account'],
      want: { kind: 'click' },
      instruction: 'Click **Save Twilio Account**.',
    },
  ],
  success: { shows: { kind: 'textAppears', text: ['Connected to AC'] }, says: 'SMS connected' },
  variants: [
    {
      since: GUIDE_2025,
      note: 'Now **Engage > Engage settings > Channels** → **SMS Service with Twilio** → **Get Started** opens "Set up and validate your Twilio account". It has three fields: **Account SID**, **API Key SID** and **API Key Secret**; after **Verify**, select your messaging services, then **Save Twilio Account**. The 2025 guide no longer mentions **Copy webhook URL**.',
    },
  ],
};
