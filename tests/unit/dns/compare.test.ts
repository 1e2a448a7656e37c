// The comparison rules over every failure mode a person meets after copying SendGrid's records into a DNS provider.
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allRight, judge, type Answer, type Lookup, type ResolverView } from '../../../utils/dns/compare';
import { guessZone, isDnsName, isIPv4, relativeName } from '../../../utils/dns/names';
import { makeRecord, type DnsRecord } from '../../../utils/dns/records';

const rec = (type: string, host: string, value: string, zone = 'example.com'): DnsRecord => {
  const made = makeRecord({ id: 'r', type, host, value, zone });
  if (!made.ok) throw new Error(made.message);
  return made.record;
};
const cname = rec('CNAME', 'em123.example.com', 'u123.wl.sendgrid.net');
const aRec = rec('A', 'o1.email.example.com', '149.72.134.21');
const ans = (name: string, type: number, data: string, TTL = 300): Answer => ({ name, type, data, TTL });
const found = (...answers: Answer[]): Lookup => ({ ok: true, nxdomain: false, answers });
const nx: Lookup = { ok: true, nxdomain: true, answers: [], negativeTtl: 1800 };
const nodata: Lookup = { ok: true, nxdomain: false, answers: [], negativeTtl: 600 };
const down: Lookup = { ok: false, reason: 'could not be reached (network error)' };
const both = (v: Omit<ResolverView, 'resolver'>): ResolverView[] => [
  { resolver: 'cloudflare', ...v },
  { resolver: 'google', ...v },
];

describe('names', () => {
  it('accepts host names with _domainkey labels and refuses spaces, empty labels and IPs as names', () => {
    expect(isDnsName('s1._domainkey.example.com')).toBe(true);
    expect(isDnsName('EM123.Example.com.')).toBe(true);
    expect(isDnsName('em123 .example.com')).toBe(false);
    expect(isDnsName('em123..example.com')).toBe(false);
    expect(isDnsName('example')).toBe(false);
    expect(isDnsName('1.2.3.4')).toBe(false);
    expect(isDnsName('-bad.example.com')).toBe(false);
  });
  it('accepts dotted-quad IPv4 only', () => {
    expect(isIPv4('149.72.134.21')).toBe(true);
    expect(isIPv4('149.72.134.256')).toBe(false);
    expect(isIPv4('149.072.134.21')).toBe(false);
    expect(isIPv4('149.72.134')).toBe(false);
  });
  it('writes a host relative to the zone, and guesses the zone from the hosts SendGrid shows', () => {
    expect(relativeName('em123.example.com', 'example.com')).toBe('em123');
    expect(relativeName('example.com', 'example.com')).toBe('@');
    expect(relativeName('em123.other.org', 'example.com')).toBe('em123.other.org.');
    expect(guessZone(['em1.mail.acme.io', 's1._domainkey.mail.acme.io'])).toBe('mail.acme.io');
    expect(guessZone(['o1.email.example.com'])).toBe('example.com');
  });
  it('refuses to keep a record whose value is not what its type needs', () => {
    expect(makeRecord({ id: 'x', type: 'A', host: 'o1.example.com', value: 'sendgrid.net', zone: 'example.com' })).toMatchObject({ ok: false });
    expect(makeRecord({ id: 'x', type: 'CNAME', host: 'em1.example.com', value: 'not a name', zone: 'example.com' })).toMatchObject({ ok: false });
    expect(makeRecord({ id: 'x', type: 'SRV', host: 'em1.example.com', value: 'a.b', zone: 'example.com' })).toMatchObject({ ok: false });
  });
});

describe('judge', () => {
  it('resolves to the expected value, whatever the case or trailing dot', () => {
    expect(judge(cname, both({ exact: found(ans('EM123.example.com.', 5, 'U123.WL.SendGrid.net.', 3600)) }))).toEqual({ state: 'ok', ttl: 3600 });
  });
  it('follows an A record behind nothing else', () => {
    expect(judge(aRec, both({ exact: found(ans('o1.email.example.com.', 1, '149.72.134.21')) })).state).toBe('ok');
  });
  it('flags the zone appended twice to the host', () => {
    const s = judge(cname, both({ exact: nx, otherType: nx, doubled: found(ans('em123.example.com.example.com.', 5, 'u123.wl.sendgrid.net.')) }));
    expect(s).toEqual({ state: 'doubledZone', where: 'host', found: 'em123.example.com.example.com' });
  });
  it('flags a value the provider completed with the zone (the trailing dot was missing)', () => {
    const s = judge(cname, both({ exact: found(ans('em123.example.com.', 5, 'u123.wl.sendgrid.net.example.com.')) }));
    expect(s).toMatchObject({ state: 'doubledZone', where: 'value' });
  });
  it('flags a CNAME entered as TXT', () => {
    const s = judge(cname, both({ exact: nodata, otherType: found(ans('em123.example.com.', 16, '"u123.wl.sendgrid.net"')), doubled: nx }));
    expect(s).toMatchObject({ state: 'wrongType', found: 'TXT' });
  });
  it('flags an A record entered as a CNAME', () => {
    const s = judge(aRec, both({ exact: found(ans('o1.email.example.com.', 5, 'sendgrid.net.'), ans('sendgrid.net.', 1, '167.89.0.1')) }));
    expect(s).toMatchObject({ state: 'wrongType', found: 'CNAME' });
  });
  it('flags a stray space in the value', () => {
    const s = judge(cname, both({ exact: found(ans('em123.example.com.', 5, 'u123.wl.sendgrid.net\\032.')) }));
    expect(s).toMatchObject({ state: 'wrongValue', space: true });
  });
  it('shows a wrong value beside the expected one, with the difference cut out', () => {
    const s = judge(cname, both({ exact: found(ans('em123.example.com.', 5, 'u132.wl.sendgrid.net.')) }));
    expect(s).toEqual({ state: 'wrongValue', space: false, found: 'u132.wl.sendgrid.net', diff: { same: 'u1', expected: '23', found: '32', tail: '.wl.sendgrid.net' } });
  });
  it('says missing, with how long "not found" may stay cached', () => {
    expect(judge(cname, both({ exact: nx, otherType: nx, doubled: nx }))).toEqual({ state: 'missing', negativeTtl: 1800 });
  });
  it('says not yet visible when one resolver already sees it and the other still caches the old answer', () => {
    const s = judge(cname, [
      { resolver: 'cloudflare', exact: found(ans('em123.example.com.', 5, 'u123.wl.sendgrid.net.')) },
      { resolver: 'google', exact: nx, otherType: nx, doubled: nx },
    ]);
    expect(s).toEqual({ state: 'notYetVisible', ttl: 1800, seenBy: ['cloudflare'] });
  });
  it('uses the other resolver when one is down, and reports unreachable only when both are', () => {
    const ok = found(ans('em123.example.com.', 5, 'u123.wl.sendgrid.net.'));
    expect(judge(cname, [{ resolver: 'cloudflare', exact: down }, { resolver: 'google', exact: ok }]).state).toBe('ok');
    expect(judge(cname, both({ exact: down }))).toMatchObject({ state: 'unreachable' });
  });
  it('never calls an empty set of records all right', () => {
    expect(allRight([])).toBe(false);
    expect(allRight([{ state: 'ok', ttl: 1 }, { state: 'missing' }])).toBe(false);
  });
});

// ── properties ──
const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,10}[a-z0-9])?$/);
const zoneArb = fc.tuple(label, fc.constantFrom('com', 'net', 'io', 'co.uk')).map(([a, b]) => `${a}.${b}`);
const ipArb = fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)).map((p) => p.join('.'));
const recordArb = fc
  .tuple(zoneArb, fc.array(fc.oneof(label, label.map((l) => `_${l}`)), { minLength: 1, maxLength: 3 }), fc.constantFrom('CNAME', 'A', 'TXT'), label, ipArb, fc.string({ minLength: 1, maxLength: 40 }))
  .map(([zone, sub, type, target, ip, txt]) => {
    const value = type === 'A' ? ip : type === 'CNAME' ? `${target}.wl.sendgrid.net` : `v=spf1 ${[...txt].map((c) => (c.charCodeAt(0) < 32 || c === '"' || c === '\\' ? 'x' : c)).join('')}`;
    return rec(type, `${sub.join('.')}.${zone}`, value, zone);
  });
const typeNo = { A: 1, CNAME: 5, TXT: 16, MX: 15 } as const;
const randomCase = (s: string, flips: boolean[]) => [...s].map((c, i) => (flips[i % flips.length] ? c.toUpperCase() : c)).join('');

describe('judge (properties)', () => {
  it('never calls a correct record wrong, however the resolvers write it', () => {
    fc.assert(
      fc.property(recordArb, fc.array(fc.boolean(), { minLength: 1 }), fc.boolean(), fc.nat(86_400), fc.subarray(['cloudflare', 'google'] as const, { minLength: 1 }), (r, flips, dot, ttl, who) => {
        const name = randomCase(r.host, flips) + (dot ? '.' : '');
        const data = r.type === 'TXT' ? JSON.stringify(r.value) : r.type === 'A' ? r.value : randomCase(r.value, flips) + (dot ? '.' : '');
        const views: ResolverView[] = (['cloudflare', 'google'] as const).map((resolver) =>
          who.includes(resolver) ? { resolver, exact: found(ans(name, typeNo[r.type], data, ttl)) } : { resolver, exact: down },
        );
        expect(judge(r, views)).toEqual({ state: 'ok', ttl });
      }),
    );
  });
  it('always flags a doubled zone', () => {
    fc.assert(
      fc.property(recordArb, fc.boolean(), (r, nxFirst) => {
        const data = r.type === 'TXT' ? JSON.stringify(r.value) : r.value;
        const doubled = found(ans(`${r.host}.${r.zone}.`, typeNo[r.type], data));
        const miss = nxFirst ? nx : nodata;
        expect(judge(r, both({ exact: miss, otherType: miss, doubled }))).toMatchObject({ state: 'doubledZone', where: 'host' });
      }),
    );
  });
});
