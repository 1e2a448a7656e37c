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

/**
 * Sections headed by one of `names`: the nearest ancestor of the heading that also holds a control,
 * so two forms on one page stay apart.
 */
export function sectionsNamed(roots: readonly SearchRoot[], names: readonly string[], controls: string): Element[] {
  const want = normalizeAll(names);
  const out: Element[] = [];
  for (const h of queryDeep(roots, HEADINGS)) {
    if (!matchesAny(labelText(h), want) || !isVisible(h)) continue;
    let a = parentOf(h);
    for (let depth = 0; a && depth < 6; depth++, a = parentOf(a)) {
      if (queryDeep([a], controls).length > 0) {
        out.push(a);
        break;
      }
    }
  }
  return out;
}
