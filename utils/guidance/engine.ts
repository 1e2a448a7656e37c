// Guidance on one page (or frame): pick the task the page shows, highlight its next target, validate live, notice completion.
import type { ParsedTarget, TaskId } from '../guide/schema';
import { findTarget, type Found } from '../locator/find';
import { describeElement, pickOnce, resolveDescription, type FieldDescription } from '../locator/pick';
import { inOnePass, shadowRootsIn } from '../locator/roots';
import { visibleAnchor } from '../locator/visibility';
import type { DomWatcher } from '../locator/watch';
import { isSettable, setNativeValue } from '../overlay/fill';
import { fromOverlay } from '../overlay/mount';
import type { Overlay } from '../overlay/overlay';
import { detectDone } from './done';
import { judge } from './judge';
import { chooseCurrent, chooseTask, deepActive, type Located } from './walk';
import { CHECK_MAX, type FrameReportReply, type FrameReportRequest, type GuidedTask, type Verdict } from './wire';

export { chooseCurrent };

/** The page contract: what a test (or a person's devtools) can read off the console's element. */
export const TASK_ATTR = 'data-engage-copilot-task';
export const STATE_ATTR = 'data-engage-copilot-state';

/** The highlighted target, handed to extensions (the vault's Fill / Keep buttons). */
export interface ActiveTarget {
  taskId: TaskId;
  target: ParsedTarget;
  element: Element;
  overlay: Overlay;
  /** Run validation and the walk again now (after an extension changed the value). */
  revalidate(): void;
}
/** Called each time a target becomes the highlighted one; the returned function runs when it stops being so. */
export type TargetExtension = (active: ActiveTarget) => (() => void) | void;

/** The person's "show me the field" choices for this console, read once and written through. */
export interface PickStore {
  get(taskId: TaskId, key: string): FieldDescription | undefined;
  set(taskId: TaskId, key: string, d: FieldDescription): Promise<void>;
  remove(taskId: TaskId, key: string): Promise<void>;
}

export interface TaskSessionDeps {
  doc: Document;
  signal: AbortSignal;
  /** The open tasks whose page this is, in guide order, with their resolved wants. */
  tasks: GuidedTask[];
  /** Every open task in guide order, for "earlier steps still open". */
  open: Array<{ id: TaskId; title: string }>;
  /** Ask the rules about a text field's value. */
  check(taskId: TaskId, targetKey: string, value: string, length: number): Promise<Verdict | undefined>;
  overlay: Overlay;
  watcher: DomWatcher;
  picks: PickStore;
  /** The top frame speaks up when nothing is found; a frame stays quiet so the shell does not repeat it. */
  isTop: boolean;
  report(r: FrameReportRequest): Promise<FrameReportReply | undefined>;
  onDone(taskId: TaskId, evidence: string): void;
  /** A task this page showed done earlier in this visit, repeated in every report for the side panel. */
  lastDone?: { taskId: TaskId; evidence: string };
  extensions: readonly TargetExtension[];
  setTimeout(fn: () => void, ms: number): number;
  now(): number;
}

/**
 * Under DOM churn a locator pass waits at least this many times its own last duration after the
 * previous one, so guidance takes at most ~1% of the main thread however busy the page is, while a
 * cheap pass (the usual case) still runs on the next frame.
 */
const COST_FACTOR = 100;
const MAX_GAP_MS = 500;

export interface TaskSession {
  /** The task being guided now (the page may switch it, e.g. from the first wizard step to the next). */
  taskId(): TaskId;
  evaluate(): void;
  /** The key of the highlighted (or missing) target. */
  currentKey(): string;
  /** Esc or ×: hide our guidance for this target until the next one. */
  dismiss(): void;
  pick(targetKey?: string): Promise<void>;
  forgetPick(targetKey: string): Promise<void>;
}

export function runTaskSession(d: TaskSessionDeps): TaskSession {
  const { doc, overlay, signal } = d;
  let active: GuidedTask = d.tasks[0]!;
  let current: { key: string; element: Element | null } = { key: '', element: null };
  let cleanupExt: Array<() => void> = [];
  let lastReport = '';
  let lastFull = -Infinity;
  let lastCost = 0;
  let trailing = 0;
  let dismissedKey = '';
  let doneReported = false;
  let earlier: string | undefined;
  let anyFoundElsewhere = false;
  let picking = false;

  /** The last value sent to the rules per target, and the answer once it came. */
  const checks = new Map<string, { value: string; verdict?: Verdict }>();
  const checkText = (taskId: TaskId, targetKey: string) => (value: string): Verdict | undefined => {
    const key = `${taskId} ${targetKey}`;
    const known = checks.get(key);
    if (known?.value === value) return known.verdict;
    checks.set(key, { value });
    void d.check(taskId, targetKey, value.slice(0, CHECK_MAX), value.length).then((verdict) => {
      const entry = checks.get(key);
      if (!verdict || signal.aborted || entry?.value !== value) return;
      entry.verdict = verdict;
      evaluate();
    });
    return undefined;
  };

  const locate = (g: GuidedTask, target: ParsedTarget): Located => {
    const pick = d.picks.get(g.task.id, target.key);
    const picked = pick ? resolveDescription(doc, pick) : null;
    const found: Found | null = picked
      ? { element: picked, anchor: visibleAnchor(picked) ?? picked, via: 'remembered' }
      : findTarget(doc, target);
    const verdict = found ? judge(target, g.wants[target.key], found.element, checkText(g.task.id, target.key)) : undefined;
    return { target, found, remembered: !!picked, verdict };
  };

  const release = (): void => {
    for (const c of cleanupExt) c();
    cleanupExt = [];
    current.element?.removeAttribute(TASK_ATTR);
    current.element?.removeAttribute(STATE_ATTR);
  };

  const send = (report: FrameReportRequest): void => {
    const r = d.lastDone && !report.doneTaskId ? { ...report, doneTaskId: d.lastDone.taskId, doneEvidence: d.lastDone.evidence } : report;
    const key = JSON.stringify(r);
    if (key === lastReport) return;
    lastReport = key;
    void d.report(r).then((reply) => {
      if (!reply || signal.aborted || reply.anyFound === anyFoundElsewhere) return;
      anyFoundElsewhere = reply.anyFound;
      evaluate();
    });
  };

  const show = (loc: Located): void => {
    const { task, wants } = active;
    const found = loc.found;
    const base = { url: location.href, taskId: task.id, earlierOpen: earlierOf(task.id).map((t) => t.id), targetKey: loc.target.key, targetLabel: loc.target.labels[0] };
    if (!found) {
      release();
      current = { key: loc.target.key, element: null };
      if (d.isTop && !anyFoundElsewhere && dismissedKey !== loc.target.key) {
        overlay.showMissing({ title: task.title, label: loc.target.labels[0] ?? loc.target.key, instruction: loc.target.instruction, earlier });
      } else if (!picking) overlay.hide();
      send({ ...base, found: false, remembered: false });
      return;
    }
    const el = found.element;
    if (el !== current.element || loc.target.key !== current.key) {
      release();
      if (loc.target.key !== current.key) dismissedKey = '';
      current = { key: loc.target.key, element: el };
      el.setAttribute(TASK_ATTR, task.id);
      const handed: ActiveTarget = { taskId: task.id, target: loc.target, element: el, overlay, revalidate: () => evaluate() };
      cleanupExt = d.extensions.map((ext) => ext(handed)).filter((c): c is () => void => typeof c === 'function');
    }
    // While the rules' answer is on its way, the previous state stays (no flicker between keystrokes).
    const v = loc.verdict;
    const state = v ? v.state : ((el.getAttribute(STATE_ATTR) as Verdict['state']) ?? null);
    if (v?.state) el.setAttribute(STATE_ATTR, v.state);
    else if (v) el.removeAttribute(STATE_ATTR);
    if (dismissedKey !== loc.target.key && !picking) {
      overlay.show({
        anchor: found.anchor, title: task.title, instruction: loc.target.instruction,
        expected: wants[loc.target.key]?.line, earlier, remembered: loc.remembered,
      });
    }
    if (v && dismissedKey !== loc.target.key && !picking) {
      overlay.setValidation(v.state, v.issues.map((i) => ({
        message: i.message,
        ...(i.fix && isSettable(el)
          ? { fix: { label: i.fix.label, onApply: () => { setNativeValue(el, i.fix!.value); evaluate(); } } }
          : {}),
      })), state === 'valid' && loc.target.kind === 'field' ? 'Looks right.' : undefined);
    }
    send({ ...base, found: true, via: found.via, remembered: loc.remembered, ...(state ? { state } : {}) });
  };

  function evaluate(): void {
    if (signal.aborted || doneReported) return;
    const t0 = d.now();
    lastFull = t0;
    try {
      // One pass: the full-tree scan for shadow roots runs once, not once per target.
      inOnePass(evaluateNow);
    } finally {
      lastCost = d.now() - t0;
    }
  }

  function evaluateNow(): void {
    d.watcher.observeShadowRoots(shadowRootsIn(doc));
    for (const { task, watchDone } of d.tasks) {
      const evidence = task.done && watchDone ? detectDone(doc, task.done) : null;
      if (!evidence) continue;
      doneReported = true;
      release();
      overlay.showBanner(`**${task.title}**: done. ${evidence}`);
      send({ url: location.href, taskId: task.id, earlierOpen: [], found: true, remembered: false, doneTaskId: task.id, doneEvidence: evidence });
      d.onDone(task.id, evidence);
      return;
    }
    const chosen = chooseTask(d.tasks, (g) => g.task.targets.map((t) => locate(g, t)));
    if (!chosen) return;
    if (chosen.task !== active) {
      release();
      current = { key: '', element: null };
    }
    active = chosen.task;
    const before = earlierOf(active.task.id);
    earlier = before.length
      ? `Earlier steps still open: ${before.slice(0, 3).map((t) => t.title).join('; ')}${before.length > 3 ? '…' : ''}`
      : undefined;
    const focus = deepActive(doc);
    // The text field being typed in stays highlighted; a just-clicked button or switch keeps focus but
    // must not hold the walk back.
    const focused = chosen.locs.findIndex((l) => l.found?.element === focus && l.target.kind === 'field' && l.target.want.kind !== 'click');
    show(chosen.locs[focused >= 0 ? focused : chooseCurrent(chosen.locs)]!);
  }

  /** Open tasks that come before `id` in the guide. */
  function earlierOf(id: TaskId): Array<{ id: TaskId; title: string }> {
    const i = d.open.findIndex((t) => t.id === id);
    return i > 0 ? d.open.slice(0, i) : [];
  }

  /**
   * On each mutation batch: while waiting for a field, or when the highlighted one was replaced (a
   * re-render), look on the next frame. While the ring is in place, look again after a pause sized by
   * the last pass's cost, without asking the page for a frame at all.
   */
  const wantsFrame = (): boolean => {
    if (!current.element?.isConnected) return true;
    if (!trailing) {
      const wait = Math.max(0, lastFull + Math.min(MAX_GAP_MS, lastCost * COST_FACTOR) - d.now());
      trailing = d.setTimeout(() => {
        trailing = 0;
        evaluate();
      }, wait);
    }
    return false;
  };
  const unsubscribe = d.watcher.subscribe(evaluate, wantsFrame);
  const onUserEvent = (e: Event): void => {
    if (!fromOverlay(e)) evaluate();
  };
  // Fades and slide-ins change visibility without a DOM mutation: look again when they end.
  for (const type of ['input', 'change', 'focusin', 'focusout', 'transitionend', 'animationend']) {
    doc.addEventListener(type, onUserEvent, { capture: true, signal });
  }
  signal.addEventListener('abort', () => {
    unsubscribe();
    release();
    overlay.hide();
  }, { once: true });

  return {
    taskId: () => active.task.id,
    evaluate,
    currentKey: () => current.key,
    dismiss() {
      dismissedKey = current.key;
    },
    async pick(targetKey) {
      const key = targetKey ?? current.key;
      const { task } = active;
      const target = task.targets.find((t) => t.key === key);
      if (!target || picking) return;
      picking = true;
      overlay.showBanner(`Click the **${target.labels[0]}** field once to show it to Engage Copilot. Esc cancels.`);
      const el = await pickOnce(doc, signal, fromOverlay);
      picking = false;
      if (signal.aborted) return;
      if (el) await d.picks.set(task.id, key, describeElement(doc, el));
      overlay.hide();
      dismissedKey = '';
      evaluate();
    },
    async forgetPick(targetKey) {
      await d.picks.remove(active.task.id, targetKey);
      evaluate();
    },
  };
}
