// DNS over HTTPS, JSON flavour (Cloudflare and Google share one schema): the only network the DNS check uses.
import { z } from 'zod';
import { judge, AnswerSchema, type Lookup, type RecordState, type ResolverName, type ResolverView } from './compare';
import { isDnsName, TYPE_NUMBER, type RecordType } from './names';
import { recordProblem, type DnsRecord } from './records';

/** The two resolvers, and nothing else: these are also the optional host permissions in the manifest. */
export const RESOLVERS: Record<ResolverName, { url: (name: string, type: number) => string }> = {
  cloudflare: { url: (name, type) => `https://cloudflare-dns.com/dns-query?name=${encodeURIComponent(name)}&type=${type}` },
  google: { url: (name, type) => `https://dns.google/resolve?name=${encodeURIComponent(name)}&type=${type}` },
};
export { RESOLVER_ORIGINS } from './origins';

const DohResponseSchema = z.object({
  Status: z.number(),
  Answer: z.array(AnswerSchema).optional(),
  Authority: z.array(AnswerSchema).optional(),
});

const SOA = 6;
const NOERROR = 0;
const NXDOMAIN = 3;
export const LOOKUP_TIMEOUT_MS = 5_000;

export type Fetch = (url: string, init: { headers: Record<string, string>; signal: AbortSignal }) => Promise<Response>;

/** One question to one resolver. Refuses, without sending anything, a name that is not a DNS name. */
export async function lookup(fetchFn: Fetch, resolver: ResolverName, name: string, type: RecordType, timeoutMs = LOOKUP_TIMEOUT_MS): Promise<Lookup> {
  if (!isDnsName(name)) return { ok: false, reason: `“${name}” is not a DNS name, so it was not sent` };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const res = await fetchFn(RESOLVERS[resolver].url(name, TYPE_NUMBER[type]), {
      headers: { accept: 'application/dns-json' },
      signal: controller.signal,
    });
    if (!res.ok) return { ok: false, reason: `answered HTTP ${res.status}` };
    const body = DohResponseSchema.safeParse(await res.json().catch(() => undefined));
    if (!body.success) return { ok: false, reason: 'answered something that is not DNS JSON' };
    const { Status, Answer = [], Authority = [] } = body.data;
    // SERVFAIL, REFUSED, …: this resolver could not tell; the other one may.
    if (Status !== NOERROR && Status !== NXDOMAIN) return { ok: false, reason: `could not resolve it (DNS status ${Status})` };
    const soa = Authority.find((a) => a.type === SOA);
    return { ok: true, nxdomain: Status === NXDOMAIN, answers: Answer, negativeTtl: soa?.TTL };
  } catch {
    return { ok: false, reason: controller.signal.aborted ? `did not answer within ${timeoutMs / 1000} s` : 'could not be reached (network error)' };
  } finally {
    clearTimeout(timer);
  }
}

/** The type a record is most often typed in as by mistake, asked only when its own type finds nothing. */
const CONFUSED_WITH: Record<RecordType, RecordType> = { CNAME: 'TXT', A: 'TXT', MX: 'TXT', TXT: 'CNAME' };

async function viewOf(fetchFn: Fetch, resolver: ResolverName, r: DnsRecord, timeoutMs?: number): Promise<ResolverView> {
  const exact = await lookup(fetchFn, resolver, r.host, r.type, timeoutMs);
  const view: ResolverView = { resolver, exact };
  if (!exact.ok || exact.answers.length) return view;
  // Nothing under the record's own type: ask the two names that explain the usual mistakes.
  const [otherType, doubled] = await Promise.all([
    lookup(fetchFn, resolver, r.host, CONFUSED_WITH[r.type], timeoutMs),
    lookup(fetchFn, resolver, `${r.host}.${r.zone}`, r.type, timeoutMs),
  ]);
  return { ...view, otherType, doubled };
}

/**
 * Checks one record at both resolvers at once. A malformed record is never sent. A resolver that fails is
 * left out of the verdict (the other decides); both failing is the `unreachable` state, never a throw.
 */
export async function checkRecord(fetchFn: Fetch, r: DnsRecord, timeoutMs?: number): Promise<RecordState> {
  const problem = recordProblem(r);
  if (problem) return { state: 'invalid', message: problem };
  const names = Object.keys(RESOLVERS) as ResolverName[];
  const views = await Promise.all(names.map((n) => viewOf(fetchFn, n, r, timeoutMs)));
  return judge(r, views);
}
