// Carrying SendGrid's subuser name, API Key ID and API key into Segment's email set-up, through the real UI.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CLIPBOARD_READ, launchBrowser, type ExtensionBrowser } from './harness/index.ts';
import { fingerprint } from '../sandbox/apps/segment/checks.ts';
import { clickOverlay, vaultValues } from './carry-helpers.ts';
import { calloutText, highlighted, until } from './guidance-helpers.ts';

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

/**
 * An account that already holds keys (fixture "keys": a Restricted "Mail Send" first, then a Full Access key). The person
 * creates a Restricted key they do not keep, then a Full Access key they keep with its copy button.
 */
describe('carry: the API Key ID of the key kept, among several keys', () => {
  let browser: ExtensionBrowser;

  beforeEach(async () => {
    browser = await launchBrowser({ grant: CLIPBOARD_READ });
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });
  afterEach(async () => {
    await browser?.close();
  });

  /** Create API Key → name → permission → Create & View, by keyboard; returns the key shown once (and its button). */
  const createKey = async (page: Page, name: string, access: 'Full Access' | 'Restricted Access') => {
    await page.getByRole('button', { name: 'Create API Key' }).focus();
    await page.keyboard.press('Enter');
    const panel = page.getByRole('dialog', { name: 'Create API Key' });
    await panel.getByLabel('API Key Name').click();
    await page.keyboard.type(name);
    await panel.getByRole('radio', { name: new RegExp(`^${access}`) }).focus();
    await page.keyboard.press('Space');
    await panel.getByRole('button', { name: 'Create & View' }).focus();
    await page.keyboard.press('Enter');
    const keyBox = page.getByRole('button', { name: /click to copy/ });
    const key = (await keyBox.textContent())?.trim() ?? '';
    expect(key).toMatch(/^SG\.[\w-]{22}\.[\w-]{43}$/);
    return { key, keyBox };
  };
  const done = async (page: Page) => {
    await page.getByRole('button', { name: 'Done' }).focus();
    await page.keyboard.press('Enter');
  };
  /** The person creates a key on the "keys" account, keeps it with its click-to-copy button, and clicks Done; its ID. */
  const keepNewKey = async (access: 'Full Access' | 'Restricted Access') => {
    const page = await browser.openConsole('https://app.sendgrid.com/settings/api_keys?reset=1&fixture=keys');
    const made = await createKey(page, 'twilio_engage_app_acme', access);
    await made.keyBox.click();
    await until(async () => (await vaultValues(browser))['sendgrid.apiKey']).toBe(made.key);
    await done(page);
    return { page, ownId: made.key.split('.')[1]! };
  };
  const idRow = (page: Page, id: string) => page.locator('table code', { hasText: id });
  /** The person selects a row's API Key ID and presses Ctrl+C. */
  const copyId = async (page: Page, id: string) => {
    await idRow(page, id).click({ clickCount: 3 });
    await page.keyboard.press('Control+C');
  };

  it('rings the kept key’s own ID row, not the first, and refuses another row’s ID with a message that names the problem', async () => {
    const page = await browser.openConsole('https://app.sendgrid.com/settings/api_keys?reset=1&fixture=keys');
    const restricted = await createKey(page, 'twilio_engage_app_acme_r', 'Restricted Access');
    await done(page);
    const full = await createKey(page, 'twilio_engage_app_acme', 'Full Access');
    await full.keyBox.click();
    await until(async () => (await vaultValues(browser))['sendgrid.apiKey']).toBe(full.key);
    await done(page);
    const ownId = full.key.split('.')[1]!;
    const ids = await page.locator('table code').allTextContents();
    // Four keys: the two the account held, the Restricted one, then the kept one, last.
    expect(ids).toHaveLength(4);
    expect(ids.indexOf(ownId)).toBe(3);
    await until(() => highlighted(page), { timeout: 10_000 }).toMatchObject({ task: 'sendgrid.apikey', name: ownId, state: 'valid', count: 1 });
    await until(() => calloutText(page)).toMatch(/Looks right\./);

    // Another row's ID (the first, and the Restricted key just created) is refused; nothing is kept.
    for (const other of [ids[0]!, restricted.key.split('.')[1]!]) {
      await copyId(page, other);
      await until(() => calloutText(page)).toMatch(/Not kept: this API Key ID belongs to another key, not to the SendGrid API key you kept/);
      expect(await vaultValues(browser)).not.toHaveProperty('sendgrid.apiKeyId');
      expect(await calloutText(page)).not.toContain(full.key.split('.')[2]);
    }
    // The ringed row's own Keep: kept, and the step is done with a matching pair.
    await clickOverlay(page, 'Keep for Segment');
    await until(async () => (await vaultValues(browser))['sendgrid.apiKeyId']).toBe(ownId);
    await page.close();
  });

  it('a page script that rewrites the kept key’s row cannot choose what is kept (defence: the background checks the pair)', async () => {
    const { page, ownId } = await keepNewKey('Full Access');
    await until(() => highlighted(page), { timeout: 10_000 }).toMatchObject({ name: ownId, state: 'valid' });
    // The page (main world) writes its own ID over the kept key's row, and keeps doing so as React re-renders.
    const planted = 'Pl4nt3dByTh3PageScr1pt';
    await page.evaluate(({ own, fake }) => {
      const swap = () => document.querySelectorAll('table code').forEach((c) => c.textContent === own && (c.textContent = fake));
      swap();
      new MutationObserver(swap).observe(document.body, { subtree: true, childList: true, characterData: true });
    }, { own: ownId, fake: planted });
    // No row shows the kept key's ID now: the ring says so, and a Keep on whichever row it is on keeps nothing.
    await until(() => calloutText(page)).toMatch(/None of these rows is the SendGrid API key you kept/);
    await clickOverlay(page, 'Keep for Segment');
    await until(() => calloutText(page)).toMatch(/Not kept: this API Key ID belongs to another key/);
    await copyId(page, planted);
    await until(() => calloutText(page)).toMatch(/Not kept: this API Key ID belongs to another key/);
    expect(await vaultValues(browser)).not.toHaveProperty('sendgrid.apiKeyId');
    await page.close();
  });

  it('on the kept Restricted key’s row, says it is Restricted and to create a Full Access key, never “Looks right.”', async () => {
    const { page, ownId } = await keepNewKey('Restricted Access');
    await until(() => highlighted(page), { timeout: 10_000 }).toMatchObject({ task: 'sendgrid.apikey', name: ownId, state: 'invalid' });
    await until(() => calloutText(page)).toMatch(/This key has Restricted Access: Segment needs a Full Access key\. Create another API key/);
    expect(await calloutText(page)).not.toMatch(/Looks right/);
    await page.close();
  });
});
