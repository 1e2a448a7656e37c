// What the side panel shows about progress, computed from the guide and one onboarding (pure).
import type { Guide, Stage } from '../guide/schema';
import type { ParsedTask, TaskId } from '../guide/schema';
import { statusOf, type Onboarding, type TaskState } from './model';

export interface StageCount {
  /** Done plus skipped: the tasks that no longer need the person. */
  complete: number;
  total: number;
}

export function stageCount(stage: Stage, onboarding: Onboarding): StageCount {
  const complete = stage.tasks.filter((t) => statusOf(onboarding, t.id) !== 'todo').length;
  return { complete, total: stage.tasks.length };
}

/** The first task still to do, in guide order; null when every task is done or skipped. */
export function nextTask(guide: Guide, onboarding: Onboarding): ParsedTask | null {
  for (const stage of guide.stages) for (const t of stage.tasks) if (statusOf(onboarding, t.id) === 'todo') return t;
  return null;
}

export function findTask(guide: Guide, id: TaskId): { task: ParsedTask; stage: Stage } | null {
  for (const stage of guide.stages) for (const task of stage.tasks) if (task.id === id) return { task, stage };
  return null;
}

const SOURCE_WORDS = { manual: 'by you', page: 'detected on the console page', api: 'by a vendor API check' } as const;

/** One line saying what state a task is in and how it got there, e.g. "Done, by a vendor API check, 14:02". */
/** Segment pages need the workspace (and space) slugs for a direct link; say so when they are missing. */
export function missingSlugs(task: ParsedTask, onboarding: Onboarding): boolean {
  const link = task.page.deepLink;
  return (link.includes('{workspace}') && !onboarding.workspace) || (link.includes('{space}') && !onboarding.space);
}

export function describeState(state: TaskState | undefined): string {
  if (!state) return 'To do';
  const when = new Date(state.at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
  const what = state.status === 'done' ? 'Done' : state.status === 'skipped' ? 'Skipped' : 'To do (reopened)';
  return `${what}, ${SOURCE_WORDS[state.source]}, ${when}`;
}
