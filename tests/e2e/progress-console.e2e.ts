// "Open in console" opens the task's sandbox console page, or focuses the tab already on it.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deepLinkFor, taskById } from '../../utils/guide/index.ts';
import { launchBrowser, openPanel, type ExtensionBrowser, type SidePanel } from './harness/index.ts';

/** The URL of the tab the browser shows in its focused window, asked through the extension's own tabs API. */
async function focusedTabUrl(panel: SidePanel): Promise<string | undefined> {
  return panel.page.evaluate(async () => {
    type Tabs = { tabs: { query(q: object): Promise<{ url?: string }[]> } };
    const { tabs } = (globalThis as unknown as { chrome: Tabs }).chrome;
    const [tab] = await tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.url;
  });
}

describe('Open in console', () => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens the Segment identity-resolution page of the workspace set in the onboarding, then focuses that tab', async () => {
    const panel = await openPanel(browser);
    await panel.setWorkspace('acme', 'default');
    const url = deepLinkFor(taskById('segment.identifiers'), { workspace: 'acme', space: 'default' });
    expect(url).toBe('https://app.segment.com/acme/unify/spaces/default/settings/identity-resolution');

    const opened = browser.context.waitForEvent('page');
    await panel.openInConsole('segment.identifiers');
    const consoleTab: Page = await opened;
    await consoleTab.waitForURL(url);
    await expect(panel.status.innerText()).resolves.toMatch(/Opened the console page in a new tab/);
    await expect.poll(() => focusedTabUrl(panel)).toBe(url);
    // The page came from the sandbox at the real hostname (built console, or the "not built" notice).
    expect(await consoleTab.title()).not.toBe('');

    // Back in the panel, a second click switches to the same tab instead of opening another.
    await panel.page.bringToFront();
    await expect.poll(() => focusedTabUrl(panel)).toBe(panel.page.url());
    const pagesBefore = browser.context.pages().length;
    await panel.openInConsole('segment.identifiers');
    await expect.poll(() => panel.status.innerText()).toMatch(/Switched to the console tab that was already open/);
    await expect.poll(() => focusedTabUrl(panel)).toBe(url);
    expect(browser.context.pages().length).toBe(pagesBefore);
    await consoleTab.close();
    await panel.page.close();
  });

  it('opens a SendGrid page in its own tab, next to a Segment tab that stays open', async () => {
    const panel = await openPanel(browser);
    const segment = await browser.openConsole('https://app.segment.com/acme/unify/spaces/default/settings/identity-resolution');
    await panel.page.bringToFront();

    const url = deepLinkFor(taskById('sendgrid.subuser'), {});
    const opened = browser.context.waitForEvent('page');
    await panel.openInConsole('sendgrid.subuser');
    const sendgrid = await opened;
    await sendgrid.waitForURL(url);
    await expect.poll(() => focusedTabUrl(panel)).toBe(url);
    expect(segment.isClosed()).toBe(false);
    await sendgrid.close();
    await segment.close();
    await panel.page.close();
  });

  it("sends the SendGrid tab the person already has to the next task's page instead of opening another", async () => {
    const panel = await openPanel(browser);
    const sendgrid = await browser.openConsole('https://app.sendgrid.com/settings/api_keys');
    await panel.page.bringToFront();
    const pagesBefore = browser.context.pages().length;
    const url = deepLinkFor(taskById('sendgrid.subuser'), {});
    await panel.openInConsole('sendgrid.subuser');
    await sendgrid.waitForURL(url);
    await expect.poll(() => panel.status.innerText()).toMatch(/Opened the page in your console tab/);
    await expect.poll(() => focusedTabUrl(panel)).toBe(url);
    expect(browser.context.pages().length).toBe(pagesBefore);
    await sendgrid.close();
    await panel.page.close();
  });
});
