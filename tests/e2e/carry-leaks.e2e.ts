// After a whole carry journey: the side panel masks, values expire for real, nothing is left anywhere, restart empties the vault.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIPBOARD_READ, launchBrowser, type ExtensionBrowser } from './harness/index.ts';
import {
  captureAccountSid,
  captureTwilioKey,
  captureWebhookUrl,
  clickOverlay,
  everythingStored,
  openSmsForm,
  setLifetime,
  vaultSection,
  vaultValues,
} from './carry-helpers.ts';

const SMS = 'https://app.segment.com/acme/engage/spaces/default/settings/channels/twilio';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('carry: no leaks, real expiry, restart', () => {
  let browser: ExtensionBrowser;
  let secrets: string[] = [];
  let key = { sid: '', secret: '' };

  beforeAll(async () => {
    browser = await launchBrowser({ grant: CLIPBOARD_READ });
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows kept values masked with where they came from and go, and reveals only on request', async () => {
    const panel = await browser.openSidePanel();
    await setLifetime(panel, 1);
    await expect.poll(() => vaultSection(panel).getByText(/^Values kept from now on are kept for 1 minute; values already kept/).count()).toBe(1);
    key = await captureTwilioKey(browser);
    const account = await captureAccountSid(browser);
    const url = await captureWebhookUrl(browser);
    secrets = [key.sid, key.secret, account];
    const vault = vaultSection(panel);
    await expect.poll(() => vault.getByRole('listitem').filter({ hasText: 'Twilio API Key Secret' }).count()).toBe(1);
    const text = (await vault.textContent()) ?? '';
    for (const s of secrets) expect(text).not.toContain(s);
    expect(text).toContain(`••••••${key.secret.slice(-4)}`);
    expect(text).toContain('From console.twilio.com');
    expect(text).toContain('goes to app.segment.com');
    expect(text).toContain(url); // the webhook URL is not a secret and is shown in full
    // …so it has nothing to reveal: Reveal is offered only where something is masked.
    const webhook = vault.getByRole('listitem').filter({ hasText: 'Segment webhook URL' });
    expect(await webhook.getByRole('button', { name: /^Reveal/ }).count()).toBe(0);
    expect(await webhook.getByRole('button', { name: 'Copy Segment webhook URL' }).count()).toBe(1);
    const item = vault.getByRole('listitem').filter({ hasText: 'Twilio API Key Secret' });
    await item.getByRole('button', { name: 'Reveal Twilio API Key Secret' }).click();
    await expect.poll(() => item.textContent()).toContain(key.secret);
    await item.getByRole('button', { name: 'Hide Twilio API Key Secret' }).click();
    await expect.poll(() => item.textContent()).not.toContain(key.secret);
    // Copy: the clipboard holds it now, and is cleared after 60 s (checked in the next test).
    await item.getByRole('button', { name: 'Copy Twilio API Key Secret' }).click();
    await expect.poll(() => panel.evaluate(() => navigator.clipboard.readText())).toBe(key.secret);
    await panel.close();
  });

  it('fills from the side panel for the active tab’s highlighted field; the readiness report holds no kept value', async () => {
    const page = await openSmsForm(browser, SMS);
    const panel = await browser.openSidePanel();
    await page.bringToFront();
    // The panel opened as a tab is not the active tab; the person's click in the panel is simulated
    // by sending the panel's own message from the panel page while the console tab is active.
    const reply = await panel.evaluate(() => new Promise((res) => {
      type Rt = { runtime: { sendMessage(m: unknown, cb: (r: unknown) => void): void } };
      (globalThis as unknown as { chrome: Rt }).chrome.runtime.sendMessage({ id: 9, type: 'vault.fillActiveTab', timestamp: Date.now() }, res);
    }));
    expect(reply).toEqual({ res: { ok: true } });
    await expect.poll(() => page.getByRole('textbox', { name: 'Account SID' }).inputValue()).toBe(secrets[2]);
    // The export (the readiness report) never holds a kept value in full.
    await panel.getByRole('button', { name: 'Readiness report' }).click();
    const report = await panel.getByRole('textbox', { name: 'Readiness report (Markdown)', includeHidden: true }).inputValue();
    expect(report.length).toBeGreaterThan(0);
    for (const s of secrets) expect(report).not.toContain(s);
    await panel.close();
    await page.close();
  });

  it('after expiry, says so at fill time and points back to the capture step; nothing is left anywhere', async () => {
    await sleep(65_000);
    const page = await openSmsForm(browser, SMS);
    await clickOverlay(page, 'Fill Twilio Account SID');
    await expect.poll(() => page.locator('engage-copilot-overlay').evaluate((h) => h.shadowRoot?.textContent ?? ''))
      .toMatch(/The Twilio Account SID you kept has expired\. Keep it again where “.+” shows it \(that step may be done already\), or type it into this field yourself\./);
    expect(await page.getByRole('textbox', { name: 'Account SID' }).inputValue()).toBe('');
    // The clipboard held the secret copied from the panel; 60 s later it is empty.
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('');
    await page.close();
    expect(await vaultValues(browser)).toEqual({});
    const stored = await everythingStored(browser);
    for (const s of secrets) expect(stored).not.toContain(s);
    await browser.logs.settle();
    for (const s of secrets) expect(await browser.logs.find(s)).toEqual([]);
  }, 120_000);

  it('after a browser restart the vault is empty and the checklist progress is intact', async () => {
    const panel = await browser.openSidePanel();
    await setLifetime(panel, 30);
    await panel.close();
    const sid = await captureAccountSid(browser);
    expect((await vaultValues(browser))['twilio.accountSid']).toBe(sid);
    const progress = async () => {
      const worker = await browser.serviceWorker();
      return worker.evaluate(async () => {
        type Area = { get(k: string): Promise<Record<string, unknown>> };
        const c = (globalThis as unknown as { chrome: { storage: { local: Area } } }).chrome;
        return JSON.stringify((await c.storage.local.get('progress')).progress ?? null);
      });
    };
    const before = await progress();
    expect(before).not.toBe('null');
    await browser.restart();
    expect(await vaultValues(browser)).toEqual({});
    expect(await progress()).toBe(before);
    expect(await everythingStored(browser)).not.toContain(sid);
  });
});
