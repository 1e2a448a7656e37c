// The "all good" answers of the fake SendGrid and Twilio APIs: one consistent onboarding, shaped like the official specs.
import { FAKE } from './credentials';

export const TS = 1_700_000_000;
type Item = Record<string, unknown>;
const rfc2822 = 'Thu, 30 Jul 2015 20:00:00 +0000';
const iso = '2023-01-01T12:00:00Z';
export const hex32 = (prefix: string, c: string) => prefix + c.repeat(32);
export const PARENT_NAME = 'acme_parent';

export function goodState() {
  const webhook = {
    id: '77d4a5da-7015-11ed-a1eb-0242ac120002',
    enabled: true,
    url: 'https://engage-ma-webhook-api.engage.segment.com/sendgrid',
    friendly_name: 'Engage',
    processed: true,
    dropped: true,
    deferred: true,
    bounce: true,
    delivered: true,
    open: true,
    click: true,
    spam_report: true,
    unsubscribe: true,
    group_unsubscribe: true,
    group_resubscribe: true,
    created_date: iso,
    updated_date: iso,
  } as Item;
  const dns = (host: string, data: string, valid = true) => ({ valid, type: 'cname', host, data });
  const sendgrid = {
    parentName: PARENT_NAME,
    /** The Engage subuser's region: its key answers on api.eu.sendgrid.com only when `eu`. */
    subuserRegion: 'global' as 'global' | 'eu',
    account: { type: 'paid', reputation: 100 } as Item,
    username: { username: FAKE.subuserName, user_id: 1234 } as Item,
    scopes: {
      scopes: [
        'mail.send',
        'user.webhooks.event.settings.read',
        'user.webhooks.event.settings.update',
        'tracking_settings.subscription.read',
        'tracking_settings.subscription.update',
        'api_keys.read',
        'user.username.read',
        'user.account.read',
        'asm.groups.read',
        'asm.groups.create',
        'whitelabel.read',
      ],
    },
    apiKeys: [{ api_key_id: FAKE.subuserKeyId, name: 'twilio_engage_app_acme' }] as Item[],
    subscription: {
      enabled: true,
      html_content: '<p>Unsubscribe: <% %></p>',
      landing: '<p>You are unsubscribed.</p>',
      plain_content: 'Unsubscribe: <% %>',
      replace: '[unsubscribe]',
      url: 'https://example.com/unsubscribe',
    } as Item,
    webhooks: { max_allowed: 5, webhooks: [webhook] as Item[] },
    webhook,
    subusers: [
      { id: 1234, username: FAKE.subuserName, email: 'engage@example.com', disabled: false, region: 'global' },
      { id: 1235, username: 'marketing_team', email: 'team@example.com', disabled: false, region: 'global' },
    ] as Item[],
    ips: [
      {
        ip: FAKE.ip,
        subusers: [FAKE.subuserName],
        rdns: 'o1.email.example.com',
        pools: [],
        warmup: true,
        start_date: TS,
        whitelabeled: true,
        assigned_at: TS,
      },
    ] as Item[],
    domains: [
      {
        id: 1,
        user_id: 1,
        subdomain: 'em123',
        domain: 'example.com',
        username: FAKE.subuserName,
        ips: [],
        custom_spf: false,
        default: true,
        legacy: false,
        automatic_security: true,
        valid: true,
        dns: {
          mail_cname: dns('em123.example.com', 'u1.wl.sendgrid.net'),
          dkim1: dns('s1._domainkey.example.com', 's1.domainkey.u1.wl.sendgrid.net'),
          dkim2: dns('s2._domainkey.example.com', 's2.domainkey.u1.wl.sendgrid.net'),
        },
      },
    ] as Item[],
    links: [
      {
        id: 1,
        domain: 'example.com',
        subdomain: 'url123',
        username: FAKE.subuserName,
        user_id: 1,
        default: true,
        valid: true,
        legacy: false,
        dns: {
          domain_cname: dns('url123.example.com', 'sendgrid.net'),
          owner_cname: dns('1.example.com', 'sendgrid.net'),
        },
      },
    ] as Item[],
    reverseDns: [
      {
        id: 1,
        ip: FAKE.ip,
        rdns: 'o1.email.example.com',
        users: [{ username: FAKE.subuserName, user_id: 1234 }],
        subdomain: 'o1.email',
        domain: 'example.com',
        valid: true,
        legacy: false,
        a_record: { valid: true, type: 'a', host: 'o1.email.example.com', data: FAKE.ip },
      },
    ] as Item[],
    warmup: [{ ip: FAKE.ip, start_date: TS }] as Item[],
  };
  const acctUri = `/2010-04-01/Accounts/${FAKE.accountSid}`;
  const twilio = {
    account: {
      sid: FAKE.accountSid,
      owner_account_sid: FAKE.accountSid,
      friendly_name: 'Acme',
      status: 'active',
      type: 'Full',
      auth_token: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
      date_created: rfc2822,
      date_updated: rfc2822,
      uri: `${acctUri}.json`,
      subresource_uris: { incoming_phone_numbers: `${acctUri}/IncomingPhoneNumbers.json` },
    } as Item,
    numbers: [
      {
        sid: FAKE.numberSid,
        account_sid: FAKE.accountSid,
        phone_number: FAKE.number,
        friendly_name: '(415) 555-0123',
        capabilities: { voice: true, sms: true, mms: true, fax: false },
        status: 'in-use',
        type: 'local',
        origin: 'twilio',
        date_created: rfc2822,
        date_updated: rfc2822,
        uri: `${acctUri}/IncomingPhoneNumbers/${FAKE.numberSid}.json`,
      },
    ] as Item[],
    services: [
      {
        sid: FAKE.serviceSid,
        account_sid: FAKE.accountSid,
        friendly_name: 'Engage SMS',
        date_created: iso,
        date_updated: iso,
        inbound_request_url: FAKE.twilioWebhookUrl,
        inbound_method: 'POST',
        fallback_url: null,
        fallback_method: 'POST',
        status_callback: null,
        sticky_sender: true,
        area_code_geomatch: true,
        validity_period: 14400,
        url: `https://messaging.twilio.com/v1/Services/${FAKE.serviceSid}`,
        usecase: 'marketing',
        us_app_to_person_registered: true,
        use_inbound_webhook_on_number: false,
      },
    ] as Item[],
    pool: [
      {
        sid: FAKE.numberSid,
        account_sid: FAKE.accountSid,
        service_sid: FAKE.serviceSid,
        phone_number: FAKE.number,
        country_code: 'US',
        capabilities: ['SMS', 'MMS', 'Voice'],
        date_created: iso,
        date_updated: iso,
        url: `https://messaging.twilio.com/v1/Services/${FAKE.serviceSid}/PhoneNumbers/${FAKE.numberSid}`,
      },
    ] as Item[],
    campaigns: [
      {
        sid: hex32('QE', '2'),
        account_sid: FAKE.accountSid,
        brand_registration_sid: hex32('BN', '3'),
        messaging_service_sid: FAKE.serviceSid,
        us_app_to_person_usecase: 'MARKETING',
        campaign_status: 'VERIFIED',
        date_created: iso,
        date_updated: iso,
        url: `https://messaging.twilio.com/v1/Services/${FAKE.serviceSid}/Compliance/Usa2p/${hex32('QE', '2')}`,
      },
    ] as Item[],
    brands: [
      {
        sid: hex32('BN', '3'),
        account_sid: FAKE.accountSid,
        brand_type: 'STANDARD',
        status: 'APPROVED',
        identity_status: 'VERIFIED',
        failure_reason: null,
        date_created: iso,
        date_updated: iso,
        url: `https://messaging.twilio.com/v1/a2p/BrandRegistrations/${hex32('BN', '3')}`,
      },
    ] as Item[],
    senders: [] as Item[],
    tollfree: [] as Item[],
  };
  return { sendgrid, twilio };
}

export type FakeState = ReturnType<typeof goodState>;
