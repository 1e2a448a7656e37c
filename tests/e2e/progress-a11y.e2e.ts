// The side panel passes axe-core in light and dark mode, works by keyboard alone; first-render figures.
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  describeViolations,
  launchBrowser,
  measureFirstRender,
  openPanel,
  runAxe,
  type ExtensionBrowser,
  type SidePanel,
} from './harness/index.ts';

const background = (panel: SidePanel) => panel.page.evaluate(() => getComputedStyle(document.body).backgroundColor);

/** Presses Tab until `target` has the focus, as a keyboard user would; fails after `max` presses. */
async function tabTo(panel: SidePanel, target: Locator, max = 120): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await panel.page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached the element after ${max} presses.`);
}

describe('side panel accessibility', () => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  // Each run ticks its own task: the two runs share one profile.
  for (const [colorScheme, taskId] of [
    ['light', 'segment.identifiers'],
    ['dark', 'sendgrid.account'],
  ] as const) {
    it(`has no axe-core violations in ${colorScheme} mode, with a task done and with a dialog open`, async () => {
      const panel = await openPanel(browser);
      await panel.page.emulateMedia({ colorScheme });
      await panel.reload();
      expect(await panel.page.evaluate((s) => matchMedia(`(prefers-color-scheme: ${s})`).matches, colorScheme)).toBe(true);

      const fresh = await runAxe(panel.page);
      expect(fresh, describeViolations(fresh)).toEqual([]);

      // Done rows, the undo button and the status line have their own colours: check them too.
      await panel.markDone(taskId);
      const ticked = await runAxe(panel.page);
      expect(ticked, describeViolations(ticked)).toEqual([]);

      await panel.page.getByRole('button', { name: 'New onboarding…', exact: true }).click();
      await panel.page.getByRole('dialog', { name: 'New onboarding' }).waitFor();
      const dialog = await runAxe(panel.page);
      expect(dialog, describeViolations(dialog)).toEqual([]);
      await panel.page.keyboard.press('Escape');
      await panel.page.getByRole('dialog', { name: 'New onboarding' }).waitFor({ state: 'detached' });
      await panel.page.close();
    });
  }

  it('opens a task and marks it done with the keyboard alone', async () => {
    const panel = await openPanel(browser);
    await tabTo(panel, panel.row('sendgrid.plan'));
    await panel.page.keyboard.press('Enter');
    const card = panel.card('sendgrid.plan');
    await card.waitFor();
    await tabTo(panel, card.getByRole('button', { name: 'Mark done', exact: true }));
    await panel.page.keyboard.press('Enter');
    await panel.row('sendgrid.plan', 'done').waitFor();

    // A dialog opened from the keyboard closes with Esc and gives the focus back to its button.
    const opener = panel.page.getByRole('button', { name: 'New onboarding…', exact: true });
    await tabTo(panel, opener);
    await panel.page.keyboard.press('Enter');
    await panel.page.getByRole('dialog', { name: 'New onboarding' }).waitFor();
    await panel.page.keyboard.press('Escape');
    await panel.page.getByRole('dialog', { name: 'New onboarding' }).waitFor({ state: 'detached' });
    expect(await opener.evaluate((el) => el === document.activeElement)).toBe(true);
    await panel.page.close();
  });

  it('follows the system dark mode', async () => {
    const panel = await openPanel(browser);
    await panel.page.emulateMedia({ colorScheme: 'light' });
    const light = await background(panel);
    await panel.page.emulateMedia({ colorScheme: 'dark' });
    const dark = await background(panel);
    expect(dark).not.toBe(light);
    await panel.page.close();
  });

  it('moves through the onboarding switcher with the arrow keys without switching, and switches on Enter', async () => {
    const panel = await openPanel(browser);
    await panel.createOnboarding({ name: 'Keyboard Beta' });
    const footer = panel.page.getByRole('contentinfo');
    const select = panel.page.getByLabel('Onboarding', { exact: true });
    await tabTo(panel, select);
    await panel.page.keyboard.press('Home');
    await panel.page.getByText('Press Enter to switch, Esc to stay.').waitFor();
    // Nothing switched on the way: the checklist is still Keyboard Beta's, and no "Switched" line was written.
    await panel.page.waitForTimeout(300);
    expect(await footer.innerText()).not.toMatch(/Switched to/);
    await panel.page.keyboard.press('Enter');
    await expect.poll(() => footer.innerText()).toMatch(/Switched to “(?!Keyboard Beta)/);
    expect(await select.evaluate((el) => el === document.activeElement)).toBe(true);
    // Esc puts a keyboard choice back.
    await panel.page.keyboard.press('End');
    await panel.page.keyboard.press('Escape');
    expect(await panel.activeOnboarding()).not.toMatch(/^Keyboard Beta/);
    await panel.page.close();
  });

  it('measures the time from opening sidepanel.html to its first render', async () => {
    const runs = [];
    for (let i = 0; i < 5; i++) {
      const page = await browser.context.newPage();
      runs.push(await measureFirstRender(page, browser.sidePanelUrl, { heading: 'h1', ready: 'html[data-panel-ready="true"]' }));
      await page.close();
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
    const fmt = (ms: number | null) => (ms === null ? 'n/a' : `${ms.toFixed(0)} ms`);
    for (const [i, r] of runs.entries()) {
      console.log(
        `[figure] side panel load ${i + 1}: heading ${fmt(r.headingVisibleMs)}, checklist ready ${fmt(r.readyMs)}, ` +
          `FCP ${fmt(r.firstContentfulPaintMs)}, wall ${fmt(r.wallMs)}`,
      );
    }
    console.log(
      `[figure] side panel first render (median of ${runs.length}): heading ${fmt(median(runs.map((r) => r.headingVisibleMs)))}, ` +
        `checklist ready ${fmt(median(runs.map((r) => r.readyMs ?? NaN)))}, FCP ${fmt(median(runs.map((r) => r.firstContentfulPaintMs ?? NaN)))}`,
    );
    // Reported, not a budget: only check that a render happened and was measured.
    for (const r of runs) expect(r.headingVisibleMs).toBeGreaterThan(0);
  });
});
