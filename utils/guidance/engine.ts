// One task on one page (or frame): locate its targets, highlight the next one, validate it live, notice completion.
import type { ParsedTarget, ParsedTask, TaskId } from '../guide/schema';
import { findTarget, type Found } from '../locator/find';
import { describeElement, pickOnce, resolveDescription, type FieldDescription } from '../locator/pick';
import { shadowRootsIn } from '../locator/roots';
import { visibleAnchor } from '../locator/visibility';
import type { DomWatcher } from '../locator/watch';
import { isSettable, setNativeValue } from '../overlay/fill';
import { fromOverlay } from '../overlay/mount';
import type { Overlay } from '../overlay/overlay';
import { detectDone } from './done';
import { judge } from './judge';
import { CHECK_MAX, type FrameReportReply, type FrameReportRequest, type TargetWant, type Verdict } from './wire';

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
  task: ParsedTask;
  /** Each target's resolved want and callout line (computed by the background for the workspace's region). */
  wants: Record<string, TargetWant>;
  /** Ask the rules about a text field's value. */
  check(targetKey: string, value: string, length: number): Promise<Verdict | undefined>;
  earlierOpen: TaskId[];
  earlierTitles: string[];
  /** Detect completion from the page (off after the person undid a page-detected "done"). */
  watchDone: boolean;
  overlay: Overlay;
  watcher: DomWatcher;
  picks: PickStore;
  /** The top frame speaks up when nothing is found; a frame stays quiet so the shell does not repeat it. */
  isTop: boolean;
  report(r: FrameReportRequest): Promise<FrameReportReply | undefined>;
  onDone(evidence: string): void;
  extensions: readonly TargetExtension[];
  setTimeout(fn: () => void, ms: number): number;
  now(): number;
}

interface Located {
  target: ParsedTarget;
  found: Found | null;
  /** undefined while the rules' answer is on its way. */
  verdict: Verdict | undefined;
  remembered: boolean;
}

/**
 * Under DOM churn a locator pass waits at least this many times its own last duration after the
 * previous one, so guidance takes at most ~2% of the main thread however busy the page is, while a
 * cheap pass (the usual case) still runs on the next frame.
 */
const COST_FACTOR = 50;
const MAX_GAP_MS = 250;

/**
 * The next target: the first one not yet satisfied. A button, or a target not on the page, counts as
 * passed once a later target is showing (the dialog it opens is open; a variant screen lacks it).
 */
export function chooseCurrent(locs: ReadonlyArray<Pick<Located, 'target' | 'found' | 'verdict'>>): number {
  let lastFound = -1;
  locs.forEach((l, i) => l.found && (lastFound = i));
  for (let i = 0; i < locs.length; i++) {
    const l = locs[i]!;
    if (l.verdict?.satisfied) continue;
    if (i < lastFound && (l.target.want.kind === 'click' || !l.found)) continue;
    return i;
  }
  return Math.max(0, locs.length - 1);
}

/** The focused element, looking into open shadow roots. */
function deepActive(doc: Document): Element | null {
  let a: Element | null = doc.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

export interface TaskSession {
  readonly taskId: TaskId;
  evaluate(): void;
  /** The key of the highlighted (or missing) target. */
  currentKey(): string;
  /** Esc or ×: hide our guidance for this target until the next one. */
  dismiss(): void;
  pick(targetKey?: string): Promise<void>;
  forgetPick(targetKey: string): Promise<void>;
}

export function runTaskSession(d: TaskSessionDeps): TaskSession {
  const { doc, task, overlay, signal } = d;
  let current: { key: string; element: Element | null } = { key: '', element: null };
  let cleanupExt: Array<() => void> = [];
  let lastReport = '';
  let lastFull = -Infinity;
  let lastCost = 0;
  let trailing = 0;
  let dismissedKey = '';
  let doneReported = false;
  let anyFoundElsewhere = false;
  let picking = false;

  const earlier = d.earlierTitles.length
    ? `Earlier steps still open: ${d.earlierTitles.slice(0, 3).join('; ')}${d.earlierTitles.length > 3 ? '…' : ''}`
    : undefined;

  /** The last value sent to the rules per target, and the answer once it came. */
  const checks = new Map<string, { value: string; verdict?: Verdict }>();
  const checkText = (key: string) => (value: string): Verdict | undefined => {
    const known = checks.get(key);
    if (known?.value === value) return known.verdict;
    checks.set(key, { value });
    void d.check(key, value.slice(0, CHECK_MAX), value.length).then((verdict) => {
      const entry = checks.get(key);
      if (!verdict || signal.aborted || entry?.value !== value) return;
      entry.verdict = verdict;
      evaluate();
    });
    return undefined;
  };

  const locate = (target: ParsedTarget): Located => {
    const pick = d.picks.get(task.id, target.key);
    const picked = pick ? resolveDescription(doc, pick) : null;
    const found: Found | null = picked
      ? { element: picked, anchor: visibleAnchor(picked) ?? picked, via: 'remembered' }
      : findTarget(doc, target);
    const verdict = found ? judge(target, d.wants[target.key], found.element, checkText(target.key)) : undefined;
    return { target, found, remembered: !!picked, verdict };
  };

  const release = (): void => {
    for (const c of cleanupExt) c();
    cleanupExt = [];
    current.element?.removeAttribute(TASK_ATTR);
    current.element?.removeAttribute(STATE_ATTR);
  };

  const send = (r: FrameReportRequest): void => {
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
    const found = loc.found;
    const base = { url: location.href, taskId: task.id, earlierOpen: d.earlierOpen, targetKey: loc.target.key, targetLabel: loc.target.labels[0] };
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
      const active: ActiveTarget = { taskId: task.id, target: loc.target, element: el, overlay, revalidate: () => evaluate() };
      cleanupExt = d.extensions.map((ext) => ext(active)).filter((c): c is () => void => typeof c === 'function');
    }
    // While the rules' answer is on its way, the previous state stays (no flicker between keystrokes).
    const v = loc.verdict;
    const state = v ? v.state : ((el.getAttribute(STATE_ATTR) as Verdict['state']) ?? null);
    if (v?.state) el.setAttribute(STATE_ATTR, v.state);
    else if (v) el.removeAttribute(STATE_ATTR);
    if (dismissedKey !== loc.target.key && !picking) {
      overlay.show({
        anchor: found.anchor, title: task.title, instruction: loc.target.instruction,
        expected: d.wants[loc.target.key]?.line, earlier, remembered: loc.remembered,
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
      evaluateNow();
    } finally {
      lastCost = d.now() - t0;
    }
  }

  function evaluateNow(): void {
    d.watcher.observeShadowRoots(shadowRootsIn(doc));
    if (task.done && d.watchDone) {
      const evidence = detectDone(doc, task.done);
      if (evidence) {
        doneReported = true;
        release();
        overlay.showBanner(`**${task.title}**: done. ${evidence}`);
        send({ url: location.href, taskId: task.id, earlierOpen: d.earlierOpen, found: true, remembered: false, doneEvidence: evidence });
        d.onDone(evidence);
        return;
      }
    }
    if (!task.targets.length) return;
    const locs = task.targets.map(locate);
    const active = deepActive(doc);
    const focused = locs.findIndex((l) => l.found && l.found.element === active);
    show(locs[focused >= 0 ? focused : chooseCurrent(locs)]!);
  }

  const onFrame = (): void => {
    const wait = lastFull + Math.min(MAX_GAP_MS, lastCost * COST_FACTOR) - d.now();
    if (wait <= 0) return evaluate();
    if (!trailing) trailing = d.setTimeout(() => { trailing = 0; evaluate(); }, wait);
  };
  const unsubscribe = d.watcher.subscribe(onFrame);
  const onUserEvent = (e: Event): void => {
    if (!fromOverlay(e)) evaluate();
  };
  for (const type of ['input', 'change', 'focusin', 'focusout']) doc.addEventListener(type, onUserEvent, { capture: true, signal });
  signal.addEventListener('abort', () => {
    unsubscribe();
    release();
    overlay.hide();
  }, { once: true });

  return {
    taskId: task.id,
    evaluate,
    currentKey: () => current.key,
    dismiss() {
      dismissedKey = current.key;
    },
    async pick(targetKey) {
      const key = targetKey ?? current.key;
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
      await d.picks.remove(task.id, targetKey);
      evaluate();
    },
  };
}
