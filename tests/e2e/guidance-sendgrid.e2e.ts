// In-console guidance on the SendGrid sandbox (@sendgrid/ui-components-like DOM): every targeted SendGrid task.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPanel, type ExtensionBrowser } from './harness/index.ts';
import { clickOverlay } from './carry-helpers.ts';
import { calloutText, highlighted, highlightedName, pageStatus, taskState, typeInto, until } from './guidance-helpers.ts';

const SG = 'https://app.sendgrid.com';
const HL = '[data-engage-copilot-task]';

describe('guidance on SendGrid', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('sendgrid.plan: points at Change Plan in the Email API section; Essentials is refused by name, Premier serves as well as Pro', async () => {
    const page = await browser.openConsole(`${SG}/account/products?reset=1`);
    await until(() => highlighted(page)).toMatchObject({ task: 'sendgrid.plan', name: expect.stringMatching(/Change Plan/), count: 1 });
    await page.locator(HL).click();
    await until(() => highlightedName(page)).toMatch(/^Pro/);
    await page.getByRole('dialog').getByText('Essentials 50K').click();
    await until(() => calloutText(page)).toMatch(/Essentials 50K is selected; choose an option starting with Pro/);
    await page.getByRole('dialog').getByText('Premier', { exact: true }).click();
    await until(() => highlightedName(page)).toMatch(/Confirm Plan/);
    await page.locator(HL).click();
    await until(() => taskState(browser, 'sendgrid.plan'), { timeout: 10_000 }).toMatchObject({ status: 'done', source: 'page' });
    await until(() => calloutText(page)).toMatch(/Plan changed: Premier\./);
    await page.close();
  });

  it('sendgrid.subuser: Create New Subuser, then Username in the dialog, checked as the person types', async () => {
    const page = await browser.openConsole(`${SG}/settings/subusers?reset=1`);
    await until(() => highlightedName(page)).toMatch(/Create New Subuser/);
    await page.getByRole('button', { name: 'Create New Subuser' }).click();
    await until(() => highlightedName(page)).toMatch(/Username/);
    await typeInto(page, HL, 'twilio-engage-app-acme');
    await until(async () => (await highlighted(page))?.state).toBe('invalid');
    expect(await calloutText(page)).toContain('twilio_engage_app_');
    await typeInto(page, HL, 'twilio_engage_app_acme');
    await until(async () => (await highlighted(page))?.state).toBe('valid');
    await page.keyboard.press('Tab');
    await until(() => highlightedName(page)).toMatch(/Email/);
    await page.close();
  });

  it('sendgrid.subuser: the prefix fix pressed from the keyboard gives the field back its focus, and says nothing untrue', async () => {
    const page = await browser.openConsole(`${SG}/settings/subusers?reset=1`);
    await page.getByRole('button', { name: 'Create New Subuser' }).click();
    await until(() => highlightedName(page)).toMatch(/Username/);
    await page.getByLabel('Username', { exact: true }).click();
    await page.keyboard.type('acme', { delay: 10 });
    await until(() => calloutText(page)).toMatch(/Add twilio_engage_app_/);
    // Tab on until the callout's fix button has the focus (it comes after the dialog's own controls), then Enter.
    const focusedText = () => page.evaluate(() => {
      let a: Element | null = document.activeElement;
      while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
      return a?.textContent ?? '';
    });
    for (let i = 0; i < 30 && !/^Add twilio_engage_app_/.test(await focusedText()); i++) await page.keyboard.press('Tab');
    expect(await focusedText()).toMatch(/^Add twilio_engage_app_/);
    await page.keyboard.press('Enter');
    await until(() => page.getByLabel('Username', { exact: true }).inputValue()).toBe('twilio_engage_app_acme');
    // The person goes on in the field: it has the focus and keeps the ring; no "you copied" note appears.
    await until(() => page.evaluate(() => document.activeElement?.matches('[data-engage-copilot-task]') ?? false)).toBe(true);
    await until(() => highlighted(page)).toMatchObject({ name: expect.stringMatching(/Username/), state: 'valid' });
    await page.waitForTimeout(500);
    expect(await calloutText(page)).not.toMatch(/you copied|Not kept/);
    await page.close();
  });

  it('sendgrid.domain: points at Authenticate Your Domain', async () => {
    const page = await browser.openConsole(`${SG}/settings/sender_auth?reset=1`);
    await until(() => highlightedName(page)).toMatch(/Authenticate/);
    await page.close();
  });

  it('sendgrid.rdns: guides the reverse DNS page, or says it could not find Verify yet', async () => {
    const page = await browser.openConsole(`${SG}/settings/sender_auth/reverse_dns?reset=1`);
    await until(async () => (await highlighted(page))?.task ?? (await calloutText(page))).toMatch(/sendgrid\.rdns|Couldn't find/);
    await page.close();
  });

  it('sendgrid.rdns: after the record details, points at Verify; the page reading Verified marks the task done', async () => {
    const page = await browser.openConsole(`${SG}/settings/sender_auth/reverse_dns?reset=1`);
    await page.getByLabel('Domain', { exact: true }).fill('example.com');
    await page.getByRole('button', { name: 'Next' }).click();
    await until(() => highlighted(page)).toMatchObject({ task: 'sendgrid.rdns', name: expect.stringMatching(/Verify/) });
    await page.locator(HL).click();
    await until(() => taskState(browser, 'sendgrid.rdns'), { timeout: 10_000 }).toMatchObject({ status: 'done', source: 'page' });
    expect((await taskState(browser, 'sendgrid.rdns'))?.evidence).toMatch(/Verified/);
    await page.close();
  });

  it('sendgrid.account: the signed-in Account Details page marks it done, with what the page showed', async () => {
    expect(await taskState(browser, 'sendgrid.account')).toBeUndefined();
    const page = await browser.openConsole(`${SG}/account/details?reset=1`);
    await until(() => taskState(browser, 'sendgrid.account'), { timeout: 10_000 }).toMatchObject({ status: 'done', source: 'page' });
    expect((await taskState(browser, 'sendgrid.account'))?.evidence).toMatch(/Account Details/);
    await page.close();
  });

  it('sendgrid.subscription: opens the editor, switches Setting State on, saves, and the page shows it done', async () => {
    const page = await browser.openConsole(`${SG}/settings/tracking?reset=1`);
    await until(() => highlightedName(page)).toMatch(/Subscription Tracking/);
    await page.locator(HL).click();
    await until(() => highlightedName(page), { timeout: 10_000 }).toMatch(/Setting State/);
    await page.getByRole('switch', { name: /Setting State/ }).click();
    await until(() => highlightedName(page)).toMatch(/Save/);
    await page.locator(HL).click();
    await until(() => taskState(browser, 'sendgrid.subscription'), { timeout: 10_000 }).toMatchObject({ status: 'done', source: 'page' });
    expect((await taskState(browser, 'sendgrid.subscription'))?.evidence).toMatch(/Subscription Tracking.*Enabled/);
    await page.close();
  });

  it('sendgrid.webhook: the highlight follows an HTTP Post URL input re-rendered every 200 ms, and checks the URL', async () => {
    const page = await browser.openConsole(`${SG}/settings/mail_settings?reset=1&fixture=rerender`);
    await until(async () => (await highlighted(page))?.task).toBe('sendgrid.webhook');
    await page.getByRole('button', { name: /Edit Event Webhook/ }).click();
    // Authorization Method comes first; choose None as the guide says.
    await until(() => highlightedName(page), { timeout: 10_000 }).toMatch(/Authorization Method|HTTP Post URL/);
    if ((await highlighted(page))?.name.match(/Authorization Method/)) await page.getByLabel('Authorization Method').selectOption({ label: 'None' });
    await until(() => highlightedName(page)).toMatch(/HTTP Post URL/);
    // Several re-renders later, exactly one live element carries the attribute.
    await page.waitForTimeout(700);
    await until(() => highlighted(page)).toMatchObject({ count: 1, name: expect.stringMatching(/HTTP Post URL/) });
    // The input is remounted every 200 ms and loses focus, so paste the URL in one go, as a person would. On a loaded
    // machine a paste can land in an input already being replaced: the person sees it vanish and pastes again.
    const pasteUntil = async (url: string, ok: () => Promise<boolean>) => {
      for (let i = 0; i < 4; i++) {
        await page.locator(HL).fill(url, { timeout: 2_000 }).catch(() => undefined);
        if (await until(ok, { timeout: 2_000 }).toBe(true).then(() => true, () => false)) return;
      }
      await until(ok).toBe(true);
    };
    await pasteUntil('http://example.com/hook', async () => (await highlighted(page))?.state === 'invalid');
    // Valid; the remount drops focus, so the walk may already have moved on to the event checkboxes.
    await pasteUntil('https://engage-ma-webhook-api.engage.segment.com/sendgrid', async () => {
      const h = await highlighted(page);
      return (/HTTP Post URL/.test(h?.name ?? '') && h?.state === 'valid') || /Select All/i.test(h?.name ?? '');
    });
    await page.close();
  });

  it('sendgrid.webhook: "Fill it in" puts the exact Segment URL into HTTP Post URL, in one click', async () => {
    const page = await browser.openConsole(`${SG}/settings/mail_settings?reset=1`);
    await until(async () => (await highlighted(page))?.task).toBe('sendgrid.webhook');
    await page.getByRole('button', { name: /Edit Event Webhook/ }).click();
    await until(() => highlightedName(page), { timeout: 10_000 }).toMatch(/Authorization Method|HTTP Post URL/);
    if ((await highlighted(page))?.name.match(/Authorization Method/)) await page.getByLabel('Authorization Method').selectOption({ label: 'None' });
    await until(() => highlightedName(page)).toMatch(/HTTP Post URL/);
    await clickOverlay(page, 'Fill it in');
    await until(() => page.getByLabel('HTTP Post URL').inputValue()).toBe('https://engage-ma-webhook-api.engage.segment.com/sendgrid');
    await page.close();
  });

  it('sendgrid.apikey: finds API Key Name inside an open shadow root', async () => {
    const page = await browser.openConsole(`${SG}/settings/api_keys?reset=1&fixture=shadow`);
    await until(() => highlightedName(page)).toMatch(/Create API Key/);
    await page.getByRole('button', { name: 'Create API Key' }).click();
    await until(async () => (await highlighted(page))?.inShadow, { timeout: 10_000 }).toBe(true);
    expect((await highlighted(page))?.name).toMatch(/API Key Name/);
    await page.close();
  });

  it('sendgrid.apikey: after Create & View, the key shown as a click-to-copy button is highlighted', async () => {
    const page = await browser.openConsole(`${SG}/settings/api_keys?reset=1`);
    await until(() => highlightedName(page)).toMatch(/Create API Key/);
    await page.getByRole('button', { name: 'Create API Key' }).click();
    await until(() => highlightedName(page), { timeout: 10_000 }).toMatch(/API Key Name/);
    await typeInto(page, '[data-engage-copilot-task]', 'twilio_engage_app_acme');
    await page.getByRole('radio', { name: /Full Access/ }).check();
    await page.getByRole('button', { name: 'Create & View' }).click();
    await until(() => highlighted(page), { timeout: 10_000 }).toMatchObject({ task: 'sendgrid.apikey', tag: 'button', name: expect.stringMatching(/^API key .*click to copy$/) });
    await page.close();
  });

  it('sendgrid.warmup: highlights the IP row pencil named "Edit 149.72.134.21" (the data’s "Edit …" prefix)', async () => {
    const page = await browser.openConsole(`${SG}/settings/ip_addresses?reset=1`);
    await until(() => highlighted(page)).toMatchObject({ task: 'sendgrid.warmup', name: 'Edit 149.72.134.21', tag: 'button', count: 1 });
    await page.locator('[data-engage-copilot-task]').click();
    await until(() => highlightedName(page)).toMatch(/Use Automated IP warmup/i);
    await page.close();
  });

  it('show me the field: the person picks the other IP’s pencil once, it is remembered across a reload, and can be forgotten', async () => {
    const page = await browser.openConsole(`${SG}/settings/ip_addresses?reset=1`);
    await until(() => highlighted(page)).toMatchObject({ task: 'sendgrid.warmup', name: 'Edit 149.72.134.21' });
    await page.locator('engage-copilot-overlay').getByRole('button', { name: 'Not this field? Show me the field' }).click();
    await until(() => calloutText(page)).toMatch(/Click the .* field once/);
    // The person's own click chooses the pencil; it is swallowed, so the editor does not open.
    await page.getByRole('button', { name: /^Edit 149\.72\.134\.22$/ }).click();
    await until(() => highlighted(page)).toMatchObject({ task: 'sendgrid.warmup', name: 'Edit 149.72.134.22' });
    expect(await page.getByRole('dialog').count()).toBe(0);
    await until(() => pageStatus(browser)).toMatch(/"remembered":true/);
    await page.reload();
    await until(() => highlighted(page)).toMatchObject({ task: 'sendgrid.warmup', name: 'Edit 149.72.134.22' });
    await page.locator('engage-copilot-overlay').getByRole('button', { name: 'Forget my choice' }).click();
    await until(() => highlighted(page)).toMatchObject({ task: 'sendgrid.warmup', name: 'Edit 149.72.134.21' });
    await page.close();
  });

  it('sendgrid.warmup: the IP ticked for the subuser is ringed and required; editing the other IP is never done, and its note names the right one', async () => {
    const sub = await browser.openConsole(`${SG}/settings/subusers?reset=1`);
    await sub.getByRole('button', { name: 'Create New Subuser' }).click();
    for (const [label, value] of [['Username', 'twilio_engage_app_acme'], ['Email', 'engage@example.com'], ['Password', 'correct horse'], ['Confirm Password', 'correct horse']] as const) {
      await sub.getByLabel(label, { exact: true }).click();
      await sub.keyboard.type(value);
    }
    await sub.getByText('149.72.134.21', { exact: true }).click();
    await sub.getByRole('button', { name: 'Create Subuser' }).click();
    await until(() => taskState(browser, 'sendgrid.subuser'), { timeout: 10_000 }).toMatchObject({ status: 'done', source: 'page' });
    await sub.close();

    // The list puts the other IP first: the ring must follow the subuser's IP, not the first row.
    const page = await browser.openConsole(`${SG}/settings/ip_addresses?reset=1&fixture=reordered`);
    const editor = page.getByRole('dialog', { name: 'Edit Your Dedicated IP Address' });
    await until(() => highlighted(page)).toMatchObject({ task: 'sendgrid.warmup', name: 'Edit 149.72.134.21', count: 1 });
    expect(await calloutText(page)).toMatch(/Yours is 149\.72\.134\.21: the subuser twilio_engage_app_acme uses it\./);
    // The person opens the other IP's editor and turns warmup on there.
    await page.getByRole('button', { name: 'Edit 149.72.134.22', exact: true }).click();
    await until(() => calloutText(page)).toContain('This is 149.72.134.22; the subuser twilio_engage_app_acme uses 149.72.134.21.');
    await editor.getByText('Use Automated IP warmup', { exact: true }).click();
    await editor.getByText('Allow my subusers to send mail using this IP address', { exact: true }).click();
    await editor.getByRole('button', { name: 'Save' }).click();
    await until(() => page.getByRole('row', { name: /149\.72\.134\.22/ }).innerText()).toMatch(/Warming up/);
    // Back on the list: the ring is on the subuser's IP again, and the task stays open.
    await until(() => highlighted(page)).toMatchObject({ task: 'sendgrid.warmup', name: 'Edit 149.72.134.21' });
    await page.waitForTimeout(1_000);
    expect((await taskState(browser, 'sendgrid.warmup'))?.status).not.toBe('done');
    expect(await calloutText(page)).toContain('149.72.134.21');
    // The right IP, warmed up: done, and the evidence names it.
    await page.locator(HL).click();
    await until(() => highlightedName(page)).toMatch(/Use Automated IP warmup/);
    expect(await calloutText(page)).not.toContain('This is');
    await editor.getByText('Use Automated IP warmup', { exact: true }).click();
    await editor.getByText('Allow my subusers to send mail using this IP address', { exact: true }).click();
    await editor.getByRole('button', { name: 'Save' }).click();
    await until(() => taskState(browser, 'sendgrid.warmup'), { timeout: 10_000 }).toMatchObject({ status: 'done', source: 'page' });
    expect((await taskState(browser, 'sendgrid.warmup'))?.evidence).toMatch(/Warming up” for 149\.72\.134\.21/);
    await page.close();
  });

  it('sendgrid.subuser: the callout’s example username is the open onboarding’s, as in the side panel', async () => {
    const panel = await openPanel(browser);
    await panel.createOnboarding({ name: 'Globex', workspace: 'globex', space: 'default' });
    const card = await panel.openTask('sendgrid.subuser');
    await expect(card.innerText()).resolves.toContain('twilio_engage_app_globex');
    const page = await browser.openConsole(`${SG}/settings/subusers?reset=1`);
    await page.getByRole('button', { name: 'Create New Subuser' }).click();
    await until(() => highlightedName(page)).toMatch(/Username/);
    await until(() => calloutText(page)).toMatch(/e\.g\. twilio_engage_app_globex\b/);
    expect(await calloutText(page)).not.toContain('twilio_engage_app_acme');
    await page.close();
    await panel.page.close();
  });
});
