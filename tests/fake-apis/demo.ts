// The demo account behind `npm start`: the fake vendor APIs, answering for the keys, SIDs and names the sandbox
// consoles handed out in this session, so a person who walks the journey can press Verify all and see it pass.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { FAKE } from './credentials';
import { createFakeApis, type FakeRequest, type FakeResponse } from './fake';

/**
 * What the sandbox shows is seeded to match the demo account before its pages load (see `demoSeedScript`): the
 * Twilio Account SID and Segment's space id (hence the webhook URL). The parent account's key is no console's to
 * show; `npm start` prints it. The subuser is the one the guide names for the sandbox's workspace `acme`.
 */
export const DEMO = {
  accountSid: FAKE.accountSid,
  spaceId: 'spa_DemoSpace0123456789abcd',
  parentKey: FAKE.parentKey,
  subuserName: FAKE.subuserName,
  /** The first dedicated IP the sandbox's SendGrid IP page lists, and the first number its Twilio search offers. */
  ip: '149.72.134.21',
  number: '+14155550142',
} as const;
export const DEMO_WEBHOOK_URL = `https://engage-ma-webhook-api.engage.segment.com/twilio/${DEMO.spaceId}`;

/** Values the sandbox makes up when the person creates them (the API keys): learned, not seeded. */
type Learned = 'subuserKey' | 'apiKeySid' | 'apiKeySecret';

const SG_KEY = /^SG\.([\w-]{22})\.[\w-]{43}$/;
const SK = /^SK[0-9a-f]{32}$/;
const SECRET = /^[A-Za-z0-9]{32}$/;

/**
 * The demo account takes, as its own, the first well-formed value of each kind it is shown — the subuser API key,
 * the Twilio API Key SID and secret — as a real account has exactly the ones its console created. A different
 * second value is then a wrong key, refused as the real API would (401).
 */
export function createDemoApis() {
  const fake = createFakeApis();
  const learned: Partial<Record<Learned, string>> = {};
  const learn = (kind: Learned, value: string | undefined, shape: RegExp) => {
    if (value && shape.test(value)) learned[kind] ??= value;
  };

  /** Pairs of (the fake's own value, the demo's value) that requests and answers translate between. */
  function aliases(): Array<[string, string]> {
    // What the sandbox consoles show (IP, number) replaces the fake's own figures, so Verify and the consoles agree.
    const out: Array<[string, string]> = [[FAKE.twilioWebhookUrl, DEMO_WEBHOOK_URL], [FAKE.ip, DEMO.ip], [FAKE.number, DEMO.number]];
    if (learned.subuserKey) out.push([FAKE.subuserKey, learned.subuserKey], [FAKE.subuserKeyId, SG_KEY.exec(learned.subuserKey)![1]!]);
    if (learned.apiKeySid) out.push([FAKE.apiKeySid, learned.apiKeySid]);
    if (learned.apiKeySecret) out.push([FAKE.apiKeySecret, learned.apiKeySecret]);
    return out;
  }
  const swap = (text: string, toDemo: boolean) =>
    aliases().reduce((t, [mine, demo]) => (toDemo ? t.split(mine).join(demo) : t.split(demo).join(mine)), text);

  function handle(req: FakeRequest): FakeResponse {
    const auth = req.headers.authorization ?? '';
    const headers = { ...req.headers };
    // Requests speak the demo's values; the fake knows its own. Answers go back the other way.
    if (auth.startsWith('Bearer ')) {
      const key = auth.slice('Bearer '.length);
      if (key !== DEMO.parentKey) learn('subuserKey', key, SG_KEY);
      headers.authorization = `Bearer ${swap(key, false)}`;
    } else if (auth.startsWith('Basic ')) {
      const [sid = '', secret = ''] = Buffer.from(auth.slice('Basic '.length), 'base64').toString().split(':');
      learn('apiKeySid', sid, SK);
      learn('apiKeySecret', secret, SECRET);
      headers.authorization = `Basic ${Buffer.from(`${swap(sid, false)}:${swap(secret, false)}`).toString('base64')}`;
    }
    const out = fake.handle({ ...req, url: swap(req.url, false), headers });
    return { ...out, body: out.body === undefined ? undefined : JSON.parse(swap(JSON.stringify(out.body), true)) };
  }

  /** Node adapter for the sandbox's HTTPS server (`registerHost(host, handler)`). */
  function nodeHandler(req: IncomingMessage, res: ServerResponse) {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
    const out = handle({ host, method: req.method ?? 'GET', url: req.url ?? '/', headers });
    res.writeHead(out.status, { 'Content-Type': 'application/json', ...out.headers });
    res.end(JSON.stringify(out.body));
  }

  return { handle, nodeHandler, learned: learned as Readonly<typeof learned>, log: fake.log };
}

/**
 * A script for every sandbox page, run before the page's own: seeds the values the demo account was created with
 * (the sandbox keeps them per origin under `sandbox:`), unless the page already has its own.
 */
export function demoSeedScript(): string {
  const seeds: Record<string, Record<string, string>> = {
    'console.twilio.com': { 'sandbox:twilio.accountSid': JSON.stringify(DEMO.accountSid) },
    '1console.twilio.com': { 'sandbox:twilio.accountSid': JSON.stringify(DEMO.accountSid) },
    'app.segment.com': { 'sandbox:segment.spaceId': JSON.stringify(DEMO.spaceId) },
    'eu1.app.segment.com': { 'sandbox:segment.spaceId': JSON.stringify(DEMO.spaceId) },
  };
  return `(() => {
    const seeds = ${JSON.stringify(seeds)}[location.hostname];
    if (!seeds) return;
    try {
      for (const [k, v] of Object.entries(seeds)) if (localStorage.getItem(k) === null) localStorage.setItem(k, v);
    } catch {}
  })();`;
}
