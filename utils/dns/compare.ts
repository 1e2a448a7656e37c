// The comparison rules: what resolvers answered for one record → the state a person sees. Pure; no network.
import { z } from 'zod';
import { normalizeName, TYPE_NUMBER, typeName } from './names';
import type { DnsRecord } from './records';

export const ResolverNameSchema = z.enum(['cloudflare', 'google']);
export type ResolverName = z.infer<typeof ResolverNameSchema>;
export const RESOLVER_LABEL: Record<ResolverName, string> = { cloudflare: 'Cloudflare (1.1.1.1)', google: 'Google Public DNS' };

export const AnswerSchema = z.object({ name: z.string(), type: z.number(), TTL: z.number(), data: z.string() });
export type Answer = z.infer<typeof AnswerSchema>;

/** One DoH query's outcome: an answer (NOERROR or NXDOMAIN), or why the resolver could not give one. */
export type Lookup =
  | { ok: true; nxdomain: boolean; answers: Answer[]; /** how long "not found" may stay cached (SOA TTL) */ negativeTtl?: number }
  | { ok: false; reason: string };

/** What one resolver said about a record: its own name and type, then the look-ups that explain a miss. */
export interface ResolverView {
  resolver: ResolverName;
  exact: Lookup;
  /** The same name asked as another type (a CNAME typed in as TXT). */
  otherType?: Lookup;
  /** The name with the zone appended once more (`em123.example.com.example.com`). */
  doubled?: Lookup;
}

const DiffSchema = z.object({ same: z.string(), expected: z.string(), found: z.string(), tail: z.string() });
/** Two values side by side: the shared start, the differing middle of each, the shared end. */
export type Diff = z.infer<typeof DiffSchema>;

export const RecordStateSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('ok'), ttl: z.number() }),
  z.object({ state: z.literal('missing'), negativeTtl: z.number().optional() }),
  z.object({ state: z.literal('wrongType'), found: z.string(), value: z.string() }),
  z.object({ state: z.literal('wrongValue'), found: z.string(), diff: DiffSchema, space: z.boolean() }),
  z.object({ state: z.literal('doubledZone'), where: z.enum(['host', 'value']), found: z.string() }),
  z.object({ state: z.literal('notYetVisible'), ttl: z.number(), seenBy: z.array(ResolverNameSchema) }),
  z.object({ state: z.literal('unreachable'), reason: z.string() }),
  z.object({ state: z.literal('invalid'), message: z.string() }),
]);
export type RecordState = z.infer<typeof RecordStateSchema>;

export function diff(expected: string, found: string): Diff {
  let start = 0;
  while (start < expected.length && start < found.length && expected[start] === found[start]) start++;
  let end = 0;
  while (end < expected.length - start && end < found.length - start && expected.at(-1 - end) === found.at(-1 - end)) end++;
  return {
    same: expected.slice(0, start),
    expected: expected.slice(start, expected.length - end),
    found: found.slice(start, found.length - end),
    tail: expected.slice(expected.length - end),
  };
}

/** TXT data arrives quoted, possibly in several strings: `"v=spf1 " "include:sendgrid.net ~all"`. */
function unquote(data: string): string {
  const parts = [...data.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]!.replace(/\\(.)/g, '$1'));
  return parts.length ? parts.join('') : data;
}

/** The observed value in the record's own terms: names lower case without the root dot, TXT unquoted, `\032` a space again. */
export function observedValue(type: DnsRecord['type'], data: string): string {
  if (type === 'TXT') return unquote(data);
  const spaced = data.replace(/\\032/g, ' ');
  if (type === 'A') return spaced;
  // Whitespace is kept on purpose: a stray space is one of the mistakes we report.
  return (type === 'MX' ? spaced.replace(/^\d+\s+/, '') : spaced).toLowerCase().replace(/\.$/, '');
}

/** A resolver that gave an answer (NOERROR or NXDOMAIN). */
type Answered = ResolverView & { exact: Extract<Lookup, { ok: true }> };

/** One resolver's verdict. The record is judged only by answers for its own name. */
function judgeOne(r: DnsRecord, v: Answered): RecordState {
  const want = TYPE_NUMBER[r.type];
  const atHost = (l: Lookup | undefined, name = r.host) =>
    l?.ok ? l.answers.filter((a) => normalizeName(a.name) === normalizeName(name)) : [];
  const here = atHost(v.exact);
  const own = here.filter((a) => a.type === want);
  const match = own.find((a) => observedValue(r.type, a.data) === r.value);
  if (match) return { state: 'ok', ttl: match.TTL };
  const first = own[0];
  if (first) {
    const found = observedValue(r.type, first.data);
    const squeezed = found.replace(/\s+/g, '');
    if (squeezed !== found && (squeezed === r.value || squeezed.replace(/\.$/, '') === r.value))
      return { state: 'wrongValue', found, diff: diff(r.value, found), space: true };
    if (r.type !== 'TXT' && r.type !== 'A' && normalizeName(found) === `${normalizeName(r.value)}.${r.zone}`)
      return { state: 'doubledZone', where: 'value', found };
    return { state: 'wrongValue', found, diff: diff(r.value, found), space: false };
  }
  const other = [...here, ...atHost(v.otherType)].find((a) => a.type !== want);
  if (other) return { state: 'wrongType', found: typeName(other.type), value: other.data };
  const doubledName = `${r.host}.${r.zone}`;
  const twice = atHost(v.doubled, doubledName)[0];
  if (twice) return { state: 'doubledZone', where: 'host', found: doubledName };
  return { state: 'missing', negativeTtl: v.exact.negativeTtl };
}

/** How long a lagging resolver may keep its old answer: its stale record's TTL, or its "not found" TTL. */
function lagTtl(v: ResolverView): number {
  if (!v.exact.ok) return 0;
  const ttls = v.exact.answers.map((a) => a.TTL);
  return Math.max(0, ...ttls, v.exact.negativeTtl ?? 0);
}

const PRIORITY: RecordState['state'][] = ['doubledZone', 'wrongType', 'wrongValue', 'missing'];

/**
 * Combines the resolvers. Every resolver that answered agrees on the right value → `ok`; some see it and
 * others do not → `notYetVisible` (propagation, with the longest TTL to wait); none sees it → the most
 * specific explanation any of them gives. A resolver that failed is left out; if all failed → `unreachable`.
 */
export function judge(r: DnsRecord, views: readonly ResolverView[]): RecordState {
  const answered = views.filter((v): v is Answered => v.exact.ok);
  if (!answered.length) {
    const reasons = views.map((v) => (v.exact.ok ? '' : `${RESOLVER_LABEL[v.resolver]}: ${v.exact.reason}`)).filter(Boolean);
    return { state: 'unreachable', reason: reasons.join('; ') || 'no resolver was asked' };
  }
  const verdicts = answered.map((v) => ({ v, s: judgeOne(r, v) }));
  const good = verdicts.filter((x) => x.s.state === 'ok');
  if (good.length === verdicts.length) {
    return { state: 'ok', ttl: Math.min(...good.map((x) => (x.s.state === 'ok' ? x.s.ttl : 0))) };
  }
  if (good.length) {
    const lagging = verdicts.filter((x) => x.s.state !== 'ok');
    return { state: 'notYetVisible', ttl: Math.max(...lagging.map((x) => lagTtl(x.v))), seenBy: good.map((x) => x.v.resolver) };
  }
  const ranked = [...verdicts].sort((a, b) => PRIORITY.indexOf(a.s.state) - PRIORITY.indexOf(b.s.state));
  return ranked[0]!.s;
}

/** True when every record resolves to what SendGrid expects (nothing left to fix before Verify). */
export function allRight(states: readonly RecordState[]): boolean {
  return states.length > 0 && states.every((s) => s.state === 'ok');
}
