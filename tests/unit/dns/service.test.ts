// The background's DNS service: records from SendGrid's API (both security modes) and pages, kept per onboarding, checked live.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { recordsFromApi } from '../../../utils/dns/api';
import { createDnsService, type DnsDeps } from '../../../utils/dns/background';
import type { Fetch } from '../../../utils/dns/doh';
import { handoverText, zoneFile } from '../../../utils/dns/handover';
import { createProgressStore, type ProgressStore } from '../../../utils/progress/store';
import { FAKE } from '../../fake-apis/credentials';
import { createFakeApis } from '../../fake-apis/fake';
import { goodState } from '../../fake-apis/state';
import { fakeTransport } from '../../fake-apis/transport';
import { createFakeDoh, type FakeDoh } from '../../fake-dns/doh';

let progress: ProgressStore;
let doh: FakeDoh;
let access = true;
let pages: Record<number, { url: string; rows: { type: string; host: string; value: string }[] }> = {};
const fetchVia: Fetch = async (url, init) => {
  const u = new URL(url);
  const out = doh.handle(u.host, u.pathname + u.search, init.headers.accept);
  return new Response(JSON.stringify(out.body), { status: out.status });
};
let n = 0;
const service = (over: Partial<DnsDeps> = {}) =>
  createDnsService({
    readProgress: () => progress.read(),
    readParentKey: async () => FAKE.parentKey,
    transport: (key) => fakeTransport(createFakeApis(), { parentKey: key }),
    fetch: fetchVia,
    hasResolverAccess: async () => access,
    sendgridTabs: async () => Object.keys(pages).map(Number),
    readPage: async (id) => pages[id],
    now: () => 1_700_000_000_000,
    ...over,
  });

beforeEach(() => {
  fakeBrowser.reset();
  progress = createProgressStore({ now: () => 1_700_000_000_000, newId: () => `ob-${++n}` });
  doh = createFakeDoh();
  access = true;
  pages = {};
});

describe('records from the API', () => {
  it('reads the three automated-security CNAMEs, the two link-branding CNAMEs and the reverse-DNS A record', async () => {
    const reply = await service().captureApi();
    expect(reply.ok).toBe(true);
    const records = reply.ok ? reply.view.capture!.records : [];
    expect(records.map((r) => `${r.type} ${r.host} ${r.value}`)).toEqual([
      'CNAME em123.example.com u1.wl.sendgrid.net',
      'CNAME s1._domainkey.example.com s1.domainkey.u1.wl.sendgrid.net',
      'CNAME s2._domainkey.example.com s2.domainkey.u1.wl.sendgrid.net',
      'CNAME url123.example.com sendgrid.net',
      'CNAME 1.example.com sendgrid.net',
      `A o1.email.example.com ${FAKE.ip}`,
    ]);
    expect(records.filter((r) => r.taskId === 'sendgrid.rdns')).toHaveLength(1);
  });
  it('reads the manual-security shape (MX and TXT records) too', () => {
    const s = goodState().sendgrid;
    const manual = {
      ...(s.domains[0] as object),
      automatic_security: false,
      dns: {
        mail_server: { valid: false, type: 'mx', host: 'em123.example.com', data: 'mx.sendgrid.net' },
        subdomain_spf: { valid: false, type: 'txt', host: 'em123.example.com', data: 'v=spf1 include:sendgrid.net ~all' },
        domain_spf: { valid: false, type: 'txt', host: 'example.com', data: 'v=spf1 include:sendgrid.net ~all' },
        dkim: { valid: false, type: 'txt', host: 'm1._domainkey.example.com', data: 'k=rsa; t=s; p=MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQC' },
      },
    };
    const got = recordsFromApi({ domains: [manual as never], links: [], reverseDns: [] });
    expect(got?.records.map((r) => r.type)).toEqual(['MX', 'TXT', 'TXT', 'TXT']);
    expect(zoneFile('example.com', got!.records)).toContain('@              3600 IN TXT   "v=spf1 include:sendgrid.net ~all"');
  });
  it('says what to do without a parent key, and sends nothing', async () => {
    const reply = await service({ readParentKey: async () => undefined }).captureApi();
    expect(reply).toMatchObject({ ok: false, message: expect.stringContaining('parent account API key') });
  });
});

describe('records from the SendGrid page', () => {
  it('keeps the domain records, then adds the reverse-DNS record from its own page', async () => {
    pages = { 7: { url: 'https://app.sendgrid.com/settings/sender_auth/domain/create', rows: [
      { type: 'CNAME', host: 'em1234.acme.io', value: 'u1234.wl.sendgrid.net' },
      { type: 'CNAME', host: 's1._domainkey.acme.io', value: 's1.domainkey.u1234.wl.sendgrid.net' },
    ] } };
    const s = service();
    await s.capturePage();
    pages = { 7: { url: 'https://app.sendgrid.com/settings/sender_auth/reverse_dns', rows: [{ type: 'A', host: 'o1.acme.io', value: '149.72.134.21' }] } };
    const reply = await s.capturePage();
    expect(reply.ok && reply.view.capture).toMatchObject({ zone: 'acme.io', source: 'page' });
    expect(reply.ok && reply.view.capture!.records.map((r) => r.host)).toEqual(['em1234.acme.io', 's1._domainkey.acme.io', 'o1.acme.io']);
  });
  it('refuses a row that is not a DNS record, naming it', async () => {
    pages = { 1: { url: 'https://app.sendgrid.com/x', rows: [{ type: 'A', host: 'o1.acme.io', value: 'sendgrid.net' }] } };
    expect(await service().capturePage()).toMatchObject({ ok: false, message: expect.stringContaining('IPv4') });
  });
  it('says which page to open when no tab shows records', async () => {
    expect(await service().capturePage()).toMatchObject({ ok: false, message: expect.stringContaining('Install DNS Records') });
  });
  it('keeps each onboarding’s records apart', async () => {
    pages = { 1: { url: 'https://app.sendgrid.com/x', rows: [{ type: 'A', host: 'o1.acme.io', value: '149.72.134.21' }] } };
    const s = service();
    await s.capturePage();
    await progress.run({ type: 'createOnboarding', name: 'Globex', region: 'us' } as never);
    expect((await s.view()).capture).toBeNull();
  });
});

describe('live check', () => {
  it('refuses to query anything while the live check is off', async () => {
    await service().captureApi();
    access = false;
    expect(await service().check()).toMatchObject({ ok: false, message: expect.stringContaining('Turn on') });
    expect(doh.queries).toEqual([]);
  });
  it('states every record, and the Verify note says all right only when all are', async () => {
    const s = service();
    await s.captureApi();
    const good = goodState().sendgrid;
    const zone = [
      ...Object.values((good.domains[0] as { dns: Record<string, { host: string; data: string }> }).dns),
      ...Object.values((good.links[0] as { dns: Record<string, { host: string; data: string }> }).dns),
    ].map((r) => ({ name: r.host, type: 'CNAME' as const, data: r.data }));
    doh.setZone(zone);
    let reply = await s.check();
    expect(reply.ok && Object.values(reply.view.results!).map((x) => x.state)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', 'missing']);
    expect(await s.verifyNote('sendgrid.domain')).toMatchObject({ allRight: true });
    expect(await s.verifyNote('sendgrid.rdns')).toMatchObject({ allRight: false });
    doh.setZone([...zone, { name: 'o1.email.example.com', type: 'A', data: FAKE.ip }]);
    reply = await s.check();
    expect(await s.verifyNote('sendgrid.rdns')).toMatchObject({ allRight: true, text: expect.stringContaining('All 1 DNS record') });
    expect(new Set(doh.queries.map((q) => q.name.split('.').slice(-2).join('.')))).toEqual(new Set(['example.com']));
    // Turned off since: the Verify button no longer repeats the old verdict.
    access = false;
    expect(await s.verifyNote('sendgrid.rdns')).toBeNull();
  });
});

describe('handover', () => {
  it('writes both host forms and the three usual mistakes', async () => {
    const reply = await service().captureApi();
    const text = handoverText('example.com', reply.ok ? reply.view.capture!.records : []);
    expect(text).toContain('Host/Name: em123   (full name: em123.example.com)');
    expect(text).toContain('em123.example.com.example.com');
    expect(text).toContain('a CNAME entered as TXT does not work');
  });
});

describe('zone file', () => {
  it('quotes TXT values, escapes quotes and splits them into 255-character strings', () => {
    const long = `k=rsa; p=${'A'.repeat(300)}`;
    const got = recordsFromApi({
      domains: [{ id: 1, domain: 'example.com', valid: false, dns: { dkim: { type: 'txt', host: 'm1._domainkey.example.com', data: long }, note: { type: 'txt', host: 'example.com', data: 'say "hi"' } } }],
      links: [],
      reverseDns: [],
    });
    const text = zoneFile('example.com', got!.records);
    expect(text).toContain(`m1._domainkey  3600 IN TXT   "${long.slice(0, 255)}" "${long.slice(255)}"`);
    expect(text).toContain('"say \\"hi\\""');
  });
});
