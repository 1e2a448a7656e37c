// Fix buttons in the callout work on the first real mouse click, while the field still has focus.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { overlayButton } from './carry-helpers.ts';
import { highlighted, typeInto, until } from './guidance-helpers.ts';
import { launchBrowser, type ExtensionBrowser } from './harness/index.ts';

const HL = '[data-engage-copilot-task]';

/** Presses the overlay button once with the real mouse (move, down, up) at its centre. */
async function pressOnce(page: Page, name: string): Promise<void> {
  const button = overlayButton(page, name);
  await button.waitFor({ state: 'visible' });
  const box = (await button.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.up();
}

describe('fix buttons', () => {
  let browser: ExtensionBrowser;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser();
    page = await browser.openConsole('https://app.sendgrid.com/settings/subusers?reset=1');
    await page.getByRole('button', { name: 'Create New Subuser' }).click();
    await page.getByRole('dialog', { name: 'Create New Subuser' }).getByLabel('Username').waitFor();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const focusedIsField = () => page.evaluate(() => document.activeElement?.hasAttribute('data-engage-copilot-task') ?? false);

  it('“Use twilio_engage_app_” fixes the prefix on the first click', async () => {
    await until(async () => (await highlighted(page))?.name).toMatch(/Username/);
    await typeInto(page, HL, 'Twilio_engage_app_acme');
    await until(async () => (await highlighted(page))?.state).toBe('invalid');
    expect(await focusedIsField()).toBe(true);
    await pressOnce(page, 'Use twilio_engage_app_');
    await until(() => page.locator(HL).inputValue()).toBe('twilio_engage_app_acme');
    await until(async () => (await highlighted(page))?.state).toBe('valid');
  });

  it('“Remove the spaces” trims the value on the first click', async () => {
    await typeInto(page, HL, 'twilio_engage_app_acme  ');
    await until(() => overlayButton(page, 'Remove the spaces').count()).toBe(1);
    expect(await focusedIsField()).toBe(true);
    await pressOnce(page, 'Remove the spaces');
    await until(() => page.locator(HL).inputValue()).toBe('twilio_engage_app_acme');
  });
});
