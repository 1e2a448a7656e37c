// Payloads and replies of the Verify messages (side panel → background), as zod schemas; types derived.
import { z } from 'zod';
import { TaskIdSchema } from '../guide/schema';
import { RunStateSchema, TaskResultSchema } from './types';
import type { Reply } from '../messaging/protocol';

/** Credentials typed into the Verify panel. Every field optional: the person enters what they have. */
export const KeepCredentialsSchema = z.object({
  sendgridApiKey: z.string().max(2048).optional(),
  parentApiKey: z.string().max(2048).optional(),
  /** Keep the parent key for the session instead of forgetting it after the run. */
  keepParent: z.boolean().default(false),
  twilioAccountSid: z.string().max(2048).optional(),
  twilioApiKeySid: z.string().max(2048).optional(),
  twilioApiKeySecret: z.string().max(2048).optional(),
});
export type KeepCredentials = z.input<typeof KeepCredentialsSchema>;

export const VerifyReplySchema = z.union([z.object({ ok: z.literal(true) }), z.object({ ok: z.literal(false), message: z.string() })]);
export type VerifyReply = z.infer<typeof VerifyReplySchema>;

export const RunRequestSchema = z.object({ taskId: z.optional(TaskIdSchema) });
export type RunRequest = z.infer<typeof RunRequestSchema>;

export const TaskRequestSchema = z.object({ taskId: TaskIdSchema });

export const VerifyStatusSchema = z.object({
  run: RunStateSchema,
  /** The latest result per task across runs (a one-task run updates only its task). */
  latest: z.array(TaskResultSchema),
  /** Which credentials the vault holds right now (names only, never values). */
  have: z.object({ subuser: z.boolean(), parent: z.boolean(), twilio: z.boolean() }),
  /** Whether the parent key stays after a run (the person chose to keep it). */
  keepParent: z.boolean(),
  region: z.enum(['us', 'eu']),
});
export type VerifyStatus = z.infer<typeof VerifyStatusSchema>;

export type ReportReply = Reply<{ markdown: string }>;
