// Human names of the carried values, and how they are masked when shown.
import type { CredentialName } from './store';

export const VALUE_LABELS: Record<CredentialName, string> = {
  'sendgrid.subuserName': 'SendGrid subuser name',
  'sendgrid.apiKeyId': 'SendGrid API Key ID',
  'sendgrid.apiKey': 'SendGrid API key',
  'sendgrid.parentApiKey': 'SendGrid parent account API key',
  'twilio.accountSid': 'Twilio Account SID',
  'twilio.apiKeySid': 'Twilio API Key SID',
  'twilio.apiKeySecret': 'Twilio API Key Secret',
  'segment.twilioWebhookUrl': 'Segment webhook URL',
};

/** Values that are not secret by themselves and may be shown in full in the side panel. */
const PUBLIC: ReadonlySet<CredentialName> = new Set(['sendgrid.subuserName', 'segment.twilioWebhookUrl']);

/** Values the console shows only once (the key itself, the key's secret); the rest can be looked up again. */
export const SHOWN_ONCE: ReadonlySet<CredentialName> = new Set(['sendgrid.apiKey', 'twilio.apiKeySecret']);

/** Masked for display: the last 4 characters only (the readiness report uses the same rule). */
export function mask(name: CredentialName, value: string): string {
  if (PUBLIC.has(name)) return value;
  return `••••••${value.slice(-4)}`;
}
