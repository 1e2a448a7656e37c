// Issue 5 end to end: the built extension verifies the set-up against the fake SendGrid and Twilio APIs in real Chromium.
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TaskId } from '../../utils/guide/schema.ts';
import { taskById } from '../../utils/guide/index.ts';
import { allChecks } from '../../utils/verify/checks/index.ts';
import { FAKE, SECRETS } from '../fake-apis/credentials.ts';
import { createFakeApis, FAKE_HOSTS } from '../fake-apis/fake.ts';
import { SINGLE_FAILURES, type ScenarioName } from '../fake-apis/scenarios.ts';
import { areasContaining, describeViolations, launchBrowser, openPanel, runAxe, SidePanel, startSandbox, type ExtensionBrowser, type Sandbox } from './harness/index.ts';

const CHECKABLE = [...new Set(allChecks.map((c) => c.taskId))];

/** The Verify section as a person sees it. */
class Verify {
  constructor(readonly page: Page) {}
  get section(): Locator {
    return this.page.getByRole('region', { name: 'Verify with the SendGrid and Twilio APIs' });
  }
  row(taskId: TaskId): Locator {
    return this.section.locator(`li[data-task="${taskId}"]`);
  }
  get status(): Locator {
    return this.section.locator('output.verify-status');
  }
  async fill(label: string, value: string) {
    await this.section.getByLabel(label, { exact: true }).fill(value);
  }
  async enterEverything() {
    await this.fill('SendGrid subuser API key', FAKE.subuserKey);
    await this.fill('Parent API key', FAKE.parentKey);
    await this.section.getByLabel('Keep the parent key for this session').check();
    await this.fill('Twilio Account SID', FAKE.accountSid);
    await this.fill('Twilio API Key SID', FAKE.apiKeySid);
    await this.fill('Twilio API Key secret', FAKE.apiKeySecret);
    await this.section.getByRole('button', { name: 'Keep these keys' }).click();
    await this.status.getByText('Kept for this browser session.').waitFor();
  }
  /** Clicks "Verify all" (or one task's Verify) and waits for the run's summary line. */
  async verify(taskId?: TaskId, timeout = 30_000) {
    const button = taskId ? this.row(taskId).getByRole('button', { name: /^Verify / }) : this.section.getByRole('button', { name: 'Verify all' });
    await button.click();
    await this.status.filter({ hasText: /^Done: |^The check/ }).waitFor({ timeout });
  }
  async verdicts(): Promise<Record<string, string>> {
    const out: Record<string, string> = {};
    for (const id of CHECKABLE) out[id] = (await this.row(id).getAttribute('data-verdict')) ?? '';
    return out;
  }
  async report(): Promise<string> {
    await this.section.getByRole('button', { name: 'Readiness report' }).click();
    return this.section.getByRole('textbox', { name: 'Readiness report (Markdown)' }).inputValue();
  }
}

describe('verify through the vendor APIs', () => {
  const fake = createFakeApis();
  let sandbox: Sandbox;
  let browser: ExtensionBrowser;
  let v: Verify;
  const use = (s: ScenarioName) => fake.setScenario(s);

  beforeAll(async () => {
    sandbox = await startSandbox({ hosts: Object.fromEntries(FAKE_HOSTS.map((h) => [h, fake.nodeHandler])) });
    browser = await launchBrowser({ sandbox });
    const panel = await openPanel(browser);
    v = new Verify(panel.page);
    await v.section.waitFor();
    await v.enterEverything();
  });
  afterAll(async () => {
    await browser?.close();
    await sandbox?.close();
  });

  it('turns every check green on a correct set-up, marks the tasks done, and the report lists them as verified', async () => {
    use('allGood');
    await v.verify();
    expect(Object.values(await v.verdicts()).every((x) => x === 'verified')).toBe(true);
    const panel = await openPanel(browser);
    expect(await panel.statusOf('sendgrid.webhook')).toBe('done');
    expect(await panel.statusOf('twilio.compliance')).toBe('done');
    await panel.page.close();
    const report = await v.report();
    // Tasks by title (no internal ids), with how they got done.
    for (const id of CHECKABLE) expect(report).toMatch(new RegExp(`\\| ${taskById(id).title.replace(/[()]/g, '\\$&')} \\| Done \\| verified \\| verified by (SendGrid|Twilio) API, \\d\\d:\\d\\d`));
    expect(report).toContain('Hello Twilio Engage team');
    expect(report).toContain('Twilio Account SID: …cdef');
    for (const s of [...SECRETS, FAKE.accountSid, FAKE.apiKeySid]) expect(report).not.toContain(s);
    // Calls went from the extension's service worker, to the US host, signed as the right account.
    expect(fake.log.some((c) => c.host === 'api.sendgrid.com' && c.as === 'parent')).toBe(true);
    expect(fake.log.some((c) => c.host === 'messaging.twilio.com' && c.as === 'twilio')).toBe(true);
    // Results, report and controls are readable by a screen reader (axe finds nothing in the section).
    const violations = await runAxe(v.page, 'section.verify');
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('makes exactly the broken task red, with its own message, for each single failure', async () => {
    for (const f of SINGLE_FAILURES) {
      use(f.name);
      await v.verify();
      const red = Object.entries(await v.verdicts()).filter(([, x]) => x !== 'verified');
      expect(red, f.name).toEqual([[f.taskId, 'failed']]);
      const failing = v.row(f.taskId).locator('li[data-status="fail"] .verify-msg');
      expect(await failing.count(), f.name).toBe(1);
      expect((await failing.innerText()).length, f.name).toBeGreaterThan(30);
    }
  });

  it("waits out a 429, says it is waiting for SendGrid's rate limit, then turns green", async () => {
    use('sendgrid.rateLimited');
    await v.section.getByRole('button', { name: 'Verify all' }).click();
    await v.status.getByText(/^waiting for SendGrid's rate limit/).waitFor({ timeout: 5_000 });
    await v.status.filter({ hasText: /^Done: / }).waitFor({ timeout: 30_000 });
    expect(await v.row('sendgrid.apikey').getAttribute('data-verdict')).toBe('verified');
    expect(fake.log.filter((c) => c.route === 'sg.scopes').length).toBeGreaterThanOrEqual(2);
  });

  it('explains a timeout, and Verify works again once SendGrid answers', async () => {
    use('sendgrid.slow');
    await v.verify('sendgrid.webhook', 30_000);
    const msg = v.row('sendgrid.webhook').locator('li[data-status="error"] .verify-msg');
    expect(await msg.innerText()).toMatch(/did not answer GET \/v3\/user\/webhooks\/event\/settings\/all within 10 s/);
    use('allGood');
    await v.verify('sendgrid.webhook');
    expect(await v.row('sendgrid.webhook').getAttribute('data-verdict')).toBe('verified');
  });

  it('says the browser is offline, and Verify works again once back online', async () => {
    use('allGood');
    await browser.context.setOffline(true);
    try {
      await v.verify('sendgrid.subscription');
      const msg = v.row('sendgrid.subscription').locator('li[data-status="error"] .verify-msg');
      expect(await msg.innerText()).toMatch(/you seem to be offline/);
    } finally {
      await browser.context.setOffline(false);
    }
    await v.verify('sendgrid.subscription');
    expect(await v.row('sendgrid.subscription').getAttribute('data-verdict')).toBe('verified');
  });

  it('explains a Standard Twilio key on the account check and still runs the other Twilio checks', async () => {
    use('twilio.standardKey');
    await v.verify();
    const verdicts = await v.verdicts();
    expect(verdicts['twilio.account']).toBe('error');
    for (const id of CHECKABLE.filter((t) => t.startsWith('twilio.') && t !== 'twilio.account')) expect(verdicts[id], id).toBe('verified');
    expect(await v.row('twilio.account').innerText()).toMatch(/Standard key.*20003/s);
    // Red and green rows stay readable in dark mode too.
    await v.page.emulateMedia({ colorScheme: 'dark' });
    const violations = await runAxe(v.page, 'section.verify');
    await v.page.emulateMedia({ colorScheme: 'light' });
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('never prints a secret in the extension logs or the report', async () => {
    const report = await v.report();
    await browser.logs.settle();
    const logs = browser.logs.entries.map((e) => `${e.text} ${e.detail}`).join('\n');
    for (const s of SECRETS) {
      expect(logs).not.toContain(s);
      expect(report).not.toContain(s);
    }
    // Keys typed into the Verify panel live in storage.session only: never storage.local/sync, never on disk.
    const dump = await browser.dumpStorage();
    expect(areasContaining(dump, FAKE.subuserKey)).toEqual(['session']);
    expect(areasContaining(dump, FAKE.apiKeySecret)).toEqual(['session']);
    for (const s of SECRETS) expect(await browser.searchProfile(s)).toEqual([]);
  });

  it('asks api.eu.sendgrid.com and expects the EU webhook URL for an EU onboarding', async () => {
    use('allGood');
    await new SidePanel(v.page).createOnboarding({ name: 'Euro Co', region: 'EU' });
    // Keys belong to the onboarding they were kept under: the new one asks for its own.
    await v.section.getByLabel('SendGrid subuser API key', { exact: true }).waitFor();
    await v.enterEverything();
    const before = fake.log.length;
    await v.verify('sendgrid.webhook');
    const sent = fake.log.slice(before);
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.every((c) => c.host === 'api.eu.sendgrid.com')).toBe(true);
    // The fake's webhook posts to the US URL, so the EU onboarding is told which URL to use.
    expect(await v.row('sendgrid.webhook').getAttribute('data-verdict')).toBe('failed');
    expect(await v.row('sendgrid.webhook').innerText()).toContain('https://engage-ma-webhook-api.euw1.engage.segment.com/sendgrid');
  });
});
