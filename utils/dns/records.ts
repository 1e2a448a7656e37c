// A DNS record SendGrid asks for, as the onboarding keeps it (not a secret), and the checks made before it is kept or queried.
import { z } from 'zod';
import type { TaskId } from '../guide/schema';
import { isDnsName, isIPv4, normalizeName, RecordTypeSchema, type RecordType } from './names';

export const DnsRecordSchema = z.object({
  /** Stable within one capture: `mail_cname`, `dkim1`, `a_record`, or `row-3` from a page. */
  id: z.string().min(1).max(80),
  taskId: z.enum(['sendgrid.domain', 'sendgrid.rdns'] as const satisfies readonly TaskId[]),
  type: RecordTypeSchema,
  /** Fully qualified, lower case, no trailing dot. */
  host: z.string(),
  /** CNAME/MX targets normalised like hosts; A an IPv4 address; TXT the text as SendGrid shows it. */
  value: z.string(),
  /** The DNS zone the records go into (the domain SendGrid authenticates). */
  zone: z.string(),
});
export type DnsRecord = z.infer<typeof DnsRecordSchema>;

/** What a person must fix before the record can be kept or checked; null when it is well formed. */
export function recordProblem(r: Pick<DnsRecord, 'type' | 'host' | 'value' | 'zone'>): string | null {
  if (!isDnsName(r.host)) return `The host “${r.host}” is not a DNS name.`;
  if (!isDnsName(r.zone)) return `The zone “${r.zone}” is not a DNS name.`;
  const value = r.value;
  if (r.type === 'A' && !isIPv4(value)) return `An A record needs an IPv4 address; “${value}” is not one.`;
  if ((r.type === 'CNAME' || r.type === 'MX') && !isDnsName(mxTarget(value)))
    return `A ${r.type} record points at a DNS name; “${value}” is not one.`;
  if (r.type === 'TXT' && (value.length === 0 || value.length > 2048 || [...value].some((c) => c.charCodeAt(0) < 32)))
    return 'A TXT value must be 1–2048 printable characters.';
  return null;
}

/** `10 mx.sendgrid.net` → `mx.sendgrid.net` (SendGrid's manual-security MX shows the target alone). */
export function mxTarget(value: string): string {
  return value.trim().replace(/^\d+\s+/, '');
}

/** Builds a record from what a page or the API showed; refuses anything that is not a DNS name or IPv4 address. */
export function makeRecord(
  input: { id: string; type: string; host: string; value: string; zone: string },
): { ok: true; record: DnsRecord } | { ok: false; message: string } {
  const type = RecordTypeSchema.safeParse(input.type.trim().toUpperCase());
  if (!type.success) return { ok: false, message: `Record type “${input.type}” is not one SendGrid asks for (CNAME, A, TXT, MX).` };
  const t: RecordType = type.data;
  const value = t === 'TXT' ? input.value.trim() : t === 'A' ? input.value.trim() : normalizeName(input.value);
  const record = {
    id: input.id,
    taskId: t === 'A' ? ('sendgrid.rdns' as const) : ('sendgrid.domain' as const),
    type: t,
    host: normalizeName(input.host),
    value,
    zone: normalizeName(input.zone),
  };
  const problem = recordProblem(record);
  return problem ? { ok: false, message: problem } : { ok: true, record };
}
