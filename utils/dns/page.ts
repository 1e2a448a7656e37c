// Content-script side (SendGrid): read the record tables a person sees, and say on the Verify button whether DNS is ready.
// Kept free of zod and the guide data: the background validates every row before keeping it.
import { isVisible } from '../locator/visibility';
import { handle } from '../messaging/handle';
import { sendMessage } from '../messaging/protocol';
import type { TaskId } from '../guide/schema';

export interface PageRow {
  type: string;
  host: string;
  value: string;
}

const CELL = 'td,th,[role="cell"],[role="gridcell"],[role="columnheader"],[role="rowheader"]';
const COLUMNS = {
  type: /^(record )?type$/,
  host: /^(host|hostname|name)$/,
  value: /^(value|data|points to|content|target)$/,
};

/** A cell's text as shown, without its copy buttons; a read-only input's value counts as its text. */
function cellText(cell: Element): string {
  const input = cell.querySelector('input');
  if (input) return input.value.trim();
  const copy = cell.cloneNode(true) as Element;
  copy.querySelectorAll('button,[role="button"],[aria-hidden="true"]').forEach((b) => b.remove());
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

const cellsOf = (row: Element) => [...row.children].filter((c) => c.matches(CELL));

/**
 * Every visible table (HTML or ARIA) whose header row names Type, Host and Value columns, read row by row.
 * Found by the words a person reads, so a console that restyles or reorders the columns still reads right.
 */
export function readRecordTables(doc: Document): PageRow[] {
  const rows: PageRow[] = [];
  for (const table of doc.querySelectorAll('table,[role="table"],[role="grid"]')) {
    if (!isVisible(table)) continue;
    const all = [...table.querySelectorAll('tr,[role="row"]')];
    const header = all.find((r) => cellsOf(r).some((c) => COLUMNS.host.test(cellText(c).toLowerCase())));
    if (!header) continue;
    const names = cellsOf(header).map((c) => cellText(c).toLowerCase());
    const at = (k: keyof typeof COLUMNS) => names.findIndex((n) => COLUMNS[k].test(n));
    const [t, h, v] = [at('type'), at('host'), at('value')];
    if (t < 0 || h < 0 || v < 0) continue;
    for (const row of all) {
      if (row === header) continue;
      const cells = cellsOf(row).map(cellText);
      if (cells.length > Math.max(t, h, v)) rows.push({ type: cells[t]!, host: cells[h]!, value: cells[v]! });
    }
  }
  return rows;
}

/** Answers the side panel's "read the records from this page" (via the background) until the script is invalidated. */
export function answerRecordReads(ctx: { onInvalidated(cb: () => void): unknown }): void {
  ctx.onInvalidated(handle('dns.readPage', () => ({ url: location.href, rows: readRecordTables(document).slice(0, 40) })));
}

/** The part of the guidance engine's highlighted target this uses (its `ActiveTarget`). */
interface VerifyTarget {
  taskId: TaskId;
  target: { key: string };
  overlay: { setValidation(state: 'valid' | 'invalid' | null, issues: { message: string }[], okText?: string): void };
}

/** A guidance extension: on SendGrid's Verify button, the last live DNS check's verdict, if there is one. */
export function dnsVerifyNote(active: VerifyTarget): (() => void) | void {
  if (active.target.key !== 'verify' || (active.taskId !== 'sendgrid.domain' && active.taskId !== 'sendgrid.rdns')) return;
  let live = true;
  void sendMessage('dns.verifyNote', { taskId: active.taskId })
    .then((note) => {
      if (!live || !note) return;
      if (note.allRight) active.overlay.setValidation('valid', [], note.text);
      else active.overlay.setValidation('invalid', [{ message: note.text }]);
    })
    .catch(() => undefined);
  return () => {
    live = false;
  };
}
