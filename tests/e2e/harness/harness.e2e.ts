// The harness itself: Chromium loads the extension, reaches the sandbox at real hostnames, and stops its worker.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { areasContaining, launchBrowser, type ExtensionBrowser } from './index.ts';

describe('e2e harness', () => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchBrowser();
    browser.sandbox.registerHost('evil.example.test', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<!doctype html><title>evil</title><h1>Not a console</h1>');
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('loads the built extension and reads its id from the service worker', () => {
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
  });

  it('serves every console host over HTTPS at its real hostname', async () => {
    const page = await browser.context.newPage();
    for (const host of ['app.segment.com', 'app.sendgrid.com', 'console.twilio.com', 'www.twilio.com']) {
      const response = await page.goto(`https://${host}/some/deep/route`);
      // 200 when the sandbox console is built, 503 with a "Sandbox not built" page otherwise; both come from us.
      expect([200, 503], host).toContain(response?.status());
      expect(new URL(page.url()).host).toBe(host);
      if (response?.status() === 503) await expect(page.title()).resolves.toBe('Sandbox not built');
    }
    await page.close();
  });

  it('routes a host a test registers, and answers API hosts without a fake with 501', async () => {
    const page = await browser.context.newPage();
    await page.goto('https://evil.example.test/');
    await expect(page.locator('h1').textContent()).resolves.toBe('Not a console');
    const api = await page.goto('https://api.twilio.com/2010-04-01/Accounts.json');
    expect(api?.status()).toBe(501);
    await page.close();
  });

  it('stops the service worker for real and sees it start again on the next message', async () => {
    const stopped = await browser.stopServiceWorker();
    const page = await browser.openSidePanel();
    // Any runtime message wakes a stopped worker, as a click in the side panel would.
    await page.evaluate(() => {
      type Runtime = { runtime: { sendMessage(message: unknown): Promise<unknown> } };
      const { runtime } = (globalThis as unknown as { chrome: Runtime }).chrome;
      return runtime.sendMessage({ harness: 'wake' }).catch(() => undefined);
    });
    await stopped.restarted();
    await page.close();
  });

  it('collects the service worker console output for leak checks', async () => {
    const worker = await browser.serviceWorker();
    await worker.evaluate(() => console.warn('harness-log-probe', { nested: 'harness-nested-probe' }));
    await expect.poll(async () => (await browser.logs.find('harness-nested-probe')).length).toBe(1);
    const [entry] = await browser.logs.find('harness-log-probe');
    expect(entry?.source).toBe('service-worker');
  });

  it('finds a value kept in storage.local on disk, and one kept in storage.session only in memory', async () => {
    const worker = await browser.serviceWorker();
    await worker.evaluate(async () => {
      type Area = { set(items: object): Promise<void> };
      const { storage } = (globalThis as unknown as { chrome: { storage: Record<'local' | 'session', Area> } }).chrome;
      await storage.local.set({ harnessProbe: 'harness-disk-probe-7f3a' });
      await storage.session.set({ harnessProbe: 'harness-memory-probe-9c1d' });
    });
    const dump = await browser.dumpStorage();
    expect(areasContaining(dump, 'harness-disk-probe-7f3a')).toEqual(['local']);
    expect(areasContaining(dump, 'harness-memory-probe-9c1d')).toEqual(['session']);
    await expect.poll(() => browser.searchProfile('harness-disk-probe-7f3a'), { timeout: 10_000 }).not.toEqual([]);
    expect(await browser.searchProfile('harness-memory-probe-9c1d')).toEqual([]);
  });
});
