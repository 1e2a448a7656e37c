// Narrowing a search to the open dialog or the page section a target names, by heading text.
import { labelText, matchesAny, normalizeAll } from './text';
import { byIdNear, queryDeep, type SearchRoot } from './roots';
import { isVisible, parentOf } from './visibility';

const DIALOGS = '[role="dialog"],[role="alertdialog"],dialog[open],[aria-modal="true"]';
const HEADINGS = 'h1,h2,h3,h4,h5,h6,[role="heading"],legend';

/** Open, visible dialogs on the page. */
export function openDialogs(doc: Document): Element[] {
  return queryDeep([doc], DIALOGS).filter(isVisible);
}

/** Visible modal dialogs: while one is open, the page behind it is out of a person's reach. */
export function openModals(doc: Document): Element[] {
  return openDialogs(doc).filter(
    (d) => d.getAttribute('aria-modal') === 'true' || (d instanceof HTMLDialogElement && d.matches(':modal')),
  );
}

/** A dialog's name: aria-labelledby, aria-label, else any heading inside it. */
function dialogNames(d: Element): string[] {
  const names: string[] = [];
  const ids = d.getAttribute('aria-labelledby');
  if (ids) names.push(ids.split(/\s+/).map((id) => byIdNear(d, id)?.textContent ?? '').join(' '));
  const aria = d.getAttribute('aria-label');
  if (aria) names.push(aria);
  for (const h of queryDeep([d], HEADINGS)) names.push(labelText(h));
  return names;
}

/** Open dialogs whose name is one of `names`. */
export function dialogsNamed(doc: Document, names: readonly string[]): Element[] {
  const want = normalizeAll(names);
  return openDialogs(doc).filter((d) => dialogNames(d).some((n) => matchesAny(n, want)));
}

/** A heading's outline level: h1–h6, aria-level (default 2), legends below every heading. */
function levelOf(h: Element): number {
  const m = /^h([1-6])$/.exec(h.localName);
  if (m) return Number(m[1]);
  if (h.localName === 'legend') return 7;
  return Number(h.getAttribute('aria-level')) || 2;
}

const before = (a: Element, b: Element): boolean => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;

/** A section: the heading that names it and the container to search in. */
export interface Section {
  heading: Element;
  root: Element;
}

/**
 * Sections headed by one of `names`: the nearest ancestor of the heading that also holds a control.
 * That container may hold a neighbouring form too (a card whose fields render late), so `inSection`
 * then keeps only controls that follow the heading before any heading of the same or a higher level.
 */
export function sectionsNamed(roots: readonly SearchRoot[], names: readonly string[], controls: string): Section[] {
  const want = normalizeAll(names);
  const out: Section[] = [];
  for (const h of queryDeep(roots, HEADINGS)) {
    if (!matchesAny(labelText(h), want) || !isVisible(h)) continue;
    let a = parentOf(h);
    for (let depth = 0; a && depth < 6; depth++, a = parentOf(a)) {
      if (queryDeep([a], controls).length > 0) {
        out.push({ heading: h, root: a });
        break;
      }
    }
  }
  return out;
}

/** Is `el` under the section's heading in the page outline? */
export function inSection(section: Section, el: Element): boolean {
  const { heading, root } = section;
  if (!before(heading, el)) return false;
  const level = levelOf(heading);
  return !queryDeep([root], HEADINGS).some((h) => h !== heading && levelOf(h) <= level && before(heading, h) && before(h, el));
}
