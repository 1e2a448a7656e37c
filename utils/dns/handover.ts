// What the person sends to whoever runs DNS: a BIND zone-file snippet and a plain-text handover. Pure text.
import { relativeName } from './names';
import type { DnsRecord } from './records';

const TTL = 3600;

/** A TXT value as zone-file strings: quoted, `"` and `\` escaped, split at 255 characters. */
function txtStrings(value: string): string {
  const escaped = value.replace(/[\\"]/g, (c) => `\\${c}`);
  const parts = escaped.match(/(?:\\.|[^\\]){1,255}/g) ?? [''];
  return parts.map((p) => `"${p}"`).join(' ');
}

function data(r: DnsRecord): string {
  if (r.type === 'TXT') return txtStrings(r.value);
  if (r.type === 'A') return r.value;
  return r.type === 'MX' ? `10 ${r.value}.` : `${r.value}.`;
}

/** `$ORIGIN example.com.` then one line per record, names relative to the zone, targets fully qualified. */
export function zoneFile(zone: string, records: readonly DnsRecord[]): string {
  const width = Math.max(1, ...records.map((r) => relativeName(r.host, zone).length));
  const lines = records.map((r) => `${relativeName(r.host, zone).padEnd(width)}  ${TTL} IN ${r.type.padEnd(5)} ${data(r)}`);
  return [`; SendGrid records for ${zone}`, `$ORIGIN ${zone}.`, ...lines, ''].join('\n');
}

const PURPOSE: Record<DnsRecord['taskId'], string> = {
  'sendgrid.domain': 'domain authentication and link branding',
  'sendgrid.rdns': 'reverse DNS',
};

/** A message a person can paste into an email or ticket; says the three mistakes that cost days. */
export function handoverText(zone: string, records: readonly DnsRecord[]): string {
  const purposes = [...new Set(records.map((r) => PURPOSE[r.taskId]))].join(' and ');
  const body = records.map((r, i) =>
    [
      `${i + 1}. Type: ${r.type}`,
      `   Host/Name: ${relativeName(r.host, zone)}   (full name: ${r.host})`,
      `   ${r.type === 'A' ? 'Value/IP address' : r.type === 'TXT' ? 'Value' : 'Value/Points to'}: ${r.value}`,
    ].join('\n'),
  );
  return [
    `Hello,`,
    ``,
    `please add these ${records.length} DNS record${records.length === 1 ? '' : 's'} to the zone ${zone}. SendGrid needs them for ${purposes}.`,
    ``,
    ...body,
    ``,
    `Please check:`,
    `- If your DNS provider adds "${zone}" to names itself, enter the short host (e.g. ${relativeName(records[0]?.host ?? zone, zone)}); otherwise the record ends up as ${records[0]?.host ?? zone}.${zone}.`,
    `- Use exactly the record type shown (a CNAME entered as TXT does not work).`,
    `- Copy values without spaces before or after them.`,
    ``,
    `Thank you!`,
    ``,
  ].join('\n');
}
