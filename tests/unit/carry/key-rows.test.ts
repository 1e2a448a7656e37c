// The API Keys list in the page: the ring goes to the kept key's row (the background says which), and a Restricted key is named.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { taskById } from '../../../utils/guide/index';
import type { ValueName } from '../../../utils/guide/schema';
import { checkField, wantsFor } from '../../../utils/guidance/check';
import { runTaskSession, TASK_ATTR, STATE_ATTR } from '../../../utils/guidance/engine';
import type { ChooseShown } from '../../../utils/guidance/session';
import { columnCells } from '../../../utils/guidance/shown';
import { createDomWatcher } from '../../../utils/locator/watch';
import { NOT_IN_LIST, accessNote, accessOf, createKeyRows, keyRowChoice } from '../../../utils/carry/key-rows';
import { ownIndex } from '../../../utils/vault/keyid';
import type { KeyRowRequest } from '../../../utils/vault/messages';
import { fakeLayout } from '../locator/geometry';
import { mountTestOverlay, noPicks } from '../guidance/overlay-host';

const task = taskById('sendgrid.apikey');
const apiKeyId = task.targets.find((t) => t.key === 'apiKeyId')!;
const ID_OLD = 'qfTQ6KG0QBiwWdJ0-pCLCA';
const ID_RESTRICTED = 'Rr3x8vN1RkT0pLmWc7YbAa';
const ID_FULL = 'Ff9y2kQ4TmA1oPnXd6ZcBb';
const KEY_FULL = `SG.${ID_FULL}.TwL2iGABf9DHoTf-09kqeF8tAmbihYzrnopKc-1s5cr`;
const KEY_RESTRICTED = `SG.${ID_RESTRICTED}.TwL2iGABf9DHoTf-09kqeF8tAmbihYzrnopKc-1s5cr`;

/** SendGrid's list: Name | API Key ID | Action, the access shown in the row, the newest keys last. */
const list = (rows: Array<[string, string, string]>) => `<h1>API Keys</h1><table><thead><tr><th>Name</th><th>API Key ID</th><th>Action</th></tr></thead>
  <tbody>${rows.map(([name, id, access]) => `<tr><td>${name}</td><td><code id="${id}">${id}</code></td><td>${access}</td></tr>`).join('')}</tbody></table>`;
const ACCOUNT: Array<[string, string, string]> = [
  ['Mail Send', ID_OLD, 'Full Access'],
  ['twilio_engage_app_acme_r', ID_RESTRICTED, 'Restricted Access'],
  ['twilio_engage_app_acme', ID_FULL, 'Full Access'],
];
const cells = () => columnCells(document, apiKeyId);
const el = (id: string) => document.getElementById(id);

let controller: AbortController;
beforeEach(() => {
  fakeLayout();
  controller = new AbortController();
  document.body.innerHTML = list(ACCOUNT);
});
afterEach(() => controller.abort());

describe('choosing the kept key’s row', () => {
  it('reads every ID of the column, in row order', () => {
    expect(cells().map((c) => c.element.id)).toEqual([ID_OLD, ID_RESTRICTED, ID_FULL]);
  });

  it('reads the access each row shows', () => {
    expect(cells().map((c) => accessOf(c.element))).toEqual(['full', 'restricted', 'full']);
    document.body.innerHTML = list([['b', ID_OLD, 'Billing Access'], ['n', ID_FULL, '']]);
    expect(cells().map((c) => accessOf(c.element))).toEqual(['billing', null]);
  });

  it('rings the kept key’s row, not the first; names a Restricted one; says when no row is the kept key', () => {
    expect(keyRowChoice(cells(), { kept: true, index: 2 })).toMatchObject({ found: { element: el(ID_FULL) }, notes: [] });
    expect(keyRowChoice(cells(), { kept: true, index: 1 }).notes).toEqual([accessNote('restricted', true)]);
    expect(accessNote('restricted', true)).toBe('This key has **Restricted Access**: Segment needs a **Full Access** key. Create another API key, choose **Full Access**, then keep that key and its API Key ID.');
    expect(keyRowChoice(cells(), { kept: true, index: -1 })).toMatchObject({ found: { element: el(ID_OLD) }, notes: [NOT_IN_LIST] });
    // No key kept ("I saved it elsewhere") or not answered yet: the first row, as before; the guide's words say which to choose.
    expect(keyRowChoice(cells(), { kept: false, index: -1 })).toMatchObject({ found: { element: el(ID_OLD) }, notes: [] });
    expect(keyRowChoice(cells(), undefined).found?.element).toBe(el(ID_OLD));
    document.body.innerHTML = list([['b', ID_OLD, 'Billing Access']]);
    // Not known to be the person's key: said as a question of which key this row is.
    expect(keyRowChoice(cells(), { kept: false, index: -1 }).notes).toEqual([accessNote('billing', false)]);
    expect(accessNote('billing', false)).toMatch(/^This row’s key has \*\*Billing Access\*\*: .* If this is the key you just created, create another API key, .*; if not, keep the ID in your key’s row\.$/);
  });

  it('asks the background once per list, with the page’s own IDs, and answers from its reply', async () => {
    const asked: KeyRowRequest[] = [];
    let again = 0;
    const choose = createKeyRows(async (req) => (asked.push(req), { ok: true, kept: true, index: 2 }));
    expect(choose(task.id, apiKeyId, cells(), () => again++)?.found?.element).toBe(el(ID_OLD));
    expect(choose(task.id, apiKeyId, cells(), () => again++)?.found?.element).toBe(el(ID_OLD));
    await Promise.resolve();
    await Promise.resolve();
    expect(asked).toEqual([{ taskId: 'sendgrid.apikey', targetKey: 'apiKeyId', ids: [ID_OLD, ID_RESTRICTED, ID_FULL] }]);
    expect(again).toBe(1);
    expect(choose(task.id, apiKeyId, cells(), () => again++)?.found?.element).toBe(el(ID_FULL));
    // Another target, or no cells: no say.
    expect(choose(task.id, task.targets.find((t) => t.key === 'name')!, cells(), () => {})).toBeNull();
    expect(choose(task.id, apiKeyId, [], () => {})).toBeNull();
  });

  it('a refused or lost answer guides the list as if no key were kept', async () => {
    const choose = createKeyRows(async () => ({ ok: false, message: 'Refused: another onboarding' }));
    choose(task.id, apiKeyId, cells(), () => {});
    await new Promise((r) => setTimeout(r, 0));
    expect(choose(task.id, apiKeyId, cells(), () => {})).toMatchObject({ found: { element: el(ID_OLD) }, notes: [] });
  });
});

/** The guidance session on the list, with a chooser that answers as the background would for `key`. */
function guide(key: string | undefined, kept: ValueName[] = ['sendgrid.apiKey']) {
  const { overlay, container } = mountTestOverlay(controller.signal);
  const chooseShown: ChooseShown = createKeyRows(async ({ ids }) => ({ ok: true, kept: !!key, index: key ? ownIndex(ids, key) : -1 }));
  const session = runTaskSession({
    doc: document, signal: controller.signal, tasks: [{ task, wants: wantsFor(task, 'us'), watchDone: true }], open: [{ id: task.id, title: task.title }],
    check: async (_id, k, value, length) => checkField(task.targets.find((t) => t.key === k)!, value, length, 'us'),
    overlay, watcher: createDomWatcher(document, controller.signal), picks: noPicks, isTop: true, extensions: [], chooseShown,
    report: async () => ({ anyFound: false }), onDone: () => {}, onMarkDone: () => {}, kept: new Set(kept),
    memory: { succeeded: new Map(), savedElsewhere: new Set(), held: new Map(), ticked: new Map(), lacks: new Map() },
    setTimeout: (fn, ms) => window.setTimeout(fn, ms), now: () => performance.now(),
  });
  session.evaluate();
  return container;
}
const shown = (root: HTMLElement) => Array.from(root.querySelectorAll('.callout')).filter((e) => !(e as HTMLElement).hidden).map((e) => e.textContent).join(' ');
const settle = () => new Promise((r) => setTimeout(r, 60));

describe('the guidance on the API Keys list', () => {
  afterEach(() => document.querySelectorAll('engage-copilot-overlay').forEach((e) => e.remove()));

  it('rings the kept Full Access key’s ID (the last row) and says it looks right', async () => {
    const root = guide(KEY_FULL);
    await settle();
    expect(el(ID_FULL)?.getAttribute(TASK_ATTR)).toBe('sendgrid.apikey');
    expect(el(ID_OLD)?.hasAttribute(TASK_ATTR)).toBe(false);
    expect(el(ID_FULL)?.getAttribute(STATE_ATTR)).toBe('valid');
    expect(shown(root)).toContain('Looks right.');
    expect(shown(root)).toContain('the key you just created');
  });

  it('on the kept Restricted key’s row: says it is Restricted and what to do, never “Looks right.”', async () => {
    const root = guide(KEY_RESTRICTED);
    await settle();
    expect(el(ID_RESTRICTED)?.getAttribute(TASK_ATTR)).toBe('sendgrid.apikey');
    expect(el(ID_RESTRICTED)?.getAttribute(STATE_ATTR)).toBe('invalid');
    expect(shown(root)).toContain('Restricted Access');
    expect(shown(root)).toContain('Create another API key');
    expect(shown(root)).not.toContain('Looks right.');
  });

  it('a kept key no row shows: the first row is ringed red with the reason, never passed', async () => {
    const root = guide(`SG.${'z'.repeat(22)}.TwL2iGABf9DHoTf-09kqeF8tAmbihYzrnopKc-1s5cr`);
    await settle();
    expect(el(ID_OLD)?.getAttribute(STATE_ATTR)).toBe('invalid');
    expect(shown(root)).toContain('None of these rows is the SendGrid API key you kept');
  });

  it('no key kept (“I saved it elsewhere”): the first row as before, the words say which row to choose', async () => {
    const root = guide(undefined, []);
    await settle();
    expect(el(ID_OLD)?.getAttribute(TASK_ATTR)).toBe('sendgrid.apikey');
    expect(shown(root)).toContain('in the row of the key you just created');
  });
});
