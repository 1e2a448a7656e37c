// What a run that could not check everything leaves in place: the earlier run's verdicts, each saying when it was checked.
import { verdictOf } from './runner';
import type { TaskResult } from './types';

/**
 * The result to show for a task after a run: this run's, except that a check it skipped (for want of a key) keeps
 * the earlier run's outcome, with that run's time. A run that skipped every check keeps the earlier result whole.
 */
export function keepEarlier(now: TaskResult, earlier: TaskResult | undefined): TaskResult {
  if (!earlier) return now;
  if (now.checks.every((c) => c.status === 'skipped')) return earlier;
  let carried = false;
  const checks = now.checks.map((c) => {
    const before = c.status === 'skipped' ? earlier.checks.find((e) => e.checkId === c.checkId && e.status !== 'skipped') : undefined;
    if (!before) return c;
    carried = true;
    return { ...before, checkedAt: before.checkedAt ?? earlier.at };
  });
  if (!carried) return now;
  const verdict = verdictOf(checks);
  // The verdict now rests partly on the earlier run: its evidence (and time) is the one that stands.
  return { ...now, verdict, checks, evidence: verdict === earlier.verdict ? (earlier.evidence ?? now.evidence) : now.evidence };
}

/** How the panel and the report say a check's outcome is the earlier run's. */
export const earlierWords = (at: string) => `as checked at ${at}: the latest run skipped it`;
