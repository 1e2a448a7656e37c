// The guidance session's contract: what it needs from the content script, what it hands to extensions, and how a task ends.
import type { ParsedTarget, TaskId, ValueName } from '../guide/schema';
import type { Found } from '../locator/find';
import type { FieldDescription } from '../locator/pick';
import type { DomWatcher } from '../locator/watch';
import type { Overlay } from '../overlay/overlay';
import type { Ends, Seen } from './decide';
import type { Remembered } from './rows';
import type { FrameReportReply, FrameReportRequest, GuidedTask, OpenTask, Verdict } from './wire';

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

/** Of the cells a `findBy: 'column'` target finds, the one to ring and the notes about it. */
export interface ShownChoice {
  found: Found | null;
  notes: string[];
}
/**
 * Chooses among a column's cells (the kept key's API Key ID); null when it has no say for this target. It may learn
 * its answer later: then it calls `again` and answers the next time.
 */
export type ChooseShown = (taskId: TaskId, target: ParsedTarget, cells: readonly Found[], again: () => void) => ShownChoice | null;

export interface TaskSessionDeps {
  doc: Document;
  signal: AbortSignal;
  /** The open tasks whose page this is, in guide order, with their resolved wants. */
  tasks: GuidedTask[];
  /** Every open task in guide order, for "earlier steps still open". */
  open: OpenTask[];
  /** Ask the rules about a text field's value. */
  check(taskId: TaskId, targetKey: string, value: string, length: number): Promise<Verdict | undefined>;
  overlay: Overlay;
  watcher: DomWatcher;
  picks: PickStore;
  /** The top frame speaks up when nothing is found; a frame stays quiet so the shell does not repeat it. */
  isTop: boolean;
  report(r: FrameReportRequest): Promise<FrameReportReply | undefined>;
  /** `remember`: the row the task chose (the IP ticked, the number bought), for the background to keep. */
  onDone(taskId: TaskId, evidence: string, remember?: Remembered): void;
  /** The person's one click on a success screen the page cannot prove. */
  onMarkDone(taskId: TaskId): void;
  /** Names of the values kept in the vault (never the values themselves). */
  kept: ReadonlySet<ValueName>;
  /** What this page showed during this visit, shared by every session of the frame (SPA steps restart the session). */
  memory: VisitMemory;
  /** A task this page showed done earlier in this visit, repeated in every report for the side panel. */
  lastDone?: { taskId: TaskId; evidence: string };
  extensions: readonly TargetExtension[];
  /** Chooses among the cells of a column target (the carry's kept-key row); the first cell without it. */
  chooseShown?: ChooseShown;
  setTimeout(fn: () => void, ms: number): number;
  now(): number;
}

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

/** How a task ends: its success screen, or (older data) its done signal as one. */
export function endsOf(g: GuidedTask): (Ends & { shows: NonNullable<GuidedTask['task']['done']>; quote?: string }) | undefined {
  const { task } = g;
  const row = task.success?.shows.kind === 'tableColumnHas' ? task.success.shows.row : undefined;
  // Any row may show it, and none is tied to this onboarding: the person says whether it is theirs.
  if (task.success && row && !g.rows?.[row]) {
    return { ...task.success, proves: false, says: `${task.success.says} for one of the listed rows, but Engage Copilot cannot tell which row is this onboarding’s: check it is yours` };
  }
  if (task.success) return task.success;
  return task.done ? { shows: task.done, says: `${task.title}: done`, proves: true, keep: [] } : undefined;
}

/** What a page showed during one visit: success screens, values saved elsewhere, fields' last verdicts. */
export interface VisitMemory {
  succeeded: Map<TaskId, Seen>;
  savedElsewhere: Set<ValueName>;
  /** "task target" → what the field held when last judged (false: not what the guide asks). */
  held: Map<string, string | false>;
  /** "task target" → the rows ticked when its scope last showed (the IPs ticked in the subuser dialog). */
  ticked: Map<string, string[]>;
  /** task → the guide's values its table did not list when it last showed (the identifier still to add). */
  lacks: Map<TaskId, string[]>;
}

export const freshMemory = (): VisitMemory => ({ succeeded: new Map(), savedElsewhere: new Set(), held: new Map(), ticked: new Map(), lacks: new Map() });
