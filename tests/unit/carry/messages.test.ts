// Carry's messages in the page: the side-panel Fill request is parsed before use, and a send that fails
// (the extension was reloaded, so this content script lost its connection) says so instead of rejecting unhandled.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { allTasks, taskById } from '../../../utils/guide/index';
import { MIN_DWELL_MS } from '../../../utils/carry/guard';
import { capturePlanOf } from '../../../utils/vault/plan';

type Handler = (msg: { data: unknown; sender: object }) => Promise<unknown>;
const handlers = vi.hoisted(() => new Map<string, Handler>());
const sent = vi.hoisted(() => [] as Array<{ type: string; data: unknown }>);
const replies = vi.hoisted(() => ({ next: undefined as undefined | (() => Promise<unknown>) }));
/** The background's answer to `vault.capturePlan`, built from the real guide as the background builds it. */
const plan = vi.hoisted(() => ({ current: undefined as unknown }));
vi.mock('../../../utils/messaging/protocol', async (actual) => ({
  ...(await actual<typeof import('../../../utils/messaging/protocol')>()),
  onMessage: (type: string, handler: Handler) => {
    handlers.set(type, handler);
    return () => handlers.delete(type);
  },
  sendMessage: (type: string, data: unknown) => {
    if (type === 'vault.capturePlan') return Promise.resolve(plan.current);
    sent.push({ type, data });
    return replies.next ? replies.next() : Promise.resolve({ ok: false, code: 'missing', message: 'No Twilio API Key SID is kept yet.' });
  },
}));

// The click guard has its own tests (carry.test.tsx); here every press counts, so the messages are what is tested.
vi.mock('../../../utils/carry/guard', async (actual) => ({
  ...(await actual<typeof import('../../../utils/carry/guard')>()),
  checkGenuineClick: () => ({ ok: true }),
  watchSighting: () => () => 0,
}));

const { carryForTarget, startCarry, LOST_EXTENSION } = await import('../../../utils/carry/index');

plan.current = capturePlanOf(allTasks());
const sms = taskById('segment.sms');
const apiKeySid = sms.targets.find((t) => t.key === 'apiKeySid')!;
/** The background, as a content script sees it (the service worker's own URL). */
const fromBackground = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/background.js') };
const NONCE = '0123456789abcdef0123456789abcdef';

let controller: AbortController;
let banners: string[];
let actions: Array<{ label: string; onActivate(e: MouseEvent): void; button: HTMLButtonElement }>;
/** The part of the overlay carry uses: one real button per action, sized as a person would see it. */
const overlay = {
  addAction(action: { label: string; onActivate(e: MouseEvent): void }) {
    const button = document.createElement('button');
    button.textContent = action.label;
    button.getBoundingClientRect = () => ({ width: 80, height: 24 }) as DOMRect;
    document.body.append(button);
    actions.push({ ...action, button });
    return () => button.remove();
  },
  showBanner: (text: string) => void banners.push(text),
};

/** Highlights Segment's API Key SID field, as the guidance would. */
function highlight(): HTMLInputElement {
  const input = document.createElement('input');
  document.body.append(input);
  carryForTarget(overlay, { taskId: 'segment.sms', target: apiKeySid, element: input }, controller.signal);
  return input;
}

/** The person presses Enter on our focused button once it has been on screen long enough to count. */
async function press(label: string): Promise<void> {
  // "Keep for …" appears once the background's plan has answered, so look for the button after the wait.
  await new Promise((r) => setTimeout(r, MIN_DWELL_MS + 20));
  const action = actions.find((a) => a.label === label)!;
  action.button.focus();
  // A keyboard activation as the overlay hands it over (isTrusted cannot be set on a dispatched event).
  action.onActivate({ isTrusted: true, detail: 0, clientX: 0, clientY: 0, composedPath: () => [action.button] } as unknown as MouseEvent);
}

const invalidated = () => Promise.reject(new Error('Extension context invalidated.'));

beforeEach(() => {
  // happy-dom has no `window.origin`; carry treats a missing origin as a sandboxed frame and stays out.
  Object.defineProperty(window, 'origin', { value: 'https://app.segment.com', configurable: true });
  handlers.clear();
  sent.length = 0;
  replies.next = undefined;
  banners = [];
  actions = [];
  controller = new AbortController();
});
afterEach(() => {
  controller.abort();
  document.body.replaceChildren();
});

describe('side-panel Fill in the page', () => {
  it('asks the vault for the highlighted field with the panel’s nonce', async () => {
    startCarry(document, controller.signal, (t) => banners.push(t));
    highlight();
    await handlers.get('carry.fillHighlighted')!({ data: { nonce: NONCE }, sender: fromBackground });
    expect(sent).toEqual([{ type: 'vault.fill', data: expect.objectContaining({ taskId: 'segment.sms', targetKey: 'apiKeySid', panelNonce: NONCE }) }]);
  });

  it('refuses a request whose nonce is missing or not the panel’s shape, and asks the vault nothing', async () => {
    startCarry(document, controller.signal, (t) => banners.push(t));
    highlight();
    for (const data of [undefined, {}, { nonce: 42 }, { nonce: 'abc' }, { nonce: `${NONCE}0` }]) {
      expect(await handlers.get('carry.fillHighlighted')!({ data, sender: fromBackground })).toEqual({ ok: false, message: 'Refused: the request was malformed.' });
    }
    expect(sent).toEqual([]);
  });
});

describe('when the extension was reloaded under an open console page', () => {
  it('says to reload the page when Fill cannot reach the vault, and fills nothing', async () => {
    const input = highlight();
    replies.next = invalidated;
    await press('Fill Twilio API Key SID');
    await vi.waitFor(() => expect(banners).toContain(LOST_EXTENSION));
    expect(input.value).toBe('');
  });

  it('says to reload the page when “Keep for Segment” cannot reach the vault', async () => {
    const twilioKeys = taskById('twilio.apikey');
    const sid = twilioKeys.targets.find((t) => t.captures === 'twilio.apiKeySid')!;
    const shown = document.createElement('input');
    shown.readOnly = true;
    shown.value = 'SKfedcba9876543210fedcba9876543210';
    // On screen, as the person sees it (happy-dom lays nothing out).
    shown.getBoundingClientRect = () => ({ x: 10, y: 10, left: 10, top: 10, width: 240, height: 24, right: 250, bottom: 34 }) as DOMRect;
    document.body.append(shown);
    carryForTarget(overlay, { taskId: 'twilio.apikey', target: sid, element: shown }, controller.signal);
    replies.next = invalidated;
    await press('Keep for Segment');
    await vi.waitFor(() => expect(banners).toContain(LOST_EXTENSION));
  });

  it('keeps nothing when the field the person saw was swapped out before “Keep for Segment”', async () => {
    const twilioKeys = taskById('twilio.apikey');
    const sid = twilioKeys.targets.find((t) => t.captures === 'twilio.apiKeySid')!;
    const shown = document.createElement('input');
    shown.readOnly = true;
    shown.value = 'SKfedcba9876543210fedcba9876543210';
    document.body.append(shown);
    carryForTarget(overlay, { taskId: 'twilio.apikey', target: sid, element: shown }, controller.signal);
    shown.replaceWith(shown.cloneNode());
    await press('Keep for Segment');
    await vi.waitFor(() => expect(banners).toEqual(['Not kept: the field changed as you clicked. Look at the highlighted field, then click Keep again.']));
    expect(sent.filter((m) => m.type === 'vault.capture')).toEqual([]);
  });

  it('answers the side panel’s Fill with the same plain message instead of rejecting', async () => {
    startCarry(document, controller.signal, (t) => banners.push(t));
    highlight();
    replies.next = invalidated;
    expect(await handlers.get('carry.fillHighlighted')!({ data: { nonce: NONCE }, sender: fromBackground })).toEqual({ ok: false, message: LOST_EXTENSION });
    expect(banners).toEqual([LOST_EXTENSION]);
  });
});
