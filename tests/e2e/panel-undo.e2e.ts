// The task card's Undo on a step the console page detected as done: it stays undone while that page is still open
// (the page looks again after every progress change) and after the page reloads, as with the page-status Undo.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { highlighted, taskState, until } from './guidance-helpers.ts';
import { launchBrowser, openPanel, type ExtensionBrowser } from './harness/index.ts';
import { detectIdentifiers } from './soak-journey.ts';

describe('task card Undo of a page-detected completion', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('stays undone while the console page that detected it is open, and after it reloads', async () => {
    const panel = await openPanel(browser);
    const consolePage = await detectIdentifiers(browser);
    await panel.row('segment.identifiers', 'done').waitFor();

    // The person undoes it from the checklist's card, by mouse, with the console page still open beside it.
    const card = await panel.openTask('segment.identifiers');
    await card.getByRole('button', { name: 'Undo', exact: true }).click();
    await panel.row('segment.identifiers', 'to do').waitFor();
    await panel.status.getByText('Undid the last change to').waitFor();

    // The undo is a progress change, so the open page looks again; its table still lists the identifier it saw.
    // Give it time to do so (a loaded machine is slow), then check that it has not marked the step done again.
    await consolePage.waitForTimeout(3_000);
    expect(await taskState(browser, 'segment.identifiers')).toBeUndefined();
    expect(await panel.statusOf('segment.identifiers')).toBe('to do');

    // A reload of the console page starts its guidance afresh: still not marked done, and it guides the step again.
    await consolePage.reload({ waitUntil: 'domcontentloaded' });
    await until(() => highlighted(consolePage), { timeout: 15_000 }).toMatchObject({ task: 'segment.identifiers' });
    await consolePage.waitForTimeout(2_000);
    expect(await taskState(browser, 'segment.identifiers')).toBeUndefined();
    expect(await panel.statusOf('segment.identifiers')).toBe('to do');
  });
});
