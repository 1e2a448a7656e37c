// In-console guidance on the Twilio sandbox (Paste), including the create wizard framed from www.twilio.com.
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type ExtensionBrowser } from './harness/index.ts';
import { clickOverlay } from './carry-helpers.ts';
import { applyProgress, calloutText, highlighted, highlightedName, taskState, typeInto, until } from './guidance-helpers.ts';

const TW = 'https://console.twilio.com';
const HL = '[data-engage-copilot-task]';

/** The wizard's frame, served from www.twilio.com inside console.twilio.com. */
async function wizardFrame(page: Page): Promise<Frame> {
  await until(() => page.frames().some((f) => f.url().startsWith('https://www.twilio.com/console/'))).toBe(true);
  return page.frames().find((f) => f.url().startsWith('https://www.twilio.com/console/'))!;
}

describe('guidance on Twilio', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('twilio.account: highlights the Account SID, which holds a well-formed AC… value', async () => {
    const page = await browser.openConsole(`${TW}/?reset=1`);
    await until(() => highlighted(page)).toMatchObject({ task: 'twilio.account', name: expect.stringMatching(/Account SID/), state: 'valid' });
    await page.close();
  });

  it('twilio.apikey: Friendly name first, Main as key type; on "Copy secret key" it points at the SID, then the Secret, and is done once both are kept', async () => {
    const page = await browser.openConsole(`${TW}/us1/account/keys-credentials/api-keys/create?reset=1`);
    await until(() => highlightedName(page)).toMatch(/Friendly name/);
    // The callout sits beside the field: it covers neither the key-type radios nor Create API Key.
    const covered = () => page.evaluate(() => {
      const callout = document.querySelector('engage-copilot-overlay')?.shadowRoot?.querySelector('.callout');
      const box = callout?.getBoundingClientRect();
      if (!box || !box.width) return ['no callout'];
      const controls = [
        ...Array.from(document.querySelectorAll('input[type="radio"]')).map((r) => (r as HTMLInputElement).labels?.[0] ?? r),
        ...Array.from(document.querySelectorAll('button')).filter((b) => b.textContent?.trim() === 'Create API Key'),
      ];
      return controls.filter((c) => {
        const r = c.getBoundingClientRect();
        return r.width > 0 && r.left < box.right && r.right > box.left && r.top < box.bottom && r.bottom > box.top;
      }).map((c) => c.textContent?.trim() ?? c.localName);
    });
    await until(covered).toEqual([]);
    await typeInto(page, HL, 'engage');
    await until(async () => (await highlighted(page))?.state).toBe('valid');
    await page.keyboard.press('Tab');
    // Region already reads the guide's value: the walk goes on to the key type.
    await until(() => highlightedName(page)).toBe('Main');
    expect(await calloutText(page)).toMatch(/Choose Main/);
    await page.getByRole('radio', { name: 'Main' }).focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Create API Key' }).focus();
    await page.keyboard.press('Enter');
    // Shown once: not done on sight, the callout walks the copy controls one after the other.
    await until(() => highlightedName(page)).toBe('SID');
    // The SID stays listed in the console; only the secret is shown once.
    expect(await calloutText(page)).not.toMatch(/only once/);
    expect((await taskState(browser, 'twilio.apikey'))?.status).not.toBe('done');
    await clickOverlay(page, /^Keep for/);
    await until(() => highlightedName(page)).toBe('Secret');
    expect(await calloutText(page)).toMatch(/shows it only once\. Keep it before you leave this screen\./);
    // Said once: the guide's own words say it, so the copilot does not say it again.
    expect((await calloutText(page)).match(/only once/g)).toHaveLength(1);
    expect((await taskState(browser, 'twilio.apikey'))?.status).not.toBe('done');
    await clickOverlay(page, /^Keep for/);
    await until(() => taskState(browser, 'twilio.apikey')).toMatchObject({ status: 'done', source: 'page' });
    expect((await taskState(browser, 'twilio.apikey'))?.evidence).toMatch(/Copy secret key.*Kept: Twilio API Key SID and Twilio API Key Secret/);
    await until(() => calloutText(page)).toMatch(/API key created.*Next:/);
    await page.close();
  });

  it('twilio.number: points at Search', async () => {
    const page = await browser.openConsole(`${TW}/us1/develop/phone-numbers/manage/search?reset=1`);
    await until(() => highlighted(page)).toMatchObject({ task: 'twilio.number', name: expect.stringMatching(/Search/) });
    await page.close();
  });

  it('twilio.service: on Add Senders the ring is on the number bought, not the first listed; ticking another one is named', async () => {
    const buy = await browser.openConsole(`${TW}/us1/develop/phone-numbers/manage/search?reset=1`);
    await buy.getByRole('button', { name: 'Search' }).click();
    await buy.getByRole('row', { name: /\+1 415 555 0187/ }).getByRole('button', { name: 'Buy' }).click();
    await buy.getByRole('button', { name: 'Buy +1 415 555 0187' }).click();
    await until(() => taskState(browser, 'twilio.number'), { timeout: 10_000 }).toMatchObject({ status: 'done', source: 'page' });
    await buy.close();

    const page = await browser.openConsole(`${TW}/us1/develop/sms/services?reset=1`);
    await page.getByRole('button', { name: 'Create Messaging Service' }).click();
    const frame = await wizardFrame(page);
    await frame.getByLabel('Messaging Service friendly name').click();
    await page.keyboard.type('Engage SMS');
    await frame.getByLabel('Select what you want to use Messaging for').selectOption({ label: 'Market my services' });
    await frame.getByRole('button', { name: 'Create Messaging Service' }).click();
    await frame.getByRole('button', { name: 'Add Senders' }).click();
    await until(() => highlighted(frame)).toMatchObject({ task: 'twilio.service', name: '+1 415 555 0187', count: 1 });
    expect(await calloutText(frame)).toMatch(/Tick the number you bought for Engage\. Yours is \+1 415 555 0187\./);
    const dialog = frame.getByRole('dialog');
    await dialog.getByText('+1 415 555 0142', { exact: true }).click();
    await until(() => calloutText(frame)).toContain('You ticked +1 415 555 0142; you bought +1 415 555 0187 for this onboarding');
    expect(await highlightedName(frame)).toBe('+1 415 555 0187');
    await dialog.getByText('+1 415 555 0142', { exact: true }).click();
    await dialog.getByText('+1 415 555 0187', { exact: true }).click();
    await until(() => highlightedName(frame)).toBe('Add Phone Numbers');
    await page.close();
  });

  it('twilio.service → twilio.webhook: the highlight works inside the framed wizard and follows its pushState steps', async () => {
    const page = await browser.openConsole(`${TW}/us1/develop/sms/services?reset=1`);
    await until(() => highlightedName(page)).toMatch(/Create Messaging Service/);
    await page.locator(HL).click();
    const frame = await wizardFrame(page);
    await until(() => highlightedName(frame)).toMatch(/Messaging Service friendly name/);
    expect((await highlighted(frame))?.task).toBe('twilio.service');
    // The shell page does not also say "couldn't find": a frame of this tab shows the field.
    await until(() => calloutText(page)).not.toMatch(/Couldn't find/);
    await typeInto(frame, HL, 'Engage SMS');
    await until(async () => (await highlighted(frame))?.state).toBe('valid');
    await frame.locator(HL).press('Tab');
    await until(() => highlightedName(frame)).toMatch(/Select what you want to use Messaging for/);
    await frame.locator(HL).selectOption({ label: 'Market my services' });
    // "Market my services" satisfies the select: the walk moves on (the next target is on step 2).
    await until(() => highlightedName(frame)).not.toMatch(/Select what you want/);
    // Step 1's own submit button is the next target (not Add Senders, which is on step 2).
    await until(() => highlighted(frame)).toMatchObject({ task: 'twilio.service', name: 'Create Messaging Service', tag: 'button' });
    await frame.locator(HL).click();
    await until(() => highlightedName(frame)).toMatch(/Add Senders|Step 3: Set up Integration/);
    await frame.getByRole('button', { name: 'Step 3: Set up Integration' }).click();
    // Step 3 belongs to twilio.webhook: the page picks it although twilio.service is still open.
    await until(() => highlighted(frame)).toMatchObject({ task: 'twilio.webhook', name: expect.stringMatching(/Send a webhook/) });
    await frame.locator('#root').getByText('Send a webhook', { exact: true }).click();
    await until(() => highlightedName(frame)).toMatch(/Request URL/);
    await typeInto(frame, HL, 'https://example.com/sms');
    await until(async () => (await highlighted(frame))?.state).toBe('invalid');
    expect(await calloutText(frame)).toMatch(/engage|segment|webhook/i);
    await typeInto(frame, HL, 'https://engage-ma-webhook-api.engage.segment.com/twilio/spa_0123456789abcdefghijkl');
    await until(async () => (await highlighted(frame))?.state).toBe('valid');
    // Marked done (here through the side panel's message): the same step now guides twilio.compliance.
    await applyProgress(browser, { type: 'setTaskState', taskId: 'twilio.webhook', status: 'done', source: 'manual' });
    await until(() => highlighted(frame)).toMatchObject({ task: 'twilio.compliance', name: expect.stringMatching(/Step 4/) });
    expect(await calloutText(frame)).toMatch(/Earlier steps still open/);
    await page.close();
  });
});
