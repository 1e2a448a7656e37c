// Guidance on one page (or frame): pick the task the page shows, highlight its next target, validate live, notice completion.
import type { ParsedTarget, TaskId, ValueName } from '../guide/schema';
import { findAll, findTarget, type Found } from '../locator/find';
import { describeElement, pickOnce, resolveDescription } from '../locator/pick';
import { inOnePass, shadowRootsIn } from '../locator/roots';
import { visibleAnchor } from '../locator/visibility';
import { isSettable, setNativeValue } from '../overlay/fill';
import { fromOverlay } from '../overlay/mount';
import { decide, missingAfter, type Banner, type Decision, type GuideState, type TaskView } from './decide';
import { SHOWN_ONCE, VALUE_LABELS } from '../vault/labels';
import { columnLacks, detectDone, seeSuccess, type Held } from './done';
import { isOn, judge } from './judge';
import { chooseRow, notesFor, rememberedAt, tickedRows } from './rows';
import { columnCells, findShown } from './shown';
import { chooseCurrent, deepActive, type Located } from './walk';
import type { FrameReportRequest, GuidedTask, Verdict } from './wire';
import { CHECK_MAX } from './limits';

import { STATE_ATTR, TASK_ATTR, endsOf, type ActiveTarget, type TaskSession, type TaskSessionDeps } from './session';

/**
 * A new step whose control is out of sight (below a modal's fold, say) is scrolled just into view, once, when the
 * ring moves to it: the person can scroll away again, and a re-render of the same step never scrolls.
 */
function bringIntoView(el: Element): void {
  const r = el.getBoundingClientRect();
  const view = el.ownerDocument.defaultView;
  if (!view || (r.width === 0 && r.height === 0)) return;
  if (r.bottom > view.innerHeight || r.top < 0 || r.right > view.innerWidth || r.left < 0) el.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

/** A value the console shows once: the callout says so (once, even where the guide's own words already do) and asks to keep it. */
function shownOnce(instruction: string): string {
  return /only once/i.test(instruction)
    ? `${instruction} Keep it before you leave this screen.`
    : `${instruction} The console shows it only once: keep it before you leave this screen.`;
}

export { chooseCurrent, STATE_ATTR, TASK_ATTR, endsOf };
export type { ActiveTarget, PickStore, TargetExtension, TaskSession, TaskSessionDeps } from './session';


/**
 * Under DOM churn a locator pass waits at least this many times its own last duration after the
 * previous one, so guidance takes at most ~1% of the main thread however busy the page is, while a
 * cheap pass (the usual case) still runs on the next frame.
 */
const COST_FACTOR = 100;
const MAX_GAP_MS = 500;


export function runTaskSession(d: TaskSessionDeps): TaskSession {
  const { doc, overlay, signal } = d;
  let active: GuidedTask = d.tasks[0]!;
  let current: { key: string; element: Element | null } = { key: '', element: null };
  let cleanupExt: Array<() => void> = [];
  let lastReport = '';
  let lastFull = -Infinity;
  let lastCost = 0;
  let trailing = 0;
  let settleTimer = 0;
  let doneReported = false;
  let anyFoundElsewhere = false;
  let bannerKey = '';
  let lastVerdict = '';
  const state: GuideState = {
    dismissedKey: '', picking: false, missing: null,
    succeeded: d.memory.succeeded, savedElsewhere: d.memory.savedElsewhere,
  };

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

  /** A field's last verdict this visit, for a done signal that needs the saved value its editor showed. */
  const remember = (g: GuidedTask, target: ParsedTarget, verdict: Verdict): void => {
    const want = g.wants[target.key]?.want;
    const what =
      want?.kind === 'literal' ? `held “${want.value}”`
      : want?.kind === 'checked' ? 'was ticked'
      : want?.kind === 'value' ? `held a ${VALUE_LABELS[want.name]}`
      : 'held what the guide asks';
    d.memory.held.set(`${g.task.id} ${target.key}`, verdict.satisfied ? `${target.labels[0]} ${what}` : false);
  };
  const heldFor = (g: GuidedTask): Held => (key) => d.memory.held.get(`${g.task.id} ${key}`);

  /**
   * For a task done when a table lists the guide's values (the `email` and `phone` identifiers): which it does not
   * list yet, read from the table, or as it was before a dialog opened over it. Undefined for other tasks.
   */
  type Lacking = { column: string; values: string[]; lacks: string[] } | undefined;
  // Read once per pass (cleared as each pass starts): the trait field's note and the callout both ask.
  const lackingThisPass = new Map<TaskId, Lacking>();
  const lacking = (g: GuidedTask): Lacking => {
    if (!lackingThisPass.has(g.task.id)) lackingThisPass.set(g.task.id, readLacking(g));
    return lackingThisPass.get(g.task.id);
  };
  const readLacking = (g: GuidedTask): Lacking => {
    const done = g.task.done;
    if (done?.kind !== 'tableColumnHas' || done.row) return undefined;
    const now = columnLacks(doc, done.column, done.values);
    if (now?.length) d.memory.lacks.set(g.task.id, now);
    const lacks = now?.length ? now : d.memory.lacks.get(g.task.id);
    return lacks?.length ? { column: done.column[0] ?? '', values: done.values, lacks } : undefined;
  };
  /** "The **Identifier** column lists `email` but not `phone`." */
  const lacksLine = ({ column, values, lacks }: NonNullable<Lacking>): string => {
    const q = (vs: readonly string[], word: string): string => vs.map((v) => `\`${v}\``).join(` ${word} `);
    const has = values.filter((v) => !lacks.includes(v));
    const col = `The **${column}** column`;
    if (!has.length) return lacks.length === 2 ? `${col} lists neither ${q(lacks, 'nor')}.` : `${col} lists none of ${q(lacks, 'or')}.`;
    return `${col} lists ${q(has, 'and')} but not ${q(lacks, 'or')}.`;
  };

  /** A trait typed that the table already lists: adding it again would not add the one still missing. */
  const listedNote = (g: GuidedTask, target: ParsedTarget, el: Element): string[] => {
    if (target.kind !== 'field' || target.want.kind !== 'choice' || !('value' in el)) return [];
    const l = lacking(g);
    if (!l) return [];
    const typed = String((el as HTMLInputElement).value).trim();
    if (!l.values.includes(typed) || l.lacks.includes(typed)) return [];
    return [`The ${l.column} column already lists \`${typed}\`: type ${l.lacks.map((v) => `\`${v}\``).join(' or ')}, the one still missing`];
  };

  const locate = (g: GuidedTask, target: ParsedTarget): Located => {
    const pick = d.picks.get(g.task.id, target.key);
    const picked = pick ? resolveDescription(doc, pick) : null;
    // One of several similar rows: all of them, to choose this onboarding's (and name it when another is ticked).
    const list = !picked && target.row ? findAll(doc, target) : null;
    // One of a column's values (the kept key's API Key ID): the chooser says which, and what is wrong with it.
    const cells = !picked && target.findBy === 'column' ? columnCells(doc, target) : null;
    const chosen = cells && d.chooseShown ? d.chooseShown(g.task.id, target, cells, evaluate) : null;
    const found: Found | null = picked
      ? { element: picked, anchor: visibleAnchor(picked) ?? picked, via: 'remembered' }
      : list && target.row ? chooseRow(list, target.row, g.rows?.[target.row])
      : (findTarget(doc, target) ?? chosen?.found ?? (cells ? (cells[0] ?? null) : target.findBy ? findShown(doc, target) : null));
    const judged = target.passedWhen
      ? { state: null, issues: [], satisfied: target.passedWhen.some((shows) => !!detectDone(doc, shows)) }
      : found ? judge(target, g.wants[target.key], found.element, checkText(g.task.id, target.key)) : undefined;
    const notes = found ? [...notesFor(g, target, found, list, isOn), ...(found === chosen?.found ? chosen.notes : []), ...listedNote(g, target, found.element)] : [];
    // The wrong row (or an editor opened for it) is never passed: the note names the right one.
    const verdict = notes.length
      ? { state: 'invalid' as const, issues: [...(judged?.issues ?? []), ...notes.map((message) => ({ code: 'otherRow', message }))], satisfied: false }
      : judged;
    const ticked = target.remembers ? tickedRows(doc, target, isOn) : null;
    if (ticked) d.memory.ticked.set(`${g.task.id} ${target.key}`, ticked);
    if (found && verdict && (target.kind === 'field' || target.kind === 'checkbox' || target.kind === 'toggle')) remember(g, target, verdict);
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

  /** Open tasks before `id` in the guide, as the callout's last line. */
  const earlierLine = (id: TaskId): string | undefined => {
    const i = d.open.findIndex((t) => t.id === id);
    // A task that can only finish after this one (it picks what this one creates) is not "still open" before it.
    const before = i > 0 ? d.open.slice(0, i).filter((t) => !t.finishesAfter?.includes(id)) : [];
    return before.length
      ? `Earlier steps still open: ${before.slice(0, 3).map((t) => t.title).join('; ')}${before.length > 3 ? '…' : ''}`
      : undefined;
  };

  /** The success banner (or none); shown again only when its words change, and gone when its task moves on. */
  const showBanner = (b: Banner | undefined): void => {
    const key = b ? JSON.stringify(b) : '';
    if (key === bannerKey) return;
    bannerKey = key;
    if (!b) return overlay.hideBanner();
    const actions = [
      ...(b.markDone ? [{ label: `Mark “${d.tasks.find((g) => g.task.id === b.taskId)?.task.title ?? 'this task'}” done`, onActivate: (e: MouseEvent) => e.isTrusted && d.onMarkDone(b.taskId) }] : []),
      ...(b.savedElsewhere?.length ? [{ label: 'I saved it elsewhere', onActivate: (e: MouseEvent) => savedElsewhere(e, b.savedElsewhere!) }] : []),
    ];
    overlay.showBanner(b.text, { owner: b.taskId, actions });
  };
  const savedElsewhere = (e: MouseEvent, names: readonly ValueName[]): void => {
    if (!e.isTrusted) return;
    for (const n of names) d.memory.savedElsewhere.add(n);
    evaluate();
  };

  const point = (g: GuidedTask, loc: Located, found: Found, keep?: ValueName): void => {
    const { task, wants } = g;
    const el = found.element;
    if (el !== current.element || loc.target.key !== current.key) {
      release();
      if (loc.target.key !== current.key) {
        state.dismissedKey = '';
        bringIntoView(found.anchor);
      }
      current = { key: loc.target.key, element: el };
      lastVerdict = '';
      el.setAttribute(TASK_ATTR, task.id);
      const handed: ActiveTarget = { taskId: task.id, target: loc.target, element: el, overlay, revalidate: () => evaluate() };
      cleanupExt = d.extensions.map((ext) => ext(handed)).filter((c): c is () => void => typeof c === 'function');
      if (keep) {
        const remove = overlay.addAction({ label: 'I saved it elsewhere', onActivate: (e) => savedElsewhere(e, [keep]) });
        cleanupExt.push(remove);
      }
      // A field whose value the guide fixes (the event webhook's URL, per region): one click of the person's puts it in.
      const want = wants[loc.target.key]?.want;
      if (want?.kind === 'literal' && loc.target.kind === 'field' && isSettable(el)) {
        const value = want.value;
        cleanupExt.push(overlay.addAction({
          label: 'Fill it in',
          onActivate: (e) => {
            if (!e.isTrusted) return;
            setNativeValue(el, value);
            evaluate();
          },
        }));
      }
    }
    // While the rules' answer is on its way, the previous state stays (no flicker between keystrokes).
    const v = loc.verdict;
    const st = v ? v.state : ((el.getAttribute(STATE_ATTR) as Verdict['state']) ?? null);
    if (v?.state) el.setAttribute(STATE_ATTR, v.state);
    else if (v) el.removeAttribute(STATE_ATTR);
    const quiet = state.dismissedKey === loc.target.key || state.picking;
    if (!quiet) {
      const l = lacking(g);
      const base = keep && SHOWN_ONCE.has(keep) ? shownOnce(loc.target.instruction) : loc.target.instruction;
      overlay.show({
        anchor: found.anchor, title: task.title,
        instruction: l ? `${base} ${lacksLine(l)}` : base,
        expected: wants[loc.target.key]?.line, earlier: earlierLine(task.id), remembered: loc.remembered,
      });
      // Only when the verdict changed: an extension's note on the same control (the DNS check on Verify) stays.
      const vKey = v ? JSON.stringify([loc.target.key, v.state, v.issues.map((i) => i.message)]) : lastVerdict;
      if (v && vKey !== lastVerdict) {
        lastVerdict = vKey;
        overlay.setValidation(v.state, v.issues.map((i) => ({
          message: i.message,
          ...(i.fix && isSettable(el)
            ? { fix: { label: i.fix.label, onApply: () => {
              setNativeValue(el, i.fix!.value);
              // From the keyboard the fix button had the focus, and goes with the fix: the person goes on in the field.
              // A note about the value as it was ("Not kept: you typed…") is out of date now.
              if (el instanceof HTMLElement) el.focus({ preventScroll: true });
              overlay.hideBanner('note');
              evaluate();
            } } }
            : {}),
        })), st === 'valid' && loc.target.kind === 'field' ? 'Looks right.' : undefined);
      }
    }
    send({ ...base(g, loc), found: true, via: found.via, remembered: loc.remembered, ...(st ? { state: st } : {}) });
  };

  const base = (g: GuidedTask, loc?: Located) => ({
    url: location.href, taskId: g.task.id, earlierOpen: d.open.slice(0, Math.max(0, d.open.findIndex((t) => t.id === g.task.id))).map((t) => t.id),
    ...(loc ? { targetKey: loc.target.key, targetLabel: loc.target.labels[0] } : {}),
  });

  const apply = (decision: Decision, views: TaskView[]): void => {
    const g = decision.task !== undefined ? d.tasks[decision.task]! : undefined;
    if (g && g !== active) {
      release();
      current = { key: '', element: null };
      active = g;
    }
    if (decision.kind === 'done') {
      doneReported = true;
      release();
      overlay.hide();
      showBanner(decision.banner);
      send({ ...base(g!), found: true, remembered: false, doneTaskId: g!.task.id, doneEvidence: decision.evidence });
      const quote = (views[decision.task]?.success ?? d.memory.succeeded.get(g!.task.id))?.quote;
      d.onDone(g!.task.id, decision.evidence, rememberedAt(g!, quote, d.memory.ticked));
      return;
    }
    showBanner('banner' in decision ? decision.banner : undefined);
    if (decision.kind === 'point') {
      const loc = views[decision.task]!.locs[decision.loc]!;
      point(g!, loc, loc.found!, decision.keep);
      return;
    }
    release();
    const loc = 'loc' in decision ? views[decision.task]!.locs[decision.loc] : undefined;
    current = { key: loc?.target.key ?? '', element: null };
    if (decision.kind === 'missing' && loc) {
      overlay.showMissing({
        title: g!.task.title, label: loc.target.labels[0] ?? loc.target.key, instruction: loc.target.instruction,
        ...(loc.target.elsewhere ? { elsewhere: loc.target.elsewhere } : {}), earlier: earlierLine(g!.task.id),
      });
    } else if (!state.picking) overlay.hide();
    if (decision.kind === 'wait' && !settleTimer) {
      settleTimer = d.setTimeout(() => {
        settleTimer = 0;
        evaluate();
      }, Math.max(0, decision.until - d.now()));
    }
    // A success screen counts as "found" for the tab: the shell around a framed wizard stays quiet too.
    if (g) send({ ...base(g, loc), found: !!bannerKey, remembered: false });
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
    lackingThisPass.clear();
    d.watcher.observeShadowRoots(shadowRootsIn(doc));
    const focus = deepActive(doc);
    const views: TaskView[] = d.tasks.map((g) => {
      const ends = endsOf(g);
      const locs = g.task.targets.map((t) => locate(g, t));
      const success = ends && g.watchDone ? seeSuccess(doc, { ...ends, quote: ends.quote }, heldFor(g), g.rows) : null;
      if (success) d.memory.succeeded.set(g.task.id, success);
      // The text field being typed in stays highlighted; a just-clicked button or switch keeps focus but
      // must not hold the walk back.
      const focused = locs.findIndex((l) => l.found?.element === focus && l.target.kind === 'field' && l.target.want.kind !== 'click');
      return {
        id: g.task.id, title: g.task.title, locs, success, watchDone: g.watchDone,
        ...(ends ? { ends } : {}), ...(focused >= 0 ? { focused } : {}),
      };
    });
    const decision = decide({ tasks: views, kept: d.kept, open: d.open, anyFoundElsewhere, isTop: d.isTop, now: d.now() }, state);
    state.missing = missingAfter(state, decision, d.now());
    apply(decision, views);
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
      state.dismissedKey = current.key;
    },
    async pick(targetKey) {
      const key = targetKey ?? current.key;
      const { task } = active;
      const target = task.targets.find((t) => t.key === key);
      if (!target || state.picking) return;
      state.picking = true;
      overlay.showBanner(`Click the **${target.labels[0]}** field once to show it to Engage Copilot. Esc cancels.`);
      const el = await pickOnce(doc, signal, fromOverlay);
      state.picking = false;
      if (signal.aborted) return;
      if (el) await d.picks.set(task.id, key, describeElement(doc, el));
      overlay.hide();
      overlay.hideBanner('note');
      state.dismissedKey = '';
      evaluate();
    },
    async forgetPick(targetKey) {
      await d.picks.remove(active.task.id, targetKey);
      evaluate();
    },
  };
}
