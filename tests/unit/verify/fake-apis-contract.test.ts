// The fake vendor APIs answer what the vendors' full OpenAPI specs (vendored in tests/fake-apis/specs) say, on every page of every scenario.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { FAKE } from '../../fake-apis/credentials';
import { createFakeApis, ROUTES, type FakeResponse } from '../../fake-apis/fake';
import { SCENARIOS, type RouteKey, type ScenarioName } from '../../fake-apis/scenarios';

type Op = { responses: Record<string, { $ref?: string }> };
type Spec = { paths: Record<string, Record<string, Op>> };
// Inside the repository only: vitest runs from its root.
const SPEC_DIR = join(process.cwd(), 'tests/fake-apis/specs');
const FILES = {
  'tsg_user_v3.json': 'sendgrid',
  'tsg_scopes_v3.json': 'sendgrid',
  'tsg_api_keys_v3.json': 'sendgrid',
  'tsg_tracking_settings_v3.json': 'sendgrid',
  'tsg_webhooks_v3.json': 'sendgrid',
  'tsg_subusers_v3.json': 'sendgrid',
  'tsg_ips_v3.json': 'sendgrid',
  'tsg_domain_authentication_v3.json': 'sendgrid',
  'tsg_link_branding_v3.json': 'sendgrid',
  'tsg_reverse_dns_v3.json': 'sendgrid',
  'tsg_ip_warmup_v3.json': 'sendgrid',
  'twilio_api_v2010.json': 'twilio',
  'twilio_messaging_v1.json': 'twilio',
} as const;
type File = keyof typeof FILES;
const specs = Object.fromEntries(
  Object.entries(FILES).map(([f, dir]) => [f, JSON.parse(readFileSync(join(SPEC_DIR, dir, f), 'utf8')) as Spec]),
) as Record<File, Spec>;

// Where each fake route is documented: spec file and path.
const DOC: Record<RouteKey, [File, string]> = {
  'sg.account': ['tsg_user_v3.json', '/v3/user/account'],
  'sg.username': ['tsg_user_v3.json', '/v3/user/username'],
  'sg.scopes': ['tsg_scopes_v3.json', '/v3/scopes'],
  'sg.apiKeys': ['tsg_api_keys_v3.json', '/v3/api_keys'],
  'sg.subscription': ['tsg_tracking_settings_v3.json', '/v3/tracking_settings/subscription'],
  'sg.webhooks': ['tsg_webhooks_v3.json', '/v3/user/webhooks/event/settings/all'],
  'sg.subusers': ['tsg_subusers_v3.json', '/v3/subusers'],
  'sg.ipsAssigned': ['tsg_ips_v3.json', '/v3/ips/assigned'],
  'sg.ips': ['tsg_ips_v3.json', '/v3/ips'],
  'sg.domains': ['tsg_domain_authentication_v3.json', '/v3/whitelabel/domains'],
  'sg.links': ['tsg_link_branding_v3.json', '/v3/whitelabel/links'],
  'sg.reverseDns': ['tsg_reverse_dns_v3.json', '/v3/whitelabel/ips'],
  'sg.warmup': ['tsg_ip_warmup_v3.json', '/v3/ips/warmup'],
  'tw.account': ['twilio_api_v2010.json', '/2010-04-01/Accounts/{Sid}.json'],
  'tw.numbers': ['twilio_api_v2010.json', '/2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers.json'],
  'tw.services': ['twilio_messaging_v1.json', '/v1/Services'],
  'tw.pool': ['twilio_messaging_v1.json', '/v1/Services/{ServiceSid}/PhoneNumbers'],
  'tw.senders': ['twilio_messaging_v1.json', '/v1/Services/{MessagingServiceSid}/ChannelSenders'],
  'tw.usa2p': ['twilio_messaging_v1.json', '/v1/Services/{MessagingServiceSid}/Compliance/Usa2p'],
  'tw.brands': ['twilio_messaging_v1.json', '/v1/a2p/BrandRegistrations'],
  'tw.tollfree': ['twilio_messaging_v1.json', '/v1/Tollfree/Verifications'],
};

/** Each route's first requests: plain, and with every documented filter the checks or the fakes use. */
const svc = (p: string) => `/v1/Services/${FAKE.serviceSid}/${p}`;
const acct = `/2010-04-01/Accounts/${FAKE.accountSid}`;
const ASKS: Record<RouteKey, string[]> = {
  'sg.account': ['/v3/user/account'],
  'sg.username': ['/v3/user/username'],
  'sg.scopes': ['/v3/scopes'],
  'sg.apiKeys': ['/v3/api_keys', '/v3/api_keys?limit=100'],
  'sg.subscription': ['/v3/tracking_settings/subscription'],
  'sg.webhooks': ['/v3/user/webhooks/event/settings/all'],
  'sg.subusers': ['/v3/subusers', `/v3/subusers?username=${FAKE.subuserName}&include_region=true`, '/v3/subusers?region=eu&include_region=true'],
  'sg.ipsAssigned': ['/v3/ips/assigned'],
  'sg.ips': ['/v3/ips', `/v3/ips?subuser=${FAKE.subuserName}&limit=100&offset=0`, '/v3/ips?exclude_whitelabels=true', `/v3/ips?ip=${FAKE.ip}`],
  'sg.domains': ['/v3/whitelabel/domains', '/v3/whitelabel/domains?exclude_subusers=true', `/v3/whitelabel/domains?username=${FAKE.subuserName}`],
  'sg.links': ['/v3/whitelabel/links', '/v3/whitelabel/links?limit=100'],
  'sg.reverseDns': ['/v3/whitelabel/ips', `/v3/whitelabel/ips?ip=${FAKE.ip}`],
  'sg.warmup': ['/v3/ips/warmup'],
  'tw.account': [`${acct}.json`],
  'tw.numbers': [`${acct}/IncomingPhoneNumbers.json`, `${acct}/IncomingPhoneNumbers.json?PageSize=1000`],
  'tw.services': ['/v1/Services', '/v1/Services?PageSize=1'],
  'tw.pool': [svc('PhoneNumbers')],
  'tw.senders': [svc('ChannelSenders'), `/v1/Services/${'MG' + '0'.repeat(31)}a/ChannelSenders`],
  'tw.usa2p': [svc('Compliance/Usa2p')],
  'tw.brands': ['/v1/a2p/BrandRegistrations', '/v1/a2p/BrandRegistrations?PageSize=20'],
  'tw.tollfree': ['/v1/Tollfree/Verifications', `/v1/Tollfree/Verifications?TollfreePhoneNumberSid=${'PN' + '0'.repeat(30)}7f`],
};

/**
 * OpenAPI 3.0's `nullable: true` is not JSON Schema: rewrite it as a null-admitting type (or an anyOf beside a $ref)
 * so the validator reads the spec as the vendors mean it, rather than turning the keyword off.
 */
function openApiToJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(openApiToJsonSchema);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) out[k] = openApiToJsonSchema(v);
  if (out.nullable !== true) return out;
  delete out.nullable;
  if (Array.isArray(out.enum)) out.enum = [...out.enum, null];
  if (typeof out.type === 'string') {
    out.type = [out.type, 'null'];
    return out;
  }
  return { anyOf: [out, { type: 'null' }] };
}

function makeAjv() {
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  // Twilio's own formats. Its 2010 API returns relative `*_uri` values that the spec types as `uri`,
  // so `uri` is checked as a URI reference (the real API would fail a stricter check).
  ajv.addFormat('uri', /^(?:[a-z][a-z0-9+.-]*:|\/)\S*$/i);
  ajv.addFormat('date-time-rfc-2822', /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}$/);
  ajv.addFormat('phone-number', /^\+[1-9]\d{1,14}$/);
  ajv.addFormat('http-method', /^(GET|POST|PUT|DELETE|HEAD|PATCH)$/);
  ajv.addFormat('uri-map', true);
  ajv.addFormat('phone-number-capabilities', true);
  for (const [file, doc] of Object.entries(specs)) ajv.addSchema(openApiToJsonSchema(doc) as object, `spec:${file}`);
  return ajv;
}

const ajv = makeAjv();
const esc = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

function validatorFor(route: RouteKey, status: number): ValidateFunction | undefined {
  const [file, path] = DOC[route];
  const res = specs[file].paths[path]!.get!.responses[String(status)];
  if (!res) return undefined;
  // Some responses are shared components (`$ref: #/components/responses/X`).
  const pointer = res.$ref ? res.$ref.slice(1) : `/paths/${esc(path)}/get/responses/${status}`;
  const list = ajv.getSchema(`spec:${file}#${pointer}/content/application~1json/schema`);
  if (route !== 'sg.domains' || status !== 200 || !list) return list;
  // A real domain list holds both DNS shapes; the second is documented as AuthenticatedDomainSpf in the same file.
  const spf = ajv.getSchema(`spec:${file}#/components/schemas/AuthenticatedDomainSpf`)!;
  const one = (d: unknown) => list([d]) || spf(d);
  const v = ((body: unknown) => Array.isArray(body) && body.every(one)) as ValidateFunction;
  return v;
}

const parentOnly = (route: RouteKey) => ROUTES.find((r) => r.key === route)!.parentOnly;
const sgAuth = (route: RouteKey) => `Bearer ${parentOnly(route) ? FAKE.parentKey : FAKE.subuserKey}`;
const twAuth = `Basic ${Buffer.from(`${FAKE.apiKeySid}:${FAKE.apiKeySecret}`).toString('base64')}`;

/** Asks the fake as the checks would: a SendGrid subuser key on its own region's host. */
function ask(fake: ReturnType<typeof createFakeApis>, route: RouteKey, url: string): FakeResponse {
  if (!route.startsWith('sg.')) {
    const host = route === 'tw.account' || route === 'tw.numbers' ? 'api.twilio.com' : 'messaging.twilio.com';
    return fake.handle({ host, method: 'GET', url, headers: { authorization: twAuth } });
  }
  const headers = { authorization: sgAuth(route) };
  const us = fake.handle({ host: 'api.sendgrid.com', method: 'GET', url, headers });
  return us.status === 401 ? fake.handle({ host: 'api.eu.sendgrid.com', method: 'GET', url, headers }) : us;
}

/** Every page of one request, following the vendor's own paging. */
function* allPages(fake: ReturnType<typeof createFakeApis>, route: RouteKey, first: string): Generator<FakeResponse> {
  const r = ROUTES.find((x) => x.key === route)!;
  let url: string | undefined = first;
  for (let n = 0; url && n < 200; n++) {
    const out = ask(fake, route, url);
    yield out;
    if (out.status !== 200) return;
    const body = out.body as { next_page_uri?: string | null; meta?: { next_page_url?: string | null } } & unknown[];
    if (r.paging === 'twilio2010') url = body.next_page_uri ?? undefined;
    else if (r.paging === 'twilioV1') url = body.meta?.next_page_url ? new URL(body.meta.next_page_url).pathname + new URL(body.meta.next_page_url).search : undefined;
    else if (r.paging === 'sendgridOffset' && Array.isArray(body) && body.length) {
      const u = new URL(url, 'https://x');
      const limit = Number(u.searchParams.get('limit') ?? 10);
      if (body.length < limit) return;
      u.searchParams.set('offset', String(Number(u.searchParams.get('offset') ?? 0) + limit));
      url = u.pathname + u.search;
    } else return;
  }
}

const SHAPE_OK = (Object.keys(SCENARIOS) as ScenarioName[]).filter((n) => n !== 'sendgrid.malformed');

describe('fake vendor APIs against the vendored full OpenAPI specs', () => {
  it('every fake route maps to a documented 200 schema', () => {
    for (const r of ROUTES) expect(validatorFor(r.key, 200), r.key).toBeTypeOf('function');
  });

  it.each(SHAPE_OK)('answers every route, every page and every filter with documented bodies in scenario %s', (name) => {
    const fake = createFakeApis({ scenario: name });
    let pages = 0;
    for (const r of ROUTES) {
      for (const first of ASKS[r.key]) {
        for (const out of allPages(fake, r.key, first)) {
          pages++;
          const validate = validatorFor(r.key, out.status);
          if (out.status === 200) expect(validate!(out.body), `${name} ${first}: ${ajv.errorsText(validate!.errors)}`).toBe(true);
          // Error bodies are checked wherever the spec documents them (e.g. /v3/scopes 401/403/500).
          else if (validate) expect(validate(out.body), `${name} ${first} ${out.status}: ${ajv.errorsText(validate.errors)}`).toBe(true);
        }
      }
    }
    expect(pages).toBeGreaterThan(ROUTES.length);
  });

  it('rejects the deliberately malformed webhook answer, so the validator is really checking', () => {
    const fake = createFakeApis({ scenario: 'sendgrid.malformed' });
    const out = ask(fake, 'sg.webhooks', '/v3/user/webhooks/event/settings/all');
    expect(out.status).toBe(200);
    expect(validatorFor('sg.webhooks', 200)!(out.body)).toBe(false);
  });

  it('rejects bodies that break the full specs elsewhere too (an IP without start_date, a number with a numeric sid)', () => {
    expect(validatorFor('sg.ips', 200)!([{ ip: FAKE.ip, subusers: [], pools: [], warmup: false, whitelabeled: false, assigned_at: null }])).toBe(false);
    expect(validatorFor('tw.numbers', 200)!({ incoming_phone_numbers: [{ sid: 42 }] })).toBe(false);
    expect(validatorFor('sg.domains', 200)!([{ id: 1, dns: { mail_cname: { valid: 'yes' } } }])).toBe(false);
  });

  it('holds both DNS shapes in one domain list, each valid against its documented schema', () => {
    const fake = createFakeApis({ scenario: 'sendgrid.domains.mixed' });
    const body = ask(fake, 'sg.domains', '/v3/whitelabel/domains').body as { dns: Record<string, unknown> }[];
    expect(body.some((d) => 'mail_cname' in d.dns)).toBe(true);
    expect(body.some((d) => 'mail_server' in d.dns)).toBe(true);
    expect(validatorFor('sg.domains', 200)!(body)).toBe(true);
  });

  it('answers each key as the real API does: SendGrid keys on their own host only, Main/Standard/Restricted Twilio keys, a foreign Account SID', () => {
    const fake = createFakeApis({ scenario: 'sendgrid.region.euSubuser' });
    const sg = (host: string, key: string) => fake.handle({ host, method: 'GET', url: '/v3/scopes', headers: { authorization: `Bearer ${key}` } }).status;
    expect([sg('api.eu.sendgrid.com', FAKE.subuserKey), sg('api.sendgrid.com', FAKE.subuserKey)]).toEqual([200, 401]);
    expect([sg('api.sendgrid.com', FAKE.parentKey), sg('api.eu.sendgrid.com', FAKE.parentKey)]).toEqual([200, 401]);
    const tw = (sid: string, url: string, host = 'api.twilio.com') => {
      const out = fake.handle({ host, method: 'GET', url, headers: { authorization: `Basic ${Buffer.from(`${sid}:${FAKE.apiKeySecret}`).toString('base64')}` } });
      return [out.status, (out.body as { code?: number }).code];
    };
    const account = `/2010-04-01/Accounts/${FAKE.accountSid}.json`;
    const numbers = `/2010-04-01/Accounts/${FAKE.accountSid}/IncomingPhoneNumbers.json`;
    expect(tw(FAKE.apiKeySid, account)).toEqual([200, undefined]);
    expect(tw(FAKE.standardKeySid, account)).toEqual([401, 20003]);
    expect(tw(FAKE.standardKeySid, numbers)).toEqual([200, undefined]);
    expect(tw(FAKE.restrictedKeySid, numbers)).toEqual([403, 70051]);
    expect(tw(FAKE.restrictedKeySid, '/v1/Services', 'messaging.twilio.com')).toEqual([200, undefined]);
    expect(tw(FAKE.apiKeySid, `/2010-04-01/Accounts/${FAKE.otherAccountSid}/IncomingPhoneNumbers.json`)).toEqual([401, 20003]);
  });

  it('pages as documented: SendGrid default limit 10 with offset, Twilio default 50 with next links to the end', () => {
    const fake = createFakeApis({ scenario: 'busyAccount.manyNumbers' });
    const sg = (url: string) => (ask(fake, 'sg.subusers', url).body as unknown[]).length;
    expect([sg('/v3/subusers'), sg('/v3/subusers?limit=100'), sg('/v3/subusers?limit=100&offset=100')]).toEqual([10, 100, 20]);
    const pages = [...allPages(fake, 'tw.numbers', `${acct}/IncomingPhoneNumbers.json`)].map((p) => (p.body as { incoming_phone_numbers: unknown[] }).incoming_phone_numbers.length);
    expect(pages.length).toBe(25);
    expect(pages.reduce((a, b) => a + b, 0)).toBe(1201);
    const v1 = [...allPages(fake, 'tw.brands', '/v1/a2p/BrandRegistrations?PageSize=20')].map((p) => (p.body as { data: unknown[] }).data.length);
    expect(v1).toEqual([20, 20, 20]);
  });
});
