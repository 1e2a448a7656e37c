// Task ids that changed name, so progress saved under an old id is carried to the new one instead of dropped.
import type { TaskId } from '../guide/schema';

/**
 * Old task id → the id it is now. When a task in the guide is renamed, add its old id here (never remove an
 * entry: a browser may hold progress from any earlier version). No storage version bump is needed: an old id
 * is not a valid task id any more, so every read that meets one renames it, and the next write stores the new one.
 */
export const TASK_RENAMES: Readonly<Record<string, TaskId>> = {};

/**
 * Renames the task keys of every onboarding in a stored value (any shape: anything that is not an onboarding
 * list passes through). Where both the old and the new id are present, the new one wins. Returns how many
 * task states moved; `value` is a copy when any did, else the input itself.
 */
export function renameTaskIds(raw: unknown, renames: Readonly<Record<string, string>> = TASK_RENAMES): { value: unknown; moved: number } {
  if (!Object.keys(renames).length || typeof raw !== 'object' || raw === null) return { value: raw, moved: 0 };
  const onboardings = (raw as { onboardings?: unknown }).onboardings;
  if (!Array.isArray(onboardings)) return { value: raw, moved: 0 };
  let moved = 0;
  const next = onboardings.map((ob: unknown) => {
    const tasks = (ob as { tasks?: unknown } | null)?.tasks;
    if (typeof tasks !== 'object' || tasks === null || Array.isArray(tasks)) return ob;
    const renamed: Record<string, unknown> = {};
    let changed = false;
    for (const [id, state] of Object.entries(tasks)) {
      const to = Object.hasOwn(renames, id) ? renames[id]! : undefined;
      if (to === undefined) renamed[id] = state;
      else {
        changed = true;
        moved++;
        if (!Object.hasOwn(tasks, to)) renamed[to] = state;
      }
    }
    return changed ? { ...(ob as object), tasks: renamed } : ob;
  });
  return moved ? { value: { ...(raw as object), onboardings: next }, moved } : { value: raw, moved: 0 };
}

/** A version-1 list of done ids, renamed the same way (duplicates dropped). */
export function renameDoneIds(done: readonly string[], renames: Readonly<Record<string, string>> = TASK_RENAMES): string[] {
  return [...new Set(done.map((id) => (Object.hasOwn(renames, id) ? renames[id]! : id)))];
}
