// How focus reached our overlay's buttons: only the person's own Tab or press counts for a keyboard activation.
//
// The overlay's shadow root stays open: the end-to-end tests (and Playwright's locators) read it, and a closed
// root would only hide the buttons, not their clicks. A page script can therefore call `.focus()` on our button
// (say, on the keydown of the person's Enter in the console's search box), and that Enter would then activate
// it. So a keyboard activation counts only when focus arrived through a trusted Tab keydown that the page did
// not cancel, or a trusted pointer press on that button, and stayed on that button for MIN_DWELL_MS.
import { MIN_DWELL_MS } from './guard';

export type FocusVerdict = { ok: true } | { ok: false; message: string };

const FROM_PAGE = 'Ignored: the page moved the focus to the Engage Copilot button, not you. Press Tab to reach it, or click it.';
const TOO_SOON = 'Ignored: the Engage Copilot button had only just got the focus. Press Enter again.';

export interface FocusWatch {
  /** Did the person put focus on `button`, and has it stayed there long enough? */
  verdict(button: Element, now?: number): FocusVerdict;
}

const watches = new WeakMap<Node, FocusWatch>();

/** One watch per overlay root (the container inside our shadow root); `signal` tears it down. */
export function watchFocus(root: HTMLElement, signal: AbortSignal, now: () => number = () => performance.now()): FocusWatch {
  const known = watches.get(root);
  if (known) return known;
  const win = root.ownerDocument.defaultView;
  let tab: KeyboardEvent | null = null;
  let press: { button: Element | null; at: number } = { button: null, at: -Infinity };
  /** The button focus is on, whether the person put it there, and since when. */
  let focused: { button: Element; personal: boolean; at: number } | null = null;

  // Capture on the window runs before any console listener on the document or below (Tab) and sees our
  // shadow tree's press as coming from the overlay host.
  win?.addEventListener('keydown', (e) => {
    if (!e.isTrusted || e.key !== 'Tab') return;
    tab = e;
    setTimeout(() => {
      if (tab === e) tab = null;
    }, 0);
  }, { capture: true, signal });
  root.addEventListener('pointerdown', (e) => {
    const on = e.composedPath()[0];
    if (e.isTrusted) press = { button: on instanceof Element ? on.closest('button') : null, at: now() };
  }, { capture: true, signal });
  root.addEventListener('focusin', (e) => {
    const button = e.target instanceof Element ? e.target.closest('button') : null;
    if (!button) return;
    const during = tab;
    // A press on our button focuses it right away; Tab moves focus as the keydown's default action.
    const pressed = press.button === button && now() - press.at < 1000;
    const entry = { button, personal: pressed || !!during, at: now() };
    focused = entry;
    if (during && !pressed) {
      // A page that calls .focus() in its own Tab handler and cancels the Tab put the focus there, not the browser.
      setTimeout(() => {
        if (during.defaultPrevented && focused === entry) entry.personal = false;
      }, 0);
    }
  }, { signal });
  root.addEventListener('focusout', () => {
    focused = null;
  }, { signal });

  const watch: FocusWatch = {
    verdict(button, at = now()) {
      if (!focused || focused.button !== button || !focused.personal) return { ok: false, message: FROM_PAGE };
      if (at - focused.at < MIN_DWELL_MS) return { ok: false, message: TOO_SOON };
      return { ok: true };
    },
  };
  watches.set(root, watch);
  signal.addEventListener('abort', () => watches.delete(root), { once: true });
  return watch;
}
