// The vocabulary of verification: API requests, call outcomes, check verdicts and run results (zod at the message boundary).
import { z } from 'zod';
import { TaskIdSchema } from '../guide/schema';

export const VendorSchema = z.enum(['sendgrid', 'twilio']);
export type Vendor = z.infer<typeof VendorSchema>;

/** Human vendor names, used in every message ("waiting for SendGrid's rate limit"). */
export const VENDOR_NAME: Record<Vendor, string> = { sendgrid: 'SendGrid', twilio: 'Twilio' };

/**
 * Which credential signs a request.
 * - `subuser`: the subuser's Full Access key (`sendgrid.apiKey`), the key Engage receives.
 * - `parent`: the parent account's key (`sendgrid.parentApiKey`).
 * - `parentAsSubuser`: the parent key with `on-behalf-of: <subuser>`.
 * - `twilio`: Basic auth with API Key SID and secret.
 */
export const AuthSchema = z.enum(['subuser', 'parent', 'parentAsSubuser', 'twilio']);
export type Auth = z.infer<typeof AuthSchema>;

/**
 * Which server answers. An endpoint says `sendgrid`; the runner sends each SendGrid request to the host of
 * the key that signs it (`sendgrid` = api.sendgrid.com, `sendgridEu` = api.eu.sendgrid.com). Twilio has two hosts.
 */
export type Base = 'sendgrid' | 'sendgridEu' | 'twilioApi' | 'twilioMessaging';

export interface ApiRequest {
  vendor: Vendor;
  auth: Auth;
  base: Base;
  /** Path only, never a secret (Twilio puts the Account SID here; it is not a secret on its own). */
  path: string;
  query?: Record<string, string>;
  /** SendGrid `on-behalf-of` subuser name, with the parent key (`parentAsSubuser`). */
  onBehalfOf?: string;
}

/** What a transport hands back: status, the Retry-After header, and the parsed JSON body (or undefined). */
export interface RawResponse {
  status: number;
  retryAfter: string | null;
  body: unknown;
}

export const FailureKindSchema = z.enum([
  'unauthorized',
  'forbidden',
  'notFound',
  'rateLimited',
  'server',
  'http',
  'timeout',
  'offline',
  'schema',
  'missingCredential',
  'tooLarge',
]);
export type FailureKind = z.infer<typeof FailureKindSchema>;

/** A call that did not produce usable data, with a message a person can act on. */
export const FailureSchema = z.object({
  kind: FailureKindSchema,
  message: z.string(),
  status: z.number().optional(),
});
export type Failure = z.infer<typeof FailureSchema>;

export type CallOutcome<T> = { ok: true; data: T } | { ok: false; failure: Failure };

/** The verdict of one check. `fail` is a wrong set-up; `error` means the API could not tell us. */
export const CheckStatusSchema = z.enum(['pass', 'fail', 'error', 'skipped', 'notNeeded']);
export type CheckStatus = z.infer<typeof CheckStatusSchema>;

export type Verdict =
  | { status: 'pass'; detail: string }
  /** `keepsDone`: this failure cannot tell "never done" from "done and since over", so it never reopens a done task. */
  | { status: 'fail'; code: string; message: string; keepsDone?: boolean }
  | { status: 'notNeeded'; message: string };

export const CheckResultSchema = z.object({
  checkId: z.string(),
  taskId: TaskIdSchema,
  title: z.string(),
  status: CheckStatusSchema,
  /** Plain text, never a secret: what passed, or what is wrong and how to fix it. */
  message: z.string(),
  code: z.string().optional(),
  proxy: z.string().optional(),
  keepsDone: z.boolean().optional(),
  /** "14:02": carried from the earlier run at that time, because a later run could not check it (it lacked a key). */
  checkedAt: z.string().optional(),
});
export type CheckResult = z.infer<typeof CheckResultSchema>;

export const TaskVerdictSchema = z.enum(['verified', 'failed', 'error', 'partial', 'unchecked', 'notNeeded']);
export type TaskVerdict = z.infer<typeof TaskVerdictSchema>;

export const TaskResultSchema = z.object({
  taskId: TaskIdSchema,
  verdict: TaskVerdictSchema,
  checks: z.array(CheckResultSchema),
  /** Evidence written to progress, e.g. "verified by SendGrid API, 14:02". */
  evidence: z.string().optional(),
  /** When the run that produced this result ended ("14:02"). */
  at: z.string().optional(),
  /** Set when this run reopened a task that had been marked done; the person may undo it. */
  reopened: z.boolean().default(false),
});
export type TaskResult = z.infer<typeof TaskResultSchema>;

export const RunStateSchema = z.object({
  running: z.boolean(),
  startedAt: z.number().optional(),
  finishedAt: z.number().optional(),
  /** Live notice, e.g. "waiting for SendGrid's rate limit (2 s)". */
  notice: z.string().optional(),
  tasks: z.array(TaskResultSchema),
  calls: z.number(),
});
export type RunState = z.infer<typeof RunStateSchema>;
