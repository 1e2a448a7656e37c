// The soak's journey on the sandbox, step by step, and the audit that compares what the extension shows with what
// the person did. Everything acts through the UI (panels, consoles, overlay buttons) as the other e2e tests do.
import type { Page } from 'playwright-core';
import { allTasks } from '../../utils/guide/index.ts';
import type { TaskId } from '../../utils/guide/schema.ts';
import { captureAccountSid, captureTwilioKey, clickOverlay, openSmsForm, vaultValues } from './carry-helpers.ts';
import { calloutText, highlighted, taskState, typeInto, until } from './guidance-helpers.ts';
import { openPanel, type ExtensionBrowser, type SidePanel } from './harness/index.ts';
import { FAKE } from '../fake-apis/credentials.ts';
import { CHECKABLE, Verify } from './verify-helpers.ts';

const IR = 'https://app.segment.com/acme/unify/spaces/default/settings/identity-resolution';
const SMS = 'https://app.segment.com/acme/engage/spaces/default/settings/channels/twilio';

/** What the person has done so far, i.e. what must still be there. */
export interface Expected {
  done: Set<TaskId>;
  /** Page detections the person undid this browser session (the page must not mark them again). */
  undone: Set<TaskId>;
  /** Verify's verdict per task after the last run this session; null before a run. */
  verdicts: Record<string, string> | null;
  /** Kept values (name → value) this browser session. */
  kept: Record<string, string>;
}

export interface Session {
  browser: ExtensionBrowser;
  /** Two side-panel tabs, both open the whole time: A is reloaded to read, B only ever updates live. */
  panels: [SidePanel, SidePanel];
  expected: Expected;
}

export const freshExpectation = (done: Set<TaskId> = new Set()): Expected => ({ done, undone: new Set(), verdicts: null, kept: {} });

export async function openPanels(browser: ExtensionBrowser): Promise<[SidePanel, SidePanel]> {
  return [await openPanel(browser), await openPanel(browser)];
}

export interface Step {
  name: string;
  run(s: Session): Promise<void>;
}

async function undo(panel: SidePanel, id: TaskId): Promise<void> {
  const card = await panel.openTask(id);
  await card.getByRole('button', { name: 'Undo', exact: true }).click();
  await panel.row(id, 'to do').waitFor();
}

/**
 * "Undo: it is not done" of the panel's page-status section, sent as that button sends it (the section follows the
 * active console tab, which a panel opened as a tab cannot be beside).
 */
async function undoDetection(panel: SidePanel, taskId: TaskId): Promise<void> {
  const reply = await panel.page.evaluate(async (data) => {
    const rt = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome.runtime;
    return rt.sendMessage({ id: Math.floor(Math.random() * 1e6), type: 'guidance.undoDone', data, timestamp: Date.now() });
  }, { taskId });
  if (JSON.stringify(reply).includes('refused')) throw new Error(`Undo of the page's detection was refused: ${JSON.stringify(reply)}`);
  await panel.row(taskId, 'to do').waitFor();
}

/**
 * Guidance on Segment's Identity Resolution (reset to a fresh table) until the page itself marks the task done;
 * returns that console page, still open.
 */
export async function detectIdentifiers(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.openConsole(`${IR}?reset=1`);
  await until(() => highlighted(page), { timeout: 15_000 }).toMatchObject({ task: 'segment.identifiers' }).catch(async (error: Error) => {
    const state = JSON.stringify(await taskState(browser, 'segment.identifiers'));
    throw new Error(`${error.message}; the overlay reads "${await calloutText(page)}"; the task's state: ${state}`);
  });
  await page.getByRole('button', { name: /Add Identifier/i }).click();
  await page.getByRole('menuitem', { name: /Custom Identifiers/i }).click();
  await until(async () => (await highlighted(page))?.name).toMatch(/Trait \/ Property key/i);
  await typeInto(page, '[data-engage-copilot-task]', 'phone');
  await page.getByRole('button', { name: /Add new identifier/i }).click();
  await until(() => taskState(browser, 'segment.identifiers'), { timeout: 15_000 }).toMatchObject({ status: 'done', source: 'page' });
  return page;
}

/** Guidance on Segment's Identity Resolution until the page itself marks the task done, then undo in a panel. */
const detectAndUndo: Step = {
  name: 'guidance: identifiers detected by the page, then undone',
  async run(s) {
    // A page that forgot an earlier undo may have marked it done again (the audit reports that): start from to do.
    if ((await s.panels[0].statusOf('segment.identifiers')) === 'done') await undo(s.panels[0], 'segment.identifiers');
    const page = await detectIdentifiers(s.browser);
    await page.close();
    await undoDetection(s.panels[0], 'segment.identifiers');
    s.expected.done.delete('segment.identifiers');
    s.expected.undone.add('segment.identifiers');
  },
};

const markByHand = (ids: TaskId[]): Step => ({
  name: `progress: ${ids.join(', ')} marked done by hand`,
  async run(s) {
    for (const id of ids) {
      if ((await s.panels[1].statusOf(id)) !== 'done') await s.panels[1].markDone(id);
      s.expected.done.add(id);
    }
  },
});

const capture: Step = {
  name: 'capture: Twilio Account SID, API Key SID and secret kept from their copy buttons',
  async run(s) {
    const key = await captureTwilioKey(s.browser);
    const sid = await captureAccountSid(s.browser);
    Object.assign(s.expected.kept, { 'twilio.apiKeySid': key.sid, 'twilio.apiKeySecret': key.secret, 'twilio.accountSid': sid });
    // The "Copy secret key" screen is also the page's proof that the key exists: the task it marks done stays done.
    for (const id of ['twilio.account', 'twilio.apikey'] as const) if ((await taskState(s.browser, id))?.status === 'done') s.expected.done.add(id);
  },
};

const fill: Step = {
  name: 'fill: the Account SID into Segment’s SMS form',
  async run(s) {
    const page = await openSmsForm(s.browser, SMS);
    await clickOverlay(page, 'Fill Twilio Account SID');
    await until(() => page.getByLabel('Account SID').inputValue(), { timeout: 10_000 }).toBe(s.expected.kept['twilio.accountSid']);
    await page.close();
  },
};

const verify: Step = {
  name: 'verify: keys kept, Verify all against the fake APIs',
  async run(s) {
    const v = new Verify(s.panels[0].page);
    await v.section.waitFor();
    // The form asks only for keys the session does not hold yet (captured Twilio values count).
    const keys: [string, string][] = [
      ['SendGrid subuser API key', FAKE.subuserKey], ['Parent API key', FAKE.parentKey], ['Twilio Account SID', FAKE.accountSid],
      ['Twilio API Key SID', FAKE.apiKeySid], ['Twilio API Key secret', FAKE.apiKeySecret],
    ];
    let asked = 0;
    for (const [label, value] of keys) {
      const field = v.section.getByLabel(label, { exact: true });
      if ((await field.count()) === 0) continue;
      await field.fill(value);
      asked++;
    }
    if (asked > 0) {
      const keep = v.section.getByLabel('Keep the parent key for this session');
      if ((await keep.count()) > 0) await keep.check();
      await v.section.getByRole('button', { name: 'Keep these keys' }).click();
      await v.status.getByText('Kept for this browser session.').waitFor();
    }
    await v.verify(undefined, 60_000);
    s.expected.verdicts = await v.verdicts();
    // Verify ticks what it proved; those ticks are the person's progress from now on.
    for (const id of CHECKABLE) if ((await s.panels[0].statusOf(id)) === 'done') s.expected.done.add(id);
  },
};

export const JOURNEY: Step[] = [detectAndUndo, markByHand(['sendgrid.account', 'sendgrid.plan']), capture, fill, verify];

/** One lost thing: what, where, what was expected and what was seen. */
export interface Loss {
  what: 'progress' | 'undone detection' | 'Verify result' | 'kept value';
  detail: string;
}

async function statuses(panel: SidePanel): Promise<Map<TaskId, string>> {
  const out = new Map<TaskId, string>();
  for (const t of allTasks()) out.set(t.id, await panel.statusOf(t.id));
  return out;
}

/**
 * Compares what the extension shows with `expected`: both panels' checklists, a console page that would
 * re-detect an undone task, the Verify rows after a reload, the kept values. Returns every difference.
 */
export async function audit(s: Session, opts: { afterRestart: boolean }): Promise<Loss[]> {
  const losses: Loss[] = [];
  const [a, b] = s.panels;
  await a.reload();
  for (const [label, panel] of [['panel A (reloaded)', a], ['panel B (live)', b]] as const) {
    await until(async () => { const m = await statuses(panel); return [...s.expected.done].every((id) => m.get(id) === 'done'); }, { timeout: 5_000 })
      .toBe(true).catch(() => undefined);
    for (const [id, status] of await statuses(panel)) {
      const want = s.expected.done.has(id) ? 'done' : 'to do';
      if ((status === 'done') !== (want === 'done')) losses.push({ what: 'progress', detail: `${label}: ${id} reads ${status}, want ${want}` });
    }
  }
  if (!opts.afterRestart && s.expected.undone.size > 0) {
    // The identifiers table still lists phone: a page that forgot the undo would mark the task done again.
    const page: Page = await s.browser.openConsole(IR);
    await page.waitForTimeout(3_000);
    for (const id of s.expected.undone) {
      const state = await taskState(s.browser, id);
      if (state?.status === 'done') losses.push({ what: 'undone detection', detail: `${id} was marked done again by the page (${state.source})` });
    }
    await page.close();
  }
  if (s.expected.verdicts) {
    const v = new Verify(a.page);
    await v.section.waitFor();
    const seen = await v.verdicts();
    for (const [id, want] of Object.entries(s.expected.verdicts)) {
      if (seen[id] !== want) losses.push({ what: 'Verify result', detail: `${id} reads "${seen[id]}", want "${want}"` });
    }
  }
  const kept = await vaultValues(s.browser);
  if (opts.afterRestart) {
    for (const name of Object.keys(kept)) losses.push({ what: 'kept value', detail: `${name} outlived the browser restart` });
  } else {
    for (const [name, value] of Object.entries(s.expected.kept)) {
      if (kept[name] !== value) losses.push({ what: 'kept value', detail: `${name} ${kept[name] === undefined ? 'is gone' : 'changed'}` });
    }
  }
  return losses;
}
