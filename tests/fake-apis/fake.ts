// Fake api.sendgrid.com, api.eu.sendgrid.com, api.twilio.com and messaging.twilio.com: auth, routing, scenarios, latency.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { FAKE } from './credentials';
import { SCENARIOS, type Override, type RouteKey, type Scenario, type ScenarioName } from './scenarios';
import { goodState, type FakeState } from './state';

export const FAKE_HOSTS = ['api.sendgrid.com', 'api.eu.sendgrid.com', 'api.twilio.com', 'messaging.twilio.com'] as const;

export interface FakeRequest {
  host: string;
  method: string;
  /** Path and query, e.g. `/v3/subusers?username=x`. */
  url: string;
  headers: Record<string, string | undefined>;
}

export interface FakeResponse {
  status: number;
  headers: Record<string, string>;
  body: unknown;
  delayMs: number;
}

/** What the fake saw, without any secret: who called (by role), where, and on whose behalf. */
export interface LoggedCall {
  host: string;
  path: string;
  route: RouteKey | 'unknown';
  as: 'subuser' | 'parent' | 'twilio' | 'twilioStandard' | 'anonymous';
  onBehalfOf?: string;
  at: number;
}

type Who = LoggedCall['as'];
interface Route {
  key: RouteKey;
  host: 'sendgrid' | 'twilioApi' | 'twilioMessaging';
  path: RegExp;
  /** SendGrid routes only the parent account may call (403 for a subuser key). */
  parentOnly?: boolean;
  answer: (s: FakeState, m: RegExpMatchArray, who: Who, url: URL) => unknown;
}

const SID = `(AC[0-9a-f]{32})`;
const parentView = {
  username: { username: 'acme_parent', user_id: 1 },
  webhooks: { max_allowed: 5, webhooks: [] },
  subscription: { enabled: false },
};

/** The routes the fakes answer; Twilio 2010 paths carry the Account SID. */
export const ROUTES: Route[] = [
  { key: 'sg.account', host: 'sendgrid', path: /^\/v3\/user\/account$/, answer: (s, _m, who) => (who === 'parent' ? s.sendgrid.account : { type: 'paid', reputation: 100 }) },
  { key: 'sg.username', host: 'sendgrid', path: /^\/v3\/user\/username$/, answer: (s, _m, who) => (who === 'parent' ? parentView.username : s.sendgrid.username) },
  { key: 'sg.scopes', host: 'sendgrid', path: /^\/v3\/scopes$/, answer: (s) => s.sendgrid.scopes },
  { key: 'sg.apiKeys', host: 'sendgrid', path: /^\/v3\/api_keys$/, answer: (s) => s.sendgrid.apiKeys },
  { key: 'sg.subscription', host: 'sendgrid', path: /^\/v3\/tracking_settings\/subscription$/, answer: (s, _m, who) => (who === 'parent' ? parentView.subscription : s.sendgrid.subscription) },
  { key: 'sg.webhooks', host: 'sendgrid', path: /^\/v3\/user\/webhooks\/event\/settings\/all$/, answer: (s, _m, who) => (who === 'parent' ? parentView.webhooks : s.sendgrid.webhooks) },
  { key: 'sg.subusers', host: 'sendgrid', path: /^\/v3\/subusers$/, parentOnly: true, answer: (s, _m, _w, url) => {
    const name = url.searchParams.get('username');
    return name ? s.sendgrid.subusers.filter((u) => u.username === name) : s.sendgrid.subusers;
  } },
  { key: 'sg.ipsAssigned', host: 'sendgrid', path: /^\/v3\/ips\/assigned$/, parentOnly: true, answer: (s) => s.sendgrid.ipsAssigned },
  { key: 'sg.ips', host: 'sendgrid', path: /^\/v3\/ips$/, parentOnly: true, answer: (s) => s.sendgrid.ips },
  { key: 'sg.domains', host: 'sendgrid', path: /^\/v3\/whitelabel\/domains$/, parentOnly: true, answer: (s) => s.sendgrid.domains },
  { key: 'sg.links', host: 'sendgrid', path: /^\/v3\/whitelabel\/links$/, parentOnly: true, answer: (s) => s.sendgrid.links },
  { key: 'sg.reverseDns', host: 'sendgrid', path: /^\/v3\/whitelabel\/ips$/, parentOnly: true, answer: (s) => s.sendgrid.reverseDns },
  { key: 'sg.warmup', host: 'sendgrid', path: /^\/v3\/ips\/warmup$/, parentOnly: true, answer: (s) => s.sendgrid.warmup },
  { key: 'tw.account', host: 'twilioApi', path: new RegExp(`^/2010-04-01/Accounts/${SID}\\.json$`), answer: (s) => s.twilio.account },
  { key: 'tw.numbers', host: 'twilioApi', path: new RegExp(`^/2010-04-01/Accounts/${SID}/IncomingPhoneNumbers\\.json$`), answer: (s, m) => {
    const uri = `/2010-04-01/Accounts/${m[1]}/IncomingPhoneNumbers.json`;
    return { incoming_phone_numbers: s.twilio.numbers, page: 0, page_size: 50, start: 0, end: s.twilio.numbers.length - 1, uri, first_page_uri: `${uri}?PageSize=50&Page=0`, next_page_uri: null, previous_page_uri: null };
  } },
  { key: 'tw.services', host: 'twilioMessaging', path: /^\/v1\/Services$/, answer: (s) => ({ services: s.twilio.services, meta: s.twilio.meta('services', 'https://messaging.twilio.com/v1/Services') }) },
  { key: 'tw.pool', host: 'twilioMessaging', path: /^\/v1\/Services\/(MG[0-9a-f]{32})\/PhoneNumbers$/, answer: (s, m) => ({
    phone_numbers: s.twilio.pool.filter((p) => p.service_sid === m[1]),
    meta: s.twilio.meta('phone_numbers', `https://messaging.twilio.com/v1/Services/${m[1]}/PhoneNumbers`),
  }) },
  { key: 'tw.usa2p', host: 'twilioMessaging', path: /^\/v1\/Services\/(MG[0-9a-f]{32})\/Compliance\/Usa2p$/, answer: (s, m) => ({
    compliance: s.twilio.campaigns.filter((c) => c.messaging_service_sid === m[1]),
    meta: s.twilio.meta('compliance', `https://messaging.twilio.com/v1/Services/${m[1]}/Compliance/Usa2p`),
  }) },
  { key: 'tw.brands', host: 'twilioMessaging', path: /^\/v1\/a2p\/BrandRegistrations$/, answer: (s) => ({ data: s.twilio.brands, meta: s.twilio.meta('data', 'https://messaging.twilio.com/v1/a2p/BrandRegistrations') }) },
  { key: 'tw.tollfree', host: 'twilioMessaging', path: /^\/v1\/Tollfree\/Verifications$/, answer: (s) => ({ verifications: s.twilio.tollfree, meta: s.twilio.meta('verifications', 'https://messaging.twilio.com/v1/Tollfree/Verifications') }) },
];

function hostKind(host: string): Route['host'] | undefined {
  if (host === 'api.sendgrid.com' || host === 'api.eu.sendgrid.com') return 'sendgrid';
  if (host === 'api.twilio.com') return 'twilioApi';
  if (host === 'messaging.twilio.com') return 'twilioMessaging';
  return undefined;
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}, delayMs = 0): FakeResponse => ({ status, body, headers, delayMs });
const twilioError = (status: number, code: number, message: string) => ({ code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status });

export interface FakeApisOptions {
  scenario?: ScenarioName;
  /** Added to every answer (150 ms for the benchmark). */
  latencyMs?: number;
}

export function createFakeApis(options: FakeApisOptions = {}) {
  let scenarioName: ScenarioName = options.scenario ?? 'allGood';
  let scenario: Scenario = SCENARIOS[scenarioName];
  let state = goodState();
  let hits = new Map<RouteKey, number>();
  let latencyMs = options.latencyMs ?? 0;
  const log: LoggedCall[] = [];

  function setScenario(name: ScenarioName) {
    scenarioName = name;
    scenario = SCENARIOS[name];
    state = goodState();
    scenario.apply?.(state);
    hits = new Map();
  }
  setScenario(scenarioName);

  function identify(req: FakeRequest, kind: Route['host']): Who {
    const auth = req.headers.authorization ?? '';
    if (kind === 'sendgrid') {
      if (auth === `Bearer ${FAKE.subuserKey}`) return 'subuser';
      if (auth === `Bearer ${FAKE.parentKey}`) return 'parent';
      return 'anonymous';
    }
    const [sid, secret] = Buffer.from(auth.replace(/^Basic /, ''), 'base64').toString().split(':');
    if (secret !== FAKE.apiKeySecret) return 'anonymous';
    if (sid === FAKE.standardKeySid || (sid === FAKE.apiKeySid && scenario.twilioStandardKey)) return 'twilioStandard';
    return sid === FAKE.apiKeySid ? 'twilio' : 'anonymous';
  }

  function handle(req: FakeRequest): FakeResponse {
    const kind = hostKind(req.host);
    const url = new URL(req.url, `https://${req.host}`);
    const route = kind ? ROUTES.find((r) => r.host === kind && r.path.test(url.pathname)) : undefined;
    const onBehalfOf = req.headers['on-behalf-of'];
    let who: Who = kind ? identify(req, kind) : 'anonymous';
    log.push({ host: req.host, path: url.pathname, route: route?.key ?? 'unknown', as: who, onBehalfOf, at: Date.now() });
    const late = (r: FakeResponse) => ({ ...r, delayMs: r.delayMs + latencyMs });
    if (!kind || !route || req.method !== 'GET') {
      return late(kind === 'sendgrid' ? json(404, { errors: [{ field: null, message: 'not found' }] }) : json(404, twilioError(404, 20404, 'The requested resource was not found')));
    }
    const hit = (hits.get(route.key) ?? 0) + 1;
    hits.set(route.key, hit);
    const forced: Override | undefined = scenario.override?.(route.key, hit);
    if (forced && forced.body !== undefined) return late(json(forced.status, forced.body, forced.headers, forced.delayMs));
    const delay = forced?.delayMs ?? 0;
    if (kind === 'sendgrid') {
      if (who === 'anonymous') return late(json(401, { errors: [{ field: null, message: 'authorization required' }] }));
      // on-behalf-of only works with the parent key, and makes the call act as that subuser.
      if (onBehalfOf) {
        if (who !== 'parent' || onBehalfOf !== FAKE.subuserName) return late(json(403, { errors: [{ field: null, message: 'access forbidden' }] }));
        who = 'subuser';
      }
      if (route.parentOnly && who !== 'parent') return late(json(403, { errors: [{ field: null, message: 'access forbidden' }] }));
    } else {
      if (who === 'anonymous') return late(json(401, twilioError(401, 20003, 'Authenticate')));
      const m = url.pathname.match(/\/Accounts\/(AC[0-9a-f]{32})/);
      if (m && m[1] !== FAKE.accountSid) return late(json(404, twilioError(404, 20404, 'The requested resource was not found')));
      if (route.key === 'tw.account' && who === 'twilioStandard') return late(json(401, twilioError(401, 20003, 'Authenticate')));
    }
    const match = url.pathname.match(route.path)!;
    return late(json(200, structuredClone(route.answer(state, match, who, url)), {}, delay));
  }

  /** Node adapter for the sandbox's HTTPS server (`registerHost(host, handler)`). */
  function nodeHandler(req: IncomingMessage, res: ServerResponse) {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
    const out = handle({ host, method: req.method ?? 'GET', url: req.url ?? '/', headers });
    const timer = setTimeout(() => {
      if (res.destroyed) return;
      res.writeHead(out.status, {
        'Content-Type': 'application/json',
        // The extension's service worker is not subject to CORS, but the side panel would be.
        'Access-Control-Allow-Origin': '*',
        ...out.headers,
      });
      res.end(JSON.stringify(out.body));
    }, out.delayMs);
    res.on('close', () => clearTimeout(timer));
  }

  return {
    handle,
    nodeHandler,
    setScenario,
    get scenario() {
      return scenarioName;
    },
    setLatency(ms: number) {
      latencyMs = ms;
    },
    log,
  };
}

export type FakeApis = ReturnType<typeof createFakeApis>;
