// Stage 3 as data: the Twilio account and API key, linking them in Segment, the number and the Messaging Service.
import type { Task } from '../schema';
import {
  GUIDE_2025,
  TWILIO_KEY_REGION,
  TWILIO_KEY_TYPE_2022,
  TWILIO_KEY_TYPE_2025,
  guideLink,
} from './literals';

const ACCOUNT = guideLink('create-a-twilio-account-and-generate-an-api-key');
const COPY_SECRET = ['Copy secret key'];

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
  success: { shows: { kind: 'textAppears', text: ['Account SID'] }, says: 'Twilio account ready', keep: ['twilio.accountSid'] },
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
    `Set the region to **${TWILIO_KEY_REGION}** and the key type to **${TWILIO_KEY_TYPE_2025}** (the 2022 guide said **${TWILIO_KEY_TYPE_2022}**, which cannot read the account that Verify and Segment check).`,
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
      labels: [TWILIO_KEY_TYPE_2025],
      scope: { section: ['Key type', 'Key Type'] },
      want: { kind: 'checked' },
      // Segment's current form and the 2025 guide ask for Main; a Standard key cannot read the account.
      instruction: `Choose **${TWILIO_KEY_TYPE_2025}**. (The 2022 guide said **${TWILIO_KEY_TYPE_2022}**; only a Main key can read the account, which Segment and Verify need.)`,
      why: `only a ${TWILIO_KEY_TYPE_2025} key can read the account, which Segment and Verify need (the 2022 guide’s ${TWILIO_KEY_TYPE_2022} cannot)`,
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
      // Section only: today a page, on older consoles a dialog; its heading names both (docs/console-labels.md, Twilio).
      scope: { section: COPY_SECRET },
      want: { kind: 'click' },
      rule: 'twilioApiKeySid',
      captures: 'twilio.apiKeySid',
      instruction: 'Copy the **SID** (it starts with `SK`).',
    },
    {
      key: 'secret',
      kind: 'field',
      labels: ['Secret'],
      // Section only: today a page, on older consoles a dialog; its heading names both (docs/console-labels.md, Twilio).
      scope: { section: COPY_SECRET },
      want: { kind: 'click' },
      rule: 'twilioApiKeySecret',
      captures: 'twilio.apiKeySecret',
      instruction: 'Copy the **Secret** now: Twilio shows it only once.',
    },
  ],
  // Shown once: the task is done only when the SID and the secret are kept (or saved elsewhere).
  success: { shows: { kind: 'headingReads', text: COPY_SECRET }, says: 'API key created', keep: ['twilio.apiKeySid', 'twilio.apiKeySecret'] },
  variants: [
    {
      since: GUIDE_2025,
      note: `The 2025 guide asks for key type **${TWILIO_KEY_TYPE_2025}** instead of **${TWILIO_KEY_TYPE_2022}** (only Main keys can read the account, which verification uses).`,
    },
  ],
};
