// Fake DNS-over-HTTPS resolvers at cloudflare-dns.com and dns.google (JSON API), answering from a scripted zone.
import type { IncomingMessage, ServerResponse } from 'node:http';

export const DOH_HOSTS = { cloudflare: 'cloudflare-dns.com', google: 'dns.google' } as const;
export type FakeResolver = keyof typeof DOH_HOSTS;

export interface ZoneEntry {
  name: string;
  type: 'A' | 'CNAME' | 'TXT' | 'MX';
  /** As a zone file holds it: names without the trailing dot, TXT text unquoted. */
  data: string;
  ttl?: number;
}

const TYPE = { A: 1, CNAME: 5, MX: 15, TXT: 16 } as const;
const SOA = 6;

/** The queries the fake saw: which resolver, which name, which type (the privacy check reads this). */
export interface Query {
  resolver: FakeResolver;
  name: string;
  type: number;
}

const lower = (n: string) => n.toLowerCase().replace(/\.$/, '');
// Resolvers print a space inside a name as `\032` (RFC 1035 presentation format).
const dotted = (n: string) => `${lower(n).replace(/ /g, '\\032')}.`;

export function createFakeDoh(options: { negativeTtl?: number } = {}) {
  let zone: ZoneEntry[] = [];
  /** Per resolver: down (HTTP 503), or entries it does not see yet (propagation). */
  const down = new Set<FakeResolver>();
  const lagging = new Map<FakeResolver, ZoneEntry[]>();
  const queries: Query[] = [];
  const negativeTtl = options.negativeTtl ?? 3;

  function answer(resolver: FakeResolver, name: string, type: number) {
    const visible = lagging.get(resolver) ?? zone;
    const at = (n: string) => visible.filter((e) => lower(e.name) === lower(n));
    const apex = lower(name).split('.').slice(-2).join('.');
    const soa = [{ name: `${apex}.`, type: SOA, TTL: negativeTtl, data: `ns1.${apex}. hostmaster.${apex}. 1 7200 3600 1209600 ${negativeTtl}` }];
    const out: { name: string; type: number; TTL: number; data: string }[] = [];
    let current = name;
    // Follow CNAMEs inside the zone, as a recursive resolver would, when another type was asked.
    for (let hops = 0; hops < 8; hops++) {
      const here = at(current);
      const own = here.filter((e) => TYPE[e.type] === type);
      const alias = here.find((e) => e.type === 'CNAME');
      const push = (e: ZoneEntry) =>
        out.push({ name: dotted(e.name), type: TYPE[e.type], TTL: e.ttl ?? 300, data: e.type === 'TXT' ? JSON.stringify(e.data) : e.type === 'A' ? e.data : dotted(e.data) });
      if (own.length) {
        own.forEach(push);
        break;
      }
      if (alias && type !== TYPE.CNAME) {
        push(alias);
        current = alias.data;
        continue;
      }
      if (!here.length && hops === 0) return { Status: 3, Answer: undefined, Authority: soa };
      break;
    }
    return { Status: 0, Answer: out.length ? out : undefined, Authority: out.length ? undefined : soa };
  }

  function handle(host: string, rawUrl: string, accept: string | undefined): { status: number; body: unknown } {
    const resolver = (Object.keys(DOH_HOSTS) as FakeResolver[]).find((r) => DOH_HOSTS[r] === host);
    const url = new URL(rawUrl, `https://${host}`);
    const path = resolver === 'cloudflare' ? '/dns-query' : '/resolve';
    if (!resolver || url.pathname !== path) return { status: 404, body: { error: 'not found' } };
    if (resolver === 'cloudflare' && accept !== 'application/dns-json') return { status: 400, body: { error: 'Accept application/dns-json' } };
    const name = url.searchParams.get('name') ?? '';
    const type = Number(url.searchParams.get('type') ?? '1');
    queries.push({ resolver, name, type });
    if (down.has(resolver)) return { status: 503, body: { error: 'unavailable' } };
    const body = answer(resolver, name, type);
    return { status: 200, body: { TC: false, RD: true, RA: true, AD: false, CD: false, Question: [{ name: dotted(name), type }], ...body } };
  }

  function nodeHandler(req: IncomingMessage, res: ServerResponse) {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const out = handle(host, req.url ?? '/', req.headers.accept);
    res.writeHead(out.status, { 'Content-Type': 'application/dns-json', 'Access-Control-Allow-Origin': '*' });
    res.end(JSON.stringify(out.body));
  }

  return {
    handle,
    nodeHandler,
    queries,
    /** Replaces the zone both resolvers see (and ends any propagation lag). */
    setZone(entries: ZoneEntry[]) {
      zone = entries;
      lagging.clear();
    },
    /** This resolver keeps answering from `stale` until `setZone` again: a cache that has not expired yet. */
    lag(resolver: FakeResolver, stale: ZoneEntry[]) {
      lagging.set(resolver, stale);
    },
    setDown(resolver: FakeResolver, isDown: boolean) {
      if (isDown) down.add(resolver);
      else down.delete(resolver);
    },
  };
}

export type FakeDoh = ReturnType<typeof createFakeDoh>;
