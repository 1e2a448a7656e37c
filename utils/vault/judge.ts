// Judging a capture with the guide's rule, and saying why it was not kept without ever quoting what was captured.
// Capture replies are shown in the console page's overlay, and the clipboard may hold anything (a password copied
// earlier), so these messages are built here from the rule's issue code, the length and the recognised shape only;
// the rule's own messages may quote the input and are never passed on.
import { STRONG_SHAPES } from '../guide/recognize';
import { ENGAGE_PREFIX } from '../guide/data/literals';
import type { RuleResult } from '../guide/rules';
import type { Region, ValueName } from '../guide/schema';
import { VALUE_LABELS } from './labels';
import type { CaptureRequest } from './messages';

/** The guide's rules, as the vault uses them (injected, so tests and the background share one path). */
export interface CaptureRules {
  checkValueFor(name: ValueName, input: string, ctx: { region: Region }): RuleResult;
  recognizeValue(input: string): ValueName | null;
}

export type Judged = { ok: true; value: string } | { ok: false; message: string };
type Via = CaptureRequest['via'];

const LENGTHS: Partial<Record<ValueName, string>> = {
  'sendgrid.apiKey': '69 characters',
  'sendgrid.apiKeyId': '22 characters',
  'twilio.accountSid': '34 characters',
  'twilio.apiKeySid': '34 characters',
  'twilio.apiKeySecret': 'usually 32 letters and digits',
};
const PREFIXES: Partial<Record<ValueName, string>> = {
  'sendgrid.subuserName': ENGAGE_PREFIX,
  'sendgrid.apiKey': 'SG.',
  'twilio.accountSid': 'AC',
  'twilio.apiKeySid': 'SK',
  'segment.twilioWebhookUrl': 'https://',
};

function characters(n: number): string {
  return `${n.toLocaleString('en-US')} character${n === 1 ? '' : 's'}`;
}

/** Who held the value, in the person's words: the clipboard, their copy, or the field we read. */
function heldBy(via: Via, what: string): string {
  if (via === 'clipboard') return `the clipboard held ${what}`;
  if (via === 'keep') return `this field shows ${what}`;
  if (via === 'typed') return `you typed ${what}`;
  return `you copied ${what}`;
}

/** What went wrong, from the rule's issue code alone (codes never carry the input). */
function hint(code: string | undefined, name: ValueName): string | undefined {
  const label = VALUE_LABELS[name];
  switch (code) {
    case 'leadingSpace':
      return 'it starts with a space or line break';
    case 'trailingSpace':
      return 'it ends with a space or line break';
    case 'innerSpace':
      return 'it has a space or line break inside';
    case 'invisible':
      return 'it has invisible characters';
    case 'empty':
      return 'it holds only spaces or invisible characters';
    case 'masked':
      return 'it is the masked text shown on screen; use the copy button next to it';
    case 'prefix':
    case 'prefixCase':
      return PREFIXES[name] ? `a ${label} starts with \`${PREFIXES[name]}\`` : undefined;
    case 'prefixOnly':
      return `add a unique name after \`${ENGAGE_PREFIX}\``;
    case 'length':
    case 'unusualSecret':
      return LENGTHS[name] ? `a ${label} is ${LENGTHS[name]}; check you copied all of it` : 'check you copied all of it';
    case 'charset':
      return `it holds characters a ${label} cannot contain`;
    case 'swapKeyId':
      return 'it looks like the API Key ID, not the key itself';
    case 'swapFullKey':
      return 'it is the whole API key, not its ID';
    case 'looksLikeSid':
      return 'it is a SID, not the secret';
    case 'sendgridUrl':
      return 'it is the SendGrid event-webhook URL';
    case 'https':
      return 'it does not start with `https://`';
    case 'notUrl':
      return 'it is not a web address';
    case 'host':
      return 'it does not point to a Segment address';
    default:
      return undefined;
  }
}

/** The page-safe reason a capture was not kept: lengths, shapes and rule codes, never the captured text. */
export function notKeptMessage(via: Via, name: ValueName, value: string, code: string | undefined, looksLike: ValueName | null): string {
  // Only an unmistakable shape (SG. key, AC…/SK… SID, Engage URL) may name what was copied; a loose one
  // (any 22 characters look like an API Key ID) would hide the rule's own, more useful reason.
  if (looksLike && looksLike !== name && STRONG_SHAPES.has(looksLike)) {
    return `Not kept: ${heldBy(via, `the ${VALUE_LABELS[looksLike]}`)}; this wants the ${VALUE_LABELS[name]}.`;
  }
  const n = value.length;
  const why = hint(code, name);
  return `Not kept: ${heldBy(via, characters(n))} that ${n === 1 ? 'is' : 'are'} not the ${VALUE_LABELS[name]}${why ? `; ${why}` : ''}.`;
}

/** Validates a capture with the guide's rule; a failure says what was wrong, never what was captured. */
export function judgeCapture(rules: CaptureRules, via: Via, name: ValueName, value: string, region: Region): Judged {
  const result = rules.checkValueFor(name, value, { region });
  // A capture comes straight from the console, so even a soft warning (a secret of unusual length)
  // means the copy went wrong: keep nothing rather than a value that will fail later.
  if (result.ok && result.warnings.length === 0) return { ok: true, value: result.value };
  const code = result.ok ? result.warnings[0]?.code : result.issues[0]?.code;
  return { ok: false, message: notKeptMessage(via, name, value, code, rules.recognizeValue(value.trim())) };
}
