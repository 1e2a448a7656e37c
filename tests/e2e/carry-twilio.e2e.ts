// Carrying Twilio's Account SID, API Key SID and secret into Segment's SMS form, through the real UI.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type ExtensionBrowser } from './harness/index.ts';
import { fingerprint } from '../sandbox/apps/segment/checks.ts';
import { clickOverlay, vaultValues } from './carry-helpers.ts';

describe('carry: Twilio credentials into Segment', () => {
  let browser: ExtensionBrowser;
  const seen = { accountSid: '', apiKeySid: '', apiKeySecret: '' };

  beforeAll(async () => {
    browser = await launchBrowser();
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('keeps the API Key SID and secret when the person clicks their copy buttons on “Copy secret key”', async () => {
    const page = await browser.openConsole('https://console.twilio.com/us1/account/keys-credentials/api-keys/create');
    await page.getByLabel('Friendly name').fill('engage');
    // Keyboard, as a person would when the callout sits over the radios.
    await page.getByRole('radio', { name: 'Standard' }).focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Create API Key' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Copy secret key' }).waitFor();
    seen.apiKeySid = await page.getByLabel('SID', { exact: true }).inputValue();
    seen.apiKeySecret = await page.getByLabel('Secret', { exact: true }).inputValue();
    await page.getByRole('button', { name: 'Copy SID' }).click();
    await expect.poll(async () => (await vaultValues(browser))['twilio.apiKeySid']).toBe(seen.apiKeySid);
    await page.getByRole('button', { name: 'Copy Secret' }).click();
    await expect.poll(async () => (await vaultValues(browser))['twilio.apiKeySecret']).toBe(seen.apiKeySecret);
    await page.close();
  });

  it('keeps the Account SID from the dashboard’s copy button', async () => {
    const page = await browser.openConsole('https://console.twilio.com/');
    seen.accountSid = await page.getByRole('textbox', { name: 'Account SID' }).inputValue();
    await page.getByRole('button', { name: 'Copy Account SID' }).click();
    await expect.poll(async () => (await vaultValues(browser))['twilio.accountSid']).toBe(seen.accountSid);
    await page.close();
  });

  it('fills all three into Segment’s SMS form, and Segment’s own Verify sees the exact values', async () => {
    const page = await browser.openConsole('https://app.segment.com/acme/engage/spaces/default/settings/channels/twilio');
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
