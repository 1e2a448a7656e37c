// This onboarding's row of a list (the Engage subuser's IP, the number bought): how a row shows it, and what to say.
// Content-script safe (no zod): the background checks what it stores in rows-store.ts.
import type { ParsedTarget, RowName } from '../guide/schema';
import { searchRoots, type Found } from '../locator/find';
import { DIALOGS } from '../locator/layers';
import { queryDeep } from '../locator/roots';
import { labelText } from '../locator/text';
import type { GuidedTask } from './wire';

/** A remembered row: its value, and whose it is (the subuser's name), when known. */
export interface Row {
  value: string;
  for?: string;
}
export type Rows = Partial<Record<RowName, Row>>;
/** What a task's end asks the background to keep: a row's value, or none (forget it: several were ticked). */
export interface Remembered {
  name: RowName;
  value?: string;
  for?: string;
}

/** How each kind of value reads on a page, and the same form compared on both sides (a number by its digits). */
export const ROW_KINDS: Record<RowName, { find: RegExp; same: (s: string) => string }> = {
  engageIp: { find: /(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?!\.?\d)/g, same: (s) => s },
  engageNumber: { find: /\+\d[\d ()-]{5,20}\d/g, same: (s) => s.replace(/\D/g, '') },
};

/** The distinct values of this kind a text shows. */
export function valuesIn(text: string | null | undefined, name: RowName): string[] {
  const k = ROW_KINDS[name];
  return [...new Set(Array.from((text ?? '').matchAll(k.find), (m) => k.same(m[0])))];
}

const ownName = (el: Element): string => {
  const labels = el instanceof HTMLInputElement ? Array.from(el.labels ?? [], (l) => labelText(l)) : [];
  return [el.getAttribute('aria-label') ?? '', ...labels, labelText(el)].join(' ');
};

/**
 * The value of the row a control sits in: its own name ("Edit 149.72.134.21", a checkbox labelled by the number), else
 * the nearest enclosing element whose text shows exactly one value of the kind. Whatever holds several is the list.
 */
export function rowValueOf(el: Element, name: RowName): string | null {
  const own = valuesIn(ownName(el), name);
  if (own.length === 1) return own[0]!;
  let box: Element | null = el.parentElement;
  for (let depth = 0; box && depth < 8; box = box.parentElement, depth++) {
    const vs = valuesIn(box.textContent, name);
    if (vs.length === 1) return vs[0]!;
    if (vs.length > 1) return null;
  }
  return null;
}

/** Of the controls found, the one in the remembered row; without a remembered row (or none shows it), the first. */
export function chooseRow(found: readonly Found[], name: RowName, row: Row | undefined): Found | null {
  if (!row) return found[0] ?? null;
  const want = ROW_KINDS[name].same(row.value);
  return found.find((f) => rowValueOf(f.element, name) === want) ?? found[0] ?? null;
}

/** "the subuser twilio_engage_app_acme uses 149.72.134.21" / "you bought +1 415 555 0187 for this onboarding". */
export function whose(name: RowName, row: Row): string {
  if (name === 'engageNumber') return `you bought ${row.value} for this onboarding`;
  return `the ${row.for ? `subuser ${row.for}` : 'Engage subuser'} uses ${row.value}`;
}

/** The callout's words on the right row, after the guide's instruction. */
export function rowLine(name: RowName, row: Row): string {
  if (name === 'engageNumber') return `Yours is **${row.value}**.`;
  return `Yours is **${row.value}**${row.for ? `: the subuser ${row.for} uses it` : ''}.`;
}

/** A page value shown as the remembered one is, for the notes ("+14155550142" back as the page wrote it). */
const shown = (text: string, name: RowName, same: string): string =>
  Array.from(text.matchAll(ROW_KINDS[name].find), (m) => m[0]).find((v) => ROW_KINDS[name].same(v) === same) ?? same;

/**
 * What is wrong with the row the ring is on, or the rows ticked beside it: "This is 149.72.134.22; the subuser … uses
 * 149.72.134.21." `ticked`: the other controls of the list that are on (checkboxes), for "You ticked …".
 */
export function rowNotes(found: Found, others: readonly Found[], name: RowName, row: Row, isOn: (el: Element) => boolean): string[] {
  const want = ROW_KINDS[name].same(row.value);
  const mine = rowValueOf(found.element, name);
  const notes: string[] = [];
  if (mine && mine !== want) notes.push(`This is ${shown(ownName(found.element), name, mine)}; ${whose(name, row)}.`);
  for (const o of others) {
    const v = o.element !== found.element && isOn(o.element) ? rowValueOf(o.element, name) : null;
    if (v && v !== want) notes.push(`You ticked ${shown(ownName(o.element), name, v)}; ${whose(name, row)}: untick it and tick ${row.value}.`);
  }
  return notes;
}


/**
 * A later control of the task in an editor opened for one other row ("IP address: 149.72.134.22"): the note that
 * says so. An editor that shows several values (a list to pick from) or the remembered one is fine.
 */
export function editorNote(el: Element, name: RowName, row: Row): string | null {
  const editor = el.closest(DIALOGS);
  const vs = editor ? valuesIn(editor.textContent, name) : [];
  if (vs.length !== 1 || vs[0] === ROW_KINDS[name].same(row.value)) return null;
  return `This is ${shown(editor!.textContent ?? '', name, vs[0]!)}; ${whose(name, row)}. Cancel, then open ${row.value}.`;
}

/** A page's task with this onboarding's rows: the ones its targets and success name, and the callout naming each. */
export function withRows(g: GuidedTask, rows: Rows): GuidedTask {
  const names = new Set<RowName>();
  const { task } = g;
  if (task.success?.shows.kind === 'tableColumnHas' && task.success.shows.row) names.add(task.success.shows.row);
  const targets = task.targets.map((t) => {
    if (t.row) names.add(t.row);
    const row = t.row ? rows[t.row] : undefined;
    return row && t.row ? { ...t, instruction: `${t.instruction} ${rowLine(t.row, row)}` } : t;
  });
  const mine: Rows = {};
  for (const n of names) if (rows[n]) mine[n] = rows[n];
  return { ...g, task: { ...task, targets }, ...(Object.keys(mine).length ? { rows: mine } : {}) };
}

/** The notes for a control of a task with a row: on the row control itself, and in an editor its button opened. */
export function notesFor(g: GuidedTask, target: ParsedTarget, found: Found, list: readonly Found[] | null, isOn: (el: Element) => boolean): string[] {
  const rowTarget = g.task.targets.find((t) => t.row);
  const name = rowTarget?.row;
  const row = name ? g.rows?.[name] : undefined;
  if (!rowTarget || !name || !row) return [];
  if (target === rowTarget || target.key === rowTarget.key) return rowNotes(found, list ?? [], name, row, isOn);
  // Only a row's button opens an editor for that one row; a list of checkboxes is picked from in place.
  const after = g.task.targets.indexOf(rowTarget) < g.task.targets.findIndex((t) => t.key === target.key);
  const note = rowTarget.kind === 'button' && after ? editorNote(found.element, name, row) : null;
  return note ? [note] : [];
}

/** The rows ticked in a `remembers` target's scope now; null while its scope (the dialog) is not on the page. */
export function tickedRows(doc: Document, t: ParsedTarget, isOn: (el: Element) => boolean): string[] | null {
  const where = t.remembers ? searchRoots(doc, t) : null;
  if (!where || !t.remembers) return null;
  const name = t.remembers;
  const boxes = queryDeep(where.roots, 'input[type="checkbox"],[role="checkbox"]').filter(isOn);
  return [...new Set(boxes.map((b) => rowValueOf(b, name)).filter((v): v is string => !!v))];
}

/** What the task's end chose: the number its success screen quoted, or the one row ticked on the way (none: forget). */
export function rememberedAt(g: GuidedTask, quote: string | undefined, ticked: ReadonlyMap<string, string[]>): Remembered | undefined {
  const { task } = g;
  if (task.success?.remembers) return quote ? { name: task.success.remembers, value: quote } : undefined;
  const t = task.targets.find((x) => x.remembers);
  const seen = t?.remembers ? ticked.get(`${task.id} ${t.key}`) : undefined;
  if (!t?.remembers || !seen) return undefined;
  return seen.length === 1 ? { name: t.remembers, value: seen[0]!, ...(quote ? { for: quote } : {}) } : { name: t.remembers };
}
