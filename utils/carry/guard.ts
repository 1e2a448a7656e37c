// Is this click on our overlay button the person's own, on a button they could see? (Refuses scripted and clickjacked clicks.)

/** How long our button must have been on screen before a click counts (a button moved under the cursor is a trick). */
export const MIN_DWELL_MS = 400;

export type ClickVerdict = { ok: true } | { ok: false; message: string };

function opacityChain(el: Element): number {
  // Walk the flat tree (through shadow hosts): a page can fade our host element, not our shadow contents.
  let opacity = 1;
  let node: Element | null = el;
  while (node) {
    const style = node.ownerDocument.defaultView?.getComputedStyle(node);
    if (style) {
      if (style.visibility === 'hidden' || style.display === 'none') return 0;
      opacity *= Number.parseFloat(style.opacity || '1');
    }
    const root = node.getRootNode();
    node = node.parentElement ?? (root instanceof ShadowRoot ? root.host : null);
  }
  return opacity;
}

/**
 * The click must be trusted (a page can dispatch `click` but never set `isTrusted`), must land where our
 * button really is on top (the page has not covered it: `elementFromPoint` at the click point, through
 * our shadow root, is the button), the button must be opaque and visible, and it must have been shown
 * for a moment before the click.
 */
export function checkGenuineClick(event: MouseEvent, button: Element, shownAt: number, now = performance.now()): ClickVerdict {
  if (!event.isTrusted) return { ok: false, message: 'Ignored: that click did not come from you.' };
  if (now - shownAt < MIN_DWELL_MS) return { ok: false, message: 'Ignored: the button had only just appeared. Click it again.' };
  const doc = button.ownerDocument;
  const root = button.getRootNode();
  // A keyboard "click" (Enter/Space) has no pointer position; it is trusted and focus is on our button.
  const keyboard = event.detail === 0 && event.clientX === 0 && event.clientY === 0;
  if (!keyboard) {
    const host = root instanceof ShadowRoot ? root.host : button;
    const topInPage = doc.elementFromPoint(event.clientX, event.clientY);
    if (topInPage !== host && !(topInPage && button.contains(topInPage))) {
      return { ok: false, message: 'Ignored: something on the page covers the Engage Copilot button.' };
    }
    if (root instanceof ShadowRoot) {
      const inner = root.elementFromPoint(event.clientX, event.clientY);
      if (!inner || !(inner === button || button.contains(inner))) {
        return { ok: false, message: 'Ignored: the click was not on the Engage Copilot button.' };
      }
    }
  } else if ((root instanceof ShadowRoot ? root.activeElement : doc.activeElement) !== button) {
    return { ok: false, message: 'Ignored: the Engage Copilot button did not have focus.' };
  }
  if (opacityChain(button) < 0.9) return { ok: false, message: 'Ignored: the Engage Copilot button was hidden or faded.' };
  const r = button.getBoundingClientRect();
  if (r.width < 4 || r.height < 4) return { ok: false, message: 'Ignored: the Engage Copilot button was too small to see.' };
  return { ok: true };
}

/**
 * Chrome's IntersectionObserver v2 knows whether an element is really visible: not covered by anything
 * (even a `pointer-events: none` layer, which `elementFromPoint` cannot see), not faded, not transformed.
 * Returns a getter for "visible right now"; where the browser lacks v2 it always answers true and the
 * other checks stand alone.
 */
export function trackVisibility(el: Element, signal: AbortSignal): () => boolean {
  let visible = false;
  let supported = true;
  const Observer = el.ownerDocument.defaultView?.IntersectionObserver;
  if (!Observer) return () => true;
  const io = new Observer(
    (entries) => {
      for (const e of entries) {
        const v2 = e as IntersectionObserverEntry & { isVisible?: boolean };
        if (v2.isVisible === undefined) supported = false;
        else visible = v2.isVisible;
      }
    },
    { trackVisibility: true, delay: 100 } as IntersectionObserverInit,
  );
  io.observe(el);
  signal.addEventListener('abort', () => io.disconnect(), { once: true });
  return () => !supported || visible;
}
