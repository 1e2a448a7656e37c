// The DoH client against the fake resolvers: each failure mode end to end through the JSON API, and what is sent.
import * as fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { isDnsName, isIPv4 } from '../../../utils/dns/names';
import { checkRecord, type Fetch } from '../../../utils/dns/doh';
import { makeRecord, type DnsRecord } from '../../../utils/dns/records';
import { createFakeDoh, type FakeDoh, type ZoneEntry } from '../../fake-dns/doh';

let doh: FakeDoh;
const fetchVia: Fetch = async (url, init) => {
  const u = new URL(url);
  const out = doh.handle(u.host, u.pathname + u.search, init.headers.accept);
  return new Response(JSON.stringify(out.body), { status: out.status });
};
const rec = (type: string, host: string, value: string): DnsRecord => {
  const m = makeRecord({ id: host, type, host, value, zone: 'example.com' });
  if (!m.ok) throw new Error(m.message);
  return m.record;
};
const mail = rec('CNAME', 'em123.example.com', 'u123.wl.sendgrid.net');
const rdns = rec('A', 'o1.email.example.com', '149.72.134.21');
const good: ZoneEntry[] = [
  { name: 'em123.example.com', type: 'CNAME', data: 'u123.wl.sendgrid.net' },
  { name: 'o1.email.example.com', type: 'A', data: '149.72.134.21' },
];

beforeEach(() => {
  doh = createFakeDoh({ negativeTtl: 60 });
  doh.setZone(good);
});

describe('checkRecord over DoH', () => {
  it('finds both records right at both resolvers', async () => {
    expect(await checkRecord(fetchVia, mail)).toMatchObject({ state: 'ok' });
    expect(await checkRecord(fetchVia, rdns)).toMatchObject({ state: 'ok' });
  });
  it('sends only the record names (and the doubled-zone name) to the two resolvers', async () => {
    doh.setZone([]);
    await checkRecord(fetchVia, mail);
    expect(new Set(doh.queries.map((q) => q.name))).toEqual(new Set(['em123.example.com', 'em123.example.com.example.com']));
    expect(new Set(doh.queries.map((q) => q.resolver))).toEqual(new Set(['cloudflare', 'google']));
  });
  it('detects a TXT typed in for the CNAME, and the zone typed in twice', async () => {
    doh.setZone([{ name: 'em123.example.com', type: 'TXT', data: 'u123.wl.sendgrid.net' }]);
    expect(await checkRecord(fetchVia, mail)).toMatchObject({ state: 'wrongType', found: 'TXT' });
    doh.setZone([{ name: 'em123.example.com.example.com', type: 'CNAME', data: 'u123.wl.sendgrid.net' }]);
    expect(await checkRecord(fetchVia, mail)).toMatchObject({ state: 'doubledZone', where: 'host' });
  });
  it('falls back to the other resolver when one is down, and reports unreachable when both are', async () => {
    doh.setDown('cloudflare', true);
    expect(await checkRecord(fetchVia, mail)).toMatchObject({ state: 'ok' });
    doh.setDown('google', true);
    expect(await checkRecord(fetchVia, mail)).toMatchObject({ state: 'unreachable' });
  });
  it('reports a network failure as a state', async () => {
    const broken: Fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    expect(await checkRecord(broken, mail)).toMatchObject({ state: 'unreachable', reason: expect.stringContaining('network error') });
  });
  it('says not yet visible while one resolver still caches the old answer, then right once it expires', async () => {
    doh.lag('google', []);
    expect(await checkRecord(fetchVia, mail)).toEqual({ state: 'notYetVisible', ttl: 60, seenBy: ['cloudflare'] });
    doh.setZone(good);
    expect(await checkRecord(fetchVia, mail)).toMatchObject({ state: 'ok' });
  });
  it('never sends a record that is not a DNS name', async () => {
    const bad = { ...mail, host: 'em123 .example.com' };
    expect(await checkRecord(fetchVia, bad)).toMatchObject({ state: 'invalid' });
    expect(doh.queries).toEqual([]);
  });
  it('sends nothing but DNS names, whatever a page or the API put in the host, value or zone (property)', async () => {
    const noisy = fc.oneof(fc.string(), fc.constantFrom('em1.example.com', 'em1.example.com ', 'a..b', '1.2.3.4', '_x.example.com', 'example'));
    await fc.assert(
      fc.asyncProperty(noisy, noisy, noisy, fc.constantFrom('CNAME', 'A', 'TXT', 'MX'), async (host, value, zone, type) => {
        doh.queries.length = 0;
        const r = { id: 'x', taskId: 'sendgrid.domain' as const, type: type as DnsRecord['type'], host, value, zone };
        await checkRecord(fetchVia, r);
        for (const q of doh.queries) expect(isDnsName(q.name)).toBe(true);
        if (doh.queries.length) {
          expect(isDnsName(host) && isDnsName(zone)).toBe(true);
          if (type === 'A') expect(isIPv4(value)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
