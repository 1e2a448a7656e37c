// Guidance in the background: which task a page guides, the per-tab page status, and page-detected completion.
import { z } from 'zod';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { allTasks, taskById, tasksForUrl } from '../guide/index';
import type { TaskId } from '../guide/schema';
import { handle, refusalOf } from '../messaging/handle';
import { refused, sendMessage } from '../messaging/protocol';
import type { Sender } from '../messaging/senders';
import { activeOnboarding, statusOf } from '../progress/model';
import { PROGRESS_KEY, readProgress, runProgress } from '../progress/store';
import { TaskIdSchema } from '../guide/schema';
import { checkField, guideFor, type Known } from './check';
import { readCaptures } from '../dns/store';
import {
  CheckRequestSchema, FrameReportSchema, PageDoneRequestSchema, PageTaskRequestSchema, type PageTaskReply, type Verdict,
} from './wire';
import { noteQuietly } from './quiet';
import { pageStatusItem, readPageStatus, type PageStatus } from './status';
import { bindTab, markUndone, readPageScope, scopeOf, unbindTab, wasUndone } from '../progress/pageScope';
import { readVault } from '../vault/store';
import { ValueNameSchema, type ValueName } from '../guide/schema';
import { createSerial } from '../serial';
import { readRows, rememberRow, RememberSchema } from './rows-store';
import { withRows } from './rows';


/** The tab of a content script (SENDERS lets only content scripts in a tab send the page's messages). */
const tabOf = (sender: Sender): number => sender.tab!.id!;
const sameOrigin = (a: string | undefined, b: string): boolean => {
  try {
    return !!a && new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
};

/** Every page-status write goes through one chain, so concurrent frame reports never lose each other. */
const serial = createSerial();
function updateStatus(change: (s: PageStatus) => void): Promise<PageStatus> {
  return serial(async () => {
    const s = await readPageStatus();
    const before = JSON.stringify(s);
    change(s);
    // Most tab loads and closes are not console tabs and change nothing: no write, so no listener wakes for them.
    if (JSON.stringify(s) !== before) await pageStatusItem.setValue(s);
    return s;
  });
}

/**
 * The open tasks this URL's page belongs to (guide order, whatever the checklist order), for the page to pick from.
 * A page that counts for another onboarding (its Segment workspace, or the onboarding its tab was opened under) guides nothing.
 */
export async function pageTaskFor(url: string, tabId?: number): Promise<PageTaskReply> {
  const progress = await readProgress();
  const active = activeOnboarding(progress);
  const bound = tabId === undefined ? undefined : await bindTab(tabId, active.id);
  const scope = scopeOf(url, progress, bound);
  const undone = (await readPageScope()).undone;
  const isOpen = (id: TaskId): boolean => statusOf(active, id) === 'todo';
  const rows = await readRows(active.id);
  const here = tasksForUrl(url).filter((t) => isOpen(t.id) && (t.targets.length > 0 || t.done || t.success));
  const shown = scope.counts ? here : [];
  const known = shown.some((t) => t.targets.some((x) => x.sameAs)) ? await knownFor(active.id) : {};
  const tasks = shown
    .map((task) => withRows({ ...guideFor(task, active.region, active, known), watchDone: !undone.includes(`${active.id} ${task.id}`) }, rows));
  const open = allTasks().filter((t) => isOpen(t.id))
    .map((t) => ({ id: t.id, title: t.title, ...(t.finishesAfter.length ? { finishesAfter: t.finishesAfter } : {}) }));
  return {
    tasks, open, region: active.region, onboardingId: active.id,
    kept: tasks.some((t) => t.task.success?.keep.length) ? await keptNames() : [],
    ...(!scope.counts && here.length ? { outOfScope: scope.why } : {}),
  };
}

/** What the onboarding set up earlier that a later field should repeat: the domain whose DNS records it holds. */
async function knownFor(onboardingId: string): Promise<Known> {
  const zone = (await readCaptures().catch(() => ({} as Record<string, { zone: string }>)))[onboardingId]?.zone;
  return zone ? { authenticatedDomain: zone } : {};
}

/** Names (never values) of what the vault holds. */
async function keptNames(): Promise<ValueName[]> {
  const vault = await readVault().catch(() => null);
  return Object.keys(vault?.entries ?? {}).flatMap((k) => {
    const n = ValueNameSchema.safeParse(k);
    return n.success ? [n.data] : [];
  });
}

async function refreshTab(tabId: number, exceptFrame?: number): Promise<void> {
  const frames = Object.keys((await readPageStatus())[String(tabId)]?.frames ?? {}).map(Number);
  await Promise.all(
    frames.filter((f) => f !== exceptFrame)
      .map((frameId) => sendMessage('guidance.refresh', undefined, { tabId, frameId }).catch(() => undefined)),
  );
}

const UndoDoneSchema = z.object({ taskId: TaskIdSchema });

export function registerGuidance(): void {
  // A page's content script (SENDERS) asks about its own page; the side panel undoes a page-detected step.
  handle('guidance.pageTask', ({ data, sender }) => {
    // A frame asks only about its own page: the URL must be on the sender's origin.
    if (!sameOrigin(sender.url, data.url)) return refusalOf('guidance.pageTask', '');
    return pageTaskFor(data.url, tabOf(sender));
  }, PageTaskRequestSchema);

  handle('guidance.check', async ({ data }): Promise<Verdict> => {
    const taskId = TaskIdSchema.safeParse(data.taskId);
    const target = taskId.success ? taskById(taskId.data).targets.find((t) => t.key === data.targetKey) : undefined;
    if (!target) return { state: null, issues: [], satisfied: false };
    const active = activeOnboarding(await readProgress());
    return checkField(target, data.value, data.length, active.region, target.sameAs ? await knownFor(active.id) : {});
  }, CheckRequestSchema);

  handle('guidance.report', async ({ data, sender }) => {
    const tabId = tabOf(sender);
    const frameId = sender.frameId ?? 0;
    const s = await updateStatus((all) => {
      const tab = (all[String(tabId)] ??= { frames: {} });
      tab.frames[String(frameId)] = { ...data, at: Date.now() };
    });
    const others = Object.entries(s[String(tabId)]?.frames ?? {}).filter(([f]) => Number(f) !== frameId);
    // Another frame of this tab highlights a field (of any task: the shell may guide one task while its framed
    // wizard guides the next), so this frame need not say "couldn't find it" over the page.
    const anyFound = others.some(([, f]) => f.found && !!f.taskId);
    // A frame found the field: frames still saying "couldn't find it" look again (and fall quiet).
    if (data.found && others.some(([, f]) => !f.found && !!f.taskId)) {
      refreshTab(tabId, frameId).catch(noteQuietly('asking the other frames to look again'));
    }
    return { anyFound };
  }, FrameReportSchema);

  handle('guidance.pageDone', async ({ data, sender }) => {
    const taskId = TaskIdSchema.safeParse(data.taskId);
    const tabId = tabOf(sender);
    if (!taskId.success) return refused('That completion report was not understood.');
    const req = { data: { taskId: taskId.data, evidence: data.evidence, byPerson: data.byPerson === true } };
    // The page may only complete a task that belongs to it, and never one the person undid.
    if (!tasksForUrl(sender.url ?? '').some((t) => t.id === req.data.taskId)) return refused('This page does not belong to that step.');
    // …and only for the onboarding the page counts for (its Segment workspace, or the one open when the tab loaded).
    const progress = await readProgress();
    const scope = scopeOf(sender.url ?? '', progress, (await readPageScope()).tabs[String(tabId)]);
    if (!scope.counts) return refused(scope.why);
    if (await wasUndone(scope.onboarding.id, req.data.taskId)) return refused('You undid this step; the page will not mark it done again.');
    // The row it chose (the IP ticked, the number bought) is this onboarding's from now on.
    const remember = RememberSchema.safeParse(data.remember);
    if (data.remember && (!remember.success || !(await rememberRow(scope.onboarding.id, remember.data)))) {
      noteQuietly('remembering the row this step chose')(new Error('refused'));
    }
    const result = await runProgress({
      type: 'setTaskState', onboardingId: scope.onboarding.id, taskId: req.data.taskId, status: 'done',
      source: req.data.byPerson ? 'manual' : 'page', evidence: req.data.evidence,
    });
    refreshTab(tabId, sender.frameId).catch(noteQuietly('asking the page to look again'));
    return result.ok ? { ok: true as const } : refused(result.message);
  }, PageDoneRequestSchema);

  handle('guidance.undoDone', async ({ data }) => {
    const onboarding = activeOnboarding(await readProgress());
    const onboardingId = onboarding.id;
    await markUndone(onboardingId, data.taskId);
    // A state with no history (a Verify result undone back to "seen on the page") goes back to the list instead.
    const hasHistory = onboarding.tasks[data.taskId]?.previous !== undefined;
    const result = await runProgress(
      hasHistory
        ? { type: 'undoTask', onboardingId, taskId: data.taskId }
        : { type: 'setTaskState', onboardingId, taskId: data.taskId, status: 'todo', source: 'manual' },
    );
    return result.ok ? { ok: true as const } : refused(result.message);
  }, UndoDoneSchema);

  // Progress changed (side panel, another tab): every guided tab looks again for its task.
  storage.watch(PROGRESS_KEY, () => {
    const again = noteQuietly('asking guided tabs to look again');
    readPageStatus()
      .then((s) => Object.keys(s).forEach((tab) => refreshTab(Number(tab)).catch(again)))
      .catch(again);
  });
  // A value was kept or forgotten: a page waiting for it (a secret shown once) looks again.
  browser.storage.session.onChanged.addListener((changes) => {
    if (!('engageVault' in changes)) return;
    const again = noteQuietly('asking guided tabs to look again');
    readPageStatus()
      .then((s) => Object.keys(s).forEach((tab) => refreshTab(Number(tab)).catch(again)))
      .catch(again);
  });
  // A tab that loads a new document or closes drops its old frames' status.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && change.url) updateStatus((s) => void delete s[String(tabId)]).catch(noteQuietly('clearing a reloaded tab’s page status'));
    // A reload too (no `url` in the change): the new document counts for the onboarding open now.
    if (change.status === 'loading') unbindTab(tabId).catch(noteQuietly('forgetting which onboarding a reloaded tab was for'));
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    unbindTab(tabId).catch(noteQuietly('forgetting a closed tab’s onboarding'));
    updateStatus((s) => void delete s[String(tabId)]).catch(noteQuietly('clearing a closed tab’s page status'));
  });
}
