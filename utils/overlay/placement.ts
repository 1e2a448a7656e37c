// Where the callout goes: beside the field as before, but on the side that covers none of the console's controls.
import { computePosition, offset, shift, type Placement } from '@floating-ui/dom';

/** What a person may need to click or type in next to the highlighted field. */
const CONTROLS =
  'button,a[href],input:not([type="hidden"]),select,textarea,label,legend,[role="button"],[role="switch"],[role="checkbox"],[role="radio"],[role="tab"]';
/** Covering the target itself, or the words that name it, is never worth any number of other controls. */
const OWN = 1000;

export interface Candidate {
  placement: Placement;
  maxWidth: number;
  offset: number;
}

/** The callout's widest size, the narrowest it gets beside a field, and its gap to the field (px). */
const WIDTH = 360;
const SIDE_MIN = 200;
const GAP = 12;

/** The field's row: up to three ancestors no taller than the field itself (an input with its copy button). */
function rowBox(anchor: Element, r: DOMRect): { left: number; right: number } {
  let left = r.left;
  let right = r.right;
  let e = anchor.parentElement;
  for (let depth = 0; e && depth < 3; depth++, e = e.parentElement) {
    const b = e.getBoundingClientRect();
    if (b.height > r.height + 16) break;
    left = Math.min(left, b.left);
    right = Math.max(right, b.right);
  }
  return { left, right };
}

/**
 * Where the callout may go, in order of preference. Beside the field, not below it: forms run downwards, so below
 * would cover the next controls (Twilio's key-type radios, "Create API Key"). The callout narrows to fit a side and
 * clears the whole row, so a copy or "eye" button beside the field stays uncovered; below and above come last.
 * `r`: the anchor's box; `view`: the viewport's width; `edge`: the gap kept to the viewport's edge.
 */
export function candidatesFor(anchor: Element, r: DOMRect, view: number, edge: number): Candidate[] {
  const row = rowBox(anchor, r);
  const right = view - row.right - GAP - edge;
  const left = row.left - GAP - edge;
  const candidates: Candidate[] = [];
  if (right >= SIDE_MIN) candidates.push({ placement: 'right-start', maxWidth: Math.min(WIDTH, Math.floor(right)), offset: GAP + row.right - r.right });
  if (left >= SIDE_MIN) candidates.push({ placement: 'left-start', maxWidth: Math.min(WIDTH, Math.floor(left)), offset: GAP + r.left - row.left });
  candidates.push({ placement: 'bottom-start', maxWidth: WIDTH, offset: GAP }, { placement: 'top-start', maxWidth: WIDTH, offset: GAP });
  return candidates;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const overlaps = (r: DOMRect, box: Box): boolean =>
  r.width > 0 && r.height > 0 && r.left < box.x + box.width && r.right > box.x && r.top < box.y + box.height && r.bottom > box.y;

/** The target's own words: its labels and what describes it (a radio card's description). */
function ownWords(anchor: Element): Element[] {
  const doc = anchor.ownerDocument;
  const own: Element[] = [anchor, ...Array.from((anchor as HTMLInputElement).labels ?? [])];
  for (const attr of ['aria-labelledby', 'aria-describedby']) {
    for (const id of (anchor.getAttribute(attr) ?? '').split(/\s+/)) {
      const e = id ? doc.getElementById(id) : null;
      if (e) own.push(e);
    }
  }
  const wrap = anchor.closest('label');
  if (wrap) own.push(wrap);
  return own;
}

/** Whether the box covers the target or the words that name it. Cheap: a few boxes, no query of the page. */
export function coversOwn(anchor: Element, box: Box): boolean {
  return ownWords(anchor).some((el) => overlaps(el.getBoundingClientRect(), box));
}

/**
 * Visible page controls and labels that the box would cover, other than what wraps the anchor; the anchor,
 * its labels and descriptions count OWN each.
 */
export function coveredControls(doc: Document, anchor: Element, box: Box, avoid: readonly DOMRect[] = []): number {
  let count = 0;
  // Our own messages on screen: a callout under them could not be clicked.
  for (const r of avoid) if (overlaps(r, box)) count += OWN;
  const own = ownWords(anchor);
  for (const el of own) if (overlaps(el.getBoundingClientRect(), box)) count += OWN;
  for (const el of doc.querySelectorAll(CONTROLS)) {
    if (own.includes(el) || el.contains(anchor) || anchor.contains(el)) continue;
    if (overlaps(el.getBoundingClientRect(), box)) count++;
  }
  return count;
}

/**
 * Where nothing fits beside the target: a corner of the screen, the one covering fewest controls (never the
 * target or its label when any corner avoids them). The ring still marks the target.
 */
export function dockBox(doc: Document, anchor: Element, size: { width: number; height: number }, edge: number, avoid: readonly DOMRect[] = []): Box & { covered: number } {
  const view = { w: doc.documentElement.clientWidth || (doc.defaultView?.innerWidth ?? 0), h: doc.documentElement.clientHeight || (doc.defaultView?.innerHeight ?? 0) };
  const xs = [view.w - size.width - edge, edge];
  const ys = [view.h - size.height - edge, edge];
  let best: (Box & { covered: number }) | undefined;
  for (const y of ys) {
    for (const x of xs) {
      const box = { x: Math.max(edge, x), y: Math.max(edge, y), width: size.width, height: size.height };
      const covered = coveredControls(doc, anchor, box, avoid);
      if (!best || covered < best.covered) best = { ...box, covered };
    }
  }
  return best!;
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
  avoid: readonly DOMRect[] = [],
): Promise<{ candidate: Candidate; covered: number } | undefined> {
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
    const covered = coveredControls(doc, anchor, { x, y, width, height }, avoid);
    if (covered < fewest) {
      best = candidate;
      fewest = covered;
    }
    if (covered === 0) break;
  }
  return best ? { candidate: best, covered: fewest } : undefined;
}
