// One onboarding never sees another's state: with Acme's console tabs open, Beta starts and stays empty (progress,
// kept values, Verify results, the report), and switching back gives Acme everything again. Also the Verify panel's
// disabled reasons and Forget all, and the demo account `npm start` runs Verify against.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guide } from '../../utils/guide/index.ts';
import { FAKE } from '../fake-apis/credentials.ts';
import { createFakeApis, FAKE_HOSTS } from '../fake-apis/fake.ts';
import { demoHosts, seedDemoAccount, verifyDemo } from '../sandbox/demo-verify.ts';
import { calloutText, highlighted, highlightedName, typeInto, until } from './guidance-helpers.ts';
import { describeViolations, launchBrowser, openPanel, runAxe, startSandbox, type ExtensionBrowser, type Sandbox, type SidePanel } from './harness/index.ts';

const IR = 'https://app.segment.com/acme/unify/spaces/default/settings/identity-resolution';
const TRACKING = 'https://app.sendgrid.com/settings/tracking';
const HL = '[data-engage-copilot-task]';

const verifyOf = (panel: SidePanel) => panel.page.getByRole('region', { name: 'Verify with the SendGrid and Twilio APIs' });
const keptOf = (panel: SidePanel) => panel.page.getByRole('region', { name: 'Kept credentials' });

/** Every task's checklist status, in guide order. */
async function statuses(panel: SidePanel): Promise<string[]> {
  const ids = guide.stages.flatMap((s) => s.tasks.map((t) => t.id));
  return Promise.all(ids.map((id) => panel.statusOf(id)));
}

async function keepEveryKey(panel: SidePanel) {
  const v = verifyOf(panel);
  const fill = (label: string, value: string) => v.getByLabel(label, { exact: true }).fill(value);
  await fill('SendGrid subuser API key', FAKE.subuserKey);
  await fill('Parent API key', FAKE.parentKey);
  await v.getByLabel('Keep the parent key for this session').check();
  await fill('Twilio Account SID', FAKE.accountSid);
  await fill('Twilio API Key SID', FAKE.apiKeySid);
  await fill('Twilio API Key secret', FAKE.apiKeySecret);
  await v.getByRole('button', { name: 'Keep these keys' }).click();
  await v.locator('output.verify-status').getByText('Kept for this browser session.').waitFor();
}

async function report(panel: SidePanel): Promise<string> {
  const v = verifyOf(panel);
  await v.getByRole('button', { name: 'Readiness report' }).click();
  const box = v.getByRole('textbox', { name: 'Readiness report (Markdown)', includeHidden: true });
  const text = await box.inputValue();
  await v.getByRole('button', { name: 'Close report' }).click();
  return text;
}

/** Verify all's disabled reason: the visible text its aria-describedby names, or null when it is enabled. */
async function disabledReason(panel: SidePanel): Promise<string | null> {
  const button = verifyOf(panel).getByRole('button', { name: 'Verify all' });
  if (!(await button.isDisabled())) return null;
  const id = await button.getAttribute('aria-describedby');
  expect(id, 'a disabled Verify all names its reason').toBeTruthy();
  const reason = panel.page.locator(`[id="${id}"]`);
  expect(await reason.isVisible()).toBe(true);
  return (await reason.textContent())?.trim() ?? '';
}

describe('two onboardings with console tabs open', () => {
  let sandbox: Sandbox;
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    const fake = createFakeApis();
    sandbox = await startSandbox({ hosts: Object.fromEntries(FAKE_HOSTS.map((h) => [h, fake.nodeHandler])) });
    browser = await launchBrowser({ sandbox });
  });
  afterAll(async () => {
    await browser?.close();
    await sandbox?.close();
  });

  it('Beta starts empty and stays empty beside Acme’s tabs; switching back gives Acme its progress, keys, results and report', async () => {
    const panel = await openPanel(browser);
    await panel.createOnboarding({ name: 'Acme', workspace: 'acme', space: 'default' });

    // Acme's Segment tab: the person adds the phone identifier and the page marks the task done.
    const segment = await browser.openConsole(`${IR}?reset=1`);
    await until(() => highlightedName(segment)).toMatch(/Add Identifier/i);
    await segment.getByRole('button', { name: /Add Identifier/i }).click();
    await segment.getByRole('menuitem', { name: /Custom Identifiers/i }).click();
    await until(() => highlightedName(segment)).toMatch(/Trait \/ Property key/i);
    await typeInto(segment, HL, 'phone');
    await segment.getByRole('button', { name: /Add new identifier/i }).click();
    // Acme's SendGrid tab: subscription tracking switched on, seen on the page.
    const sendgrid = await browser.openConsole(`${TRACKING}?reset=1`);
    await until(() => highlightedName(sendgrid)).toMatch(/Subscription Tracking/);
    await sendgrid.locator(HL).click();
    await until(() => highlightedName(sendgrid), { timeout: 10_000 }).toMatch(/Setting State/);
    await sendgrid.getByRole('switch', { name: /Setting State/ }).click();
    await until(() => highlightedName(sendgrid)).toMatch(/Save/);
    await sendgrid.locator(HL).click();
    await panel.page.bringToFront();
    await panel.row('segment.identifiers', 'done').waitFor({ timeout: 10_000 });
    await panel.row('sendgrid.subscription', 'done').waitFor({ timeout: 10_000 });
    // Keys kept and everything verified, under Acme.
    await keepEveryKey(panel);
    await verifyOf(panel).getByRole('button', { name: 'Verify all' }).click();
    await verifyOf(panel).locator('output.verify-status').filter({ hasText: /^Done: / }).waitFor({ timeout: 30_000 });
    const acmeStatuses = await statuses(panel);
    const acmeReport = await report(panel);
    expect(acmeReport).toContain(`Twilio Account SID: …${FAKE.accountSid.slice(-4)}`);
    expect(acmeReport).toMatch(/\| Check and add the Engage identifiers \| Done \| [^|]* \| seen on the page: /);

    // Beta, with Acme's tabs still open (they are told progress changed and look again).
    await panel.createOnboarding({ name: 'Beta', workspace: 'beta', space: 'default' });
    await segment.reload(); // even a fresh look at an /acme/ page does not count for Beta
    await until(async () => (await highlighted(segment))?.task ?? null).toBeNull();
    // Each page says why it guides nothing, so nobody works through a page that records nothing.
    await until(() => calloutText(segment)).toMatch(/Engage Copilot is not guiding this page\. This Segment page is in workspace acme\/default, which belongs to “Acme”, not “Beta”\./);
    await until(() => calloutText(sendgrid)).toMatch(/not guiding this page\. This tab was opened while “Acme” was open\. Reload it to work on “Beta” here\./);
    expect(await sendgrid.evaluate(() => Array.from(document.querySelector('engage-copilot-overlay')?.shadowRoot?.querySelectorAll('.banner:not([hidden]) button') ?? []).map((b) => b.textContent))).toContain('Reload this page');
    await panel.page.bringToFront();
    // "Stays empty": give the open tabs time to report, then every task is still to do.
    await panel.page.waitForTimeout(2_000);
    expect(new Set(await statuses(panel))).toEqual(new Set(['to do']));
    await expect.poll(() => keptOf(panel).getByText('Nothing is kept.').isVisible()).toBe(true);
    const v = verifyOf(panel);
    await v.getByLabel('SendGrid subuser API key', { exact: true }).waitFor();
    expect(await v.locator('li[data-task][data-verdict="verified"]').count()).toBe(0);
    expect(await disabledReason(panel)).toMatch(/^Verify needs a key first/);
    const betaReport = await report(panel);
    expect(betaReport).toContain('Twilio Account SID: not entered');
    expect(betaReport).not.toContain(FAKE.accountSid.slice(-4));
    expect(betaReport).not.toMatch(/\| Done \|/);
    // Beta's "Open in console" opens its own tab: Acme's SendGrid tab on that page is not Beta's to focus.
    const card = await panel.openTask('sendgrid.subscription');
    const opened = browser.context.waitForEvent('page');
    await card.getByRole('button', { name: /^Open in console/ }).click();
    const betaTab = await opened;
    expect(betaTab.url()).toContain(new URL(TRACKING).pathname);
    await until(() => panel.status.innerText()).toMatch(/Opened the console page in a new tab/);
    await betaTab.close();

    // Back to Acme: everything is where Acme left it.
    await panel.switchTo('Acme');
    await expect.poll(() => statuses(panel)).toEqual(acmeStatuses);
    await expect.poll(() => v.locator('li[data-task][data-verdict="verified"]').count()).toBeGreaterThan(10);
    await expect.poll(() => keptOf(panel).getByText('Nothing is kept.').count()).toBe(0);
    expect(await disabledReason(panel)).toBeNull();
    expect(await report(panel)).toContain(`Twilio Account SID: …${FAKE.accountSid.slice(-4)}`);
    await until(() => calloutText(sendgrid)).not.toMatch(/not guiding this page/);
    await segment.close();
    await sendgrid.close();
    await panel.page.close();
  });

  it('Verify says why it is disabled, and after Forget all asks for the keys again; axe-clean light and dark', async () => {
    const panel = await openPanel(browser);
    await panel.createOnboarding({ name: 'Gamma' });
    const v = verifyOf(panel);
    expect(await disabledReason(panel)).toBe('Verify needs a key first: keep a SendGrid or Twilio key in the fields above, or from the console page that shows it.');
    await keepEveryKey(panel);
    await expect.poll(() => disabledReason(panel)).toBeNull();
    await expect.poll(() => v.getByLabel('SendGrid subuser API key', { exact: true }).count()).toBe(0);
    for (const colorScheme of ['light', 'dark'] as const) {
      await panel.page.emulateMedia({ colorScheme });
      const found = await runAxe(panel.page);
      expect(found, describeViolations(found)).toEqual([]);
    }
    // Forget all, by mouse, in the Kept credentials section: the Verify section asks for keys again.
    await keptOf(panel).getByRole('button', { name: 'Forget all' }).click();
    await v.getByLabel('SendGrid subuser API key', { exact: true }).waitFor();
    await v.getByLabel('Twilio API Key secret', { exact: true }).waitFor();
    await expect.poll(() => disabledReason(panel)).toMatch(/^Verify needs a key first/);
    for (const colorScheme of ['light', 'dark'] as const) {
      await panel.page.emulateMedia({ colorScheme });
      const found = await runAxe(panel.page);
      expect(found, describeViolations(found)).toEqual([]);
    }
    await panel.page.close();
  });

  it('the status bar takes no room when empty and never covers the checklist row that has the keyboard focus', async () => {
    const panel = await openPanel(browser);
    await panel.page.setViewportSize({ width: 400, height: 500 });
    const footer = panel.page.locator('footer');
    expect((await footer.boundingBox())?.height ?? 0).toBeLessThan(4);
    await panel.markDone('sendgrid.account');
    await panel.status.filter({ hasText: /Marked/ }).waitFor();
    const bar = (await footer.boundingBox())!;
    expect(bar.height).toBeGreaterThan(20);
    // Tab through every checklist row: each focused row is wholly above the sticky bar.
    await panel.row('segment.identifiers').focus();
    const rows = guide.stages.flatMap((s) => s.tasks).length;
    for (let i = 0; i < rows; i++) {
      const box = await panel.page.evaluate(() => {
        const r = document.activeElement!.getBoundingClientRect();
        const f = document.querySelector('footer')!.getBoundingClientRect();
        return { bottom: r.bottom, barTop: f.top, inList: !!document.activeElement!.closest('.checklist') };
      });
      if (box.inList) expect(box.bottom, `row ${i + 1} is not under the status bar`).toBeLessThanOrEqual(box.barTop + 0.5);
      await panel.page.keyboard.press('Tab');
    }
    await panel.page.close();
  });

  it('each onboarding keeps its own open card: a new one opens on its first task, switching back reopens its own', async () => {
    const panel = await openPanel(browser);
    const openCard = panel.page.locator('[data-open-card] h2');
    const firstTask = guide.stages[0]!.tasks[0]!;
    await panel.createOnboarding({ name: 'Carol Co' });
    await panel.openTask('twilio.register');
    await panel.createOnboarding({ name: 'Dave Co' });
    await expect.poll(() => openCard.innerText()).toBe(firstTask.title);
    await panel.openTask('twilio.number');
    await panel.switchTo('Carol Co');
    await expect.poll(() => openCard.innerText()).toBe('Register the number (if necessary)');
    await panel.switchTo('Dave Co');
    await expect.poll(() => openCard.innerText()).toBe('Buy a phone number');
    await panel.page.close();
  });
});

describe('the demo account `npm start` runs Verify against', () => {
  let sandbox: Sandbox;
  let browser: ExtensionBrowser;
  let shots: string;
  beforeAll(async () => {
    sandbox = await startSandbox({ hosts: demoHosts().hosts });
    browser = await launchBrowser({ sandbox });
    await seedDemoAccount(browser);
    const { mkdtemp } = await import('node:fs/promises');
    shots = await mkdtemp(`${(await import('node:os')).tmpdir()}/engage-demo-`);
  });
  afterAll(async () => {
    await browser?.close();
    await sandbox?.close();
  });

  it('passes Verify all with the keys created on the sandbox consoles and typed into the panel', async () => {
    const panel = await openPanel(browser);
    const lines: string[] = [];
    const summary = await verifyDemo(browser, panel, shots, (l) => lines.push(l));
    console.log(`[demo] ${lines.join(' ')}`);
    expect(summary).toMatch(/^Done: 16 verified, 0 with problems \(\d+ API calls\)\.$/);
    const rows = verifyOf(panel).locator('li[data-task]');
    expect(await rows.evaluateAll((els) => els.map((e) => e.getAttribute('data-verdict')))).toEqual(Array(await rows.count()).fill('verified'));
  });
});
