// The guide's names as plain lists: consoles, regions, task ids, carried values and rule ids. No zod here: the side
// panel's first screen uses these, and zod costs it more script time than anything but React (docs/performance.md). Their zod
// enums are in ids.ts.

/** The three consoles the guide works in. */
export const PLATFORMS = ['segment', 'sendgrid', 'twilio'] as const;
export type Platform = (typeof PLATFORMS)[number];

/** Segment workspace region. The 2025 guide adds an EU webhook URL; other literals may differ too. */
export const REGIONS = ['us', 'eu'] as const;
export type Region = (typeof REGIONS)[number];

/** Task ids, in guide order. One name for one thing: data, code, UI, tests and logs all use these. */
export const TASK_IDS = [
  'segment.identifiers',
  'sendgrid.account',
  'sendgrid.plan',
  'sendgrid.subuser',
  'sendgrid.domain',
  'sendgrid.rdns',
  'sendgrid.subscription',
  'sendgrid.webhook',
  'sendgrid.apikey',
  'segment.email',
  'sendgrid.warmup',
  'engage.notify',
  'twilio.account',
  'twilio.apikey',
  'segment.sms',
  'twilio.number',
  'twilio.register',
  'twilio.service',
  'twilio.webhook',
  'twilio.compliance',
] as const;
export type TaskId = (typeof TASK_IDS)[number];

/** Values carried between tasks (and, for secrets, between tabs through the vault). */
export const VALUE_NAMES = [
  'sendgrid.subuserName',
  'sendgrid.apiKeyId',
  'sendgrid.apiKey',
  'twilio.accountSid',
  'twilio.apiKeySid',
  'twilio.apiKeySecret',
  'segment.twilioWebhookUrl',
] as const;
export type ValueName = (typeof VALUE_NAMES)[number];

/** Names of validation rules; their zod schemas and human messages live in `rules.ts`. */
export const RULE_IDS = [
  'subuserName',
  'apiKeyName',
  'sendgridApiKey',
  'sendgridApiKeyId',
  'twilioAccountSid',
  'twilioApiKeySid',
  'twilioApiKeySecret',
  'sendgridWebhookUrl',
  'segmentTwilioWebhookUrl',
  'identifierTrait',
  'domainName',
  'nonEmpty',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

const TASK_ID_SET: ReadonlySet<string> = new Set(TASK_IDS);
/** Whether a value is one of the guide's task ids (what `TaskIdSchema` accepts). */
export function isTaskId(value: unknown): value is TaskId {
  return typeof value === 'string' && TASK_ID_SET.has(value);
}
