// Where in its task the page is, and what to show there: a pure function of what the page shows and what came before.
import type { Success, TaskId, ValueName } from '../guide/schema';
import { VALUE_LABELS } from '../vault/labels';
import { chooseCurrent, chooseTask, type Located } from './walk';

/** A "Couldn't find" waits this long after the target was first missing, so a page still loading never raises it. */
export const SETTLE_MS = 1_200;

/** What a task's success screen showed: the evidence (guide words, stored) and page words (shown on the page only). */
export interface Seen {
  evidence: string;
  quote?: string;
}

/** How a task ends, from the guide data. */
export type Ends = Pick<Success, 'says' | 'proves' | 'keep'>;

/** One open task of this page, as the page shows it now. */
export interface TaskView {
  id: TaskId;
  title: string;
  locs: Located[];
  /** The success screen, when the page shows it now. */
  success: Seen | null;
  ends?: Ends;
  /** False after the person undid a page-detected done: guide it, never mark it done again. */
  watchDone: boolean;
  /** The focused text field among `locs` (it stays highlighted while the person types). */
  focused?: number;
}

export interface PageView {
  tasks: TaskView[];
  /** Names of the values kept in the vault (never the values). */
  kept: ReadonlySet<ValueName>;
  /** Every open task in guide order, for "Next: …". */
  open: ReadonlyArray<{ id: TaskId; title: string }>;
  /** Another frame of this tab shows a target, so this one need not say "couldn't find". */
  anyFoundElsewhere: boolean;
  isTop: boolean;
  now: number;
}

export interface GuideState {
  /** Esc or ×: the target whose guidance the person dismissed. */
  dismissedKey: string;
  picking: boolean;
  /** Success screens this page showed earlier in this visit: a task never restarts after its success screen. */
  succeeded: ReadonlyMap<TaskId, Seen>;
  /** Values the person said they saved elsewhere. */
  savedElsewhere: ReadonlySet<ValueName>;
  /** The target first found missing, and when. */
  missing: { key: string; since: number } | null;
}

export interface Banner {
  taskId: TaskId;
  text: string;
  /** Offer one click to mark the task done (the page cannot prove it). */
  markDone?: boolean;
  /** Offer "I saved it elsewhere" for these values. */
  savedElsewhere?: ValueName[];
}

export type Decision =
  /** Ring `locs[loc]` of `tasks[task]`; `keep` when it shows a value to keep before the task is done. */
  | { kind: 'point'; task: number; loc: number; keep?: ValueName; banner?: Banner }
  /** The page settled and the target is not on it: say so. */
  | { kind: 'missing'; task: number; loc: number; key: string }
  /** The target is not on the page yet: wait until `until`, then decide again. */
  | { kind: 'wait'; task: number; loc: number; key: string; until: number }
  /** The success screen proves the task done: mark it, with this evidence. */
  | { kind: 'done'; task: number; evidence: string; banner: Banner }
  | { kind: 'quiet'; task?: number; banner?: Banner };

const label = (v: ValueName): string => VALUE_LABELS[v];
const list = (vs: readonly string[]): string =>
  vs.length <= 1 ? (vs[0] ?? '') : `${vs.slice(0, -1).join(', ')} and ${vs[vs.length - 1]}`;
/** Page words go into guide markup: no markup characters of their own. */
const plain = (s: string): string => s.replace(/[*`]/g, '').slice(0, 80);

/** What comes after `id`: the next open task in guide order, else one still open before it, else Verify. */
function nextOf(id: TaskId, open: PageView['open']): string {
  const i = open.findIndex((t) => t.id === id);
  const later = i >= 0 ? open.slice(i + 1) : [];
  const next = later[0] ?? open.find((t) => t.id !== id);
  if (next) return ` ${later.length ? 'Next' : 'Still open'}: ${next.title}.`;
  return ' Every task is done: press **Verify all** in the Engage Copilot side panel.';
}

/** "Number bought: +1 415 555 0142. Next: Register the number (if necessary)." */
export function successLine(t: TaskView, seen: Seen, open: PageView['open']): string {
  const says = t.ends?.says ?? `${t.title}: done`;
  const kept = t.ends?.keep.length ? ` Kept: ${list(t.ends.keep.map(label))}.` : '';
  return `**${says}**${seen.quote ? `: ${plain(seen.quote)}` : ''}.${kept}${nextOf(t.id, open)}`;
}

/**
 * A target that shows a value the task must keep is passed only once that value is kept (or saved elsewhere); any
 * other copy control on screen is not passed by the controls below it while its value is not kept (Segment's
 * "Copy webhook URL" sits above the Account SID field, and Twilio's Request URL needs it later).
 */
function withKeeps(t: TaskView, isKept: (v: ValueName) => boolean): Located[] {
  const keep = t.ends?.keep ?? [];
  return t.locs.map((l) => {
    const v = l.target.captures;
    if (!v) return l;
    if (!keep.includes(v)) return isKept(v) ? l : { ...l, unkept: true };
    return { ...l, verdict: { state: l.verdict?.state ?? null, issues: l.verdict?.issues ?? [], satisfied: isKept(v) } };
  });
}

export function decide(page: PageView, state: GuideState): Decision {
  const isKept = (v: ValueName): boolean => page.kept.has(v) || state.savedElsewhere.has(v);
  let banner: Banner | undefined;
  const walking: number[] = [];
  for (const [i, t] of page.tasks.entries()) {
    const seen = t.ends && t.watchDone ? (t.success ?? state.succeeded.get(t.id) ?? null) : null;
    if (!seen || !t.ends) {
      walking.push(i);
      continue;
    }
    const pending = t.ends.keep.filter((v) => !isKept(v));
    if (pending.length) {
      // Each copy control in turn: the first value still to keep that the screen shows.
      const locs = withKeeps(t, isKept);
      const j = locs.findIndex((l) => l.found && l.target.captures && pending.includes(l.target.captures));
      if (j >= 0) return { kind: 'point', task: i, loc: j, keep: locs[j]!.target.captures!, ...(banner ? { banner } : {}) };
      // Mid-way through the task's steps (a dialog open) the walk goes on; its entry point would start it over.
      const cur = chooseCurrent(locs);
      if (cur > 0 && locs[cur]?.found) return { kind: 'point', task: i, loc: cur, ...(banner ? { banner } : {}) };
      const how = t.locs.find((l) => l.target.captures === pending[0])?.target.instruction;
      return {
        kind: 'quiet', task: i,
        banner: {
          taskId: t.id,
          text: `**${t.ends.says}**, but not kept yet: ${list(pending.map(label))}.${how ? ` ${how}` : ''} Or say you saved it elsewhere.`,
          savedElsewhere: pending,
        },
      };
    }
    const text = successLine(t, seen, page.open);
    if (t.ends.proves) {
      const kept = t.ends.keep.length ? ` Kept: ${list(t.ends.keep.map(label))}.` : '';
      return { kind: 'done', task: i, evidence: `${seen.evidence}${kept}`, banner: { taskId: t.id, text } };
    }
    // The page cannot prove it: one click marks it done, and the next task on this page is guided meanwhile.
    banner ??= { taskId: t.id, text, markDone: true };
  }
  const chosen = chooseTask(walking, (i) => withKeeps(page.tasks[i]!, isKept));
  if (!chosen) return { kind: 'quiet', ...(banner ? { banner } : {}) };
  const t = page.tasks[chosen.task]!;
  const loc = t.focused ?? chooseCurrent(chosen.locs);
  const l = chosen.locs[loc]!;
  const key = l.target.key;
  // A copy control not kept yet offers "I saved it elsewhere" too.
  const keep = l.unkept ? l.target.captures : undefined;
  if (l.found) return { kind: 'point', task: chosen.task, loc, ...(keep ? { keep } : {}), ...(banner ? { banner } : {}) };
  // Part of this task shows: an intermediate screen (results loading, a dialog closing). Never an alarm there.
  if (banner || chosen.locs.some((x) => x.found)) return { kind: 'quiet', task: chosen.task, ...(banner ? { banner } : {}) };
  if (!page.isTop || page.anyFoundElsewhere || state.dismissedKey === key || state.picking) return { kind: 'quiet', task: chosen.task };
  const since = state.missing?.key === key ? state.missing.since : page.now;
  if (page.now - since < SETTLE_MS) return { kind: 'wait', task: chosen.task, loc, key, until: since + SETTLE_MS };
  return { kind: 'missing', task: chosen.task, loc, key };
}

/** The state after a decision: when the missing target was first missing. */
export function missingAfter(state: GuideState, d: Decision, now: number): GuideState['missing'] {
  if (d.kind !== 'wait' && d.kind !== 'missing') return null;
  return state.missing?.key === d.key ? state.missing : { key: d.key, since: now };
}
