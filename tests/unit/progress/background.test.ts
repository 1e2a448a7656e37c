// The background side: messages from the panel reach the single writer, "Open in console", and the toolbar button.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { deliver } from './deliver';
import { registerProgressHandlers } from '../../../utils/progress/handlers';
import { freshOnboarding, type Onboarding } from '../../../utils/progress/model';
import { openPanelFromToolbar } from '../../../utils/progress/panelOpening';
import { openConsole } from '../../../utils/progress/tabs';
import { pageScopeItem } from '../../../utils/progress/pageScope';

const acme: Onboarding = { ...freshOnboarding('a', 1, 'Acme'), workspace: 'acme', space: 'default' };

beforeEach(() => {
  fakeBrowser.reset();
});

describe('Open in console', () => {
  it('focuses the SendGrid tab already on Subuser Management instead of opening another', async () => {
    await fakeBrowser.tabs.create({ url: 'https://example.org/' });
    const subusers = await fakeBrowser.tabs.create({ url: 'https://app.sendgrid.com/settings/subusers?page=2' });
    const update = vi.spyOn(browser.tabs, 'update');
    const focus = vi.spyOn(browser.windows, 'update');
    const create = vi.spyOn(browser.tabs, 'create');
    const reply = await openConsole({ taskId: 'sendgrid.subuser' }, acme);
    expect(reply).toEqual({ ok: true, how: 'focused', url: 'https://app.sendgrid.com/settings/subusers?page=2' });
    expect(update).toHaveBeenCalledWith(subusers.id, { active: true });
    expect(focus).toHaveBeenCalledWith(subusers.windowId, { focused: true });
    expect(create).not.toHaveBeenCalled();
  });

  it("opens Segment's channels page for the onboarding's workspace and space when no tab is on it", async () => {
    const create = vi.spyOn(browser.tabs, 'create');
    const reply = await openConsole({ taskId: 'segment.email' }, acme);
    expect(reply).toMatchObject({ ok: true, how: 'opened', url: 'https://app.segment.com/acme/engage/spaces/default/settings/channels' });
    expect(create).toHaveBeenCalledWith({ url: 'https://app.segment.com/acme/engage/spaces/default/settings/channels', active: true });
  });

  it('prefers the tab on this onboarding’s workspace over another workspace on the same page', async () => {
    await fakeBrowser.tabs.create({ url: 'https://app.segment.com/other/engage/spaces/default/settings/channels' });
    const mine = await fakeBrowser.tabs.create({ url: 'https://app.segment.com/acme/engage/spaces/default/settings/channels' });
    const update = vi.spyOn(browser.tabs, 'update');
    await openConsole({ taskId: 'segment.email' }, acme);
    expect(update).toHaveBeenCalledWith(mine.id, { active: true });
  });

  it("sends this onboarding's tab on the same console to the task's page rather than open another tab", async () => {
    const other = await fakeBrowser.tabs.create({ url: 'https://app.segment.com/acme/unify/spaces/default/settings/identity-resolution' });
    const keys = await fakeBrowser.tabs.create({ url: 'https://app.sendgrid.com/settings/api_keys' });
    const update = vi.spyOn(browser.tabs, 'update');
    const create = vi.spyOn(browser.tabs, 'create');
    const reply = await openConsole({ taskId: 'sendgrid.subuser' }, acme);
    expect(reply).toEqual({ ok: true, how: 'navigated', url: 'https://app.sendgrid.com/settings/subusers' });
    expect(update).toHaveBeenCalledWith(keys.id, { url: 'https://app.sendgrid.com/settings/subusers', active: true });
    expect(update).not.toHaveBeenCalledWith(other.id, expect.anything());
    expect(create).not.toHaveBeenCalled();
  });

  it("never sends another onboarding's tab on the same console elsewhere: a new tab opens", async () => {
    const theirs = await fakeBrowser.tabs.create({ url: 'https://app.sendgrid.com/settings/api_keys' });
    const update = vi.spyOn(browser.tabs, 'update');
    const create = vi.spyOn(browser.tabs, 'create');
    const reply = await openConsole({ taskId: 'sendgrid.subuser' }, acme, (id) => id === theirs.id);
    expect(reply).toMatchObject({ ok: true, how: 'opened' });
    expect(update).not.toHaveBeenCalled();
    expect(create).toHaveBeenCalledWith({ url: 'https://app.sendgrid.com/settings/subusers', active: true });
  });

  it('opens a new tab rather than focus one that counts for another onboarding', async () => {
    const stop = registerProgressHandlers();
    try {
      await deliver('progress.get', undefined, panelSender);
      const theirs = await fakeBrowser.tabs.create({ url: 'https://app.sendgrid.com/settings/subusers' });
      // That tab's page first asked while another onboarding was open: it is that onboarding's.
      await pageScopeItem.setValue({ tabs: { [String(theirs.id)]: 'another-onboarding' }, undone: [] });
      const update = vi.spyOn(browser.tabs, 'update');
      const create = vi.spyOn(browser.tabs, 'create');
      expect(await deliver('tabs.openConsole', { taskId: 'sendgrid.subuser' }, panelSender)).toMatchObject({ ok: true, how: 'opened' });
      expect(update).not.toHaveBeenCalled();
      expect(create).toHaveBeenCalledWith({ url: 'https://app.sendgrid.com/settings/subusers', active: true });
    } finally {
      stop();
    }
  });
});


const panelSender = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/sidepanel.html') };
const consoleSender = { id: fakeBrowser.runtime.id, url: 'https://app.segment.com/acme', tab: { id: 7, url: 'https://app.segment.com/acme' }, frameId: 0 };

describe('progress messages', () => {
  it('applies a change sent by a side panel and answers with the new state; refusals come back as messages', async () => {
    const stop = registerProgressHandlers();
    try {
      const first = (await deliver('progress.get', undefined, panelSender)) as { onboardings: unknown[] };
      expect(first.onboardings).toHaveLength(1);
      const done = await deliver('progress.apply', { type: 'setTaskState', taskId: 'sendgrid.plan', status: 'done', source: 'manual' }, panelSender);
      expect(done).toMatchObject({ ok: true, state: { onboardings: [{ tasks: { 'sendgrid.plan': { status: 'done' } } }] } });
      const refused = await deliver('progress.apply', { type: 'setTaskState', taskId: 'sendgrid.plan', status: 'skipped', source: 'manual', skipReason: 'no' }, panelSender);
      expect(refused).toMatchObject({ ok: false, message: expect.stringMatching(/cannot be skipped/) });
      const bogus = await deliver('tabs.openConsole', { taskId: 'no.such.task' }, panelSender);
      expect(bogus).toEqual({ ok: false, message: 'That task is not in the guide.' });
    } finally {
      stop();
    }
  });

  it('refuses a console content script that tries to read or change progress, or open tabs', async () => {
    const stop = registerProgressHandlers();
    const create = vi.spyOn(browser.tabs, 'create');
    try {
      // The panel names a workspace; a content script must not learn it or change anything.
      await deliver('progress.apply', { type: 'setTaskState', taskId: 'sendgrid.plan', status: 'done', source: 'manual' }, panelSender);
      const read = (await deliver('progress.get', undefined, consoleSender)) as { onboardings: Array<{ tasks: object }> };
      expect(read.onboardings[0]!.tasks).toEqual({});
      const change = await deliver('progress.apply', { type: 'setTaskState', taskId: 'sendgrid.subuser', status: 'done', source: 'manual' }, consoleSender);
      expect(change).toMatchObject({ ok: false, message: 'Refused: only the Engage Copilot side panel can do this.' });
      const open = await deliver('tabs.openConsole', { taskId: 'sendgrid.subuser' }, consoleSender);
      expect(open).toMatchObject({ ok: false, message: 'Refused: only the Engage Copilot side panel can do this.' });
      expect(create).not.toHaveBeenCalled();
      // A message from another extension is refused the same way.
      const stranger = await deliver('progress.apply', { type: 'setTaskState', taskId: 'sendgrid.subuser', status: 'done', source: 'manual' }, { ...panelSender, id: 'other' });
      expect(stranger).toMatchObject({ ok: false });
      const after = (await deliver('progress.get', undefined, panelSender)) as { onboardings: Array<{ tasks: Record<string, { status: string }> }> };
      expect(after.onboardings[0]!.tasks['sendgrid.subuser']).toBeUndefined();
      expect(after.onboardings[0]!.tasks['sendgrid.plan']?.status).toBe('done');
    } finally {
      stop();
    }
  });
});

describe('toolbar button', () => {
  it('opens the side panel on click in Chrome', () => {
    const behavior = vi.spyOn(browser.sidePanel, 'setPanelBehavior').mockResolvedValue(undefined);
    openPanelFromToolbar();
    expect(behavior).toHaveBeenCalledWith({ openPanelOnActionClick: true });
  });

  it('opens the sidebar on click in Firefox', async () => {
    const fake = fakeBrowser as unknown as Record<string, unknown>;
    const sidePanel = fake.sidePanel;
    const open = vi.fn().mockResolvedValue(undefined);
    fake.sidePanel = undefined;
    fake.sidebarAction = { open };
    try {
      openPanelFromToolbar();
      await fakeBrowser.action.onClicked.trigger({ id: 1 } as never);
      expect(open).toHaveBeenCalledOnce();
    } finally {
      fake.sidePanel = sidePanel;
      delete fake.sidebarAction;
    }
  });
});
