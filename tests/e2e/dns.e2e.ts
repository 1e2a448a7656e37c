// DNS end to end: SendGrid's DNS records read from the sandbox pages and the fake API, handed over, and checked live
// against fake DNS-over-HTTPS resolvers at cloudflare-dns.com and dns.google, in real Chromium.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RESOLVER_ORIGINS } from '../../utils/dns/doh.ts';
import { FAKE } from '../fake-apis/credentials.ts';
import { createFakeApis, FAKE_HOSTS } from '../fake-apis/fake.ts';
import { createFakeDoh, DOH_HOSTS, type ZoneEntry } from '../fake-dns/doh.ts';
import { calloutText, taskState, until } from './guidance-helpers.ts';
import { describeViolations, launchBrowser, runAxe, startSandbox, type ExtensionBrowser, type Sandbox } from './harness/index.ts';

const SG = 'https://app.sendgrid.com';
// Screenshots go to screenshots/dns (ignored by git); ENGAGE_DNS_SHOTS=docs refreshes the README's pictures.
const SHOTS = process.env.ENGAGE_DNS_SHOTS ?? join('screenshots', 'dns');
/** What the sandbox's domain-authentication page shows for example.com. */
const PAGE_ZONE: ZoneEntry[] = [
  { name: 'em1234.example.com', type: 'CNAME', data: 'u1234.wl.sendgrid.net' },
  { name: 's1._domainkey.example.com', type: 'CNAME', data: 's1.domainkey.u1234.wl.sendgrid.net' },
  { name: 's2._domainkey.example.com', type: 'CNAME', data: 's2.domainkey.u1234.wl.sendgrid.net' },
  { name: 'url1234.example.com', type: 'CNAME', data: 'sendgrid.net' },
  { name: '5678.example.com', type: 'CNAME', data: 'sendgrid.net' },
];

class Dns {
  constructor(readonly page: Page) {}
  get section() {
    return this.page.getByRole('region', { name: 'DNS records for SendGrid' });
  }
  get table() {
    return this.section.getByRole('table', { name: 'DNS records' });
  }
  get live() {
    return this.section.getByRole('checkbox', { name: 'Check these records over DNS-over-HTTPS' });
  }
  async open() {
    const toggle = this.section.getByRole('button', { name: 'DNS records for SendGrid' });
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  }
  /** Short hosts in table order. */
  async hosts(): Promise<string[]> {
    return this.table.locator('tbody tr td:nth-child(2) .dns-cell:first-child code').allInnerTexts();
  }
  async states(): Promise<Record<string, string>> {
    const rows = await this.table.locator('tbody tr').all();
    const out: Record<string, string> = {};
    for (const r of rows) out[(await r.locator('td').nth(1).locator('code').first().innerText()).trim()] = (await r.getAttribute('data-state')) ?? '';
    return out;
  }
  async recheck() {
    const before = await this.section.locator('tbody').innerText();
    await this.section.getByRole('button', { name: 'Re-check now' }).click();
    await this.section.getByRole('button', { name: 'Re-check now' }).and(this.page.locator(':enabled')).waitFor();
    return before;
  }
  async shot(name: string) {
    // The width of a side panel beside a console.
    await this.page.setViewportSize({ width: 420, height: 2400 });
    await this.section.screenshot({ path: join(SHOTS, `dns-${name}.png`) });
  }
}

/** The sandbox's domain-authentication flow up to its record table. */
async function domainRecordsPage(browser: ExtensionBrowser, reset = true): Promise<Page> {
  const page = await browser.openConsole(`${SG}/settings/sender_auth/domain/create${reset ? '?reset=1' : ''}`);
  await page.getByLabel('Domain You Send From').fill('example.com');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('heading', { name: 'Install DNS Records' }).waitFor();
  return page;
}

describe('DNS records: capture, hand over, live check', () => {
  const doh = createFakeDoh({ negativeTtl: 3 });
  const api = createFakeApis();
  const profile = mkdtempSync(join(tmpdir(), 'engage-dns-'));
  let sandbox: Sandbox;
  let browser: ExtensionBrowser;
  let dns: Dns;

  beforeAll(async () => {
    sandbox = await startSandbox({
      hosts: { [DOH_HOSTS.cloudflare]: doh.nodeHandler, [DOH_HOSTS.google]: doh.nodeHandler, ...Object.fromEntries(FAKE_HOSTS.map((h) => [h, api.nodeHandler])) },
    });
    browser = await launchBrowser({ sandbox, userDataDir: profile });
  });
  afterAll(async () => {
    await browser?.close();
    await sandbox?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  it('reads the five CNAMEs from SendGrid’s page; turning the live check on asks the browser and sends nothing before', async () => {
    await domainRecordsPage(browser);
    dns = new Dns(await browser.openSidePanel());
    await dns.open();
    await dns.section.getByRole('button', { name: 'Read records from the SendGrid tab' }).click();
    await dns.table.waitFor();
    expect(await dns.hosts()).toEqual(['em1234', 's1._domainkey', 's2._domainkey', 'url1234', '5678']);
    await expect.poll(() => dns.section.getByText('em1234.example.com.', { exact: true }).isVisible()).toBe(true);
    // Copy: one click puts the short host on the clipboard.
    await dns.section.getByRole('button', { name: 'Copy host em1234' }).click();
    await dns.section.getByText('Copied host em1234').waitFor();
    // The test reads the clipboard itself (the extension holds no clipboardRead here): a web permission for this check.
    await browser.context.grantPermissions(['clipboard-read']);
    expect(await dns.page.evaluate(() => navigator.clipboard.readText())).toBe('em1234');
    await dns.section.getByText('BIND zone-file snippet').click();
    expect(await dns.section.getByLabel('Zone-file snippet', { exact: true }).inputValue()).toContain('em1234         3600 IN CNAME u1234.wl.sendgrid.net.');
    await dns.section.getByText('Plain-text handover for whoever runs DNS').click();
    expect(await dns.section.getByLabel('Handover text', { exact: true }).inputValue()).toContain('Host/Name: s1._domainkey   (full name: s1._domainkey.example.com)');
    expect(await dns.live.isChecked()).toBe(false);
    await dns.shot('records');
    // A real click: Chromium opens its permission prompt (out of reach of automation; see harness/grants.ts).
    await dns.live.click();
    await dns.section.getByText('Your browser is asking whether Engage Copilot may contact cloudflare-dns.com and dns.google…').waitFor();
    expect(await dns.live.isChecked()).toBe(false);
    expect(doh.queries).toEqual([]);
    const violations = await runAxe(dns.page, 'section.dns-section');
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('with the records read, reverse DNS names the domain authenticated, and another domain typed there gets a one-click fix', async () => {
    const rdns = await browser.openConsole('https://app.sendgrid.com/settings/sender_auth/reverse_dns?reset=1');
    const field = rdns.getByLabel('Domain', { exact: true });
    await until(() => calloutText(rdns)).toMatch(/Your choice: the domain you authenticated: example\.com/);
    await field.click();
    await field.pressSequentially('acme.com', { delay: 5 });
    await until(() => calloutText(rdns)).toMatch(/You authenticated example\.com; reverse DNS normally uses that domain/);
    await rdns.locator('engage-copilot-overlay').getByRole('button', { name: 'Use example.com' }).click();
    await until(() => field.inputValue()).toBe('example.com');
    await until(() => calloutText(rdns)).not.toMatch(/You authenticated/);
    await rdns.close();
  });

  it('with the resolvers allowed, every record right: the panel and SendGrid’s Verify button say so; only Verify marks the task done', async () => {
    await browser.grant({ origins: RESOLVER_ORIGINS });
    doh.setZone(PAGE_ZONE);
    dns = new Dns(await browser.openSidePanel());
    await dns.open();
    expect(await dns.live.isChecked()).toBe(true);
    await dns.recheck();
    await until(() => dns.states()).toEqual({ em1234: 'ok', 's1._domainkey': 'ok', 's2._domainkey': 'ok', url1234: 'ok', '5678': 'ok' });
    await dns.section.getByText('All 5 records are right.', { exact: false }).waitFor();
    await dns.shot('ok');
    // Only record names went out, only to the two resolvers.
    expect(new Set(doh.queries.map((q) => q.name))).toEqual(new Set(PAGE_ZONE.map((e) => e.name)));
    const page = await domainRecordsPage(browser, false);
    await until(() => calloutText(page)).toContain('All 5 DNS records resolve as SendGrid expects');
    await page.screenshot({ path: join(SHOTS, 'dns-verify-callout.png') });
    expect((await taskState(browser, 'sendgrid.domain'))?.status).not.toBe('done');
    await page.getByRole('button', { name: 'Verify' }).click();
    await until(() => taskState(browser, 'sendgrid.domain'), { timeout: 10_000 }).toMatchObject({ status: 'done', source: 'page' });
  });

  it('names each failure: wrong type, zone added twice, wrong value (side by side), stray space, missing', async () => {
    doh.setZone([
      { name: 'em1234.example.com', type: 'TXT', data: 'u1234.wl.sendgrid.net' },
      { name: 's1._domainkey.example.com.example.com', type: 'CNAME', data: 's1.domainkey.u1234.wl.sendgrid.net' },
      { name: 's2._domainkey.example.com', type: 'CNAME', data: 's2.domainkey.u1243.wl.sendgrid.net' },
      { name: 'url1234.example.com', type: 'CNAME', data: 'sendgrid.net ' },
    ]);
    await dns.recheck();
    await until(() => dns.states()).toEqual({ em1234: 'wrongType', 's1._domainkey': 'doubledZone', 's2._domainkey': 'wrongValue', url1234: 'wrongValue', '5678': 'missing' });
    const row = (host: string) => dns.table.locator('tbody tr').filter({ has: dns.page.locator('code', { hasText: new RegExp(`^${host.replace('.', '\\.')}$`) }) });
    expect(await row('em1234').innerText()).toContain('It was entered as TXT; SendGrid needs CNAME.');
    expect(await row('s1._domainkey').innerText()).toContain('The record sits at s1._domainkey.example.com.example.com');
    expect(await row('s2._domainkey').locator('mark').allInnerTexts()).toEqual(['34', '43']);
    expect(await row('url1234').innerText()).toContain('The value has a stray space at the end');
    expect(await row('5678').innerText()).toContain('No CNAME record named 5678.example.com yet.');
    await dns.section.getByText('5 of 5 records need attention.').waitFor();
    await dns.shot('failures');
  });



  it('stays readable in dark mode, with the failures showing (axe finds nothing)', async () => {
    await dns.page.emulateMedia({ colorScheme: 'dark' });
    await dns.shot('dark');
    const violations = await runAxe(dns.page, 'section.dns-section');
    await dns.page.emulateMedia({ colorScheme: 'light' });
    expect(violations, describeViolations(violations)).toEqual([]);
  });
  it('says not yet visible while one resolver still caches "not found", counts down, and re-checks to right', async () => {
    doh.setZone(PAGE_ZONE);
    doh.lag('google', PAGE_ZONE.slice(0, 3));
    await dns.recheck();
    await until(() => dns.states()).toMatchObject({ url1234: 'notYetVisible', '5678': 'notYetVisible', em1234: 'ok' });
    await dns.section.getByText(/^Re-checking in \d s$/).waitFor();
    await dns.shot('propagating');
    doh.setZone(PAGE_ZONE); // the cache expired
    await until(() => dns.states(), { timeout: 15_000 }).toMatchObject({ url1234: 'ok', '5678': 'ok' });
  });

  it('reads the records through the API with the parent key, reverse DNS included, and checks the A record', async () => {
    const verify = dns.page.getByRole('region', { name: 'Verify with the SendGrid and Twilio APIs' });
    await verify.getByLabel('Parent API key', { exact: true }).fill(FAKE.parentKey);
    await verify.getByRole('button', { name: 'Keep these keys' }).click();
    await dns.section.getByRole('button', { name: 'Read records through the SendGrid API' }).click();
    await dns.section.getByText('read through the SendGrid API').waitFor();
    doh.setZone([
      { name: 'em123.example.com', type: 'CNAME', data: 'u1.wl.sendgrid.net' },
      { name: 's1._domainkey.example.com', type: 'CNAME', data: 's1.domainkey.u1.wl.sendgrid.net' },
      { name: 's2._domainkey.example.com', type: 'CNAME', data: 's2.domainkey.u1.wl.sendgrid.net' },
      { name: 'url123.example.com', type: 'CNAME', data: 'sendgrid.net' },
      { name: '1.example.com', type: 'CNAME', data: 'sendgrid.net' },
      { name: 'o1.email.example.com', type: 'A', data: FAKE.ip },
    ]);
    await dns.recheck();
    await until(() => dns.states()).toEqual({ em123: 'ok', 's1._domainkey': 'ok', 's2._domainkey': 'ok', url123: 'ok', '1': 'ok', 'o1.email': 'ok' });
    expect(api.log.some((c) => c.path === '/v3/whitelabel/ips' && c.as === 'parent')).toBe(true);
  });

  it('uses the other resolver when one is down, and shows a network failure as a state', async () => {
    doh.setDown('cloudflare', true);
    await dns.recheck();
    await until(() => dns.states()).toEqual({ em123: 'ok', 's1._domainkey': 'ok', 's2._domainkey': 'ok', url123: 'ok', '1': 'ok', 'o1.email': 'ok' });
    doh.setDown('google', true);
    await dns.recheck();
    // Chromium itself backs off an extension's requests to an origin answering 5xx, so "down" may also read as a network error.
    await until(async () => Object.values(await dns.states())).toEqual(Array(6).fill('unreachable'));
    expect(await dns.table.locator('tbody tr').first().innerText()).toMatch(/Google Public DNS: (answered HTTP 503|could not be reached)/);
    await dns.section.getByText('6 of 6 records could not be checked: neither resolver answered.', { exact: false }).waitFor();
    await dns.shot('unreachable');
    doh.setDown('cloudflare', false);
    doh.setDown('google', false);
  });

  it('turning the live check off gives the two resolver permissions back', async () => {
    await dns.live.click();
    await expect.poll(() => dns.live.isChecked()).toBe(false);
    const sw = await browser.serviceWorker();
    type Permissions = { permissions: { contains(p: { origins: string[] }): Promise<boolean> } };
    const granted = await sw.evaluate((origins) => (globalThis as unknown as { chrome: Permissions }).chrome.permissions.contains({ origins }), RESOLVER_ORIGINS);
    expect(granted).toBe(false);
    await expect.poll(() => dns.section.getByRole('button', { name: 'Re-check now' }).count()).toBe(0);
  });
});
