// Fake api.sendgrid.com, api.eu.sendgrid.com, api.twilio.com and messaging.twilio.com: identities, routing, paging, scenarios, latency.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { FAKE } from './credentials';
import { pageOf } from './paging';
import { ROUTES, type Route, type Who } from './routes';
import { SCENARIOS, type Override, type RouteKey, type Scenario, type ScenarioName } from './scenarios';
import { goodState, type FakeState } from './state';

export { ROUTES };
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

/** What the fake saw, without any secret: who called (by role), where, with which query, and on whose behalf. */
export interface LoggedCall {
  host: string;
  path: string;
  /** The query string without `?` (never holds a secret). */
  query: string;
  route: RouteKey | 'unknown';
  as: Who;
  onBehalfOf?: string;
  at: number;
}

function hostKind(host: string): Route['host'] | undefined {
  if (host === 'api.sendgrid.com' || host === 'api.eu.sendgrid.com') return 'sendgrid';
  if (host === 'api.twilio.com') return 'twilioApi';
  if (host === 'messaging.twilio.com') return 'twilioMessaging';
  return undefined;
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}, delayMs = 0): FakeResponse => ({ status, body, headers, delayMs });
const sgError = (message: string, field: string | null = null) => ({ errors: [{ field, message }] });
const twilioError = (status: number, code: number, message: string) => ({ code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status });

/**
 * A Twilio key's answers by type. Main: everything. Standard: everything but the account and key resources
 * (401, 20003). Restricted (the fake's policy: Messaging services only): 403, 70051 elsewhere.
 */
function twilioRefusal(who: Who, route: RouteKey): FakeResponse | undefined {
  if (who === 'twilioStandard' && route === 'tw.account') return json(401, twilioError(401, 20003, 'Authenticate'));
  if (who === 'twilioRestricted' && route !== 'tw.services') {
    return json(403, twilioError(403, 70051, 'Authorization Error: this API key does not have the permission for this request'));
  }
  return undefined;
}

export interface FakeApisOptions {
  scenario?: ScenarioName;
  /** Added to every answer (150 ms for the benchmark). */
  latencyMs?: number;
}

export function createFakeApis(options: FakeApisOptions = {}) {
  let scenarioName: ScenarioName = options.scenario ?? 'allGood';
  let scenario: Scenario = SCENARIOS[scenarioName];
  let state: FakeState = goodState();
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

  /** Who signs the request; a SendGrid key counts only on its own region's host. */
  function identify(req: FakeRequest, kind: Route['host']): Who {
    const auth = req.headers.authorization ?? '';
    if (kind === 'sendgrid') {
      const eu = req.host === 'api.eu.sendgrid.com';
      if (auth === `Bearer ${FAKE.subuserKey}`) return (state.sendgrid.subuserRegion === 'eu') === eu ? 'subuser' : 'anonymous';
      if (auth === `Bearer ${FAKE.parentKey}`) return eu ? 'anonymous' : 'parent';
      return 'anonymous';
    }
    const [sid, secret] = Buffer.from(auth.replace(/^Basic /, ''), 'base64').toString().split(':');
    if (secret !== FAKE.apiKeySecret) return 'anonymous';
    if (sid === FAKE.standardKeySid || (sid === FAKE.apiKeySid && scenario.twilioStandardKey)) return 'twilioStandard';
    if (sid === FAKE.restrictedKeySid) return 'twilioRestricted';
    return sid === FAKE.apiKeySid ? 'twilio' : 'anonymous';
  }

  function answer(route: Route, match: RegExpMatchArray, who: Who, url: URL): FakeResponse {
    if (!route.list) return json(200, structuredClone(route.answer!(state, match, who, url)));
    const out = pageOf(route.paging!, route.list(state, match, who, url), url, route.listKey ?? '');
    if (!out.ok) return json(out.status, out.body);
    // A SendGrid list is a bare array, except where the spec wraps it (`{ result: [...] }` for API keys).
    return json(200, structuredClone(route.host === 'sendgrid' && route.listKey ? { [route.listKey]: out.body } : out.body));
  }

  function handle(req: FakeRequest): FakeResponse {
    const kind = hostKind(req.host);
    const url = new URL(req.url, `https://${req.host}`);
    const route = kind ? ROUTES.find((r) => r.host === kind && r.path.test(url.pathname)) : undefined;
    const onBehalfOf = req.headers['on-behalf-of'];
    let who: Who = kind ? identify(req, kind) : 'anonymous';
    log.push({ host: req.host, path: url.pathname, query: url.search.slice(1), route: route?.key ?? 'unknown', as: who, onBehalfOf, at: Date.now() });
    const late = (r: FakeResponse) => ({ ...r, delayMs: r.delayMs + latencyMs });
    if (!kind || !route || req.method !== 'GET') {
      return late(kind === 'sendgrid' ? json(404, sgError('not found')) : json(404, twilioError(404, 20404, 'The requested resource was not found')));
    }
    const hit = (hits.get(route.key) ?? 0) + 1;
    hits.set(route.key, hit);
    const forced: Override | undefined = scenario.override?.(route.key, hit);
    if (forced && forced.body !== undefined) return late(json(forced.status, forced.body, forced.headers, forced.delayMs));
    const delay = forced?.delayMs ?? 0;
    if (kind === 'sendgrid') {
      if (who === 'anonymous') return late(json(401, sgError('authorization required')));
      // on-behalf-of only works with the parent key, and makes the call act as that subuser.
      if (onBehalfOf) {
        if (who !== 'parent' || onBehalfOf !== state.sendgrid.username.username) return late(json(403, sgError('access forbidden')));
        who = 'subuser';
      }
      if (route.parentOnly && who !== 'parent') return late(json(403, sgError('access forbidden')));
    } else {
      if (who === 'anonymous') return late(json(401, twilioError(401, 20003, 'Authenticate')));
      // The 2010 API authenticates the key against the account in the path: another account's SID is refused.
      const m = url.pathname.match(/\/Accounts\/(AC[0-9a-f]{32})/);
      if (m && m[1] !== FAKE.accountSid) return late(json(401, twilioError(401, 20003, 'Authenticate')));
      const refused = twilioRefusal(who, route.key);
      if (refused) return late(refused);
    }
    const out = answer(route, url.pathname.match(route.path)!, who, url);
    return late({ ...out, delayMs: delay });
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
