// Controls a console labels by the value they stand for (an IP address, a key's ID in a table), found by where they sit.
import type { ParsedTarget } from '../guide/schema';
import { ANY_CONTROL, searchRoots, type Found } from '../locator/find';
import { labelText, matchesAny, normalizeAll } from '../locator/text';
import { queryDeep } from '../locator/roots';
import { isVisible, visibleAnchor } from '../locator/visibility';
import { isCovered, openModals } from '../locator/layers';

const BY_KIND: Partial<Record<ParsedTarget['kind'], string>> = {
  checkbox: 'input[type="checkbox"],[role="checkbox"]',
  radio: 'input[type="radio"],[role="radio"]',
};

/** The first visible control of the target's kind in its dialog or section (the guide names the section, not the value). */
function firstInScope(doc: Document, t: ParsedTarget): Found | null {
  const where = searchRoots(doc, t);
  const holds = BY_KIND[t.kind];
  if (!where || !holds || !t.scope) return null;
  const el = queryDeep(where.roots, holds).find((c) => isVisible(c) || visibleAnchor(c) !== null);
  return el ? { element: el, anchor: visibleAnchor(el) ?? el, via: 'nearby-text' } : null;
}

/** Every cell under a table header that reads one of the target's labels, in row order (a value shown as text, e.g. API Key ID). */
export function columnCells(doc: Document, t: ParsedTarget): Found[] {
  const names = normalizeAll(t.labels);
  // Behind an open dialog the list is not what the person is looking at.
  const where = searchRoots(doc, t);
  if (!where) return [];
  const modals = openModals(doc);
  for (const th of queryDeep(where.roots, 'th,[role="columnheader"]')) {
    if (!matchesAny(labelText(th), names) || !isVisible(th)) continue;
    const row = th.closest('tr,[role="row"]');
    const table = th.closest('table,[role="table"],[role="grid"]');
    if (!row || !table) continue;
    const index = Array.from(row.children).indexOf(th);
    const cells: Found[] = [];
    for (const r of table.querySelectorAll('tr,[role="row"]')) {
      if (r === row) continue;
      const cell = r.children[index];
      // The value itself (a <code> inside the cell when there is one), never a control.
      const value = cell?.querySelector('code,span') ?? cell;
      if (value && isVisible(value) && !isCovered(value, modals) && !value.matches(ANY_CONTROL) && (value.textContent ?? '').trim()) {
        cells.push({ element: value, anchor: value, via: 'nearby-text' });
      }
    }
    if (cells.length) return cells;
  }
  return [];
}

/** The locator's fallback for targets the guide data marks `findBy`. */
export function findShown(doc: Document, t: ParsedTarget): Found | null {
  if (t.findBy === 'firstInScope') return firstInScope(doc, t);
  if (t.findBy === 'column') return columnCells(doc, t)[0] ?? null;
  return null;
}
