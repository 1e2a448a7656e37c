// Start-up of guidance in a content script: on a console page with no task, nothing keeps running.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// Chromium has the Navigation API, so WXT follows SPA routes with an event listener, not a polling
// interval; give happy-dom the same before WXT's location watcher loads.
vi.hoisted(() => {
  (globalThis as { navigation?: EventTarget }).navigation ??= new EventTarget();
});
const sent = vi.hoisted(() => [] as Array<{ type: string; data: unknown }>);
vi.mock('../../../utils/messaging/protocol', () => ({
  sendMessage: async (type: string, data: unknown) => {
    sent.push({ type, data });
    return type === 'guidance.pageTask' ? { tasks: [], open: [], region: 'us' } : { anyFound: false };
  },
  onMessage: () => () => undefined,
}));

const { ContentScriptContext } = await import('wxt/utils/content-script-context');
const { startGuidance } = await import('../../../utils/guidance/content');

let ctx: InstanceType<typeof ContentScriptContext> | undefined;
beforeEach(() => {
  fakeBrowser.reset();
  sent.length = 0;
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
