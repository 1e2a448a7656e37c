// What a pasted string looks like (SendGrid key, Account SID, …), so a field can say "you copied the wrong one".
import { SENDGRID_WEBHOOK_URL } from './data/literals';
import { MAX_INPUT, stripInvisible } from './rule-text';
import type { ValueName } from './schema';

export const SENDGRID_KEY = /^SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/;
export const SENDGRID_KEY_ID = /^[A-Za-z0-9_-]{22}$/;
export const ACCOUNT_SID = /^AC[0-9a-fA-F]{32}$/;
export const API_KEY_SID = /^SK[0-9a-fA-F]{32}$/;
export const TWILIO_SECRET = /^[A-Za-z0-9]{32}$/;
export const ENGAGE_PREFIX_RE = /^twilio_engage_app_/i;

/** How people name each value in messages. */
export const VALUE_LABELS: Record<ValueName, string> = {
  'sendgrid.subuserName': 'SendGrid subuser name',
  'sendgrid.apiKeyId': 'SendGrid API Key ID',
  'sendgrid.apiKey': 'SendGrid API key',
  'twilio.accountSid': 'Account SID',
  'twilio.apiKeySid': 'API Key SID',
  'twilio.apiKeySecret': 'API Key Secret',
  'segment.twilioWebhookUrl': 'Segment webhook URL',
};

/** Values recognised by an unmistakable shape; the others (22 or 32 plain characters) are only guesses. */
export const STRONG_SHAPES: ReadonlySet<ValueName> = new Set<ValueName>([
  'sendgrid.apiKey',
  'sendgrid.subuserName',
  'twilio.accountSid',
  'twilio.apiKeySid',
  'segment.twilioWebhookUrl',
]);

/** Secrets: messages never quote them. */
export const SECRET_VALUES: ReadonlySet<ValueName> = new Set<ValueName>(['sendgrid.apiKey', 'twilio.apiKeySecret']);

const SENDGRID_URLS = new Set<string>([SENDGRID_WEBHOOK_URL.us, SENDGRID_WEBHOOK_URL.eu]);

export function isSendgridWebhookUrl(s: string): boolean {
  return SENDGRID_URLS.has(s.toLowerCase().replace(/\/$/, ''));
}

/** A Segment-hosted https URL (the "Copy webhook URL" format itself is unverified; see rules.ts). */
export function isSegmentHttpsUrl(s: string): boolean {
  if (!/^https:\/\//i.test(s) || s.length > 2048) return false;
  try {
    const u = new URL(s);
    return u.protocol === 'https:' && (u.hostname === 'segment.com' || u.hostname.endsWith('.segment.com'));
  } catch {
    return false;
  }
}

/** What this pasted string most likely is, or null. Never throws; long input is not a credential. */
export function recognizeValue(input: string): ValueName | null {
  if (typeof input !== 'string' || input.length > MAX_INPUT) return null;
  const s = stripInvisible(input).trim();
  if (s.length === 0 || s.length > 2048) return null;
  if (SENDGRID_KEY.test(s)) return 'sendgrid.apiKey';
  if (ACCOUNT_SID.test(s)) return 'twilio.accountSid';
  if (API_KEY_SID.test(s)) return 'twilio.apiKeySid';
  if (ENGAGE_PREFIX_RE.test(s)) return 'sendgrid.subuserName';
  if (isSegmentHttpsUrl(s) && !isSendgridWebhookUrl(s)) return 'segment.twilioWebhookUrl';
  if (SENDGRID_KEY_ID.test(s)) return 'sendgrid.apiKeyId';
  if (TWILIO_SECRET.test(s)) return 'twilio.apiKeySecret';
  return null;
}
