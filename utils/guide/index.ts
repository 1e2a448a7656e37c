// The guide API every context reads: the parsed guide data and lookups by id, URL, value and region.
import { guideData } from './data/guide';
import { fillGuide } from './filled';
import { originOfPattern, urlMatches } from './match';
import type {
  Guide,
  ParsedTarget,
  ParsedTask,
  Region,
  Stage,
  TaskId,
  ValueName,
  Want,
} from './schema';

export type { Guide, ParsedTarget, ParsedTask, Region, Stage, TaskId, ValueName } from './schema';

/** The compiled-in data with defaults filled; the unit tests parse it with `GuideSchema` and hold the two equal. */
export const guide: Guide = fillGuide(guideData);

const tasks: ParsedTask[] = guide.stages.flatMap((s) => s.tasks);
const byId = new Map<TaskId, ParsedTask>(tasks.map((t) => [t.id, t]));
const stageById = new Map<TaskId, Stage>(guide.stages.flatMap((s) => s.tasks.map((t) => [t.id, s] as const)));

/** Every task, in guide order. */
export function allTasks(): ParsedTask[] {
  return tasks;
}

/** The task with this id. Every `TaskId` is in the guide (tested), so this never misses. */
export function taskById(id: TaskId): ParsedTask {
  const task = byId.get(id);
  if (!task) throw new Error(`guide data has no task ${id}`);
  return task;
}

/** The stage a task belongs to. */
export function stageOf(id: TaskId): Stage {
  const stage = stageById.get(id);
  if (!stage) throw new Error(`guide data has no task ${id}`);
  return stage;
}

/**
 * Tasks whose console page this URL is, in guide order. Works for top pages and for the framed legacy
 * Twilio documents (`https://www.twilio.com/console/...`), and never throws on a bad URL (returns []).
 */
export function tasksForUrl(url: string): ParsedTask[] {
  return tasks.filter((t) => urlMatches(url, t.page.matches));
}

export interface DeepLinkOptions {
  workspace?: string;
  space?: string;
  /** EU workspaces open Segment pages on `eu1.app.segment.com` (inferred host; see data/literals.ts). */
  region?: Region;
}

/**
 * The task's console page, with Segment's `{workspace}` / `{space}` filled in. Without a workspace the
 * person lands on Segment's workspace picker; without a space, on the workspace's home.
 */
export function deepLinkFor(task: ParsedTask, opts: DeepLinkOptions = {}): string {
  const link = task.page.deepLink;
  const segmentHost = opts.region === 'eu' ? 'https://eu1.app.segment.com' : 'https://app.segment.com';
  if (!link.includes('{workspace}') && !link.includes('{space}')) return link;
  const workspace = opts.workspace?.trim();
  const space = opts.space?.trim();
  if (!workspace) return `${segmentHost}/workspaces`;
  const ws = encodeURIComponent(workspace);
  if (!space && link.includes('{space}')) return `${segmentHost}/${ws}/`;
  const filled = link
    .replace('https://app.segment.com', segmentHost)
    .replaceAll('{workspace}', ws)
    .replaceAll('{space}', encodeURIComponent(space ?? ''));
  return filled;
}

/** The task that produces a value (each value has exactly one producer; tested). */
export function producerOf(name: ValueName): ParsedTask | undefined {
  return tasks.find((t) => t.produces.includes(name));
}

/** Tasks that consume a value, in guide order. */
export function consumersOf(name: ValueName): ParsedTask[] {
  return tasks.filter((t) => t.consumes.includes(name));
}

/**
 * Origins where a carried value may be filled: the hosts of the pages of the tasks that consume it
 * (the vault refuses any other origin). Sorted, without duplicates.
 */
export function destinationOrigins(name: ValueName): string[] {
  const origins = new Set<string>();
  for (const task of consumersOf(name)) {
    for (const pattern of task.page.matches) {
      const origin = originOfPattern(pattern);
      if (origin) origins.add(origin);
    }
  }
  return [...origins].sort();
}

/** A target's want with any regional literal resolved for this workspace's region. */
export type ResolvedWant =
  | { kind: 'literal'; value: string }
  | Exclude<Want, { kind: 'literal' }>;

export function resolveWant(target: ParsedTarget, region: Region): ResolvedWant {
  const want = target.want;
  if (want.kind !== 'literal') return want;
  const value = typeof want.value === 'string' ? want.value : want.value[region];
  return { kind: 'literal', value };
}
