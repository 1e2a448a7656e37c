// Narrowing a search to what a person sees as "that screen" or "that part of it", by its title, whatever holds it.
import { labelText, matchesAny, normalizeAll } from './text';
import { byIdNear, queryDeep, type SearchRoot } from './roots';
import { DIALOGS, inTopLayer, layerOf } from './layers';
import { isVisible, parentOf } from './visibility';

const HEADINGS = 'h1,h2,h3,h4,h5,h6,[role="heading"],legend';
/** Containers that carry their own name (a card `section aria-labelledby`, a region, a fieldset). */
const NAMED_REGIONS = 'section,article,aside,form,fieldset,[role="region"],[role="group"],[role="tabpanel"]';
/** Text that is never a screen's title, even when it reads the same: tooltips and table headers. */
const NOT_TITLES = '[role="tooltip"],th,[role="columnheader"],[role="rowheader"]';

/** A container's own name: aria-labelledby (each id and all of them), aria-label. */
export function ownNames(el: Element): string[] {
  const names: string[] = [];
  const ids = el.getAttribute('aria-labelledby')?.split(/\s+/).filter(Boolean) ?? [];
  const parts = ids.map((id) => byIdNear(el, id)?.textContent ?? '');
  if (parts.length) names.push(parts.join(' '), ...parts);
  const aria = el.getAttribute('aria-label');
  if (aria) names.push(aria);
  return names;
}

/** A heading's outline level: h1–h6, aria-level (default 2), legends below every heading. */
function levelOf(h: Element): number {
  const m = /^h([1-6])$/.exec(h.localName);
  if (m) return Number(m[1]);
  if (h.localName === 'legend') return 7;
  return Number(h.getAttribute('aria-level')) || 2;
}

const before = (a: Element, b: Element): boolean => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;

/**
 * A place a target may be: `root` to search, and, when the place is the part of a page under a heading
 * (not a whole dialog, sheet or card), that `heading` — then only what follows it in the outline counts.
 */
export interface Section {
  heading: Element | null;
  root: Element;
}

/** Visible headings (or named regions) in `roots` whose text is one of `names`. */
function titled(roots: readonly SearchRoot[], names: readonly string[]): Element[] {
  const want = normalizeAll(names);
  const headings = queryDeep(roots, HEADINGS).filter((h) => !h.closest(NOT_TITLES) && matchesAny(labelText(h), want));
  const regions = queryDeep(roots, `${NAMED_REGIONS},${DIALOGS}`).filter((r) => ownNames(r).some((n) => matchesAny(n, want)));
  return [...regions, ...headings].filter(isVisible);
}

/** The nearest ancestor of `h` (within six levels) that also holds one of `controls`. */
function holderOf(h: Element, controls: string): Element | null {
  let a = parentOf(h);
  for (let depth = 0; a && depth < 6; depth++, a = parentOf(a)) if (queryDeep([a], controls).length > 0) return a;
  return null;
}

/**
 * Places headed or named by one of `names` in `roots`, topmost layer only. A named container (card,
 * region, dialog) is the whole of it. For a heading: as a screen's title (`screen`), the dialog or
 * side sheet holding it is the whole place, else the page's main region from the heading on; as a
 * section, the nearest ancestor that also holds a control. Such a container may hold a neighbouring
 * form too (a card whose fields render late), so `inSection` keeps only controls that follow the
 * heading before any heading of the same or a higher level.
 */
function placesNamed(roots: readonly SearchRoot[], names: readonly string[], controls: string, screen: boolean): Section[] {
  const out: Section[] = [];
  for (const t of titled(roots, names)) {
    const layer = !t.matches(HEADINGS) ? t : screen ? layerOf(t) : null;
    const root = layer ?? (screen ? t.closest('main,[role="main"]') : null) ?? holderOf(t, controls);
    if (root && !out.some((p) => p.root === root)) out.push({ heading: layer ? null : t, root });
  }
  return inTopLayer(out, (p) => p.root);
}

/** The screens (dialog, side sheet, page, card) titled by one of `names`. */
export const screensTitled = (doc: Document, names: readonly string[], controls: string): Section[] =>
  placesNamed([doc], names, controls, true);

/** The sections headed by one of `names` inside `roots`. */
export const sectionsNamed = (roots: readonly SearchRoot[], names: readonly string[], controls: string): Section[] =>
  placesNamed(roots, names, controls, false);

/** Is `el` in the place: inside its root and, for a page part, under its heading in the outline? */
export function inSection(section: Section, el: Element): boolean {
  const { heading, root } = section;
  if (!heading) return true;
  if (!before(heading, el)) return false;
  const level = levelOf(heading);
  return !queryDeep([root], HEADINGS).some((h) => h !== heading && levelOf(h) <= level && before(heading, h) && before(h, el));
}
