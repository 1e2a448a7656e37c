// Is the field we are about to fill the one the person saw? A console script can swap, hide or move it as they click.
import { isVisible } from '../locator/visibility';

export type SeenVerdict = { ok: true } | { ok: false; message: string };

const CHANGED = 'Not filled: the field changed as you clicked. Look at the highlighted field, then click Fill again.';

/** The element's box has its centre inside its own document's viewport (a frame's field, in the frame). */
function inViewport(el: Element): boolean {
  const r = el.getBoundingClientRect();
  const view = el.ownerDocument.defaultView;
  const w = view?.innerWidth ?? 0;
  const h = view?.innerHeight ?? 0;
  const x = r.left + r.width / 2;
  const y = r.top + r.height / 2;
  return x >= 0 && y >= 0 && x <= w && y <= h;
}

/**
 * Right before a value is written: the element is still in the page, visible (not `type=hidden`, not
 * faded out, not tiny), inside the viewport, and still what the guidance highlights for this target
 * (`highlighted()` asks the engine to look again and answers whether it still picks this element).
 */
export function checkSeen(el: Element, highlighted: () => boolean): SeenVerdict {
  if (!el.isConnected) return { ok: false, message: CHANGED };
  if (el instanceof HTMLInputElement && el.type === 'hidden') return { ok: false, message: CHANGED };
  if (!isVisible(el)) return { ok: false, message: 'Not filled: the field is hidden. Show it, then click Fill again.' };
  if (!inViewport(el)) return { ok: false, message: 'Not filled: the field is off screen. Scroll to it, then click Fill again.' };
  if (!highlighted()) return { ok: false, message: CHANGED };
  return { ok: true };
}
