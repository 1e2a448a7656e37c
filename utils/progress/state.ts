// Pure helpers on progress, with no zod: the side panel's first screen imports these (the schemas are in model.ts).
import type { TaskId } from '../guide/names';
import type { Onboarding, ProgressState, TaskStatus } from './model';

/** Progress is stored at version 2; version 1 was a flat `{ done: TaskId[] }` for one onboarding. */
export const PROGRESS_VERSION = 2;

/** The active onboarding (the state's refine guarantees it exists). */
export function activeOnboarding(state: ProgressState): Onboarding {
  return state.onboardings.find((o) => o.id === state.activeId) ?? state.onboardings[0]!;
}

/** A task's status in an onboarding; untouched tasks are to-dos. */
export function statusOf(onboarding: Onboarding, taskId: TaskId): TaskStatus {
  return onboarding.tasks[taskId]?.status ?? 'todo';
}

export const DEFAULT_ONBOARDING_NAME = 'My onboarding';

export function freshOnboarding(id: string, now: number, name = DEFAULT_ONBOARDING_NAME): Onboarding {
  return { id, name, region: 'us', createdAt: now, tasks: {} };
}

export function freshState(id: string, now: number): ProgressState {
  return { activeId: id, onboardings: [freshOnboarding(id, now)] };
}
