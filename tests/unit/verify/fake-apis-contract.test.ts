// The fake vendor APIs answer what the official OpenAPI subsets say they answer, in every scripted scenario.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { FAKE } from '../../fake-apis/credentials';
import { createFakeApis, ROUTES } from '../../fake-apis/fake';
import { SCENARIOS, type RouteKey, type ScenarioName } from '../../fake-apis/scenarios';

// The official OpenAPI subsets sit in shared/reference beside the repository (CI lays shared/ beside its clone).
const REF = process.env.ENGAGE_REFERENCE_DIR ?? resolve(process.cwd(), '../shared/reference');
type Spec = { paths: Record<string, Record<string, { responses: Record<string, { $ref?: string; content?: Record<string, { schema: unknown }> }> }>> };
const load = (f: string) => (JSON.parse(readFileSync(`${REF}/${f}`, 'utf8')) as { specs: Record<string, Spec> }).specs;
const specs = { ...load('sendgrid-openapi-subset.json'), ...load('twilio-openapi-subset.json') };

// Where each fake route is documented: spec file and path.
const DOC: Record<RouteKey, [string, string]> = {
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
  'tw.usa2p': ['twilio_messaging_v1.json', '/v1/Services/{MessagingServiceSid}/Compliance/Usa2p'],
  'tw.brands': ['twilio_messaging_v1.json', '/v1/a2p/BrandRegistrations'],
  'tw.tollfree': ['twilio_messaging_v1.json', '/v1/Tollfree/Verifications'],
};

const URLS: Record<RouteKey, [string, string]> = {
  'sg.account': ['api.sendgrid.com', '/v3/user/account'],
  'sg.username': ['api.sendgrid.com', '/v3/user/username'],
  'sg.scopes': ['api.sendgrid.com', '/v3/scopes'],
  'sg.apiKeys': ['api.sendgrid.com', '/v3/api_keys'],
  'sg.subscription': ['api.sendgrid.com', '/v3/tracking_settings/subscription'],
  'sg.webhooks': ['api.sendgrid.com', '/v3/user/webhooks/event/settings/all'],
  'sg.subusers': ['api.sendgrid.com', '/v3/subusers'],
  'sg.ipsAssigned': ['api.sendgrid.com', '/v3/ips/assigned'],
  'sg.ips': ['api.sendgrid.com', '/v3/ips'],
  'sg.domains': ['api.sendgrid.com', '/v3/whitelabel/domains'],
  'sg.links': ['api.sendgrid.com', '/v3/whitelabel/links'],
  'sg.reverseDns': ['api.sendgrid.com', '/v3/whitelabel/ips'],
  'sg.warmup': ['api.sendgrid.com', '/v3/ips/warmup'],
  'tw.account': ['api.twilio.com', `/2010-04-01/Accounts/${FAKE.accountSid}.json`],
  'tw.numbers': ['api.twilio.com', `/2010-04-01/Accounts/${FAKE.accountSid}/IncomingPhoneNumbers.json`],
  'tw.services': ['messaging.twilio.com', '/v1/Services'],
  'tw.pool': ['messaging.twilio.com', `/v1/Services/${FAKE.serviceSid}/PhoneNumbers`],
  'tw.usa2p': ['messaging.twilio.com', `/v1/Services/${FAKE.serviceSid}/Compliance/Usa2p`],
  'tw.brands': ['messaging.twilio.com', '/v1/a2p/BrandRegistrations'],
  'tw.tollfree': ['messaging.twilio.com', '/v1/Tollfree/Verifications'],
};

/**
 * OpenAPI's `nullable: true` is not JSON Schema: rewrite it as a null-admitting type (or an anyOf beside a $ref)
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
  // so `uri` is checked as a URI reference there (the real API would fail a stricter check).
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
  const op = specs[file]!.paths[path]!.get!;
  const res = op.responses[String(status)];
  if (!res) return undefined;
  // Some responses are shared components (`$ref: #/components/responses/X`).
  const pointer = res.$ref ? res.$ref.slice(1) : `/paths/${esc(path)}/get/responses/${status}`;
  return ajv.getSchema(`spec:${file}#${pointer}/content/application~1json/schema`);
}

function ask(fake: ReturnType<typeof createFakeApis>, route: RouteKey) {
  const [host, url] = URLS[route];
  const parentOnly = ROUTES.find((r) => r.key === route)!.parentOnly;
  const authorization = host.includes('sendgrid')
    ? `Bearer ${parentOnly ? FAKE.parentKey : FAKE.subuserKey}`
    : `Basic ${Buffer.from(`${FAKE.apiKeySid}:${FAKE.apiKeySecret}`).toString('base64')}`;
  return fake.handle({ host, method: 'GET', url, headers: { authorization } });
}

const SHAPE_OK = (Object.keys(SCENARIOS) as ScenarioName[]).filter((n) => n !== 'sendgrid.malformed');

describe('fake vendor APIs against the official OpenAPI subsets', () => {
  it('every fake route maps to a documented 200 schema', () => {
    for (const r of ROUTES) expect(validatorFor(r.key, 200), r.key).toBeTypeOf('function');
  });

  it.each(SHAPE_OK)('answers every route with documented bodies in scenario %s', (name) => {
    const fake = createFakeApis({ scenario: name });
    for (const r of ROUTES) {
      const out = ask(fake, r.key);
      const validate = validatorFor(r.key, out.status);
      if (out.status === 200) {
        expect(validate!(out.body), `${name} ${r.key}: ${ajv.errorsText(validate!.errors)}`).toBe(true);
      } else if (validate) {
        // Error bodies are checked wherever the spec documents them (e.g. /v3/scopes 401/403/500).
        expect(validate(out.body), `${name} ${r.key} ${out.status}: ${ajv.errorsText(validate.errors)}`).toBe(true);
      }
    }
  });

  it('rejects the deliberately malformed webhook answer, so the validator is really checking', () => {
    const fake = createFakeApis({ scenario: 'sendgrid.malformed' });
    const out = ask(fake, 'sg.webhooks');
    expect(out.status).toBe(200);
    expect(validatorFor('sg.webhooks', 200)!(out.body)).toBe(false);
  });

  it('answers the EU host like the US host', () => {
    const fake = createFakeApis();
    const out = fake.handle({ host: 'api.eu.sendgrid.com', method: 'GET', url: '/v3/scopes', headers: { authorization: `Bearer ${FAKE.subuserKey}` } });
    expect(out.status).toBe(200);
    expect(validatorFor('sg.scopes', 200)!(out.body)).toBe(true);
  });
});
