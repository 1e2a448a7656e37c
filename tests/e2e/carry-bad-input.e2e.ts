// Bad input at capture: malformed and padded values are not kept (and say why); a second, different capture asks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeViolations, launchBrowser, runAxe, type ExtensionBrowser } from './harness/index.ts';
import { vaultSection, vaultValues } from './carry-helpers.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** What the overlay shows now (hidden messages excluded). */
const overlayText = (page: Page) =>
  page.locator('engage-copilot-overlay').evaluate((h) => (h.shadowRoot?.querySelector('.root') as HTMLElement | null)?.innerText ?? '');

describe('carry: bad input at capture', () => {
  let browser: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.openConsole('https://app.sendgrid.com/settings/subusers');
    await page.getByRole('button', { name: 'Create New Subuser' }).focus();
    await page.keyboard.press('Enter');
  });
  afterAll(async () => {
    await browser?.close();
  });

  const typeName = async (name: string) => {
    const field = page.getByRole('dialog', { name: 'Create New Subuser' }).getByLabel('Username');
    await field.fill(name);
    await page.keyboard.press('Tab');
    await sleep(800);
  };

  it('does not keep a subuser name without the Engage prefix, and says why', async () => {
    // As a person would: type once the copilot points at the field.
    await expect.poll(() => overlayText(page)).toContain('Type a username');
    await typeName('twilio-engage-app-acme');
    // The note about the name stays while the person is in the dialog, though the ring followed them to Email.
    await expect.poll(() => overlayText(page)).toContain('Not kept:');
    expect(await overlayText(page)).toContain('Add an email address');
    expect(await overlayText(page)).toContain('twilio_engage_app_');
    expect((await vaultValues(browser))['sendgrid.subuserName']).toBeUndefined();
  });

  it('does not keep a padded subuser name', async () => {
    await typeName('twilio_engage_app_acme ');
    await expect.poll(() => overlayText(page)).toContain('Not kept:');
    expect((await vaultValues(browser))['sendgrid.subuserName']).toBeUndefined();
  });

  it('asks which to keep when a different name is captured second, never overwrites silently, and Forget all empties the vault', async () => {
    await typeName('twilio_engage_app_first');
    await expect.poll(async () => (await vaultValues(browser))['sendgrid.subuserName']).toBe('twilio_engage_app_first');
    await typeName('twilio_engage_app_second');
    expect(await overlayText(page)).toContain('You already kept a different SendGrid subuser name');
    expect((await vaultValues(browser))['sendgrid.subuserName']).toBe('twilio_engage_app_first');
    const panel = await browser.openSidePanel();
    const vault = vaultSection(panel);
    await vault.getByRole('button', { name: 'Keep the new one' }).click();
    await expect.poll(async () => (await vaultValues(browser))['sendgrid.subuserName']).toBe('twilio_engage_app_second');
    await expect.poll(() => vault.getByRole('button', { name: 'Keep the new one' }).count()).toBe(0);
    // The section reads well to assistive tech (axe), light and dark.
    for (const colorScheme of ['light', 'dark'] as const) {
      await panel.emulateMedia({ colorScheme });
      const violations = await runAxe(panel, 'section.vault');
      expect(violations, describeViolations(violations)).toEqual([]);
    }
    // "Forget all" is one click.
    await vault.getByRole('button', { name: 'Forget all' }).click();
    await expect.poll(async () => vaultValues(browser)).toEqual({});
    await panel.close();
  });
});
