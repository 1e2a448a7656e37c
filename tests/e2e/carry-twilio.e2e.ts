// Carrying Twilio's Account SID, API Key SID and secret into Segment's SMS form, through the real UI.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIPBOARD_READ, launchBrowser, type ExtensionBrowser } from './harness/index.ts';
import { fingerprint } from '../sandbox/apps/segment/checks.ts';
import { captureAccountSid, captureTwilioKey, clickOverlay, openSmsForm, vaultValues } from './carry-helpers.ts';
import { applyProgress } from './guidance-helpers.ts';

describe('carry: Twilio credentials into Segment', () => {
  let browser: ExtensionBrowser;
  const seen = { accountSid: '', apiKeySid: '', apiKeySecret: '' };

  beforeAll(async () => {
    browser = await launchBrowser({ grant: CLIPBOARD_READ });
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('keeps the API Key SID and secret when the person clicks their copy buttons on “Copy secret key”', async () => {
    const key = await captureTwilioKey(browser);
    expect(key.sid).toMatch(/^SK[0-9a-f]{32}$/);
    seen.apiKeySid = key.sid;
    seen.apiKeySecret = key.secret;
    const kept = await vaultValues(browser);
    expect([kept['twilio.apiKeySid'], kept['twilio.apiKeySecret']]).toEqual([key.sid, key.secret]);
  });

  it('keeps the Account SID from the dashboard’s copy button', async () => {
    seen.accountSid = await captureAccountSid(browser);
    expect(seen.accountSid).toMatch(/^AC[0-9a-f]{32}$/);
    expect((await vaultValues(browser))['twilio.accountSid']).toBe(seen.accountSid);
  });

  it('keeps the Account SID again with “Keep for Segment” in the callout, clicked with the mouse', async () => {
    // Keeping it the first time finished twilio.account; the person reopens the task and forgets the value.
    await applyProgress(browser, { type: 'undoTask', taskId: 'twilio.account' });
    const panel = await browser.openSidePanel();
    await panel.evaluate(async () => {
      const rt = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome.runtime;
      await rt.sendMessage({ id: 1, type: 'vault.forget', data: { name: 'twilio.accountSid' }, timestamp: Date.now() });
    });
    await panel.close();
    const page = await browser.openConsole('https://console.twilio.com/');
    await clickOverlay(page, 'Keep for Segment');
    await expect.poll(() => page.locator('engage-copilot-overlay').evaluate((h) => h.shadowRoot?.textContent ?? ''))
      .toContain('Kept the Twilio Account SID');
    expect((await vaultValues(browser))['twilio.accountSid']).toBe(seen.accountSid);
    await page.close();
  });

  it('fills all three into Segment’s SMS form, and Segment’s own Verify sees the exact values', async () => {
    const page = await openSmsForm(browser, 'https://app.segment.com/acme/engage/spaces/default/settings/channels/twilio');
    await clickOverlay(page, 'Fill Twilio Account SID');
    await expect.poll(() => page.getByLabel('Account SID').inputValue()).toBe(seen.accountSid);
    await clickOverlay(page, 'Fill Twilio API Key SID');
    await expect.poll(() => page.getByLabel('API Key SID').inputValue()).toBe(seen.apiKeySid);
    await clickOverlay(page, 'Fill Twilio API Key Secret');
    await expect.poll(() => page.getByLabel('API Key Secret').inputValue()).toBe(seen.apiKeySecret);
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect.poll(() => page.getByText(/^Verified:/).textContent())
      .toBe(`Verified: account ${seen.accountSid}, API key ${seen.apiKeySid}, secret ${fingerprint(seen.apiKeySecret)}`);
    await page.close();
  });
});
