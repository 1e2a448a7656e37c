// Layers a person sees stacked on the page (dialogs, side sheets, backdrops), and whether one covers an element.
import { OVERLAY_TAG, onceInPass, queryDeep } from './roots';
import { isVisible, parentOf } from './visibility';

/** Containers that say by ARIA or HTML that they are a dialog. */
export const DIALOGS = '[role="dialog"],[role="alertdialog"],dialog[open],[aria-modal="true"]';

/** Open, visible dialogs on the page. */
function openDialogs(doc: Document): Element[] {
  return queryDeep([doc], DIALOGS).filter(isVisible);
}

/** Visible modal dialogs: while one is open, the page behind it is out of a person's reach. */
export function openModals(doc: Document): Element[] {
  return openDialogs(doc).filter(
    (d) => d.getAttribute('aria-modal') === 'true' || (d instanceof HTMLDialogElement && d.matches(':modal')),
  );
}

const positionOf = (el: Element): string =>
  onceInPass(el, 'position', () => el.ownerDocument.defaultView?.getComputedStyle(el).position ?? '');

/** Does `outer` hold `inner`, across shadow-root boundaries? */
export function encloses(outer: Element, inner: Element): boolean {
  for (let e: Element | null = inner; e; e = parentOf(e)) if (e === outer) return true;
  return false;
}

/**
 * The layer `el` sits in: the nearest ARIA/HTML dialog around it, else the outermost fixed-position
 * ancestor (an overlay: Evergreen's SideSheet is an absolutely placed pane inside a fixed backdrop
 * and carries no role=dialog). Null for the page itself.
 */
export function layerOf(el: Element): Element | null {
  return onceInPass(el, 'layer', () => {
    let fixed: Element | null = null;
    for (let e: Element | null = el; e; e = parentOf(e)) {
      if (e.matches(DIALOGS)) return e;
      if (positionOf(e) === 'fixed') fixed = e;
    }
    return fixed;
  });
}

/** Stacking order of two layers by tree order: a later portal is drawn over an earlier one. Page = lowest. */
export function aboveOrSame(a: Element | null, b: Element | null): boolean {
  if (a === b || !b) return true;
  if (!a) return false;
  if (encloses(a, b)) return false;
  if (encloses(b, a)) return true;
  return (b.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}

/** The topmost of `els` by their layers; ties keep every element of that layer. */
export function inTopLayer<T>(items: readonly T[], elementOf: (t: T) => Element): T[] {
  if (items.length < 2) return [...items];
  let top: Element | null | undefined;
  for (const it of items) {
    const layer = layerOf(elementOf(it));
    if (top === undefined || aboveOrSame(layer, top)) top = layer;
  }
  return items.filter((it) => layerOf(elementOf(it)) === top);
}

/** The point a click on `el` would use, or null when that lies outside the viewport (then we cannot tell). */
function centreInView(el: Element): [number, number] | null {
  const view = el.ownerDocument.defaultView;
  const r = el.getBoundingClientRect();
  const x = r.left + r.width / 2;
  const y = r.top + r.height / 2;
  return view && x >= 0 && y >= 0 && x < view.innerWidth && y < view.innerHeight ? [x, y] : null;
}

/** Is `el` one of ours (the overlay host), which never counts as covering the console? */
const isOurs = (el: Element): boolean => el.localName === OVERLAY_TAG;

/**
 * Is `el` covered by another layer (a backdrop, a sheet, a dialog) so that a person's click would land
 * on that layer instead? Open aria-modal dialogs cover everything outside the topmost one; otherwise
 * the browser's hit test at the element's centre decides, and only a fixed-position layer that does
 * not hold `el` counts (a floating label or a tooltip inside the page is not a layer).
 */
export function isCovered(el: Element, modals: readonly Element[]): boolean {
  if (modals.length) {
    const top = inTopLayer(modals, (m) => m)[0];
    if (top && !encloses(top, el)) return true;
  }
  const doc = el.ownerDocument;
  const point = typeof doc.elementsFromPoint === 'function' ? centreInView(el) : null;
  if (!point) return false;
  const hit = doc.elementsFromPoint(point[0], point[1]).find((h) => h instanceof Element && !isOurs(h));
  if (!hit || encloses(el, hit) || encloses(hit, el)) return false;
  // A floating label drawn over its own input does not cover it.
  const labels = (el as HTMLInputElement).labels;
  if (labels && Array.from(labels).some((l) => encloses(l, hit))) return false;
  const layer = layerOf(hit);
  return layer !== null && !encloses(layer, el);
}
