// What the side panel shows about progress, computed from the guide and one onboarding (pure).
import type { Guide, Stage } from '../guide/schema';
import type { ParsedTask, TaskId } from '../guide/schema';
import { ENGAGE_PREFIX, SENDGRID_WEBHOOK_URL } from '../guide/data/literals';
import type { Onboarding, TaskState } from './model';
import { statusOf } from './state';
import { clock } from '../clock';

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

/** How a task got its state, in the words the panel and the report both use. */
export const SOURCE_WORDS = { manual: 'marked done by you', page: 'seen on the page', api: 'verified through the API' } as const;
const SKIP_WORDS = { manual: 'skipped by you', page: 'seen on the page', api: 'checked through the API' } as const;

/** The consoles the copilot guides; any other page of a task (a docs page) is opened as a page, not "in console". */
const CONSOLE_HOSTS = new Set(['app.segment.com', 'eu1.app.segment.com', 'app.sendgrid.com', 'console.twilio.com', '1console.twilio.com']);
export function isConsolePage(task: ParsedTask): boolean {
  return CONSOLE_HOSTS.has(new URL(task.page.deepLink).hostname);
}

/** Segment pages need the workspace (and space) slugs for a direct link; say so when they are missing. */
export function missingSlugs(task: ParsedTask, onboarding: Onboarding): boolean {
  const link = task.page.deepLink;
  return (link.includes('{workspace}') && !onboarding.workspace) || (link.includes('{space}') && !onboarding.space);
}

/** How a state came about, e.g. "marked done by you"; a reopened to-do says who reopened it. */
export function sourceWords(state: TaskState): string {
  if (state.status === 'skipped') return SKIP_WORDS[state.source];
  if (state.status === 'todo') return state.source === 'api' ? 'reopened by an API check' : state.source === 'page' ? 'reopened on the page' : 'reopened by you';
  return SOURCE_WORDS[state.source];
}

/** The card's state line: an API check's evidence already says how and when ("Done, verified by Twilio API, 10:56"). */
export function stateLine(state: TaskState | undefined): string {
  if (state?.evidence && state.source === 'api') return `${state.status === 'done' ? 'Done' : state.status === 'skipped' ? 'Skipped' : 'To do'}, ${state.evidence}`;
  return state?.evidence ? `${describeState(state)}: ${state.evidence}` : describeState(state);
}

/** One line saying what state a task is in and how it got there, e.g. "Done, verified through the API, 14:02". */
export function describeState(state: TaskState | undefined): string {
  if (!state) return 'To do';
  const when = clock(state.at);
  const what = state.status === 'done' ? 'Done' : state.status === 'skipped' ? 'Skipped' : 'To do';
  return `${what}, ${sourceWords(state)}, ${when}`;
}

/**
 * Guide text in the open onboarding's own terms: the example subuser name becomes its workspace slug (else its
 * name), and an EU onboarding reads the EU webhook URL where the 2022 steps give the US one.
 */
export function exampleFor(text: string, onboarding: Pick<Onboarding, 'workspace' | 'name'> & Partial<Pick<Onboarding, 'region'>>): string {
  const own = (onboarding.workspace || onboarding.name).toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '') || 'customer';
  const named = text.split(`${ENGAGE_PREFIX}acme`).join(`${ENGAGE_PREFIX}${own}`);
  return onboarding.region === 'eu' ? named.split(SENDGRID_WEBHOOK_URL.us).join(SENDGRID_WEBHOOK_URL.eu) : named;
}
