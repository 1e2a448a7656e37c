// Scripted states of the fake vendor APIs: all good, each single failure (naming the task it breaks), and transport trouble.
import type { TaskId } from '../../utils/guide/schema';
import { FAKE } from './credentials';
import * as crowd from './crowd';
import type { FakeState } from './state';

export type RouteKey =
  | 'sg.account'
  | 'sg.username'
  | 'sg.scopes'
  | 'sg.apiKeys'
  | 'sg.subscription'
  | 'sg.webhooks'
  | 'sg.subusers'
  | 'sg.ipsAssigned'
  | 'sg.ips'
  | 'sg.domains'
  | 'sg.links'
  | 'sg.reverseDns'
  | 'sg.warmup'
  | 'tw.account'
  | 'tw.numbers'
  | 'tw.services'
  | 'tw.pool'
  | 'tw.senders'
  | 'tw.usa2p'
  | 'tw.brands'
  | 'tw.tollfree';

/** The Engage subuser under another name, everywhere the account shows it. */
function renameSubuser(s: FakeState, name: string) {
  const swap = (v: unknown) => (v === FAKE.subuserName ? name : v);
  s.sendgrid.username.username = name;
  for (const u of s.sendgrid.subusers) u.username = swap(u.username);
  for (const i of s.sendgrid.ips) i.subusers = (i.subusers as string[]).map(swap);
  for (const d of [...s.sendgrid.domains, ...s.sendgrid.links]) d.username = swap(d.username);
}

/** A scripted answer that replaces the normal one. `delayMs` holds it back (to trip the client's timeout). */
export interface Override {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  delayMs?: number;
}

export interface Scenario {
  /** Changes the good state (a wrong set-up). */
  apply?: (s: FakeState) => void;
  /** Transport trouble: `hit` counts requests to this route since the scenario was set (1-based). */
  override?: (route: RouteKey, hit: number) => Override | undefined;
  /** The Twilio key behaves as a Standard key (401/20003 on /Accounts). */
  twilioStandardKey?: boolean;
  /** For single failures: the one task this scenario must turn red, and the check's failure code. */
  breaks?: { taskId: TaskId; code: string };
}

const sgError = (message: string) => ({ errors: [{ field: null, message }] });
/** How long "slow" holds an answer: past the client's 10 s timeout. */
export const SLOW_MS = 11_000;

export const SCENARIOS = {
  allGood: {},
  'sendgrid.plan.free': { apply: (s) => void (s.sendgrid.account.type = 'free'), breaks: { taskId: 'sendgrid.plan', code: 'free' } },
  'sendgrid.subuser.prefix': {
    apply: (s) => renameSubuser(s, 'acme-engage'),
    breaks: { taskId: 'sendgrid.subuser', code: 'prefix' },
  },
  'sendgrid.subuser.disabled': {
    apply: (s) => void (s.sendgrid.subusers[0]!.disabled = true),
    breaks: { taskId: 'sendgrid.subuser', code: 'disabled' },
  },
  'sendgrid.subuser.noIp': {
    apply: (s) => void (s.sendgrid.ips[0]!.subusers = []),
    breaks: { taskId: 'sendgrid.subuser', code: 'noIp' },
  },
  'sendgrid.domain.invalid': {
    apply: (s) => {
      const d = s.sendgrid.domains[0] as { valid: boolean; dns: { dkim1: { valid: boolean } } };
      d.valid = false;
      d.dns.dkim1.valid = false;
    },
    breaks: { taskId: 'sendgrid.domain', code: 'invalid' },
  },
  'sendgrid.domain.links': {
    apply: (s) => {
      const l = s.sendgrid.links[0] as { valid: boolean; dns: { owner_cname: { valid: boolean } } };
      l.valid = false;
      l.dns.owner_cname.valid = false;
    },
    breaks: { taskId: 'sendgrid.domain', code: 'invalid' },
  },
  'sendgrid.rdns.invalid': {
    apply: (s) => {
      const r = s.sendgrid.reverseDns[0] as { valid: boolean; a_record: { valid: boolean } };
      r.valid = false;
      r.a_record.valid = false;
    },
    breaks: { taskId: 'sendgrid.rdns', code: 'invalid' },
  },
  'sendgrid.subscription.off': {
    apply: (s) => void (s.sendgrid.subscription.enabled = false),
    breaks: { taskId: 'sendgrid.subscription', code: 'off' },
  },
  'sendgrid.webhook.eventOff': {
    apply: (s) => void (s.sendgrid.webhook.group_resubscribe = false),
    breaks: { taskId: 'sendgrid.webhook', code: 'events' },
  },
  'sendgrid.webhook.oauth': {
    apply: (s) => {
      s.sendgrid.webhook.oauth_client_id = 'a835e7210bbb47edbfa71bdfc909b2d7';
      s.sendgrid.webhook.oauth_token_url = 'https://oauth.example.com/token';
    },
    breaks: { taskId: 'sendgrid.webhook', code: 'oauth' },
  },
  'sendgrid.webhook.disabled': {
    apply: (s) => void (s.sendgrid.webhook.enabled = false),
    breaks: { taskId: 'sendgrid.webhook', code: 'disabled' },
  },
  'sendgrid.apikey.notFull': {
    apply: (s) => void (s.sendgrid.scopes.scopes = s.sendgrid.scopes.scopes.filter((x) => x !== 'mail.send')),
    breaks: { taskId: 'sendgrid.apikey', code: 'missing' },
  },
  'sendgrid.warmup.off': {
    apply: (s) => {
      s.sendgrid.warmup.length = 0;
      s.sendgrid.ips[0]!.warmup = false;
      s.sendgrid.ips[0]!.start_date = null;
    },
    breaks: { taskId: 'sendgrid.warmup', code: 'off' },
  },
  'twilio.account.trial': { apply: (s) => void (s.twilio.account.type = 'Trial'), breaks: { taskId: 'twilio.account', code: 'trial' } },
  'twilio.number.noSms': {
    apply: (s) => void (s.twilio.numbers[0]!.capabilities = { voice: true, sms: false, mms: false, fax: false }),
    breaks: { taskId: 'twilio.number', code: 'none' },
  },
  'twilio.service.usecase': {
    apply: (s) => void (s.twilio.services[0]!.usecase = 'notifications'),
    breaks: { taskId: 'twilio.service', code: 'none' },
  },
  'twilio.service.pool': { apply: (s) => void (s.twilio.pool.length = 0), breaks: { taskId: 'twilio.service', code: 'pool' } },
  'twilio.webhook.url': {
    apply: (s) => void (s.twilio.services[0]!.inbound_request_url = null),
    breaks: { taskId: 'twilio.webhook', code: 'url' },
  },
  'twilio.webhook.method': {
    apply: (s) => void (s.twilio.services[0]!.inbound_method = 'GET'),
    breaks: { taskId: 'twilio.webhook', code: 'method' },
  },
  'twilio.register.brand': {
    apply: (s) => void (s.twilio.brands[0]!.status = 'IN_REVIEW'),
    breaks: { taskId: 'twilio.register', code: 'brand' },
  },
  'twilio.compliance.campaign': {
    apply: (s) => {
      s.twilio.services[0]!.us_app_to_person_registered = false;
      s.twilio.campaigns[0]!.campaign_status = 'IN_PROGRESS';
    },
    breaks: { taskId: 'twilio.compliance', code: 'campaign' },
  },
  'sendgrid.domain.notEngage': {
    apply: (s) => {
      crowd.mixedDomains(s);
      const d = s.sendgrid.domains.find((x) => x.username === FAKE.subuserName) as { valid: boolean; dns: { dkim2: { valid: boolean } } };
      d.valid = false;
      d.dns.dkim2.valid = false;
    },
    breaks: { taskId: 'sendgrid.domain', code: 'invalid' },
  },
  'sendgrid.webhook.trailingSlash': {
    apply: (s) => void (s.sendgrid.webhook.url = `${String(s.sendgrid.webhook.url)}/`),
    breaks: { taskId: 'sendgrid.webhook', code: 'nearMiss' },
  },
  'twilio.register.campaignBrand': {
    apply: (s) => {
      crowd.manyBrands(s);
      s.twilio.brands.find((b) => b.sid === s.twilio.campaigns[0]!.brand_registration_sid)!.status = 'IN_REVIEW';
    },
    breaks: { taskId: 'twilio.register', code: 'brand' },
  },
  // Everything done, on accounts with the hard cases of real ones: each must verify.
  busyAccount: { apply: crowd.busyAccount },
  /** The busy account with a second page of numbers. */
  'busyAccount.manyNumbers': { apply: (s) => (crowd.busyAccount(s), crowd.manyNumbers(s)) },
  'sendgrid.region.euWorkspace': { apply: crowd.euWorkspaceGlobalAccount },
  'sendgrid.region.euSubuser': { apply: crowd.euSubuser },
  'sendgrid.subusers.many': { apply: crowd.manySubusers },
  'sendgrid.ips.many': { apply: crowd.manyIps },
  'sendgrid.warmup.finished': { apply: crowd.warmupFinished },
  'sendgrid.domains.mixed': { apply: crowd.mixedDomains },
  'sendgrid.webhook.duplicates': { apply: crowd.duplicateWebhooks },
  'sendgrid.apiKeys.many': { apply: crowd.manyApiKeys },
  'twilio.services.whatsappFirst': { apply: crowd.whatsappFirst },
  'twilio.numbers.tollFreeBeside': { apply: crowd.tollFreeBeside },
  'twilio.numbers.many': { apply: crowd.manyNumbers },
  'twilio.numbers.tollFreePooled': { apply: crowd.tollFreePooled },
  'twilio.brands.many': { apply: crowd.manyBrands },
  /** More API keys than one page holds (the list takes no offset): too large to judge. */
  'sendgrid.apiKeys.tooMany': {
    apply: (s) => {
      s.sendgrid.apiKeys = Array.from({ length: 150 }, (_, i) => ({ api_key_id: `t${String(i).padStart(21, '0')}`, name: `key ${i}` }));
    },
  },
  'twilio.standardKey': { twilioStandardKey: true },
  'sendgrid.rateLimited': {
    override: (route, hit) => (route === 'sg.scopes' && hit === 1 ? { status: 429, body: sgError('too many requests'), headers: { 'Retry-After': '1' } } : undefined),
  },
  'twilio.rateLimited': {
    override: (route, hit) =>
      route === 'tw.services' && hit === 1
        ? { status: 429, body: { code: 20429, message: 'Too Many Requests', more_info: 'https://www.twilio.com/docs/errors/20429', status: 429 }, headers: { 'Retry-After': '1' } }
        : undefined,
  },
  'sendgrid.serverError': {
    override: (route) => (route === 'sg.subscription' ? { status: 500, body: sgError('internal server error') } : undefined),
  },
  'sendgrid.forbidden': {
    override: (route) => (route === 'sg.webhooks' ? { status: 403, body: sgError('access forbidden') } : undefined),
  },
  'sendgrid.revoked': {
    override: (route) =>
      route.startsWith('sg.') ? { status: 401, body: sgError('The provided authorization grant is invalid, expired, or revoked') } : undefined,
  },
  'sendgrid.slow': {
    override: (route) => (route === 'sg.webhooks' ? { status: 200, delayMs: SLOW_MS } : undefined),
  },
  'sendgrid.malformed': {
    override: (route) => (route === 'sg.webhooks' ? { status: 200, body: { max_allowed: 5, webhooks: [{ url: 42, enabled: 'yes' }] } } : undefined),
  },
} satisfies Record<string, Scenario>;

export type ScenarioName = keyof typeof SCENARIOS;

export const SINGLE_FAILURES = (Object.entries(SCENARIOS) as [ScenarioName, Scenario][])
  .filter(([, s]) => s.breaks)
  .map(([name, s]) => ({ name, ...s.breaks! }));
