// Guidance message payloads and replies. Content scripts import only types from here (their checks are page-parse.ts), so no zod reaches console pages.
import { z } from 'zod/mini';
import type { ParsedTask, Region, TaskId, ValueName } from '../guide/schema';
import type { ResolvedWant } from '../guide/index';
import { CHECK_MAX } from './limits';
import type { Reply } from '../messaging/protocol';
import type { Rows } from './rows';

const str = (max: number) => z.string().check(z.maxLength(max));
/** Task ids are checked against the guide by the background; the wire only bounds them. */
const taskIdish = str(64);

/** One frame's report: which task and target it guides, and whether the target is on the page. */
export const FrameReportSchema = z.object({
  url: str(2048),
  taskId: z.nullable(taskIdish),
  /** Guide-order tasks before this one that are still open. */
  earlierOpen: z.optional(z.array(taskIdish).check(z.maxLength(20))),
  targetKey: z.optional(str(64)),
  targetLabel: z.optional(str(200)),
  found: z.boolean(),
  /** How the locator found it (label, placeholder, remembered…). */
  via: z.optional(str(40)),
  /** Validation of the value the field holds; never the value itself. */
  state: z.optional(z.enum(['valid', 'invalid'])),
  remembered: z.optional(z.boolean()),
  /** The task this page showed done during this visit, and how we knew (kept while the page moves on). */
  doneTaskId: z.optional(taskIdish),
  doneEvidence: z.optional(str(500)),
});
export type FrameReportRequest = z.input<typeof FrameReportSchema>;
export interface FrameReportReply {
  /** Some other frame of this tab shows the target (so this frame need not say "couldn't find it"). */
  anyFound: boolean;
}

export const PageTaskRequestSchema = z.object({ url: str(8192) });
export type PageTaskRequest = z.infer<typeof PageTaskRequestSchema>;

/** What a target wants, resolved for the region, and the callout's line about it. */
export interface TargetWant {
  want: ResolvedWant;
  line?: string;
}
/** An open task whose page this is, with what each of its targets wants (resolved for the region). */
export interface GuidedTask {
  task: ParsedTask;
  wants: Record<string, TargetWant>;
  /** False after the person undid a page-detected "done": guide it, but do not mark it done again. */
  watchDone: boolean;
  /** This onboarding's rows the task's targets name (`row`), when remembered. */
  rows?: Rows;
}
/** The open tasks this page belongs to (guide order), whatever the checklist order; the page picks among them. */
/** An open task, for "earlier steps still open"; `finishesAfter`: the later tasks it can only finish after. */
export interface OpenTask {
  id: TaskId;
  title: string;
  finishesAfter?: TaskId[];
}

export interface PageTaskReply {
  tasks: GuidedTask[];
  /** Every open task in guide order, for "earlier steps still open". */
  open: OpenTask[];
  region: Region;
  /** Names of the values the vault holds now (never the values), so a task that shows a secret once waits for them. */
  kept: ValueName[];
  /** The active onboarding: a screen left open from another onboarding proves nothing for this one. */
  onboardingId: string;
  /**
   * This page has open steps of the active onboarding but counts for another (its Segment workspace, or the
   * onboarding open when the tab loaded): why, in words for the page, so the person is not left guessing.
   */
  outOfScope?: string;
}

export const PageDoneRequestSchema = z.object({
  taskId: taskIdish,
  evidence: z.string().check(z.minLength(1), z.maxLength(500)),
  /** The person's own click on the success screen ("Mark done"), not the page's proof. */
  byPerson: z.optional(z.boolean()),
  /** The row this task chose (checked again by the background): the IP ticked, the number bought; no value: forget it. */
  remember: z.optional(z.object({ name: str(20), value: z.optional(str(40)), for: z.optional(str(64)) })),
});
export type PageDoneRequest = z.infer<typeof PageDoneRequestSchema>;
export type GuidanceReply = Reply;

export const TargetRequestSchema = z.object({ taskId: taskIdish, targetKey: z.string().check(z.minLength(1), z.maxLength(64)) });
export type TargetRequest = z.infer<typeof TargetRequestSchema>;

/** Longest value sent for checking; rules reject anything this long anyway, and 1 MB pastes stay cheap. */
export const CheckRequestSchema = z.object({
  taskId: taskIdish,
  targetKey: str(64),
  value: str(CHECK_MAX),
  /** The full length, when the value was cut to CHECK_MAX. */
  length: z.number().check(z.int(), z.minimum(0)),
});
export type CheckRequest = z.infer<typeof CheckRequestSchema>;

export interface Issue {
  code: string;
  message: string;
  fix?: { label: string; value: string };
}
export interface Verdict {
  /** null: nothing under validation (empty field, button, switch still off). */
  state: 'valid' | 'invalid' | null;
  issues: Issue[];
  /** The target needs nothing more from the person. */
  satisfied: boolean;
}
