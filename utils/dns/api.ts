// The records from SendGrid's API (parent key): domain authentication in either security mode, link branding, reverse DNS.
import { z } from 'zod';
import { endpoint } from '../verify/http';
import { normalizeName } from './names';
import { makeRecord, type DnsRecord } from './records';

const Rec = z.object({ valid: z.boolean().optional(), type: z.string(), host: z.string(), data: z.string() });
const sg = { vendor: 'sendgrid', base: 'sendgrid', scope: 'whitelabel.read' } as const;

/** Automated security: mail_cname, dkim1, dkim2. Manual: mail_server (MX), subdomain_spf, domain_spf, dkim (TXT). */
const DomainSchema = z.object({
  id: z.number(),
  domain: z.string(),
  default: z.boolean().optional(),
  valid: z.boolean(),
  dns: z.record(z.string(), Rec),
});
export const domainsEndpoint = endpoint({ ...sg, template: '/v3/whitelabel/domains', schema: z.array(DomainSchema) });
export const linksEndpoint = endpoint({
  ...sg,
  template: '/v3/whitelabel/links',
  schema: z.array(z.object({ id: z.number(), domain: z.string(), default: z.boolean().optional(), valid: z.boolean(), dns: z.record(z.string(), Rec) })),
});
export const reverseDnsEndpoint = endpoint({
  ...sg,
  template: '/v3/whitelabel/ips',
  schema: z.array(z.object({ id: z.number(), ip: z.string(), domain: z.string(), valid: z.boolean(), a_record: Rec })),
});

type Domain = z.infer<typeof DomainSchema>;
export interface ApiBodies {
  domains: Domain[];
  links: z.infer<typeof linksEndpoint.schema>;
  reverseDns: z.infer<typeof reverseDnsEndpoint.schema>;
}

/** The domain to hand over: the default one, else the newest. Real accounts hold several. */
function chooseDomain(domains: Domain[]): Domain | undefined {
  return domains.find((d) => d.default) ?? [...domains].sort((a, b) => b.id - a.id)[0];
}

/**
 * Records of one domain: its authentication records, its link branding, and the reverse DNS whose domain
 * matches. Rows that are not DNS names or IPv4 addresses are dropped and counted in `refused`.
 */
export function recordsFromApi(b: ApiBodies): { zone: string; records: DnsRecord[]; refused: number; others: number } | null {
  const domain = chooseDomain(b.domains);
  const zone = domain ? normalizeName(domain.domain) : normalizeName(b.reverseDns[0]?.domain ?? '');
  if (!zone) return null;
  const rows: { id: string; type: string; host: string; value: string }[] = [];
  for (const [key, r] of Object.entries(domain?.dns ?? {})) rows.push({ id: `domain.${key}`, type: r.type, host: r.host, value: r.data });
  const link = b.links.find((l) => normalizeName(l.domain) === zone && l.default) ?? b.links.find((l) => normalizeName(l.domain) === zone);
  for (const [key, r] of Object.entries(link?.dns ?? {})) rows.push({ id: `link.${key}`, type: r.type, host: r.host, value: r.data });
  for (const ip of b.reverseDns.filter((x) => normalizeName(x.domain) === zone))
    rows.push({ id: `rdns.${ip.id}`, type: ip.a_record.type, host: ip.a_record.host, value: ip.a_record.data });
  const made = rows.map((r) => makeRecord({ ...r, zone }));
  const records = made.flatMap((m) => (m.ok ? [m.record] : []));
  return { zone, records, refused: made.length - records.length, others: Math.max(0, b.domains.length - 1) };
}
