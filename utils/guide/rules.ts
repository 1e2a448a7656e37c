// Validation of what a person types or pastes: `checkValue(rule, input, { region })`. Never throws, never quotes secrets.
import { z } from 'zod';
import { RULES, RuleIssueSchema, ruleSchema, type RuleEnv, type RuleIssue } from './rule-catalog';
import { SECRET_VALUES, STRONG_SHAPES, VALUE_LABELS, recognizeValue } from './recognize';
import {
  MAX_INPUT,
  count,
  describeEdge,
  describeInvisible,
  edges,
  hasInvisible,
  preview,
  secretPreview,
  stripInvisible,
} from './rule-text';
import type { Region, RuleId, ValueName } from './schema';

export { RuleIssueSchema, type RuleIssue } from './rule-catalog';
export { recognizeValue } from './recognize';

export const RuleResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), value: z.string(), warnings: z.array(RuleIssueSchema) }),
  z.object({ ok: z.literal(false), issues: z.array(RuleIssueSchema).min(1) }),
]);
export type RuleResult = z.infer<typeof RuleResultSchema>;

export interface RuleContext {
  region: Region;
}

/** Which rule checks each carried value. */
export const RULE_FOR_VALUE: Record<ValueName, RuleId> = {
  'sendgrid.subuserName': 'subuserName',
  'sendgrid.apiKeyId': 'sendgridApiKeyId',
  'sendgrid.apiKey': 'sendgridApiKey',
  'twilio.accountSid': 'twilioAccountSid',
  'twilio.apiKeySid': 'twilioApiKeySid',
  'twilio.apiKeySecret': 'twilioApiKeySecret',
  'segment.twilioWebhookUrl': 'segmentTwilioWebhookUrl',
};

const MASKED = /[•●*]{3}/;
const INNER_SPACE = /\s/;

/** Check `input` against `rule`. Any string is accepted (1 MB, RTL, HTML…); the answer is always a value. */
export function checkValue(rule: RuleId, input: string, ctx: RuleContext): RuleResult {
  try {
    return check(rule, input, ctx);
  } catch {
    // A bug here must not break the page the person is typing on.
    return { ok: false, issues: [{ code: 'internal', message: 'The copilot could not check this value' }] };
  }
}

/** Check a carried value with the rule that governs it. */
export function checkValueFor(name: ValueName, input: string, ctx: RuleContext): RuleResult {
  return checkValue(RULE_FOR_VALUE[name], input, ctx);
}

function check(rule: RuleId, input: string, ctx: RuleContext): RuleResult {
  const def = RULES[rule];
  if (!def) return { ok: false, issues: [{ code: 'unknownRule', message: `No rule named ${String(rule)}` }] };
  if (typeof input !== 'string') return { ok: false, issues: [{ code: 'notText', message: 'This is not text' }] };
  const region: Region = ctx?.region === 'eu' ? 'eu' : 'us';

  if (input.length > MAX_INPUT)
    return {
      ok: false,
      issues: [{ code: 'tooLong', message: `This is ${count(input.length)} long; this field wants ${def.wants}` }],
    };

  const recognized = recognizeValue(input);
  const secret = def.secret === true || (recognized !== null && SECRET_VALUES.has(recognized));
  const env: RuleEnv = { region, show: secret ? secretPreview : preview };

  const issues: RuleIssue[] = [];
  const cleaned = hygiene(input, def.token === true, issues);
  if (cleaned.length === 0) {
    const message = input.length === 0 ? `This is empty; it wants ${def.wants}` : 'This holds only spaces or invisible characters';
    return { ok: false, issues: [{ code: 'empty', message }] };
  }
  if (def.token && MASKED.test(cleaned)) {
    issues.push({ code: 'masked', message: 'This looks like the masked text shown on screen; use the copy button next to it' });
    return { ok: false, issues };
  }

  const parsed = ruleSchema(rule, { ...env }).safeParse(cleaned);
  if (!parsed.success) {
    const own = parsed.error.issues.map(toRuleIssue);
    const swap = swapIssue(def.value, recognized, own);
    issues.push(...(swap ? [swap] : own));
  }
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: cleaned, warnings: def.warn?.(cleaned, env) ?? [] };
}

/** Stray spaces and invisible characters: each an issue with its own one-click fix. Returns the cleaned value. */
function hygiene(input: string, token: boolean, issues: RuleIssue[]): string {
  const stripped = hasInvisible(input) ? stripInvisible(input) : input;
  if (stripped !== input) {
    const first = [...input].find((ch) => hasInvisible(ch)) ?? '';
    const extra = input.length - stripped.length - 1;
    issues.push({
      code: 'invisible',
      message: `This has ${describeInvisible(first)}${extra > 0 ? ` and ${count(extra, 'more invisible character')}` : ''}`,
      fix: { label: 'Remove invisible characters', value: stripped },
    });
  }
  const trimmed = stripped.trim();
  if (trimmed.length === 0) return '';
  // Edges are read after stripping, so "key \u200B" still counts as a trailing space.
  const { leading, trailing } = edges(stripped);
  const spaces = [...leading, ...trailing].length;
  const trimFix = { label: spaces === 1 ? 'Remove the space' : 'Remove the spaces', value: trimmed };
  if (leading.length > 0)
    issues.push({ code: 'leadingSpace', message: `This starts with ${describeEdge(leading)}`, fix: trimFix });
  if (trailing.length > 0)
    issues.push({
      code: 'trailingSpace',
      message: trailing === ' ' ? 'This has a trailing space' : `This ends with ${describeEdge(trailing)}`,
      fix: trimFix,
    });
  if (token && INNER_SPACE.test(trimmed)) {
    const squeezed = trimmed.replace(/\s+/g, '');
    issues.push({
      code: 'innerSpace',
      message: 'This has a space or line break inside it',
      fix: { label: 'Remove the spaces', value: squeezed },
    });
    return squeezed;
  }
  return trimmed;
}

function toRuleIssue(issue: z.core.$ZodIssue): RuleIssue {
  const params = (issue as { params?: { code?: unknown; fix?: unknown } }).params;
  const fix = RuleIssueSchema.shape.fix.safeParse(params?.fix);
  return {
    code: typeof params?.code === 'string' ? params.code : issue.code,
    message: issue.message,
    ...(fix.success && fix.data ? { fix: fix.data } : {}),
  };
}

/** "This is the Account SID; this field wants the API Key SID" (typed or pasted): only for unmistakable shapes. */
function swapIssue(wanted: ValueName | undefined, seen: ValueName | null, own: RuleIssue[]): RuleIssue | null {
  if (!wanted || !seen || seen === wanted || !STRONG_SHAPES.has(seen)) return null;
  if (own.some((i) => i.code.startsWith('swap'))) return null;
  return {
    code: 'swapped',
    message: `This is the ${VALUE_LABELS[seen]}; this field wants the ${VALUE_LABELS[wanted]}`,
  };
}
