// The hard cases of a real account, each as a change to the good state: several of everything, the Engage one not first.
import { SENDGRID_WEBHOOK_URL } from '../../utils/guide/data/literals';
import { FAKE } from './credentials';
import { hex32, PARENT_NAME, TS, type FakeState } from './state';

type Item = Record<string, unknown>;
const DAY = 86_400;
const iso = '2023-01-01T12:00:00Z';
const rfc2822 = 'Thu, 30 Jul 2015 20:00:00 +0000';
/** A SID with a number in it: prefix + 32 hex digits. */
export const sidN = (prefix: string, n: number) => prefix + n.toString(16).padStart(32, '0');
const dns = (host: string, data: string, valid: boolean, type = 'cname') => ({ valid, type, host, data });

/** The Segment workspace is EU (so Engage's EU webhook URL), the SendGrid account global: its keys answer on api.sendgrid.com. */
export function euWorkspaceGlobalAccount(s: FakeState) {
  s.sendgrid.webhook.url = SENDGRID_WEBHOOK_URL.eu;
}

/** The Engage subuser was created in SendGrid's EU region: its key answers on api.eu.sendgrid.com only. */
export function euSubuser(s: FakeState) {
  euWorkspaceGlobalAccount(s);
  s.sendgrid.subuserRegion = 'eu';
  s.sendgrid.subusers.find((u) => u.username === FAKE.subuserName)!.region = 'eu';
}

/** 120 subusers; an older, disabled `twilio_engage_app_acme_old` comes first; Engage's is on page 12 of 10. */
export function manySubusers(s: FakeState) {
  const engage = s.sendgrid.subusers.filter((u) => u.username === FAKE.subuserName);
  const others = Array.from({ length: 117 }, (_, i) => ({ id: 2000 + i, username: `client_${String(i).padStart(3, '0')}`, email: `c${i}@example.com`, disabled: i % 9 === 0, region: 'global' }));
  const old = { id: 999, username: `${FAKE.subuserName}_old`, email: 'old@example.com', disabled: true, region: 'global' };
  s.sendgrid.subusers = [old, ...others.slice(0, 110), ...engage, ...others.slice(110), ...s.sendgrid.subusers.filter((u) => u.username !== FAKE.subuserName)];
}

/** A dozen IPs; the first belongs to another subuser, is cold and has broken rDNS; Engage's is 12th (page 2 of 10). */
export function manyIps(s: FakeState) {
  const engage = s.sendgrid.ips[0]!;
  // 167.89.21.30 shares a prefix with Engage's 167.89.21.3: a prefix search for one finds both.
  const others = Array.from({ length: 11 }, (_, i) => ({
    ip: i === 0 ? '167.89.21.30' : `149.72.10.${i}`,
    subusers: ['marketing_team'],
    rdns: `o${i}.mail.other.example`,
    pools: [],
    warmup: false,
    start_date: null,
    whitelabeled: i < 3,
    assigned_at: TS,
  }));
  s.sendgrid.ips = [...others, engage];
  const badRdns = others.slice(0, 3).map((o, i) => ({
    id: 100 + i,
    ip: o.ip,
    rdns: o.rdns,
    users: [{ username: 'marketing_team', user_id: 1235 }],
    subdomain: `o${i}.mail`,
    domain: 'other.example',
    valid: false,
    legacy: false,
    a_record: dns(o.rdns, o.ip, false, 'a'),
  }));
  s.sendgrid.reverseDns = [...badRdns, ...s.sendgrid.reverseDns];
}

/** Warmup ended long ago: the IP is no longer warming and not in the warmup list, but keeps its start date. */
export function warmupFinished(s: FakeState) {
  const engage = s.sendgrid.ips.find((i) => i.ip === FAKE.ip)!;
  engage.warmup = false;
  engage.start_date = TS - 120 * DAY;
  s.sendgrid.warmup = [];
}

/** Before Engage's domain: a parent domain with automated security off (the other DNS shape) and another subuser's valid one. */
export function mixedDomains(s: FakeState) {
  const spf = {
    id: 7,
    user_id: 1,
    subdomain: 'mail',
    domain: 'acme-parent.example',
    username: PARENT_NAME,
    ips: ['149.72.10.1'],
    custom_spf: true,
    default: false,
    legacy: false,
    automatic_security: false,
    valid: false,
    dns: {
      mail_server: dns('mail.acme-parent.example', 'sendgrid.net', false, 'mx'),
      subdomain_spf: dns('mail.acme-parent.example', 'v=spf1 ip4:149.72.10.1 -all', false, 'txt'),
      domain_spf: dns('acme-parent.example', 'v=spf1 include:mail.acme-parent.example -all', true, 'txt'),
      dkim: dns('s1._domainkey.acme-parent.example', 'k=rsa; t=s; p=publicKey', false, 'txt'),
    },
  };
  const other = structuredClone(s.sendgrid.domains[0]!) as Item;
  Object.assign(other, { id: 8, domain: 'team.example', username: 'marketing_team', user_id: 1235, default: false });
  s.sendgrid.domains = [spf, other, ...s.sendgrid.domains];
}

/** A disabled copy of the Engage webhook comes first, and one more webhook posts elsewhere. */
export function duplicateWebhooks(s: FakeState) {
  const good = s.sendgrid.webhook;
  const copy = { ...good, id: '11111111-7015-11ed-a1eb-0242ac120002', enabled: false, friendly_name: 'Engage (old)', created_date: null };
  const elsewhere = { ...good, id: '22222222-7015-11ed-a1eb-0242ac120002', url: 'https://hooks.example.com/sendgrid', friendly_name: 'Analytics' };
  s.sendgrid.webhooks.webhooks = [copy, elsewhere, good];
}

/** 30 API keys on the subuser; Engage's is not first. */
export function manyApiKeys(s: FakeState) {
  const others = Array.from({ length: 29 }, (_, i) => ({ api_key_id: `k${String(i).padStart(21, '0')}`, name: `integration ${i}` }));
  s.sendgrid.apiKeys = [...others, ...s.sendgrid.apiKeys];
}

/** The 2025 guide's WhatsApp service (marketing too, WhatsApp senders only) comes before the SMS one. */
export function whatsappFirst(s: FakeState) {
  const sid = sidN('MG', 0xa);
  const wa = { ...s.twilio.services[0]!, sid, friendly_name: 'WhatsApp', inbound_request_url: null, us_app_to_person_registered: false, url: `https://messaging.twilio.com/v1/Services/${sid}` };
  s.twilio.services = [wa, ...s.twilio.services];
  s.twilio.senders.push({
    account_sid: FAKE.accountSid,
    messaging_service_sid: sid,
    sid: sidN('XE', 1),
    sender: 'whatsapp:+14155550199',
    sender_type: 'WhatsApp',
    country_code: 'US',
    date_created: iso,
    date_updated: iso,
    url: `https://messaging.twilio.com/v1/Services/${sid}/ChannelSenders/${sidN('XE', 1)}`,
  });
}

const number = (n: number, e164: string, type: string, sms = true) => ({
  sid: sidN('PN', n),
  account_sid: FAKE.accountSid,
  phone_number: e164,
  friendly_name: e164,
  capabilities: { voice: true, sms, mms: sms, fax: false },
  status: 'in-use',
  type,
  origin: 'twilio',
  date_created: rfc2822,
  date_updated: rfc2822,
  uri: `/2010-04-01/Accounts/${FAKE.accountSid}/IncomingPhoneNumbers/${sidN('PN', n)}.json`,
});

/** A toll-free number, unverified and in no service, is listed before the pooled local one. */
export function tollFreeBeside(s: FakeState) {
  const tf = number(0x7f, '+18885550100', 'tollfree');
  s.twilio.numbers = [tf, ...s.twilio.numbers];
  s.twilio.tollfree.push({
    sid: hex32('HH', '4'),
    account_sid: FAKE.accountSid,
    tollfree_phone_number_sid: tf.sid,
    tollfree_phone_number: tf.phone_number,
    status: 'PENDING_REVIEW',
    rejection_reason: null,
    date_created: iso,
    date_updated: iso,
    url: `https://messaging.twilio.com/v1/Tollfree/Verifications/${hex32('HH', '4')}`,
  });
}

/** The service sends from the toll-free number instead (its verification approved); the local one is in no pool. */
export function tollFreePooled(s: FakeState) {
  tollFreeBeside(s);
  const tf = s.twilio.numbers[0]!;
  Object.assign(s.twilio.pool[0]!, { sid: tf.sid, phone_number: tf.phone_number, url: `https://messaging.twilio.com/v1/Services/${FAKE.serviceSid}/PhoneNumbers/${String(tf.sid)}` });
  s.twilio.tollfree[0]!.status = 'TWILIO_APPROVED';
  s.twilio.services.find((x) => x.sid === FAKE.serviceSid)!.us_app_to_person_registered = false;
  s.twilio.campaigns = [];
}

/** 1,200 numbers: the pooled one is past the first 1,000 (Twilio's largest page). */
export function manyNumbers(s: FakeState) {
  const others = Array.from({ length: 1199 }, (_, i) => number(0x1000 + i, `+1415600${String(i).padStart(4, '0')}`, 'local', i % 2 === 0));
  s.twilio.numbers = [...others.slice(0, 1100), ...s.twilio.numbers, ...others.slice(1100)];
}

/** 60 brands: an approved stranger first; the campaign's own brand is 55th (page 2 of 50). */
export function manyBrands(s: FakeState) {
  const own = s.twilio.brands[0]!;
  const others = Array.from({ length: 59 }, (_, i) => ({ ...own, sid: sidN('BN', 0x100 + i), status: i === 0 ? 'APPROVED' : 'FAILED', failure_reason: i === 0 ? null : 'Brand name mismatch', url: `https://messaging.twilio.com/v1/a2p/BrandRegistrations/${sidN('BN', 0x100 + i)}` }));
  s.twilio.brands = [...others.slice(0, 54), own, ...others.slice(54)];
}

/** All of the above that a finished, busy account has, but the 1,200 numbers. */
export function busyAccount(s: FakeState) {
  for (const f of [manySubusers, manyIps, warmupFinished, mixedDomains, duplicateWebhooks, manyApiKeys, whatsappFirst, tollFreeBeside, manyBrands]) f(s);
}
