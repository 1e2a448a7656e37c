// In-console guidance on the Segment sandbox (Evergreen): identifiers, the email and SMS set-up forms.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type ExtensionBrowser } from './harness/index.ts';
import { calloutText, highlighted, pageStatus, taskState, typeInto, until } from './guidance-helpers.ts';

const IR = 'https://app.segment.com/acme/unify/spaces/default/settings/identity-resolution';
const CHANNELS = 'https://app.segment.com/acme/engage/spaces/default/settings/channels';

describe('guidance on Segment', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('segment.identifiers: says which trait is missing, walks Add Identifier → Custom Identifiers → trait key, validates it, and notices phone in the table', async () => {
    const page = await browser.openConsole(`${IR}?reset=1`);
    await until(() => highlighted(page)).toMatchObject({ task: 'segment.identifiers', name: expect.stringMatching(/Add Identifier/i), count: 1 });
    // The table lists `email` already: the callout names the one to add.
    await until(() => calloutText(page)).toMatch(/The Identifier column lists email but not phone\./);
    await page.getByRole('button', { name: /Add Identifier/i }).click();
    await until(async () => (await highlighted(page))?.name).toMatch(/Custom Identifiers/i);
    await page.getByRole('menuitem', { name: /Custom Identifiers/i }).click();
    await until(async () => (await highlighted(page))?.name).toMatch(/Trait \/ Property key/i);
    // Behind the dialog, the table still says which is missing; the one already there is not what to add.
    await until(() => calloutText(page)).toMatch(/The Identifier column lists email but not phone\./);
    await typeInto(page, '[data-engage-copilot-task]', 'email');
    await until(async () => (await highlighted(page))?.state).toBe('invalid');
    expect(await calloutText(page)).toMatch(/already lists email: type phone, the one still missing/);
    await typeInto(page, '[data-engage-copilot-task]', 'Phone ');
    await until(async () => (await highlighted(page))?.state).toBe('invalid');
    expect(await calloutText(page)).toMatch(/phone|lower|space/i);
    await typeInto(page, '[data-engage-copilot-task]', 'phone');
    await until(async () => (await highlighted(page))?.state).toBe('valid');
    await page.getByRole('button', { name: /Add new identifier/i }).click();
    await until(() => taskState(browser, 'segment.identifiers'), { timeout: 10_000 }).toMatchObject({ status: 'done', source: 'page' });
    expect((await taskState(browser, 'segment.identifiers'))?.evidence).toMatch(/Identifier column lists “email” and “phone”/);
    await until(() => pageStatus(browser)).toContain('"doneTaskId":"segment.identifiers"');
    await page.close();
  });

  it('segment.email: follows Get Started to the set-up route, never picks the honeypots, and checks the subuser name', async () => {
    const page = await browser.openConsole(`${CHANNELS}?reset=1&fixture=honeypot`);
    await until(() => highlighted(page)).toMatchObject({ task: 'segment.email', name: expect.stringMatching(/Get Started/i) });
    await page.getByRole('button', { name: /Get Started/i }).first().click();
    await until(async () => (await highlighted(page))?.name, { timeout: 10_000 }).toMatch(/Subuser name/i);
    expect(page.url()).toContain('/settings/channels/sendgrid');
    // The honeypots share the labels and sit before the real fields; they never carry the attribute.
    const honeypotMarked = await page.evaluate(() =>
      Array.from(document.querySelectorAll('input')).some((i) => i.hasAttribute('data-engage-copilot-task') && !i.checkVisibility({ opacityProperty: true, visibilityProperty: true })),
    );
    expect(honeypotMarked).toBe(false);
    await typeInto(page, '[data-engage-copilot-task]', 'twilio-engage-app-acme');
    await until(async () => (await highlighted(page))?.state).toBe('invalid');
    expect(await calloutText(page)).toContain('twilio_engage_app_');
    await typeInto(page, '[data-engage-copilot-task]', 'twilio_engage_app_acme');
    await until(async () => (await highlighted(page))?.state).toBe('valid');
    // Leaving the valid field moves the highlight to the next one.
    await page.keyboard.press('Tab');
    await until(async () => (await highlighted(page))?.name).toMatch(/Subuser API Key ID/i);
    await typeInto(page, '[data-engage-copilot-task]', 'not-a-key-id');
    await until(async () => (await highlighted(page))?.state).toBe('invalid');
    await page.close();
  });

  it('segment.sms: on the SMS route the page picks the SMS task, scoped to the real card of two look-alike forms', async () => {
    const page = await browser.openConsole(`${CHANNELS}/twilio?reset=1&fixture=two-forms`);
    await until(async () => (await highlighted(page))?.task, { timeout: 10_000 }).toBe('segment.sms');
    await page.getByRole('button', { name: /Copy webhook URL/i }).click().catch(() => undefined);
    await until(async () => (await highlighted(page))?.name, { timeout: 10_000 }).toMatch(/Account SID/i);
    // The look-alike test card comes first on the page; the highlight is in the card after the real heading.
    const inRealCard = await page.evaluate(() => {
      const el = document.querySelector('[data-engage-copilot-task]');
      const heading = Array.from(document.querySelectorAll('h1,h2,h3,h4')).find((h) => /Enter your Twilio API Key information/.test(h.textContent ?? ''));
      return !!el && !!heading && (heading.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    });
    expect(inRealCard).toBe(true);
    await typeInto(page, '[data-engage-copilot-task]', 'SK0123456789abcdef0123456789abcdef');
    await until(async () => (await highlighted(page))?.state).toBe('invalid');
    expect(await calloutText(page)).toMatch(/Account SID|AC/);
    expect(await calloutText(page)).toMatch(/Earlier steps still open/);
    await page.close();
  });
  it('a page script never hears our content script start (no postMessage carrying the extension id)', async () => {
    const page = await browser.context.newPage();
    // Listen from the page's own world before any script runs, as a hostile console script would.
    await page.addInitScript(() => {
      const heard: string[] = [];
      (window as unknown as { engageHeard: string[] }).engageHeard = heard;
      window.addEventListener('message', (e) => heard.push(JSON.stringify(e.data ?? null)));
    });
    await page.goto(`${CHANNELS}?reset=1`, { waitUntil: 'domcontentloaded' });
    // The content script has started once it highlights the page's task.
    await until(async () => (await highlighted(page))?.task ?? '', { timeout: 10_000 }).toMatch(/^segment\./);
    const heard = await page.evaluate(() => (window as unknown as { engageHeard: string[] }).engageHeard);
    expect(heard.filter((m) => /content-script-started|wxt:/.test(m))).toEqual([]);
    await page.close();
  });
});
