// The background side: messages from the panel reach the single writer, "Open in console", and the toolbar button.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sendMessage } from '../../../utils/messaging/protocol';
import { registerProgressHandlers } from '../../../utils/progress/handlers';
import { freshOnboarding, type Onboarding } from '../../../utils/progress/model';
import { openPanelFromToolbar } from '../../../utils/progress/panelOpening';
import { openConsole } from '../../../utils/progress/tabs';

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
});

describe('progress messages', () => {
  it('applies a change sent by a side panel and answers with the new state; refusals come back as messages', async () => {
    const stop = registerProgressHandlers();
    try {
      const first = await sendMessage('progress.get', undefined);
      expect(first.onboardings).toHaveLength(1);
      const done = await sendMessage('progress.apply', { type: 'setTaskState', taskId: 'sendgrid.plan', status: 'done', source: 'manual' });
      expect(done.ok && done.state.onboardings[0]!.tasks['sendgrid.plan']?.status).toBe('done');
      const refused = await sendMessage('progress.apply', { type: 'setTaskState', taskId: 'sendgrid.plan', status: 'skipped', source: 'manual', skipReason: 'no' });
      expect(refused).toMatchObject({ ok: false, message: expect.stringMatching(/cannot be skipped/) });
      const bogus = await sendMessage('tabs.openConsole', { taskId: 'no.such.task' as never });
      expect(bogus).toEqual({ ok: false, message: 'That task is not in the guide.' });
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
