// Turns task verdicts into progress: verified → done (source api, with evidence); a failure reopens a task marked done.
import type { TaskId } from '../guide/schema';
import type { ProgressAction, ProgressState } from '../progress/model';
import { activeOnboarding } from '../progress/model';
import { VENDOR_NAME, type TaskResult } from './types';
import { clock } from '../clock';

export interface ApplyDeps {
  applyProgress(action: ProgressAction): Promise<ProgressState>;
  readProgress(): Promise<ProgressState>;
  now(): Date;
  /**
   * Stops the console pages marking these tasks done again (the page's signal is what the API just contradicted):
   * without it, a console tab still showing the old screen re-marked the reopened task within a second.
   */
  holdPageDetection?(onboardingId: string, taskIds: TaskId[]): Promise<unknown>;
}

const vendorOf = (taskId: TaskId) => VENDOR_NAME[taskId.startsWith('twilio.') ? 'twilio' : 'sendgrid'];
// Progress keeps evidence under 500 characters.
const clip = (s: string) => (s.length > 480 ? `${s.slice(0, 479)}…` : s);

/**
 * Writes each verdict through the single progress writer and returns the results with their evidence.
 * `onboardingId` pins the writes to the onboarding the run checked, even if the person switches meanwhile.
 */
export async function applyResults(tasks: TaskResult[], deps: ApplyDeps, onboardingId?: string): Promise<TaskResult[]> {
  const state = await deps.readProgress();
  const onboarding = state.onboardings.find((o) => o.id === onboardingId) ?? activeOnboarding(state);
  const at = clock(deps.now());
  const out: TaskResult[] = [];
  // Every change goes in one write, so a run that marks 16 tasks re-renders each panel once.
  type Change = Extract<ProgressAction, { type: 'setTaskStates' }>['changes'][number];
  const changes: Change[] = [];
  for (const t of tasks) {
    const current = onboarding.tasks[t.taskId];
    const by = `${vendorOf(t.taskId)} API, ${at}`;
    if (t.verdict === 'verified') {
      const evidence = `verified by ${by}`;
      // Re-verifying within the same minute changes nothing: skip the write (and every panel's re-render).
      const same = current?.status === 'done' && current.source === 'api' && current.evidence === evidence;
      if (!same) changes.push({ taskId: t.taskId, status: 'done', source: 'api', evidence });
      out.push({ ...t, evidence });
    } else if (t.verdict === 'notNeeded') {
      const evidence = `not needed, per ${by}: ${t.checks[0]?.message ?? ''}`;
      if (current?.status !== 'done') {
        changes.push({ taskId: t.taskId, status: 'skipped', source: 'api', skipReason: clip(t.checks[0]?.message ?? 'not needed'), evidence: clip(evidence) });
      }
      out.push({ ...t, evidence: clip(evidence) });
    } else if (t.verdict === 'failed' && current?.status === 'done' && t.checks.some((c) => c.status === 'fail' && !c.keepsDone)) {
      // A done task the API contradicts goes back to the list, with the reason; the person may undo this.
      // Failures that cannot tell "never done" from "done and since over" (warmup) never reopen it.
      const why = t.checks.find((c) => c.status === 'fail' && !c.keepsDone)?.message ?? 'a check failed';
      const evidence = clip(`reopened by ${by}: ${why}`);
      changes.push({ taskId: t.taskId, status: 'todo', source: 'api', evidence });
      out.push({ ...t, evidence, reopened: true });
    } else {
      out.push(t);
    }
  }
  const reopened = out.filter((t) => t.reopened).map((t) => t.taskId);
  // Held before the write, so no page report can slip in between the reopening and the hold.
  if (reopened.length && deps.holdPageDetection) await deps.holdPageDetection(onboarding.id, reopened);
  if (changes.length) await deps.applyProgress({ type: 'setTaskStates', onboardingId: onboarding.id, changes });
  return out;
}
