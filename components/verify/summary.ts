// The sentence a Verify run ends with: what was verified, what has problems, and what was skipped for want of a key.
import { SKIP } from '../../utils/verify/runner';
import type { CheckResult, RunState } from '../../utils/verify/types';

const KEY_NAMES: [keyof typeof SKIP, string][] = [
  ['subuser', 'the SendGrid subuser API key'],
  ['parent', 'the SendGrid parent API key'],
  ['twilio', 'the Twilio keys'],
];

/** The keys the skipped checks wanted, in words ("the SendGrid parent API key"). */
export function missingKeys(skipped: CheckResult[]): string[] {
  return KEY_NAMES.filter(([k]) => skipped.some((c) => c.message.startsWith(SKIP[k]))).map(([, words]) => words);
}

function joinWords(words: string[]): string {
  return words.length < 2 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

export function runSummary(run: RunState): { text: string; kind: 'ok' | 'error' } {
  if (run.notice) return { text: run.notice, kind: 'error' };
  const checks = run.tasks.flatMap((t) => t.checks);
  const skips = checks.filter((c) => c.status === 'skipped');
  const skipped = skips.length;
  const need = missingKeys(skips);
  const keepFirst = need.length ? `keep ${joinWords(need)} above` : 'keep the missing keys above';
  // Every check skipped for want of a key means nothing was checked: say so rather than "0 verified".
  if (checks.length > 0 && skipped === checks.length) return { text: `Nothing was checked: ${keepFirst}, then press Verify again.`, kind: 'error' };
  const problems = run.tasks.filter((t) => t.verdict === 'failed' || t.verdict === 'error').length;
  const verified = run.tasks.filter((t) => t.verdict === 'verified').length;
  const skipWords = skipped ? `, ${skipped} ${skipped === 1 ? 'check' : 'checks'} skipped: ${keepFirst} to run ${skipped === 1 ? 'it' : 'them'}` : '';
  return {
    text: `Done: ${verified} verified, ${problems} with problems${skipWords} (${run.calls} API calls).`,
    kind: problems || skipped ? 'error' : 'ok',
  };
}
