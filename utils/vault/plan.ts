// The capture plan (background): which guide targets show a value to capture, and whom each value is kept for.
import type { ParsedTask, ValueName } from '../guide/schema';
import type { CapturePlan, PlanTarget } from './wire';

/** Built once from the guide's tasks (in guide order); the content scripts ask for it with `vault.capturePlan`. */
export function capturePlanOf(tasks: readonly ParsedTask[]): CapturePlan {
  const targets: PlanTarget[] = [];
  const keepFor: CapturePlan['keepFor'] = {};
  for (const task of tasks) {
    for (const target of task.targets) {
      if (target.captures) targets.push({ taskId: task.id, matches: task.page.matches, target: { ...target, captures: target.captures } });
    }
  }
  const captured = new Set<ValueName>(targets.map((t) => t.target.captures));
  for (const name of captured) {
    const consumer = tasks.find((t) => t.consumes.includes(name));
    if (consumer) keepFor[name] = consumer.platform;
  }
  return { targets, keepFor };
}
