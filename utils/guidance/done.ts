// Reading from the page that a task is done (a table lists the values, a label reads "Enabled", a banner appears).
import type { DoneSignal, Success } from '../guide/schema';
import { labelText, matchesAny, normalize, normalizeAll } from '../locator/text';
import { DIALOGS } from '../locator/layers';
import { queryDeep } from '../locator/roots';
import { isVisible } from '../locator/visibility';
import { isOn } from './judge';
import { valuesIn, ROW_KINDS, type Row, type Rows } from './rows';
import type { RowName } from '../guide/schema';

/** Only the row of this onboarding's value counts (the Engage IP's warmup, not another IP's). */
type OnlyRow = { name: RowName; row: Row };
const rowHolds = (only: OnlyRow | undefined) => (text: string | null | undefined): boolean =>
  !only || valuesIn(text, only.name).includes(ROW_KINDS[only.name].same(only.row.value));

/**
 * The guide's own spelling of whichever of `wanted` the page text matched. Evidence is saved into
 * progress (storage.local), so it quotes the guide's data, never text read from the console page.
 */
function ours(pageText: string | null | undefined, wanted: readonly string[]): string {
  const n = normalize(pageText ?? '');
  return wanted.find((w) => normalize(w) === n) ?? wanted[0] ?? '';
}

const HEADER_CELLS = 'th,[role="columnheader"]';

/** Cell texts below a header cell: a real table's column, or cells lined up under a div-grid header. */
function columnTexts(header: Element, only?: OnlyRow): string[] {
  const holds = rowHolds(only);
  const table = header.closest('table,[role="table"],[role="grid"],[role="treegrid"]');
  const row = header.closest('tr,[role="row"]');
  if (table && row) {
    const index = Array.from(row.children).indexOf(header);
    return Array.from(table.querySelectorAll('tr,[role="row"]'))
      .filter((r) => r !== row && holds(r.textContent))
      .map((r) => r.children[index]?.textContent ?? '');
  }
  // Div tables (Evergreen's Table renders plain divs): cells share the header's left edge.
  const h = header.getBoundingClientRect();
  const scope = header.parentElement?.parentElement?.parentElement ?? header.ownerDocument.body;
  const leaves = Array.from(scope.querySelectorAll('div,span,td')).filter((c) => c.childElementCount === 0);
  // A row of a div table is the cells on one line: the line of a cell that shows the row's value.
  const lines = only ? leaves.filter((c) => holds(c.textContent)).map((c) => c.getBoundingClientRect().top) : null;
  return leaves
    .filter((c) => {
      const r = c.getBoundingClientRect();
      return Math.abs(r.left - h.left) < 4 && r.top > h.top && (!lines || lines.some((t) => Math.abs(t - r.top) < 4));
    })
    .map((c) => c.textContent ?? '');
}

/** The visible header cells named like `column`. */
function columnHeaders(doc: Document, column: string[]): Element[] {
  const names = normalizeAll(column);
  return queryDeep([doc], `${HEADER_CELLS},div,span`).filter(
    (h) => h.childElementCount <= 2 && matchesAny(labelText(h), names) && isVisible(h),
  );
}

function tableColumnHas(doc: Document, column: string[], values: string[], only?: OnlyRow): string | null {
  for (const header of columnHeaders(doc, column)) {
    const cells = new Set(columnTexts(header, only).map(normalize));
    if (values.every((v) => cells.has(normalize(v)))) {
      return `The ${ours(labelText(header), column)} column lists ${values.map((v) => `“${v}”`).join(' and ')}${only ? ` for ${only.row.value}` : ''}.`;
    }
  }
  return null;
}

/**
 * Which of the guide's `values` the page's `column` does not list yet (the identifier still to add); null where
 * no such column shows. Of several such columns, the one that lists the most.
 */
export function columnLacks(doc: Document, column: string[], values: string[]): string[] | null {
  let best: string[] | null = null;
  for (const header of columnHeaders(doc, column)) {
    const cells = new Set(columnTexts(header).map(normalize));
    const lacks = values.filter((v) => !cells.has(normalize(v)));
    if (!best || lacks.length < best.length) best = lacks;
  }
  return best;
}

/** What a field held when last seen this visit, in guide words ("HTTP Post URL held “…”"); false: something else. */
export type Held = (targetKey: string) => string | false | undefined;

/** `read` holds only once the task's `field` held what it wants, and no editor is open. */
function andHeld(doc: Document, read: string | null, field: string | undefined, held?: Held): string | null {
  if (!read || !field) return read;
  // The person is editing: what the editor shows is not saved yet.
  if (queryDeep([doc], DIALOGS).some(isVisible)) return null;
  const value = held?.(field);
  return value ? `${read.slice(0, -1)}, and ${value}.` : null;
}

function labelReads(doc: Document, labels: string[], states: string[]): string | null {
  const names = normalizeAll(labels);
  const wanted = normalizeAll(states);
  const onWords = ['enabled', 'on', 'active', 'true'];
  for (const el of queryDeep([doc], 'label,th,td,dt,span,div,p,strong,b,button,a')) {
    if (el.childElementCount > 3 || !matchesAny(labelText(el), names) || !isVisible(el)) continue;
    // An open editor shows what the person is choosing, not what the console saved.
    if (el.closest(DIALOGS)) continue;
    const row = el.closest('tr,[role="row"],li') ?? el.parentElement;
    if (!row) continue;
    const stateEl = Array.from(row.querySelectorAll('*')).find((c) => c !== el && c.childElementCount === 0 && matchesAny(c.textContent, wanted));
    if (stateEl) return `“${ours(labelText(el), labels)}” reads “${ours(stateEl.textContent, states)}”.`;
    const toggle = row.querySelector('input[type="checkbox"],[role="switch"],[role="checkbox"]');
    if (toggle && isOn(toggle) && wanted.some((w) => onWords.includes(w))) {
      return `“${ours(labelText(el), labels)}” is switched on.`;
    }
  }
  return null;
}

function textAppears(doc: Document, texts: string[]): string | null {
  const wanted = normalizeAll(texts);
  const body = normalize(doc.body?.textContent ?? '');
  for (const [i, w] of wanted.entries()) {
    if (!body.includes(w)) continue;
    // Confirm a visible element says it (hidden templates and closed dialogs do not count).
    const hit = queryDeep([doc], 'body *').find(
      (e) => e.childElementCount === 0 && normalize(e.textContent ?? '').includes(w) && isVisible(e),
    );
    // Quote what the guide waits for, not the element's text (it may hold anything the page put next to it); "…"
    // where the page says more ("Connected to AC…", not "Connected to AC").
    if (hit) {
      const more = normalize(hit.textContent ?? '').length > w.length ? '…' : '';
      return `The page shows “${texts.filter((t) => normalize(t).length > 0)[i] ?? w}${more}”.`;
    }
  }
  return null;
}

const HEADINGS = 'h1,h2,h3,h4,h5,h6,[role="heading"],legend';

function headingReads(doc: Document, texts: string[]): string | null {
  const wanted = normalizeAll(texts);
  for (const h of queryDeep([doc], HEADINGS)) {
    const i = wanted.indexOf(normalize(h.textContent ?? ''));
    if (i >= 0 && isVisible(h)) return `The page shows “${texts[i]}”.`;
  }
  return null;
}

/** The success screen showing now: the evidence (guide words) and, for the page only, the quoted page words. */
export function seeSuccess(doc: Document, success: Success, held?: Held, rows?: Rows): { evidence: string; quote?: string } | null {
  const evidence = detectDone(doc, success.shows, held, rows);
  if (!evidence) return null;
  if (!success.quote) return { evidence };
  // One element's own words at a time: text from neighbouring elements never runs together into the quote. The
  // words the success screen shows come first: "Your new phone number is +1 415 555 0187", not the results list's first number.
  const pattern = new RegExp(success.quote);
  const says = success.shows.kind === 'textAppears' ? normalizeAll(success.shows.text) : [];
  const saying = (text: string): boolean => says.some((w) => normalize(text).includes(w));
  let best: { text: string; quote: string; says: boolean } | null = null;
  for (const e of queryDeep([doc], 'body *')) {
    const text = (e.textContent ?? '').replace(/\s+/g, ' ');
    const m = pattern.exec(text);
    if (!m || !isVisible(e)) continue;
    const candidate = { text, quote: (m[1] ?? m[0]).trim(), says: saying(text) };
    if (!best || (candidate.says && !best.says) || (candidate.says === best.says && text.length < best.text.length)) best = candidate;
  }
  return best ? { evidence, quote: best.quote } : { evidence };
}

/** How the page shows the task is done, as a sentence for the side panel; null while it does not. */
export function detectDone(doc: Document, done: DoneSignal, held?: Held, rows?: Rows): string | null {
  switch (done.kind) {
    case 'tableColumnHas': {
      const row = done.row ? rows?.[done.row] : undefined;
      const only = done.row && row ? { name: done.row, row } : undefined;
      return andHeld(doc, tableColumnHas(doc, done.column, done.values, only), done.field, held);
    }
    case 'labelReads':
      return andHeld(doc, labelReads(doc, done.labels, done.states), done.field, held);
    case 'textAppears':
      return textAppears(doc, done.text);
    case 'headingReads':
      return andHeld(doc, headingReads(doc, done.text), done.field, held);
  }
}
