// The click guard against a script on the console page: dwell from the last change, and focus the page moved.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkGenuineClick, MIN_DWELL_MS, watchSighting } from '../../../utils/carry/guard';
import { watchFocus } from '../../../utils/carry/focus';

const keyboard = { isTrusted: true, detail: 0, clientX: 0, clientY: 0 } as MouseEvent;
let controller = new AbortController();
afterEach(() => {
  controller.abort();
  controller = new AbortController();
  document.body.replaceChildren();
  vi.useRealTimers();
});

/** A button as a person would see it: sized, and on top at its centre. */
function shownButton(): HTMLButtonElement {
  const button = document.createElement('button');
  button.textContent = 'Fill';
  let box = { x: 10, y: 10, width: 80, height: 24 };
  button.getBoundingClientRect = () => ({ ...box, left: box.x, top: box.y, right: box.x + box.width, bottom: box.y + box.height }) as DOMRect;
  (button as unknown as { moveTo(x: number): void }).moveTo = (x) => {
    box = { ...box, x };
  };
  document.body.append(button);
  document.elementFromPoint = () => button;
  return button;
}

describe('dwell from when the button was last visible and unchanged', () => {
  it('refuses while the button is covered, and says so', () => {
    const button = document.createElement('button');
    expect(checkGenuineClick({ ...keyboard, detail: 1, clientX: 5, clientY: 5 } as MouseEvent, button, null, 10_000)).toEqual({
      ok: false,
      message: 'Ignored: something on the page covers the Engage Copilot button.',
    });
  });

  it('restarts the count when the page moves our button, and counts from then', () => {
    vi.useFakeTimers();
    let now = 1000;
    const button = shownButton();
    const since = watchSighting(button, controller.signal, () => now);
    expect(since()).toBe(1000);
    now = 1000 + MIN_DWELL_MS * 3;
    expect(since()).toBe(1000);
    (button as unknown as { moveTo(x: number): void }).moveTo(300);
    expect(since()).toBe(now);
    const cover = document.createElement('div');
    document.elementFromPoint = () => cover;
    now += 50;
    expect(since()).toBeNull();
  });
});

describe('keyboard activation', () => {
  it('does not count focus that a page script put on our button', () => {
    const root = document.createElement('div');
    const button = document.createElement('button');
    root.append(button);
    document.body.append(root);
    let now = 0;
    const focus = watchFocus(root, controller.signal, () => now);
    button.focus();
    now = MIN_DWELL_MS * 5;
    const verdict = focus.verdict(button);
    expect(verdict).toEqual({ ok: false, message: expect.stringContaining('the page moved the focus') });
    expect(checkGenuineClick(keyboard, button, 0, now, verdict)).toEqual(verdict);
  });
});
