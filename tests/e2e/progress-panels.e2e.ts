// Several open side panels agree at once, and several onboardings stay independent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPanel, type ExtensionBrowser } from './harness/index.ts';

// "At once": well under a second, yet loose enough for 2 shared cores. Not a timing assertion.
const AT_ONCE = { timeout: 2_000 };

describe('side panels and onboardings', () => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows a task ticked in one side panel at once in another open side panel', async () => {
    const left = await openPanel(browser);
    const right = await openPanel(browser);
    expect(await right.statusOf('segment.identifiers')).toBe('to do');

    await left.markDone('segment.identifiers');
    await right.row('segment.identifiers', 'done').waitFor(AT_ONCE);
    await expect(right.stageCount(0).innerText()).resolves.toBe('1 of 1');

    // And back: undo in the other panel, seen in the first without a reload.
    const card = await right.openTask('segment.identifiers');
    await card.getByRole('button', { name: 'Undo', exact: true }).click();
    await left.row('segment.identifiers', 'to do').waitFor(AT_ONCE);

    // A new onboarding made in one panel appears in the other's switcher, and becomes active there too.
    await right.createOnboarding({ name: 'Synced Co' });
    await left.onboardingSelect.locator('option:checked', { hasText: 'Synced Co' }).waitFor({ state: 'attached', ...AT_ONCE });

    await left.page.close();
    await right.page.close();
  });

  it('deletes one onboarding and leaves the others, with their progress, alone', async () => {
    const panel = await openPanel(browser);
    await panel.createOnboarding({ name: 'Acme', workspace: 'acme', space: 'default' });
    await panel.markDone('segment.identifiers');
    await panel.markDone('sendgrid.account');

    await panel.createOnboarding({ name: 'Globex', workspace: 'globex', space: 'default' });
    expect(await panel.statusOf('segment.identifiers')).toBe('to do');
    await panel.markDone('twilio.account');

    await panel.createOnboarding({ name: 'Initech' });
    await panel.markDone('sendgrid.plan');

    await panel.switchTo('Globex');
    await panel.deleteActive();

    const names = await panel.onboardingNames();
    expect(names.some((n) => n.startsWith('Globex'))).toBe(false);
    expect(names.some((n) => n.startsWith('Acme'))).toBe(true);
    expect(names.some((n) => n.startsWith('Initech'))).toBe(true);

    await panel.switchTo('Acme');
    expect(await panel.statusOf('segment.identifiers')).toBe('done');
    expect(await panel.statusOf('sendgrid.account')).toBe('done');
    expect(await panel.statusOf('twilio.account')).toBe('to do');
    expect(await panel.statusOf('sendgrid.plan')).toBe('to do');

    await panel.switchTo('Initech');
    expect(await panel.statusOf('sendgrid.plan')).toBe('done');
    expect(await panel.statusOf('segment.identifiers')).toBe('to do');

    // Still true after a reload: the deletion touched only Globex in storage.
    await panel.reload();
    expect((await panel.onboardingNames()).some((n) => n.startsWith('Globex'))).toBe(false);
    await panel.switchTo('Acme');
    expect(await panel.statusOf('sendgrid.account')).toBe('done');
    await panel.page.close();
  });
});
