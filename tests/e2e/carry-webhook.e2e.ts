// Carrying Segment's webhook URL into Twilio's Request URL inside the framed Messaging Service wizard.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { CLIPBOARD_READ, launchBrowser, type ExtensionBrowser } from './harness/index.ts';
import { clickOverlay, vaultValues } from './carry-helpers.ts';

/** The legacy document Twilio's console frames from www.twilio.com. */
async function legacyFrame(page: Page): Promise<Frame> {
  await expect.poll(() => page.frames().some((f) => f.url().startsWith('https://www.twilio.com/'))).toBe(true);
  return page.frames().find((f) => f.url().startsWith('https://www.twilio.com/'))!;
}

describe('carry: Segment webhook URL into Twilio', () => {
  let browser: ExtensionBrowser;
  let url = '';

  beforeAll(async () => {
    browser = await launchBrowser({ grant: CLIPBOARD_READ });
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('keeps the webhook URL when the person opens the SMS set-up and clicks Segment’s “Copy webhook URL”', async () => {
    // From the channels list, as a person goes: Get Started changes route with pushState, no reload.
    const page = await browser.openConsole('https://app.segment.com/acme/engage/spaces/default/settings/channels');
    await page.locator('section', { hasText: 'Send SMS messages with Twilio' }).getByRole('button', { name: 'Get Started' }).click();
    await page.getByRole('button', { name: 'Copy webhook URL' }).click();
    await expect.poll(async () => (await vaultValues(browser))['segment.twilioWebhookUrl'], { timeout: 10_000 })
      .toMatch(/^https:\/\/engage-ma-webhook-api\.engage\.segment\.com\/twilio\//);
    url = (await vaultValues(browser))['segment.twilioWebhookUrl']!;
    await page.close();
  });

  it('fills it into Request URL in the framed wizard, with “Send a webhook” and “HTTP Post”', async () => {
    const page = await browser.openConsole('https://console.twilio.com/us1/develop/sms/services/create');
    const frame = await legacyFrame(page);
    await frame.getByLabel('Messaging Service friendly name').fill('Engage SMS');
    await frame.getByLabel('Select what you want to use Messaging for').selectOption('Market my services');
    await frame.getByRole('button', { name: 'Create Messaging Service' }).focus();
    await page.keyboard.press('Enter');
    await frame.getByRole('button', { name: 'Step 3: Set up Integration' }).focus();
    await page.keyboard.press('Enter');
    await frame.getByRole('radio', { name: 'Send a webhook' }).focus();
    await page.keyboard.press('Space');
    // On to the Request URL field, as a keyboard user would.
    await page.keyboard.press('Tab');
    await clickOverlay(frame, 'Fill Segment webhook URL');
    await expect.poll(() => frame.getByRole('textbox', { name: 'Request URL' }).inputValue()).toBe(url);
    await expect(frame.getByRole('radio', { name: 'Send a webhook' }).isChecked()).resolves.toBe(true);
    await expect(frame.getByLabel('Request URL method').inputValue()).resolves.toBe('HTTP Post');
    await page.close();
  });
});
