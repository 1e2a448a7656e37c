// Start-up of guidance in a content script: on a console page with no task, nothing keeps running.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// Chromium has the Navigation API, so WXT follows SPA routes with an event listener, not a polling
// interval; give happy-dom the same before WXT's location watcher loads.
vi.hoisted(() => {
  (globalThis as { navigation?: EventTarget }).navigation ??= new EventTarget();
});
const sent = vi.hoisted(() => [] as Array<{ type: string; data: unknown }>);
/** What the background answers to guidance.pageTask (no task unless a test says otherwise). */
const pageTask = vi.hoisted(() => ({ reply: { tasks: [] as unknown[], open: [] as unknown[], region: 'us' } }));
vi.mock('../../../utils/overlay/mount', () => ({
  mountOverlay: async () => {
    throw new Error('overlay did not mount');
  },
  fromOverlay: () => false,
}));
vi.mock('../../../utils/messaging/protocol', async (actual) => ({
  ...(await actual<typeof import('../../../utils/messaging/protocol')>()),
  sendMessage: async (type: string, data: unknown) => {
    sent.push({ type, data });
    return type === 'guidance.pageTask' ? pageTask.reply : { anyFound: false };
  },
  onMessage: () => () => undefined,
}));

const { ContentScriptContext } = await import('wxt/utils/content-script-context');
const { startGuidance } = await import('../../../utils/guidance/content');

let ctx: InstanceType<typeof ContentScriptContext> | undefined;
beforeEach(() => {
  fakeBrowser.reset();
  sent.length = 0;
  pageTask.reply = { tasks: [], open: [], region: 'us' };
});
afterEach(() => ctx?.abort());

describe('a console page with no task', () => {
  it('reports "no task" once and leaves no observer, timer or animation frame behind', async () => {
    ctx = new ContentScriptContext('sendgrid');
    const observers = vi.spyOn(globalThis, 'MutationObserver');
    const timeouts = vi.spyOn(globalThis, 'setTimeout');
    const intervals = vi.spyOn(globalThis, 'setInterval');
    const frames = vi.spyOn(globalThis, 'requestAnimationFrame');
    startGuidance(ctx, 'sendgrid');
    for (let i = 0; i < 50 && sent.length < 2; i++) await Promise.resolve();
    expect(sent.map((m) => m.type)).toEqual(['guidance.pageTask', 'guidance.report']);
    expect(sent[1]?.data).toMatchObject({ taskId: null, found: false });
    expect(observers).not.toHaveBeenCalled();
    expect(timeouts).not.toHaveBeenCalled();
    expect(intervals).not.toHaveBeenCalled();
    expect(frames).not.toHaveBeenCalled();
    expect(document.querySelector('engage-copilot-overlay')).toBeNull();
    expect(document.querySelector('[data-engage-copilot-task]')).toBeNull();
  });
});

describe('a console page whose overlay cannot mount', () => {
  it('tells the side panel the field cannot be shown, with one quiet warning and no unhandled rejection', async () => {
    const { taskById } = await import('../../../utils/guide/index');
    pageTask.reply = { tasks: [{ task: taskById('sendgrid.subuser'), wants: {}, watchDone: true }], open: [], region: 'us' };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const rejections: unknown[] = [];
    const onRejection = (e: unknown) => rejections.push(e);
    process.on('unhandledRejection', onRejection);
    ctx = new ContentScriptContext('sendgrid');
    startGuidance(ctx, 'sendgrid');
    for (let i = 0; i < 100 && sent.length < 2; i++) await new Promise((r) => setTimeout(r, 0));
    await new Promise((r) => setTimeout(r, 10));
    process.off('unhandledRejection', onRejection);
    expect(sent[1]).toMatchObject({ type: 'guidance.report', data: { taskId: 'sendgrid.subuser', found: false, via: 'overlay-unavailable' } });
    expect(rejections).toEqual([]);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toBe('Engage Copilot guidance: showing the overlay on this page failed (Error).');
    warn.mockRestore();
  });
});
