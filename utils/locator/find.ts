// The locator: finds the console element a guide Target describes, the way a person would, never by generated id or class.
import type { ParsedTarget } from '../guide/schema';
import { isGenericLabel, labelText, matchesAny, normalize, normalizeAll, prefixLabels, startsWithAny } from './text';
import { byIdNear, inOnePass, queryDeep, type SearchRoot } from './roots';
import { encloses, isCovered, openModals } from './layers';
import { inSection, screensTitled, sectionsNamed, type Section } from './scope';
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

/** Which of the target's names a piece of visible text is: its index in the data's order, or -1. */
type NameRank = (text: string | null | undefined) => number;

const rankIn = (names: readonly string[]): NameRank => (text) => (text ? names.indexOf(normalize(text)) : -1);

/** Best rank among several texts (an aria-labelledby with two ids names the control by each part and by all). */
const bestOf = (rank: NameRank, texts: readonly string[]): number => {
  let best = -1;
  for (const t of texts) {
    const r = rank(t);
    if (r >= 0 && (best < 0 || r < best)) best = r;
  }
  return best;
};

/** Text that reads like a label but names no control: tooltips, table headers, template content. */
const NOT_A_LABEL = '[role="tooltip"],th,[role="columnheader"],template';

type Candidate = { via: FoundVia; el: Element; rank: number };

/** Candidate controls for `t` in `roots` with the rank of the name that matched, in source priority order. */
function candidates(t: TargetDescription, roots: readonly SearchRoot[], rank: NameRank): Candidate[] {
  const holds = BY_KIND[t.kind];
  const out: Candidate[] = [];
  const add = (via: FoundVia, el: Element | null, r: number): void => {
    if (el && r >= 0) out.push({ via, el, rank: r });
  };
  for (const l of queryDeep(roots, 'label')) {
    const r = rank(labelText(l));
    if (r < 0) continue;
    const label = l as HTMLLabelElement;
    const byFor = label.htmlFor ? byIdNear(label, label.htmlFor) : null;
    add('label', label.control ?? byFor ?? label.querySelector(holds), r);
  }
  for (const el of queryDeep(roots, '[aria-labelledby]')) {
    const parts = (el.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean).map((id) => {
      const ref = byIdNear(el, id);
      return ref && !ref.closest(NOT_A_LABEL) ? labelText(ref) : '';
    });
    add('labelledby', el, bestOf(rank, [parts.join(' '), ...parts]));
  }
  for (const el of queryDeep(roots, '[aria-label]')) add('aria-label', el, rank(el.getAttribute('aria-label')));
  for (const el of queryDeep(roots, holds)) {
    add('text', el, bestOf(rank, [labelText(el), el instanceof HTMLInputElement ? el.value : '']));
  }
  const ph = normalizeAll(t.placeholders ?? []);
  if (ph.length) {
    for (const el of queryDeep(roots, '[placeholder]')) {
      if (matchesAny(el.getAttribute('placeholder'), ph)) add('placeholder', el, t.labels.length);
    }
  }
  return out;
}

/** Unlinked label text followed by a control (hand-built console screens), tried only when nothing else matched. */
function nearbyText(t: TargetDescription, roots: readonly SearchRoot[], rank: NameRank): Candidate[] {
  const out: Candidate[] = [];
  for (const el of queryDeep(roots, 'span,div,p,strong,b,dt,td')) {
    if (el.childElementCount > 2 || el.closest(NOT_A_LABEL)) continue;
    const r = rank(labelText(el));
    if (r < 0) continue;
    for (let box = el.parentElement, depth = 0; box && depth < 2; box = box.parentElement, depth++) {
      const next = box.querySelector(BY_KIND[t.kind]);
      if (next && (el.compareDocumentPosition(next) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0) {
        out.push({ via: 'nearby-text', el: next, rank: r });
        break;
      }
    }
  }
  return out;
}

/**
 * Where to look: the screen the scope's title names (a dialog, sheet, page or card), then the part
 * of it under the section heading. Each level is a list of places; a control must be in one of each.
 * A target whose only names are generic ("Verify", "Save") and that has no scope is never looked for.
 */
export function searchRoots(doc: Document, t: TargetDescription): { roots: SearchRoot[]; levels: Section[][] } | null {
  const controls = BY_KIND[t.kind];
  const levels: Section[][] = [];
  let roots: SearchRoot[] = [doc];
  if (t.scope?.title?.length) {
    const screens = screensTitled(doc, t.scope.title, controls);
    if (!screens.length) return null;
    levels.push(screens);
    roots = screens.map((s) => s.root);
  }
  if (t.scope?.section?.length) {
    const sections = sectionsNamed(roots, t.scope.section, controls);
    if (!sections.length) return null;
    levels.push(sections);
    roots = sections.map((s) => s.root);
  }
  if (!levels.length && t.labels.every(isGenericLabel)) return null;
  return { roots, levels };
}

/** Every visible, uncovered match for `t`: the data's first name before its aliases, then by source, then document order. */
export function findAll(doc: Document, t: TargetDescription): Found[] {
  return inOnePass(() => findAllInPass(doc, t, Infinity));
}

/** `limit`: stop after this many matches (visibility and the hit test are the costly part of a pass). */
function findAllInPass(doc: Document, t: TargetDescription, limit: number): Found[] {
  const scope = searchRoots(doc, t);
  if (!scope) return [];
  const { roots, levels } = scope;
  const holds = BY_KIND[t.kind];
  const modals = openModals(doc);
  const seen = new Set<Element>();
  const accept = (cands: Candidate[]): Found[] => {
    let fitting = cands.filter((c) => c.el.matches(holds) && levels.every((places) => places.some((p) => holdsIn(p, c.el))));
    if (t.role) {
      const withRole = fitting.filter((c) => roleOf(c.el) === t.role);
      if (withRole.length) fitting = withRole;
    }
    // Candidates come by source, each in document order; a stable sort by the name's rank keeps that within a rank.
    fitting.sort((a, b) => a.rank - b.rank);
    const out: Found[] = [];
    for (const { el: element, via } of fitting) {
      if (out.length >= limit) break;
      if (seen.has(element)) continue;
      seen.add(element);
      const anchor = visibleAnchor(element);
      if (anchor && !isCovered(anchor, modals)) out.push({ element, anchor, via });
    }
    return out;
  };
  // Unscoped, a generic alias ("Enabled", "Status") would match anywhere: only the specific names count.
  const rank = rankIn(normalizeAll(levels.length ? t.labels : t.labels.filter((l) => !isGenericLabel(l))));
  let out = accept(candidates(t, roots, rank));
  if (!out.length) out = accept(nearbyText(t, roots, rank));
  // Exact first: a prefix label ("Edit …") is tried only when no exact label matched anything.
  const prefixes = prefixLabels(t.labels);
  if (!out.length && prefixes.length) {
    const prefixed: NameRank = (text) => prefixes.findIndex((p) => startsWithAny(text, [p]));
    out = accept(candidates(t, roots, prefixed));
  }
  return out;
}

const holdsIn = (place: Section, el: Element): boolean => encloses(place.root, el) && inSection(place, el);

/** The one element the guide means by `t`, or null when the page shows none. */
export function findTarget(doc: Document, t: TargetDescription): Found | null {
  return inOnePass(() => findAllInPass(doc, t, 1))[0] ?? null;
}
