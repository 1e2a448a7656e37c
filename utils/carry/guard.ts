// Is this click on our overlay button the person's own, on a button they could see? (Refuses scripted and clickjacked clicks.)
import type { FocusVerdict } from './focus';

/** How long our button must have been visible and uncovered before a click counts (a button revealed under the cursor is a trick). */
export const MIN_DWELL_MS = 400;

export type ClickVerdict = { ok: true } | { ok: false; message: string };

const COVERED = 'Ignored: something on the page covers the Engage Copilot button.';
const FADED = 'Ignored: the Engage Copilot button was hidden or faded.';
const TOO_SOON = 'Ignored: the Engage Copilot button had only just appeared or changed. Look at it, then click it again.';

/** The element's parent in the flat tree (through shadow hosts): a page can restyle our host element, not our shadow contents. */
function up(node: Element): Element | null {
  const root = node.getRootNode();
  return node.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
}

function opacityChain(el: Element): number {
  let opacity = 1;
  for (let node: Element | null = el; node; node = up(node)) {
    const style = node.ownerDocument.defaultView?.getComputedStyle(node);
    if (style) {
      if (style.visibility === 'hidden' || style.display === 'none') return 0;
      opacity *= Number.parseFloat(style.opacity || '1');
    }
  }
  return opacity;
}

/**
 * What a page can change to make our button look different without touching our shadow tree: where it is,
 * and the opacity, transform, filter and visibility of every element above it. Any change restarts the dwell.
 */
function appearance(el: Element): string {
  const r = el.getBoundingClientRect();
  const parts = [Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)].join(',');
  const styles: string[] = [];
  for (let node: Element | null = el; node; node = up(node)) {
    const s = node.ownerDocument.defaultView?.getComputedStyle(node);
    if (s) styles.push(`${s.opacity}|${s.transform}|${s.filter}|${s.visibility}|${s.clipPath}|${s.mixBlendMode}`);
  }
  return `${parts};${styles.join(';')}`;
}

/** Is our button on top at its own centre, through our shadow root? (Sees opaque covers, not pass-through ones.) */
function onTopAt(button: Element, x: number, y: number): boolean {
  const doc = button.ownerDocument;
  const root = button.getRootNode();
  const host = root instanceof ShadowRoot ? root.host : button;
  const top = doc.elementFromPoint(x, y);
  if (top !== host && !(top && button.contains(top))) return false;
  if (root instanceof ShadowRoot) {
    const inner = root.elementFromPoint(x, y);
    if (!inner || !(inner === button || button.contains(inner))) return false;
  }
  return true;
}

/**
 * The click must be trusted (a page can dispatch `click` but never set `isTrusted`), must land where our
 * button really is on top, the button must be opaque and visible, and it must have been visible and
 * uncovered, unchanged, for `MIN_DWELL_MS` (`visibleSince` from `watchSighting`; null while it is not).
 * A keyboard activation must come from focus the person put there (`focus`, see focus.ts).
 */
export function checkGenuineClick(
  event: MouseEvent,
  button: Element,
  visibleSince: number | null,
  now = performance.now(),
  focus?: FocusVerdict,
): ClickVerdict {
  if (!event.isTrusted) return { ok: false, message: 'Ignored: that click did not come from you.' };
  if (visibleSince === null) return { ok: false, message: opacityChain(button) < 0.9 ? FADED : COVERED };
  if (now - visibleSince < MIN_DWELL_MS) return { ok: false, message: TOO_SOON };
  const root = button.getRootNode();
  // A keyboard "click" (Enter/Space) has no pointer position; it is trusted and focus is on our button.
  const keyboard = event.detail === 0 && event.clientX === 0 && event.clientY === 0;
  if (!keyboard) {
    if (!onTopAt(button, event.clientX, event.clientY)) return { ok: false, message: COVERED };
  } else if ((root instanceof ShadowRoot ? root.activeElement : button.ownerDocument.activeElement) !== button) {
    return { ok: false, message: 'Ignored: the Engage Copilot button did not have focus.' };
  } else if (focus && !focus.ok) {
    return focus;
  }
  if (opacityChain(button) < 0.9) return { ok: false, message: FADED };
  const r = button.getBoundingClientRect();
  if (r.width < 4 || r.height < 4) return { ok: false, message: 'Ignored: the Engage Copilot button was too small to see.' };
  return { ok: true };
}

/** How often the button is looked at where the browser cannot tell us (no IntersectionObserver v2), and for moves. */
const SAMPLE_MS = 100;

/**
 * Since when `el` has been visible, uncovered and unchanged, or null while it is not. Chrome's
 * IntersectionObserver v2 (`isVisible`) sees any cover, even a `pointer-events: none` layer, and any
 * opacity, filter or non-translate transform. Every browser also samples the button: a cover at its
 * centre (`elementFromPoint`), a fade, or any change of its place, opacity, transform or filter
 * restarts the count. The count starts from the last change, never from when the button was created.
 */
export function watchSighting(el: Element, signal: AbortSignal, now: () => number = () => performance.now()): () => number | null {
  const view = el.ownerDocument.defaultView;
  const Entry = view?.IntersectionObserverEntry;
  const v2 = !!Entry && 'isVisible' in Entry.prototype;
  let observedVisible = !v2;
  let since: number | null = null;
  let last = '';
  const sample = (): void => {
    if (signal.aborted) return;
    const r = el.getBoundingClientRect();
    const ok = observedVisible && el.isConnected && opacityChain(el) >= 0.9 && r.width >= 4 && r.height >= 4 &&
      onTopAt(el, r.left + r.width / 2, r.top + r.height / 2);
    const look = ok ? appearance(el) : '';
    if (!ok) since = null;
    else if (since === null || look !== last) since = now();
    last = look;
  };
  if (v2 && view) {
    const io = new view.IntersectionObserver(
      (entries) => {
        for (const e of entries) {
          const visible = (e as IntersectionObserverEntry & { isVisible?: boolean }).isVisible === true;
          if (visible !== observedVisible || !visible) since = null;
          observedVisible = visible;
        }
        sample();
      },
      { trackVisibility: true, delay: SAMPLE_MS } as IntersectionObserverInit,
    );
    io.observe(el);
    signal.addEventListener('abort', () => io.disconnect(), { once: true });
  }
  const timer = setInterval(sample, SAMPLE_MS);
  signal.addEventListener('abort', () => clearInterval(timer), { once: true });
  sample();
  return () => {
    // Look once more at the moment of the click: a change since the last sample counts too.
    sample();
    return since;
  };
}
