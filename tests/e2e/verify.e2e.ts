// Verify end to end: the built extension verifies the set-up against the fake SendGrid and Twilio APIs in real Chromium.
import { describe, expect, it } from 'vitest';
import { taskById } from '../../utils/guide/index.ts';
import { FAKE, SECRETS } from '../fake-apis/credentials.ts';
import { SINGLE_FAILURES, type ScenarioName } from '../fake-apis/scenarios.ts';
import { areasContaining, describeViolations, openPanel, runAxe, SidePanel } from './harness/index.ts';
import { CHECKABLE, verifySession } from './verify-helpers.ts';

describe('verify through the vendor APIs', () => {
  const session = verifySession();
  const { fake } = session;
  const use = (s: ScenarioName) => fake.setScenario(s);

  it('turns every check green on a correct set-up, marks the tasks done, and the report lists them as verified', async () => {
    use('allGood');
    await session.v.verify();
    expect(Object.values(await session.v.verdicts()).every((x) => x === 'verified')).toBe(true);
    const panel = await openPanel(session.browser);
    expect(await panel.statusOf('sendgrid.webhook')).toBe('done');
    expect(await panel.statusOf('twilio.compliance')).toBe('done');
    await panel.page.close();
    const report = await session.v.report();
    // Tasks by title (no internal ids), with how they got done.
    for (const id of CHECKABLE) expect(report).toMatch(new RegExp(`\\| ${taskById(id).title.replace(/[()]/g, '\\$&')} \\| Done \\| verified \\| verified by (SendGrid|Twilio) API, \\d\\d:\\d\\d`));
    expect(report).toContain('Hello Twilio Engage team');
    expect(report).toContain('Twilio Account SID: …cdef');
    for (const s of [...SECRETS, FAKE.accountSid, FAKE.apiKeySid]) expect(report).not.toContain(s);
    // Calls went from the extension's service worker, to the US host, signed as the right account.
    expect(fake.log.some((c) => c.host === 'api.sendgrid.com' && c.as === 'parent')).toBe(true);
    expect(fake.log.some((c) => c.host === 'messaging.twilio.com' && c.as === 'twilio')).toBe(true);
    // The report opens where the person is: focused, in view (scrolled to its top, give or take the fraction of a
    // pixel layout leaves), as a readable table (not raw Markdown).
    const page = session.v.page;
    const shown = session.v.section.getByRole('region', { name: 'Readiness report' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Readiness report');
    expect(await shown.getByRole('heading', { name: 'Readiness report', exact: true }).evaluate((h) => h.getBoundingClientRect().top > -1 && h.getBoundingClientRect().top < innerHeight)).toBe(true);
    expect(await shown.getByRole('columnheader', { name: 'Task' }).isVisible()).toBe(true);
    if (process.env.PANEL_SHOTS) await page.screenshot({ path: `${process.env.PANEL_SHOTS}/report-light.png` });
    // Results, report and controls are readable by a screen reader (axe finds nothing in the section), light and dark.
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const violations = await runAxe(page, 'section.verify');
      expect(violations, `${colorScheme}: ${describeViolations(violations)}`).toEqual([]);
    }
    if (process.env.PANEL_SHOTS) await page.screenshot({ path: `${process.env.PANEL_SHOTS}/report-dark.png` });
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('makes exactly the broken task red, with its own message, for each single failure', async () => {
    for (const f of SINGLE_FAILURES) {
      use(f.name);
      await session.v.verify();
      const red = Object.entries(await session.v.verdicts()).filter(([, x]) => x !== 'verified');
      expect(red, f.name).toEqual([[f.taskId, 'failed']]);
      const failing = session.v.row(f.taskId).locator('li[data-status="fail"] .verify-msg');
      expect(await failing.count(), f.name).toBe(1);
      expect((await failing.innerText()).length, f.name).toBeGreaterThan(30);
    }
  });

  it("waits out a 429, says it is waiting for SendGrid's rate limit, then turns green", async () => {
    use('sendgrid.rateLimited');
    await session.v.section.getByRole('button', { name: 'Verify all' }).click();
    await session.v.status.getByText(/^waiting for SendGrid's rate limit/).waitFor({ timeout: 5_000 });
    await session.v.status.filter({ hasText: /^Done: / }).waitFor({ timeout: 30_000 });
    expect(await session.v.row('sendgrid.apikey').getAttribute('data-verdict')).toBe('verified');
    expect(fake.log.filter((c) => c.route === 'sg.scopes').length).toBeGreaterThanOrEqual(2);
  });

  it('explains a timeout, and Verify works again once SendGrid answers', async () => {
    use('sendgrid.slow');
    await session.v.verify('sendgrid.webhook', 30_000);
    const msg = session.v.row('sendgrid.webhook').locator('li[data-status="error"] .verify-msg');
    expect(await msg.innerText()).toMatch(/did not answer GET \/v3\/user\/webhooks\/event\/settings\/all within 10 s/);
    use('allGood');
    await session.v.verify('sendgrid.webhook');
    expect(await session.v.row('sendgrid.webhook').getAttribute('data-verdict')).toBe('verified');
  });

  it('says the browser is offline, and Verify works again once back online', async () => {
    use('allGood');
    await session.browser.context.setOffline(true);
    try {
      await session.v.verify('sendgrid.subscription');
      const msg = session.v.row('sendgrid.subscription').locator('li[data-status="error"] .verify-msg');
      expect(await msg.innerText()).toMatch(/you seem to be offline/);
    } finally {
      await session.browser.context.setOffline(false);
    }
    await session.v.verify('sendgrid.subscription');
    expect(await session.v.row('sendgrid.subscription').getAttribute('data-verdict')).toBe('verified');
  });

  it('explains a Standard Twilio key (the guide asks for Main) and still runs the other Twilio checks', async () => {
    use('twilio.standardKey');
    await session.v.verify();
    const verdicts = await session.v.verdicts();
    expect(verdicts['twilio.account']).toBe('error');
    expect(verdicts['twilio.apikey']).toBe('failed');
    for (const id of CHECKABLE.filter((t) => t.startsWith('twilio.') && t !== 'twilio.account' && t !== 'twilio.apikey')) expect(verdicts[id], id).toBe('verified');
    expect(await session.v.row('twilio.account').innerText()).toMatch(/Standard.*20003/s);
    expect(await session.v.row('twilio.apikey').innerText()).toMatch(/Main/);
    // Red and green rows stay readable in dark mode too.
    await session.v.page.emulateMedia({ colorScheme: 'dark' });
    const violations = await runAxe(session.v.page, 'section.verify');
    await session.v.page.emulateMedia({ colorScheme: 'light' });
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('never prints a secret in the extension logs or the report', async () => {
    const report = await session.v.report();
    await session.browser.logs.settle();
    const logs = session.browser.logs.entries.map((e) => `${e.text} ${e.detail}`).join('\n');
    for (const s of SECRETS) {
      expect(logs).not.toContain(s);
      expect(report).not.toContain(s);
    }
    // Keys typed into the Verify panel live in storage.session only: never storage.local/sync, never on disk.
    const dump = await session.browser.dumpStorage();
    expect(areasContaining(dump, FAKE.subuserKey)).toEqual(['session']);
    expect(areasContaining(dump, FAKE.apiKeySecret)).toEqual(['session']);
    for (const s of SECRETS) expect(await session.browser.searchProfile(s)).toEqual([]);
  });

  it('after a run without the parent key keeps the earlier verdicts, and keeps a parent key typed with a stray space in its field with a one-click fix', async () => {
    use('allGood');
    const { v } = session;
    const subuser = v.row('sendgrid.subuser');
    await v.verify();
    expect(await subuser.getAttribute('data-verdict')).toBe('verified');
    await v.section.getByRole('button', { name: 'Forget the parent key' }).click();
    const field = v.section.getByLabel('Parent API key', { exact: true });
    await field.waitFor();
    // A second run cannot check the parent account: each of those checks shows the first run's outcome and its time.
    await v.verify();
    expect(await v.status.innerText()).toMatch(/checks skipped: keep the SendGrid parent API key above to run them/);
    expect(await subuser.getAttribute('data-verdict')).toBe('verified');
    expect(await subuser.locator('[data-status="skipped"]').count()).toBe(0);
    expect(await subuser.innerText()).toMatch(/as checked at \d\d:\d\d: the latest run skipped it/);
    const report = await v.report();
    expect(report).not.toContain('partly checked');
    expect(report).toMatch(/\| Create a subuser with a dedicated IP \| Done \| verified \| verified by SendGrid API, \d\d:\d\d \|/);
    await v.section.getByRole('button', { name: 'Close report' }).click();
    // The parent key typed with a trailing space stays in its field, the issue beside it, fixed in one click.
    await field.click();
    await v.page.keyboard.type(`${FAKE.parentKey} `);
    await v.section.getByRole('button', { name: 'Verify all' }).click();
    await v.status.getByText('SendGrid parent API key: This has a trailing space. What you typed is still in the field.').waitFor();
    expect(await field.inputValue()).toBe(`${FAKE.parentKey} `);
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    await v.section.getByRole('button', { name: 'Remove the space' }).click();
    expect(await field.inputValue()).toBe(FAKE.parentKey);
    const violations = await runAxe(v.page, 'section.verify');
    expect(violations, describeViolations(violations)).toEqual([]);
    await v.verify();
    expect(await subuser.getAttribute('data-verdict')).toBe('verified');
    expect(await subuser.innerText()).not.toMatch(/as checked at/);
  });

  it("asks the key's own host (a global SendGrid account) and expects the EU webhook URL for an EU onboarding", async () => {
    use('allGood');
    await new SidePanel(session.v.page).createOnboarding({ name: 'Euro Co', region: 'EU' });
    // Keys belong to the onboarding they were kept under: the new one asks for its own.
    await session.v.section.getByLabel('SendGrid subuser API key', { exact: true }).waitFor();
    await session.v.enterEverything();
    const before = fake.log.length;
    await session.v.verify('sendgrid.webhook');
    const sent = fake.log.slice(before);
    expect(sent.length).toBeGreaterThan(0);
    // The region of the Segment workspace is not SendGrid's: the fake's keys belong to api.sendgrid.com.
    expect(sent.every((c) => c.host === 'api.sendgrid.com')).toBe(true);
    // The fake's webhook posts to the US URL, so the EU onboarding is told which URL to use.
    expect(await session.v.row('sendgrid.webhook').getAttribute('data-verdict')).toBe('failed');
    expect(await session.v.row('sendgrid.webhook').innerText()).toContain('https://engage-ma-webhook-api.euw1.engage.segment.com/sendgrid');
  });
});
