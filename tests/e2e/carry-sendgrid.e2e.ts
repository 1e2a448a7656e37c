// Carrying SendGrid's subuser name, API Key ID and API key into Segment's email set-up, through the real UI.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIPBOARD_READ, launchBrowser, type ExtensionBrowser } from './harness/index.ts';
import { fingerprint } from '../sandbox/apps/segment/checks.ts';
import { clickOverlay, vaultValues } from './carry-helpers.ts';

const SUBUSER = 'twilio_engage_app_acme';

describe('carry: SendGrid credentials into Segment', () => {
  let browser: ExtensionBrowser;
  const seen = { apiKey: '', apiKeyId: '' };

  beforeAll(async () => {
    browser = await launchBrowser({ grant: CLIPBOARD_READ });
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('keeps the subuser name the person typed in “Create New Subuser”', async () => {
    const page = await browser.openConsole('https://app.sendgrid.com/settings/subusers');
    await page.getByRole('button', { name: 'Create New Subuser' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Create New Subuser' });
    await dialog.getByLabel('Username').fill(SUBUSER);
    await page.keyboard.press('Tab');
    await expect.poll(async () => (await vaultValues(browser))['sendgrid.subuserName']).toBe(SUBUSER);
    await page.close();
  });

  it('keeps the API key when the person clicks it after Create & View, and its ID copied from the list', async () => {
    const page = await browser.openConsole('https://app.sendgrid.com/settings/api_keys');
    await page.getByRole('button', { name: 'Create API Key' }).focus();
    await page.keyboard.press('Enter');
    const panel = page.getByRole('dialog', { name: 'Create API Key' });
    await panel.getByLabel('API Key Name').fill(`${SUBUSER}_key`);
    await panel.getByRole('radio', { name: /Full Access/ }).focus();
    await page.keyboard.press('Space');
    await panel.getByRole('button', { name: 'Create & View' }).focus();
    await page.keyboard.press('Enter');
    const keyBox = page.getByRole('button', { name: /click to copy/ });
    seen.apiKey = (await keyBox.textContent())?.trim() ?? '';
    expect(seen.apiKey).toMatch(/^SG\./);
    await keyBox.click();
    await expect.poll(async () => (await vaultValues(browser))['sendgrid.apiKey']).toBe(seen.apiKey);
    await page.getByRole('button', { name: 'Done' }).focus();
    await page.keyboard.press('Enter');
    const idCell = page.locator('table code').first();
    seen.apiKeyId = (await idCell.textContent()) ?? '';
    await idCell.click({ clickCount: 3 });
    await page.keyboard.press('Control+C');
    await expect.poll(async () => (await vaultValues(browser))['sendgrid.apiKeyId']).toBe(seen.apiKeyId);
    await page.close();
  });

  it('fills all three into Segment’s email form, and Segment’s own Verify sees the exact values', async () => {
    const page = await browser.openConsole('https://app.segment.com/acme/engage/spaces/default/settings/channels/sendgrid');
    await clickOverlay(page, 'Fill SendGrid subuser name');
    await clickOverlay(page, 'Fill SendGrid API Key ID');
    await clickOverlay(page, 'Fill SendGrid API key');
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Verify' }).click();
    await expect.poll(() => page.getByText(/^Verified:/).textContent())
      .toBe(`Verified: subuser ${SUBUSER}, key ID ${seen.apiKeyId}, key ${fingerprint(seen.apiKey)}`);
    expect(await dialog.getByRole('textbox', { name: 'Subuser API Key', exact: true }).inputValue()).toBe(seen.apiKey);
    await page.close();
  });
});
