// Checklist progress outlives the browser and the extension's service worker.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPanel, type ExtensionBrowser } from './harness/index.ts';

describe('progress persistence', () => {
  let profile: string;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    profile = await mkdtemp(join(tmpdir(), 'engage-e2e-persist-'));
    browser = await launchBrowser({ userDataDir: profile });
  });
  afterAll(async () => {
    await browser?.close();
    await rm(profile, { recursive: true, force: true });
  });

  it('keeps ticked tasks after the browser is closed and relaunched on the same profile', async () => {
    const panel = await openPanel(browser);
    await panel.markDone('segment.identifiers');
    await panel.markDone('sendgrid.account');
    await expect(panel.stageCount(0).innerText()).resolves.toBe('1 of 1');
    await expect(panel.stageCount(1).innerText()).resolves.toMatch(/^1 of \d+$/);

    await browser.restart();

    const again = await openPanel(browser);
    expect(await again.statusOf('segment.identifiers')).toBe('done');
    expect(await again.statusOf('sendgrid.account')).toBe('done');
    expect(await again.statusOf('sendgrid.plan')).toBe('to do');
    await expect(again.stageCount(1).innerText()).resolves.toMatch(/^1 of \d+$/);
  });

  it('keeps every change when the service worker is stopped in the middle of the flow', async () => {
    const panel = await openPanel(browser);
    await panel.markDone('sendgrid.plan');

    // Chromium stops an idle worker after 30 s; the person's next click must still be saved.
    const stopped = await browser.stopServiceWorker();
    await panel.markDone('sendgrid.subuser');
    await stopped.restarted();

    await panel.reload();
    expect(await panel.statusOf('sendgrid.plan')).toBe('done');
    expect(await panel.statusOf('sendgrid.subuser')).toBe('done');
    // Nothing from the earlier launch was lost along the way.
    expect(await panel.statusOf('segment.identifiers')).toBe('done');
    expect(await panel.statusOf('sendgrid.account')).toBe('done');
    await expect(panel.stageCount(1).innerText()).resolves.toMatch(/^3 of \d+$/);
  });
});
