// Stage 2, first half, as data: the SendGrid account, Pro plan, subuser, domain, rDNS and subscription tracking.
import type { Task } from '../schema';
import { ENGAGE_PREFIX, GUIDE_2025, guideLink } from './literals';

const PRO_ACCOUNT = guideLink('create-your-sendgrid-pro-account');
const SUBUSER = guideLink('create-a-subuser-and-check-the-dedicated-ip-address');
const DOMAIN = guideLink('authenticate-your-domain');

export const sendgridAccount: Task = {
  id: 'sendgrid.account',
  platform: 'sendgrid',
  title: 'Create a SendGrid account',
  steps: [
    'Sign up for a SendGrid account at signup.sendgrid.com.',
    'Sign in, so that the SendGrid app opens on your account.',
  ],
  page: {
    name: 'Settings > Account Details',
    deepLink: 'https://app.sendgrid.com/account/details',
    matches: [
      'https://app.sendgrid.com/account/details*',
      'https://app.sendgrid.com/settings/account*',
      'https://signup.sendgrid.com/*',
      'https://login.sendgrid.com/unified_login/*',
    ],
  },
  guideUrl: PRO_ACCOUNT,
  // Only a signed-in account reaches its own Account Details page: the page's title is the proof the account exists.
  done: { kind: 'headingReads', text: ['Account Details'] },
};

export const sendgridPlan: Task = {
  id: 'sendgrid.plan',
  platform: 'sendgrid',
  title: 'Upgrade SendGrid to a Pro plan',
  steps: [
    'Open **Settings > Account Details > Your Products**.',
    'In the **Email API** section, click **Change Plan**.',
    'On the Email API Plans page, pick a Pro option that fits how much you will send.',
    'Add it to your cart and check out. If the upgrade asks for more, follow SendGrid’s account upgrade guide.',
  ],
  page: {
    name: 'Settings > Account Details > Your Products',
    deepLink: 'https://app.sendgrid.com/account/products',
    // The plan picker itself has no documented URL; this billing path is seen in third-party code.
    matches: ['https://app.sendgrid.com/account/products*', 'https://app.sendgrid.com/account/billing/choose_plan*'],
  },
  guideUrl: PRO_ACCOUNT,
  targets: [
    {
      key: 'changePlan',
      kind: 'button',
      labels: ['Change Plan'],
      scope: { section: ['Email API'] },
      want: { kind: 'click' },
      instruction: 'Under **Email API**, click **Change Plan** and choose a Pro option.',
    },
    {
      key: 'proPlan',
      kind: 'radio',
      labels: ['Pro …', 'Pro'],
      scope: { title: ['Email API Plans'] },
      want: { kind: 'checked' },
      // Subusers need Pro or higher: Premier serves as well.
      alsoAccepts: ['Premier …', 'Premier'],
      instruction: 'Choose a **Pro** option that fits how much you will send (**Premier** works too).',
    },
    {
      key: 'confirmPlan',
      kind: 'button',
      labels: ['Confirm Plan', 'Add to cart', 'Checkout'],
      scope: { title: ['Email API Plans'] },
      want: { kind: 'click' },
      instruction: 'Click **Confirm Plan** (or add it to your cart and check out).',
    },
  ],
  success: { shows: { kind: 'textAppears', text: ['Plan changed to Pro', 'Plan changed to Premier'] }, says: 'Plan changed', quote: 'Plan changed to ((?:Pro|Premier)[\\w ]*)' },
};

export const sendgridSubuser: Task = {
  id: 'sendgrid.subuser',
  platform: 'sendgrid',
  title: 'Create a subuser with a dedicated IP',
  steps: [
    'Open **Settings > Subuser Management** and click **Create New Subuser**.',
    `In the **Create New Subuser** window, choose a username that starts with \`${ENGAGE_PREFIX}\` and ends with something unique, e.g. \`${ENGAGE_PREFIX}acme\`. Keep a note of it: Segment asks for it later.`,
    'Add an email address and a password.',
    'Tick the checkbox next to the dedicated IP address for this subuser.',
    'Fill in the remaining fields and click **Create Subuser**.',
    'Warm up the IP address, following SendGrid’s dedicated IP documentation.',
  ],
  page: {
    name: 'Settings > Subuser Management',
    deepLink: 'https://app.sendgrid.com/settings/subusers',
    matches: ['https://app.sendgrid.com/settings/subusers*'],
  },
  produces: ['sendgrid.subuserName'],
  guideUrl: SUBUSER,
  targets: [
    {
      key: 'createNewSubuser',
      kind: 'button',
      labels: ['Create New Subuser'],
      want: { kind: 'click' },
      instruction: 'Click **Create New Subuser**.',
    },
    {
      key: 'username',
      kind: 'field',
      labels: ['Username', 'Subuser name', 'Subuser Name'],
      scope: { title: ['Create New Subuser'] },
      want: { kind: 'choice', hint: `\`${ENGAGE_PREFIX}\` followed by a unique name, e.g. \`${ENGAGE_PREFIX}acme\`` },
      rule: 'subuserName',
      // Whatever the person types here is the name Segment asks for later.
      captures: 'sendgrid.subuserName',
      instruction: `Type a username that starts with \`${ENGAGE_PREFIX}\`, e.g. \`${ENGAGE_PREFIX}acme\`.`,
    },
    {
      key: 'email',
      kind: 'field',
      labels: ['Email', 'Email Address'],
      scope: { title: ['Create New Subuser'] },
      want: { kind: 'choice', hint: 'an address you can read mail at' },
      rule: 'nonEmpty',
      instruction: 'Add an email address for the subuser.',
    },
    {
      key: 'password',
      kind: 'field',
      labels: ['Password'],
      scope: { title: ['Create New Subuser'] },
      want: { kind: 'choice', hint: 'a password for the subuser (the copilot never stores it)' },
      rule: 'nonEmpty',
      instruction: 'Add a password for the subuser.',
    },
    {
      key: 'confirmPassword',
      kind: 'field',
      labels: ['Confirm Password', 'Confirm password'],
      scope: { title: ['Create New Subuser'] },
      want: { kind: 'choice', hint: 'the same password again' },
      rule: 'nonEmpty',
      instruction: 'Type the password again.',
    },
    {
      // The checkbox is labelled by the IP address itself; these are the column/section names around it (inferred).
      key: 'dedicatedIp',
      kind: 'checkbox',
      labels: ['IP Addresses', 'IP Address', 'Dedicated IP'],
      scope: { title: ['Create New Subuser'], section: ['Add IP Addresses', 'IP Addresses', 'IP Address'] },
      findBy: 'firstInScope',
      remembers: 'engageIp',
      want: { kind: 'checked' },
      instruction: 'Tick the checkbox next to the dedicated IP address for this subuser.',
    },
    {
      key: 'createSubuser',
      kind: 'button',
      labels: ['Create Subuser'],
      scope: { title: ['Create New Subuser'] },
      want: { kind: 'click' },
      instruction: 'Fill in the remaining fields, then click **Create Subuser**.',
    },
  ],
  success: { shows: { kind: 'textAppears', text: ['Subuser created'] }, says: 'Subuser created', quote: 'Subuser created: (\\S+)' },
  variants: [
    {
      since: GUIDE_2025,
      note: 'The 2025 guide recommends an IP address you use only for Engage. Domain authentication and reverse DNS then happen in the parent account; the event webhook and the API key happen in the subuser space.',
    },
  ],
};

export const sendgridDomain: Task = {
  id: 'sendgrid.domain',
  platform: 'sendgrid',
  title: 'Authenticate your domain',
  steps: [
    'Sign in as the new subuser: log out of SendGrid and back in with the subuser’s credentials.',
    'Make sure you may add CNAME records at your DNS provider; if unsure, ask your IT department.',
    'Follow SendGrid’s domain authentication guide. Where the form asks **Would you also like to brand the links for this domain?**, choose **Yes**.',
    'Add the five CNAME records SendGrid gives you at your DNS host.',
    'Return to SendGrid and verify your DNS.',
  ],
  page: {
    name: 'Settings > Sender Authentication',
    deepLink: 'https://app.sendgrid.com/settings/sender_auth',
    matches: [
      'https://app.sendgrid.com/settings/sender_auth',
      'https://app.sendgrid.com/settings/sender_auth/',
      'https://app.sendgrid.com/settings/sender_auth/domain*',
      'https://app.sendgrid.com/settings/sender_auth/link*',
      'https://app.sendgrid.com/settings/whitelabel*',
    ],
  },
  guideUrl: DOMAIN,
  targets: [
    {
      key: 'authenticateDomain',
      kind: 'button',
      labels: ['Authenticate Your Domain', 'Authenticate a Domain'],
      want: { kind: 'click' },
      instruction: 'Start domain authentication.',
    },
    {
      key: 'dnsHost',
      kind: 'select',
      labels: ['Which Domain Name Server (DNS) host?', 'DNS host'],
      want: { kind: 'choice', hint: 'the company that hosts your DNS records' },
      instruction: 'Choose the company that hosts your DNS records.',
    },
    {
      key: 'domainFrom',
      kind: 'field',
      labels: ['Domain You Send From', 'From Domain'],
      want: { kind: 'choice', hint: 'the domain your Engage email comes from, e.g. `example.com`' },
      rule: 'domainName',
      instruction: 'Type the domain you send from, e.g. `example.com`.',
    },
    {
      // SendGrid's wizard asks "Would you also like to brand the links for this domain?" (label inferred).
      key: 'brandLinks',
      kind: 'radio',
      labels: ['Yes'],
      scope: { section: ['Would you also like to brand the links for this domain?', 'Brand the links for this domain'] },
      want: { kind: 'checked' },
      instruction: 'Under **Would you also like to brand the links for this domain?**, choose **Yes**.',
    },
    {
      key: 'next',
      kind: 'button',
      labels: ['Next'],
      scope: { section: ['Authenticate Your Domain', 'Authenticate your domain'] },
      want: { kind: 'click' },
      instruction: 'Click **Next** to see the DNS records to add.',
    },
    {
      key: 'verify',
      kind: 'button',
      labels: ['Verify'],
      // The wizard's last screen lists the records under this heading (wording inferred).
      scope: { section: ['Install DNS Records', 'Install DNS records'] },
      want: { kind: 'click' },
      instruction: 'After adding the five CNAME records at your DNS host, click **Verify**.',
    },
  ],
  done: { kind: 'labelReads', labels: ['Domain Authentication', 'Status'], states: ['Verified'] },
  variants: [
    {
      since: GUIDE_2025,
      note:
        'The 2025 guide does domain authentication **from your SendGrid parent account**, not as the subuser. Either works: a domain authenticated as the subuser is the subuser’s own, while one authenticated in the parent account must then be assigned to the subuser (SendGrid lets a parent associate an authenticated domain with a subuser) so Engage mail can use it.',
    },
  ],
};

export const sendgridRdns: Task = {
  id: 'sendgrid.rdns',
  platform: 'sendgrid',
  title: 'Set up reverse DNS',
  steps: [
    'Follow SendGrid’s reverse DNS (rDNS) documentation.',
    'Add the one A record SendGrid gives you at your DNS host, alongside the five CNAME records from before.',
    'Return to SendGrid and verify your DNS.',
  ],
  page: {
    name: 'Settings > Sender Authentication > Reverse DNS',
    deepLink: 'https://app.sendgrid.com/settings/sender_auth/reverse_dns',
    matches: ['https://app.sendgrid.com/settings/sender_auth/reverse_dns*'],
  },
  guideUrl: DOMAIN,
  targets: [
    {
      key: 'ipAddress',
      kind: 'select',
      labels: ['IP Address'],
      want: { kind: 'choice', hint: 'your dedicated IP address' },
      instruction: 'Choose the dedicated IP address you use for Engage.',
    },
    {
      key: 'subdomain',
      kind: 'field',
      labels: ['Subdomain'],
      want: { kind: 'choice', hint: 'a subdomain for the reverse DNS record, e.g. `o1`' },
      rule: 'nonEmpty',
      instruction: 'Type a subdomain for the record, e.g. `o1`.',
    },
    {
      key: 'domain',
      kind: 'field',
      labels: ['Domain'],
      want: { kind: 'choice', hint: 'the domain you authenticated, e.g. `example.com`' },
      rule: 'domainName',
      sameAs: 'authenticatedDomain',
      instruction: 'Type the domain you authenticated, e.g. `example.com`.',
    },
    {
      key: 'next',
      kind: 'button',
      labels: ['Next'],
      scope: { section: ['Reverse DNS'] },
      want: { kind: 'click' },
      instruction: 'Click **Next** to see the A record to add.',
    },
    {
      key: 'verify',
      kind: 'button',
      labels: ['Verify'],
      scope: { section: ['Install DNS Records', 'Install DNS records'] },
      want: { kind: 'click' },
      instruction: 'After adding the A record at your DNS host, click **Verify**.',
    },
  ],
  // The record's status line ("Status" → "Verified") after Verify; the row in Sender Authentication's Reverse DNS table.
  done: { kind: 'labelReads', labels: ['Reverse DNS', 'Status'], states: ['Verified'] },
  variants: [
    { since: GUIDE_2025, note: 'The 2025 guide sets up reverse DNS **from your SendGrid parent account**.' },
  ],
};

export const sendgridSubscription: Task = {
  id: 'sendgrid.subscription',
  platform: 'sendgrid',
  title: 'Enable subscription tracking',
  steps: [
    'Open **Settings > Tracking**.',
    'In the Settings column, click **Subscription Tracking**.',
    'At the end of the Subscription Tracking window, switch **Setting State** to `enabled`.',
    'Click **Save**.',
  ],
  page: {
    name: 'Settings > Tracking',
    deepLink: 'https://app.sendgrid.com/settings/tracking',
    matches: ['https://app.sendgrid.com/settings/tracking*'],
  },
  guideUrl: guideLink('enable-subscription-tracking'),
  targets: [
    {
      key: 'subscriptionTracking',
      kind: 'button',
      labels: ['Subscription Tracking'],
      want: { kind: 'click' },
      instruction: 'In the Settings column, click **Subscription Tracking**.',
    },
    {
      key: 'settingState',
      kind: 'toggle',
      labels: ['Setting State'],
      role: 'switch',
      scope: { title: ['Subscription Tracking'] },
      want: { kind: 'checked' },
      instruction: 'Switch **Setting State** to `enabled`.',
    },
    {
      key: 'save',
      kind: 'button',
      labels: ['Save'],
      scope: { title: ['Subscription Tracking'] },
      want: { kind: 'click' },
      instruction: 'Click **Save**.',
    },
  ],
  done: { kind: 'labelReads', labels: ['Subscription Tracking'], states: ['Enabled', 'On', 'Active'] },
};
