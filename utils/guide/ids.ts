// The guide's names as zod/mini enums: consoles, regions, task ids, carried values and rule ids. zod/mini, not
// zod, because the side panel's first screen and its storage reads need them, and full zod is too heavy there.
import { z } from 'zod/mini';

/** The three consoles the guide works in. */
export const PlatformSchema = z.enum(['segment', 'sendgrid', 'twilio']);
export type Platform = z.infer<typeof PlatformSchema>;

/** Segment workspace region. The 2025 guide adds an EU webhook URL; other literals may differ too. */
export const RegionSchema = z.enum(['us', 'eu']);
export type Region = z.infer<typeof RegionSchema>;

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
export const TaskIdSchema = z.enum(TASK_IDS);
export type TaskId = z.infer<typeof TaskIdSchema>;

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
export const ValueNameSchema = z.enum(VALUE_NAMES);
export type ValueName = z.infer<typeof ValueNameSchema>;

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
  'nonEmpty',
] as const;
export const RuleIdSchema = z.enum(RULE_IDS);
export type RuleId = z.infer<typeof RuleIdSchema>;
