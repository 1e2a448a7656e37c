// An EU onboarding on SendGrid's Event Webhook: the callout asks for the EU URL, flags the US one, and a webhook
// saved with the US URL is never counted done for it; saved with the EU URL, it is.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type ExtensionBrowser } from './harness/index.ts';
import { applyProgress, calloutText, highlighted, highlightedName, taskState, until } from './guidance-helpers.ts';

const SG = 'https://app.sendgrid.com';
const HL = '[data-engage-copilot-task]';
const US = 'https://engage-ma-webhook-api.engage.segment.com/sendgrid';
const EU = 'https://engage-ma-webhook-api.euw1.engage.segment.com/sendgrid';

describe('an EU onboarding on the SendGrid event webhook', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchBrowser();
    await applyProgress(browser, { type: 'createOnboarding', name: 'Beta', region: 'eu' });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('asks for the EU URL, flags the US one, and is done only once the EU URL is saved', async () => {
    const page = await browser.openConsole(`${SG}/settings/mail_settings?reset=1`);
    await until(() => highlightedName(page)).toMatch(/Edit Event Webhook/);
    await page.getByRole('button', { name: /Edit Event Webhook/ }).click();
    await until(() => highlightedName(page), { timeout: 10_000 }).toMatch(/Authorization Method|HTTP Post URL/);
    await page.getByLabel('Authorization Method').selectOption({ label: 'None' });
    await until(() => highlightedName(page)).toMatch(/HTTP Post URL/);
    expect(await calloutText(page)).toContain(EU);
    expect(await calloutText(page)).not.toContain(US);

    // Save it with the US URL, as a US onboarding would.
    await page.locator(HL).click();
    await page.keyboard.type(US);
    await until(async () => (await highlighted(page))?.state).toBe('invalid');
    expect(await calloutText(page)).toMatch(/EU workspaces use .*euw1.*this is the US URL/);
    for (const box of await page.getByLabel('Select All', { exact: true }).all()) await box.check();
    await page.getByLabel('Event Webhook Status').check();
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await until(() => page.getByRole('cell', { name: 'Enabled', exact: true }).count()).toBe(1);
    // The list reads Enabled, but it posts to the US URL: not done for this onboarding.
    await page.waitForTimeout(1_500);
    expect((await taskState(browser, 'sendgrid.webhook'))?.status).not.toBe('done');

    // Open it again: the US URL is flagged; the EU URL, saved, makes it done.
    await page.getByRole('button', { name: /Edit Event Webhook/ }).click();
    await page.getByLabel('HTTP Post URL').click();
    await until(async () => (await highlighted(page))?.state).toBe('invalid');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type(EU);
    await until(async () => (await highlighted(page))?.state).toBe('valid');
    expect((await taskState(browser, 'sendgrid.webhook'))?.status).not.toBe('done');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await until(() => taskState(browser, 'sendgrid.webhook'), { timeout: 10_000 }).toMatchObject({ status: 'done', source: 'page' });
    expect((await taskState(browser, 'sendgrid.webhook'))?.evidence).toContain(EU);
    await page.close();
  });
});
