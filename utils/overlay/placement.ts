// Where the callout goes: beside the field as before, but on the side that covers none of the console's controls.
import { computePosition, offset, shift, type Placement } from '@floating-ui/dom';

/** What a person may need to click or type in next to the highlighted field. */
const CONTROLS =
  'button,a[href],input:not([type="hidden"]),select,textarea,[role="button"],[role="switch"],[role="checkbox"],[role="radio"],[role="tab"]';

export interface Candidate {
  placement: Placement;
  maxWidth: number;
  offset: number;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Visible page controls, other than the anchor and what wraps or sits inside it, that the box would cover. */
function coveredControls(doc: Document, anchor: Element, box: Box): number {
  let count = 0;
  for (const el of doc.querySelectorAll(CONTROLS)) {
    if (el === anchor || el.contains(anchor) || anchor.contains(el)) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    const overlaps = r.left < box.x + box.width && r.right > box.x && r.top < box.y + box.height && r.bottom > box.y;
    if (overlaps) count++;
  }
  return count;
}

/**
 * The first candidate (in preference order) that covers no control, else the one that covers fewest.
 * Measured once per anchor by the caller: it costs a layout per candidate, too much for every scroll frame.
 */
export async function leastCovering(
  doc: Document,
  anchor: Element,
  callout: HTMLElement,
  candidates: Candidate[],
  edge: number,
): Promise<Candidate | undefined> {
  let best: Candidate | undefined;
  let fewest = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    callout.style.maxWidth = `${candidate.maxWidth}px`;
    const { width, height } = callout.getBoundingClientRect();
    const { x, y } = await computePosition(anchor, callout, {
      strategy: 'fixed',
      placement: candidate.placement,
      middleware: [offset(candidate.offset), shift({ padding: edge })],
    });
    const covered = coveredControls(doc, anchor, { x, y, width, height });
    if (covered < fewest) {
      best = candidate;
      fewest = covered;
    }
    if (covered === 0) break;
  }
  return best;
}
