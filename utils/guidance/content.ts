// The content-script side of guidance: ask which task this page guides, run it, and start again on SPA navigation.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Platform, TaskId } from '../guide/schema';
import { freshMemory } from './session';
import { handle } from '../messaging/handle';
import { refused, sendMessage } from '../messaging/protocol';
import { createDomWatcher } from '../locator/watch';
import { mountOverlay } from '../overlay/mount';
import type { Overlay } from '../overlay/overlay';
import { runTaskSession, type TargetExtension, type TaskSession } from './engine';
import { parseTargetRequest } from './page-parse';
import { loadPickStore } from './picks';
import { noteQuietly } from './quiet';
import type { ChooseShown } from './session';


/**
 * Start guidance in this frame. On a page with no task nothing is attached but the navigation
 * listener and the message listeners: no observer, no timers. Everything goes away with `ctx`.
 */
export function startGuidance(
  ctx: ContentScriptContext,
  platform: Platform,
  extensions: readonly TargetExtension[] = [],
  /** Makes a chooser among a column's cells for each session (SendGrid: the kept key's API Key ID). */
  chooser?: () => ChooseShown,
): void {
  let session: { controller: AbortController; task?: TaskSession } | null = null;
  let overlay: Overlay | null = null;
  let overlayHandlers = { onShowMe() {}, onForgetPick() {}, onDismiss() {} };
  /** What this page showed done during this visit (same URL), so the side panel can say how it knew. */
  let lastDone: { url: string; taskId: TaskId; evidence: string } | null = null;
  /** The onboarding this page's screen was reached for, and at which URL. */
  let seenFor: { onboardingId: string; url: string } | null = null;
  /** Success screens and "saved elsewhere" answers of this page, kept across its SPA steps. */
  let memory = { url: '', ...freshMemory() };
  let lastScreen = '';

  const start = async (url: string): Promise<void> => {
    session?.controller.abort();
    const controller = new AbortController();
    const mine: { controller: AbortController; task?: TaskSession } = { controller };
    session = mine;
    const signal = AbortSignal.any([ctx.signal, controller.signal]);
    const reply = await sendMessage('guidance.pageTask', { url }).catch(() => null);
    if (signal.aborted || !reply) return;
    const done = lastDone?.url === url ? { taskId: lastDone.taskId, evidence: lastDone.evidence } : undefined;
    // The person switched onboardings with this page open: what it shows was reached for the other one.
    const switched = !!seenFor && seenFor.onboardingId !== reply.onboardingId && seenFor.url === url;
    seenFor = switched ? seenFor : { onboardingId: reply.onboardingId, url };
    const tasks = switched ? reply.tasks.map((g) => ({ ...g, watchDone: false })) : reply.tasks;
    // Another console page (by path) forgets what this one showed; a step of the same page keeps it.
    const path = new URL(url).pathname.split('/').slice(0, 4).join('/');
    if (memory.url !== path) memory = { url: path, ...freshMemory() };
    // Another screen (any path change): messages shown for the last one go ("Email connected… Next: …" stayed on
    // Segment's SMS page); the new session shows again whatever still applies here.
    const screen = new URL(url).pathname;
    if (screen !== lastScreen) overlay?.hideBanner('all');
    lastScreen = screen;
    if (!reply.tasks.length) {
      const shown = done ? { doneTaskId: done.taskId, doneEvidence: done.evidence } : {};
      void sendMessage('guidance.report', { url, taskId: null, found: false, ...shown }).catch(() => undefined);
      // Steps of the open onboarding happen here, but the page counts for another: say why, or the person works
      // through a page that records nothing.
      if (reply.outOfScope) await sayOutOfScope(reply.outOfScope, signal);
      else unsayOutOfScope();
      return;
    }
    unsayOutOfScope();
    const ready = await Promise.all([loadPickStore(platform), ensureOverlay()]).catch((err: unknown) => {
      // No overlay (the page removed our host, a CSP quirk): the side panel says so instead of waiting forever.
      noteQuietly('showing the overlay on this page')(err);
      const taskId = reply.tasks[0]?.task.id ?? null;
      void sendMessage('guidance.report', { url, taskId, found: false, via: 'overlay-unavailable' }).catch(noteQuietly('reporting the page status'));
      return null;
    });
    if (!ready) return;
    const [picks, ui] = ready;
    if (signal.aborted) return;
    const watcher = createDomWatcher(document, signal);
    mine.task = runTaskSession({
      doc: document, signal, tasks, open: reply.open,
      check: (taskId, targetKey, value, length) =>
        sendMessage('guidance.check', { taskId, targetKey, value, length }).catch(() => undefined),
      overlay: ui, watcher, picks, isTop: window === window.top, extensions,
      // Made afresh for each session: keeping or forgetting a value restarts it (guidance.refresh).
      ...(chooser ? { chooseShown: chooser() } : {}),
      report: (r) => sendMessage('guidance.report', r).catch(() => undefined),
      ...(done ? { lastDone: done } : {}),
      kept: new Set(reply.kept ?? []), memory,
      onMarkDone: (taskId) => {
        void sendMessage('guidance.pageDone', { taskId, evidence: 'You marked it done on its success screen.', byPerson: true })
          .catch(() => undefined)
          .then(() => {
            if (!signal.aborted) restart(location.href);
          });
      },
      onDone: (taskId, evidence, remember) => {
        lastDone = { url: location.href, taskId, evidence };
        void sendMessage('guidance.pageDone', { taskId, evidence, ...(remember ? { remember } : {}) })
          .catch(() => undefined)
          .then(() => {
            if (!signal.aborted) restart(location.href);
          });
      },
      setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
      now: () => performance.now(),
    });
    const t = mine.task;
    overlayHandlers = {
      onShowMe: () => void t.pick().catch(noteQuietly('show me the field')),
      onForgetPick: () => void t.forgetPick(t.currentKey()).catch(noteQuietly('forgetting the chosen field')),
      onDismiss: () => t.dismiss(),
    };
    t.evaluate();
  };
  const ensureOverlay = async (): Promise<Overlay> => (overlay ??= await mountOverlay(ctx, {
    onShowMe: () => overlayHandlers.onShowMe(),
    onForgetPick: () => overlayHandlers.onForgetPick(),
    onDismiss: () => overlayHandlers.onDismiss(),
  }));
  /** Whether the page says it counts for another onboarding (until it counts again). */
  let scopeSaid = false;
  const sayOutOfScope = async (why: string, signal: AbortSignal): Promise<void> => {
    const ui = await ensureOverlay();
    if (signal.aborted) return;
    ui.hide();
    ui.showBanner(`Engage Copilot is not guiding this page. ${why}`, {
      owner: 'scope',
      actions: [{ label: 'Reload this page', onActivate: (e) => e.isTrusted && location.reload() }],
    });
    scopeSaid = true;
  };
  const unsayOutOfScope = (): void => {
    if (scopeSaid) overlay?.hideBanner('task');
    scopeSaid = false;
  };
  /** Every (re)start is awaited by nobody: a failure becomes one quiet warning, never an unhandled rejection. */
  const restart = (url: string): void => {
    start(url).catch(noteQuietly('guiding this page'));
  };
  const guiding = (taskId: string): TaskSession | undefined =>
    session?.task?.taskId() === taskId ? session.task : undefined;

  ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => restart(newUrl.href));
  // A closing or hidden tab still fires focusout and mutations; a pass started then outlives the page (Firefox
  // stops it: "Script terminated by timeout"). Stop on pagehide; a page restored from the back-forward cache starts again.
  ctx.addEventListener(window, 'pagehide', () => {
    session?.controller.abort();
    session = null;
  });
  ctx.addEventListener(window, 'pageshow', (event) => {
    if (event.persisted) restart(location.href);
  });
  const removers = [
    handle('guidance.refresh', () => {
      restart(location.href);
      return { ok: true as const };
    }),
    handle('guidance.pickField', ({ data }) => {
      const req = parseTargetRequest(data);
      const t = req ? guiding(req.taskId) : undefined;
      if (!req || !t) return refused('This page is not guiding that step.');
      t.pick(req.targetKey).catch(noteQuietly('show me the field'));
      return { ok: true as const };
    }),
    handle('guidance.forgetPick', async ({ data }) => {
      const req = parseTargetRequest(data);
      const t = req ? guiding(req.taskId) : undefined;
      if (!req || !t) return refused('This page is not guiding that step.');
      await t.forgetPick(req.targetKey);
      return { ok: true as const };
    }),
  ];
  ctx.onInvalidated(() => removers.forEach((r) => r()));
  restart(location.href);
}
