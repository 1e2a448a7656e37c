// Background side of validation: the guide's rules (classic zod lives here, not in content scripts) and the callout lines.
import type { ParsedTarget, ParsedTask, Region } from '../guide/schema';
import { resolveWant } from '../guide/index';
import { checkValue, checkValueFor } from '../guide/rules';
import { labelWords, preview } from '../overlay/text';
import { exampleFor } from '../progress/view';
import type { Onboarding } from '../progress/model';
import { VALUE_LABELS } from '../vault/labels';
import type { GuidedTask, TargetWant, Verdict } from './wire';

const valid = (issues: Verdict['issues'] = []): Verdict => ({ state: 'valid', issues, satisfied: true });
const invalid = (issues: Verdict['issues']): Verdict => ({ state: 'invalid', issues, satisfied: false });

/** The callout's line about what goes here, in guide markup (`code`, **bold**); none for buttons. */
export function expectedLine(target: ParsedTarget, region: Region): string | undefined {
  const want = resolveWant(target, region);
  if (want.kind === 'literal') return `Expected: \`${want.value}\``;
  if (want.kind === 'choice') return `Your choice: ${want.hint}`;
  if (want.kind === 'value') return `Expected: the ${VALUE_LABELS[want.name]} you kept earlier`;
  if (want.kind === 'checked') return target.kind === 'radio' ? `Expected: ${labelWords(target.labels[0]!)} selected` : target.kind === 'checkbox' ? 'Expected: ticked' : 'Expected: switched on';
  return undefined;
}

/** Every target's resolved want and callout line, sent with the task to the content script. */
export function wantsFor(task: ParsedTask, region: Region): Record<string, TargetWant> {
  const out: Record<string, TargetWant> = {};
  for (const t of task.targets) {
    const line = expectedLine(t, region);
    out[t.key] = { want: resolveWant(t, region), ...(line ? { line } : {}) };
  }
  return out;
}

/**
 * A page's task as the open onboarding sees it: the guide's example names in the onboarding's own terms, as the
 * side panel shows them (`twilio_engage_app_globex` for Globex, not the guide's `…_acme`).
 */
/** What this onboarding set up in earlier steps, for fields that should hold the same (`sameAs`). */
export interface Known {
  /** The domain whose records the DNS section holds (the domain authenticated). */
  authenticatedDomain?: string;
}

export function guideFor(task: ParsedTask, region: Region, onboarding: Pick<Onboarding, 'workspace' | 'name'>, known: Known = {}): Pick<GuidedTask, 'task' | 'wants'> {
  const own = (text: string): string => exampleFor(text, { ...onboarding, region });
  const targets = task.targets.map((t) => {
    const same = t.sameAs ? known[t.sameAs] : undefined;
    const hint = t.want.kind === 'choice' ? (same ? `${t.want.hint.replace(/, e\.g\. .*$/, '')}: \`${same}\`` : own(t.want.hint)) : undefined;
    return { ...t, instruction: own(t.instruction), ...(t.want.kind === 'choice' ? { want: { ...t.want, hint: hint! } } : {}) };
  });
  const mine = { ...task, targets };
  return { task: mine, wants: wantsFor(mine, region) };
}

/** A value unlike what an earlier step set up: a warning with a fix (another domain may be meant, rarely). */
function sameAsWarning(target: ParsedTarget, value: string, known: Known): Verdict['issues'] {
  const same = target.sameAs ? known[target.sameAs] : undefined;
  if (!same || value.toLowerCase() === same.toLowerCase()) return [];
  return [{
    code: 'notSame',
    message: `You authenticated \`${preview(same, 80)}\`; reverse DNS normally uses that domain`,
    fix: { label: `Use ${preview(same, 60)}`, value: same },
  }];
}

/**
 * Check a typed value against the target's rule and the literal it wants. `length` is the full length
 * when the content script cut a huge paste to CHECK_MAX characters.
 */
export function checkField(target: ParsedTarget, value: string, length: number, region: Region, known: Known = {}): Verdict {
  if (length > value.length) {
    return invalid([{ code: 'tooLong', message: `this is ${length.toLocaleString('en')} characters long; nothing this long belongs here` }]);
  }
  const want = resolveWant(target, region);
  let cleaned = value;
  if (target.rule) {
    const r = checkValue(target.rule, value, { region });
    if (!r.ok) return invalid(r.issues);
    cleaned = r.value;
    if (want.kind !== 'literal') return valid([...r.warnings, ...sameAsWarning(target, cleaned, known)]);
  } else if (want.kind === 'value') {
    const r = checkValueFor(want.name, value, { region });
    return r.ok ? valid(r.warnings) : invalid(r.issues);
  }
  if (want.kind === 'literal' && cleaned !== want.value) {
    return invalid([
      {
        code: 'literal',
        message: `must be exactly \`${preview(want.value, 120)}\`; you typed \`${preview(value, 120)}\``,
        fix: { label: 'Use the exact value', value: want.value },
      },
    ]);
  }
  return valid();
}
