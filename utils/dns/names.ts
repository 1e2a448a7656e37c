// DNS names and addresses: the one place that decides what counts as the same name and what may be queried.
import { z } from 'zod';

/** `Em123.Example.COM.` → `em123.example.com`: DNS names compare case-insensitively, and the root dot is optional. */
export function normalizeName(name: string): string {
  return name.trim().toLowerCase().replace(/\.$/, '');
}

// Labels may start with `_` (`s1._domainkey`); hyphens never start or end a label.
const LABEL = /^(?:_?[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?|_[a-z0-9-]*[a-z0-9])$/;

/** A fully qualified host name of two labels or more (RFC 1035 lengths). Checked before any name goes to a resolver. */
export function isDnsName(name: string): boolean {
  if (name !== name.trim() || /\s/.test(name)) return false;
  const n = normalizeName(name);
  if (n.length === 0 || n.length > 253) return false;
  const labels = n.split('.');
  return labels.length >= 2 && labels.every((l) => LABEL.test(l)) && !/^\d+$/.test(labels.at(-1)!);
}

/** Dotted-quad IPv4 without leading zeros (`149.72.134.21`). */
export function isIPv4(value: string): boolean {
  const parts = value.split('.');
  return parts.length === 4 && parts.every((p) => /^(?:0|[1-9]\d{0,2})$/.test(p) && Number(p) <= 255);
}

export const RecordTypeSchema = z.enum(['CNAME', 'A', 'TXT', 'MX']);
export type RecordType = z.infer<typeof RecordTypeSchema>;

/** DNS RR type numbers, as the DoH JSON APIs report them. */
export const TYPE_NUMBER: Record<RecordType, number> = { A: 1, CNAME: 5, MX: 15, TXT: 16 };
export function typeName(n: number): string {
  return (Object.entries(TYPE_NUMBER).find(([, v]) => v === n)?.[0] as RecordType | undefined) ?? `type ${n}`;
}

/** `em123.example.com` in zone `example.com` → `em123`; the apex → `@`; a name outside the zone stays whole. */
export function relativeName(host: string, zone: string): string {
  const h = normalizeName(host);
  const apex = normalizeName(zone);
  if (h === apex) return '@';
  return h.endsWith(`.${apex}`) ? h.slice(0, -(apex.length + 1)) : `${h}.`;
}

/** The zone a set of hosts most likely sits in: their common label suffix, never a whole host or a bare TLD. */
export function guessZone(hosts: readonly string[]): string {
  const split = hosts.map((h) => normalizeName(h).split('.').reverse());
  const shortest = Math.min(...split.map((s) => s.length));
  let common = 0;
  while (common < shortest - 1 && split.every((s) => s[common] === split[0]![common])) common++;
  // One host (reverse DNS shows a single A record): fall back to its last two labels.
  if (hosts.length === 1 || common < 2) common = Math.min(2, shortest);
  return split[0]!.slice(0, common).reverse().join('.');
}
