// Which row of SendGrid's API Keys list is the kept key's, and what its row says about the key's access.
// The kept key stays in the background: this frame sends the IDs the page itself lists and gets back an index.
import type { ParsedTarget, TaskId } from '../guide/schema';
import type { Found } from '../locator/find';
import type { KeyRowReply, KeyRowRequest } from '../vault/messages';
import { sendMessage } from '../messaging/protocol';
import { ancestorOrigins } from './index';
import type { ChooseShown, ShownChoice } from '../guidance/session';

/** What the background said about one list: a key is kept, and which row (-1: none) shows its ID. */
export interface KeyRowAnswer {
  kept: boolean;
  index: number;
}

export const NOT_IN_LIST =
  'None of these rows is the SendGrid API key you kept: its API Key ID is not in this list. ' +
  'Find the key you kept in the list, or create a new key, keep it, then keep its API Key ID.';
/** A kept key (`mine`) or a ringed row that may be someone else's key: what its access means for Segment. */
export function accessNote(access: 'restricted' | 'billing', mine: boolean): string {
  const has = `${mine ? 'This key has' : 'This row’s key has'} **${access === 'restricted' ? 'Restricted Access' : 'Billing Access'}**`;
  const fix = 'create another API key, choose **Full Access**, then keep that key and its API Key ID';
  return mine
    ? `${has}: Segment needs a **Full Access** key. ${fix[0]!.toUpperCase()}${fix.slice(1)}.`
    : `${has}: Segment needs a **Full Access** key. If this is the key you just created, ${fix}; if not, keep the ID in your key’s row.`;
}

/** The access a list row shows for its key (SendGrid's own words), when it shows one. */
export function accessOf(cell: Element): 'full' | 'restricted' | 'billing' | null {
  // Cell by cell: a row's text runs its cells together ("…YbAaRestricted Access"), with no word boundary between them.
  const row = cell.closest('tr,[role="row"]');
  const text = Array.from(row?.children ?? [], (c) => c.textContent ?? '').join(' | ').replace(/\s+/g, ' ');
  if (/\bFull Access\b/i.test(text)) return 'full';
  if (/\bRestricted Access\b/i.test(text)) return 'restricted';
  if (/\bBilling Access\b/i.test(text)) return 'billing';
  return null;
}

const accessNotes = (f: Found, mine: boolean): string[] => {
  const access = accessOf(f.element);
  return access === 'restricted' || access === 'billing' ? [accessNote(access, mine)] : [];
};

/** Ring the kept key's row; without a kept key (or while asking), the first row, as the guide's words say which to choose. */
export function keyRowChoice(cells: readonly Found[], answer: KeyRowAnswer | undefined): ShownChoice {
  const first = cells[0] ?? null;
  if (!answer?.kept) return { found: first, notes: first ? accessNotes(first, false) : [] };
  const own = cells[answer.index];
  if (!own) return { found: first, notes: [NOT_IN_LIST] };
  return { found: own, notes: accessNotes(own, true) };
}

/** The ID a cell shows. */
const idOf = (f: Found): string => (f.element.textContent ?? '').trim().slice(0, 64);

/**
 * The chooser the guidance session uses for a list of API Key IDs: asks the background once per list it sees (the
 * answer comes back later; `again` looks at the page again then), and answers from what it was told.
 */
export function createKeyRows(ask: (req: KeyRowRequest) => Promise<KeyRowReply | undefined>, ancestors?: () => string[] | undefined): ChooseShown {
  const answers = new Map<string, KeyRowAnswer | 'asking'>();
  return (taskId: TaskId, target: ParsedTarget, cells: readonly Found[], again: () => void) => {
    if (target.captures !== 'sendgrid.apiKeyId' || !cells.length) return null;
    const ids = cells.slice(0, 100).map(idOf);
    const key = `${taskId} ${target.key} ${ids.join(' ')}`;
    const known = answers.get(key);
    if (known === undefined) {
      answers.set(key, 'asking');
      const origins = ancestors?.();
      void ask({ taskId, targetKey: target.key, ids, ...(origins ? { ancestorOrigins: origins } : {}) }).then((reply) => {
        // Refused (another onboarding's page) or lost: the list is guided as if no key were kept.
        answers.set(key, reply?.ok ? { kept: reply.kept, index: reply.index } : { kept: false, index: -1 });
        again();
      });
    }
    return keyRowChoice(cells, known === 'asking' ? undefined : known);
  };
}

/** SendGrid's chooser: asks the background (`vault.keyRow`); a lost extension answers as if no key were kept. */
export const keptKeyRows = (): ChooseShown =>
  createKeyRows((req) => sendMessage('vault.keyRow', req).catch(() => undefined), () => ancestorOrigins(document));
