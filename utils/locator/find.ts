// The locator: finds the console element a guide Target describes, the way a person would, never by generated id or class.
import type { ParsedTarget } from '../guide/schema';
import { labelText, matchesAny, normalizeAll, prefixLabels, startsWithAny } from './text';
import { byIdNear, inOnePass, queryDeep, type SearchRoot } from './roots';
import { dialogsNamed, inSection, openModals, sectionsNamed, type Section } from './scope';
import { visibleAnchor } from './visibility';

export type TargetKind = ParsedTarget['kind'];
/** The part of a Target the locator reads. */
export type TargetDescription = Pick<ParsedTarget, 'kind' | 'labels'> &
  Partial<Pick<ParsedTarget, 'placeholders' | 'role' | 'scope'>>;

/** Elements each kind of target can be. Generous on purpose: consoles build toggles and selects many ways. */
const TEXTY = 'input:not([type]),input[type="text"],input[type="url"],input[type="email"],input[type="password"],input[type="number"],input[type="search"],input[type="tel"],textarea,[contenteditable="true"],[role="textbox"],[role="spinbutton"],[role="combobox"]';
const CHECKY = 'input[type="checkbox"],[role="checkbox"],[role="switch"],button[aria-pressed],button[aria-checked]';
const BY_KIND: Record<TargetKind, string> = {
  field: TEXTY,
  toggle: CHECKY,
  checkbox: CHECKY,
  radio: 'input[type="radio"],[role="radio"]',
  select: 'select,[role="combobox"],[role="listbox"],button[aria-haspopup]',
  button: 'button,[role="button"],a[href],input[type="submit"],input[type="button"],[role="link"],[role="menuitem"],[role="tab"]',
};
export const ANY_CONTROL = Object.values(BY_KIND).join(',');

/** How an element was found, best first; reported to the side panel and used to rank ties. */
export type FoundVia = 'label' | 'labelledby' | 'aria-label' | 'text' | 'placeholder' | 'nearby-text' | 'remembered';
export interface Found {
  /** The console's control: it carries the data attributes and receives fills. */
  element: Element;
  /** What the ring surrounds (a visible label when the native checkbox is styled away). */
  anchor: Element;
  via: FoundVia;
}

/** The implicit ARIA role of common controls, for the optional `role` filter. */
export function roleOf(el: Element): string {
  const explicit = el.getAttribute('role');
  if (explicit) return explicit.split(/\s+/)[0] ?? '';
  const tag = el.tagName.toLowerCase();
  if (tag === 'input') {
    const t = (el as HTMLInputElement).type;
    return t === 'checkbox' ? 'checkbox' : t === 'radio' ? 'radio' : t === 'submit' || t === 'button' ? 'button' : 'textbox';
  }
  return { button: 'button', a: 'link', select: 'combobox', textarea: 'textbox' }[tag] ?? '';
}

/** Does a piece of visible text name the target? (exact labels, or in the fallback pass the data's prefixes) */
type NameTest = (text: string | null | undefined) => boolean;

/** Candidate controls for `t` in `roots`, grouped by source in priority order. */
function candidates(t: TargetDescription, roots: readonly SearchRoot[], named: NameTest): Array<[FoundVia, Element[]]> {
  const holds = BY_KIND[t.kind];
  const controlOf = (label: Element): Element | null => {
    const l = label as HTMLLabelElement;
    const byFor = l.htmlFor ? byIdNear(l, l.htmlFor) : null;
    return l.control ?? byFor ?? l.querySelector(holds);
  };
  const viaLabel = queryDeep(roots, 'label')
    .filter((l) => named(labelText(l)))
    .map(controlOf);
  const viaLabelledBy = queryDeep(roots, '[aria-labelledby]').filter((el) =>
    named(
      (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).map((id) => {
        const ref = byIdNear(el, id);
        return ref ? labelText(ref) : '';
      }).join(' '),
    ),
  );
  const viaAria = queryDeep(roots, '[aria-label]').filter((el) => named(el.getAttribute('aria-label')));
  const viaText = queryDeep(roots, holds).filter(
    (el) => named(labelText(el)) || (el instanceof HTMLInputElement && named(el.value)),
  );
  const ph = normalizeAll(t.placeholders ?? []);
  const viaPlaceholder = ph.length
    ? queryDeep(roots, '[placeholder]').filter((el) => matchesAny(el.getAttribute('placeholder'), ph))
    : [];
  return [
    ['label', viaLabel.filter((e): e is Element => e !== null)],
    ['labelledby', viaLabelledBy],
    ['aria-label', viaAria],
    ['text', viaText],
    ['placeholder', viaPlaceholder],
  ];
}

/** Unlinked label text followed by a control (hand-built console screens), tried only when nothing else matched. */
function nearbyText(t: TargetDescription, roots: readonly SearchRoot[], named: NameTest): Element[] {
  const out: Element[] = [];
  for (const el of queryDeep(roots, 'span,div,p,strong,b,dt,th,td')) {
    if (el.childElementCount > 2 || !named(labelText(el))) continue;
    for (let box = el.parentElement, depth = 0; box && depth < 2; box = box.parentElement, depth++) {
      const next = box.querySelector(BY_KIND[t.kind]);
      if (next && (el.compareDocumentPosition(next) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0) {
        out.push(next);
        break;
      }
    }
  }
  return out;
}

/** Where to look: the named dialog or section, else the open modal, else the whole document. */
export function searchRoots(doc: Document, t: TargetDescription): { roots: SearchRoot[]; sections: Section[] } | null {
  let roots: SearchRoot[] = [doc];
  if (t.scope?.dialog?.length) {
    roots = dialogsNamed(doc, t.scope.dialog);
    if (!roots.length) return null;
  } else {
    const modals = openModals(doc);
    if (modals.length) roots = modals;
  }
  if (!t.scope?.section?.length) return { roots, sections: [] };
  const sections = sectionsNamed(roots, t.scope.section, BY_KIND[t.kind]);
  return sections.length ? { roots: sections.map((s) => s.root), sections } : null;
}

/** Every visible match for `t`, best source first, each source in document order. */
export function findAll(doc: Document, t: TargetDescription): Found[] {
  return inOnePass(() => findAllInPass(doc, t));
}

function findAllInPass(doc: Document, t: TargetDescription): Found[] {
  const scope = searchRoots(doc, t);
  if (!scope) return [];
  const { roots, sections } = scope;
  const holds = BY_KIND[t.kind];
  const seen = new Set<Element>();
  const out: Found[] = [];
  const names = normalizeAll(t.labels);
  const exact: NameTest = (text) => matchesAny(text, names);
  const accept = (via: FoundVia, els: Element[]): void => {
    let fitting = els.filter(
      (el) => el.matches(holds) && !seen.has(el) && (!sections.length || sections.some((s) => inSection(s, el))),
    );
    if (t.role) {
      const withRole = fitting.filter((el) => roleOf(el) === t.role);
      if (withRole.length) fitting = withRole;
    }
    for (const element of fitting) {
      seen.add(element);
      const anchor = visibleAnchor(element);
      if (anchor) out.push({ element, anchor, via });
    }
  };
  for (const [via, els] of candidates(t, roots, exact)) accept(via, els);
  if (!out.length) accept('nearby-text', nearbyText(t, roots, exact));
  // Exact first: a prefix label ("Edit …") is tried only when no exact label matched anything.
  const prefixes = prefixLabels(t.labels);
  if (!out.length && prefixes.length) {
    const prefixed: NameTest = (text) => startsWithAny(text, prefixes);
    for (const [via, els] of candidates(t, roots, prefixed)) accept(via, els);
  }
  return out;
}

/** The one element the guide means by `t`, or null when the page shows none. */
export function findTarget(doc: Document, t: TargetDescription): Found | null {
  return findAll(doc, t)[0] ?? null;
}
