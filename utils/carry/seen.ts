// Is the field we are about to fill the one the person saw? A console script can swap, hide or move it as they click.
import { isVisible } from '../locator/visibility';

export type SeenVerdict = { ok: true } | { ok: false; message: string };

/** Which of our buttons the person clicked: its refusals say "Not filled" or "Not kept", and which button to click again. */
export type SeenAction = 'Fill' | 'Keep';
const NOT: Record<SeenAction, string> = { Fill: 'Not filled', Keep: 'Not kept' };

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
export function checkSeen(el: Element, highlighted: () => boolean, action: SeenAction = 'Fill'): SeenVerdict {
  const no = (why: string, then: string) => ({ ok: false as const, message: `${NOT[action]}: the field ${why}. ${then}, then click ${action} again.` });
  const changed = no('changed as you clicked', 'Look at the highlighted field');
  if (!el.isConnected) return changed;
  if (el instanceof HTMLInputElement && el.type === 'hidden') return changed;
  if (!isVisible(el)) return no('is hidden', 'Show it');
  if (!inViewport(el)) return no('is off screen', 'Scroll to it');
  if (!highlighted()) return changed;
  return { ok: true };
}
