// The shape of a check as data: task, credential, API calls, done condition and a fix-it message per failure mode.
import type { z } from 'zod';
import type { Region, TaskId } from '../../guide/schema';
import type { Endpoint } from '../http';
import type { ListEndpoint } from '../paging';
import type { Auth, CallOutcome, Failure, Verdict } from '../types';

/**
 * Which credential a check needs. `subuserOrParent` checks run with the subuser key, or with the
 * parent key acting for the subuser (`on-behalf-of`) when only the parent key is at hand.
 * `parentOrSubuser` checks prefer the parent key (so they share its calls) and fall back to the subuser key.
 */
export type Needs = 'subuser' | 'parent' | 'subuserOrParent' | 'parentOrSubuser' | 'twilio';

export interface CallOptions {
  auth?: Auth;
  params?: Record<string, string>;
  query?: Record<string, string>;
}

/** What a check may use while it runs. Calls are shared across checks within one run. */
export interface CheckContext {
  region: Region;
  /** The auth this check runs with (resolved from `needs` and the credentials at hand). */
  auth: Auth;
  /** Values from earlier tasks, when known (none of them is a secret on its own). */
  values: { subuserName?: string; accountSid?: string; twilioWebhookUrl?: string; apiKeyId?: string };
  call<S extends z.ZodType>(e: Endpoint<S>, opts?: CallOptions): Promise<CallOutcome<z.infer<S>>>;
  /** Every item of a paged list, page after page until the list ends (bounded: a list too long is a failure). */
  list<S extends z.ZodType, Item>(e: ListEndpoint<S, Item>, opts?: CallOptions): Promise<CallOutcome<Item[]>>;
  /**
   * The Engage subuser's username: the one captured in the console, else the subuser key's own
   * `/v3/user/username`, else (parent key only) the enabled subuser whose name has the Engage prefix.
   */
  subuserName(): Promise<CallOutcome<string>>;
}

export interface Check<Code extends string = string> {
  /** `<taskId>.<aspect>`, e.g. `sendgrid.webhook.settings`: the same name in UI, report and tests. */
  id: string;
  taskId: TaskId;
  /** What done looks like, in a person's words. */
  title: string;
  needs: Needs;
  /** Why the parent key is needed, shown in the panel. */
  why?: string;
  /** Set when the API cannot say it directly and we infer it; shown beside the result. */
  proxy?: string;
  /** The calls it makes, as documented (for the panel and the report). */
  api: string[];
  /** One fix-it message per way the set-up can be wrong. */
  messages: Record<Code, (detail: string) => string>;
  run(ctx: CheckContext, verdict: Verdicts<Code>): Promise<Verdict | Failure>;
}

export interface Verdicts<Code extends string> {
  pass(detail: string): Verdict;
  fail(code: Code, detail?: string): Verdict;
  /** A failure that never reopens a task the person marked done (the API cannot tell "never" from "over"). */
  softFail(code: Code, detail?: string): Verdict;
  notNeeded(message: string): Verdict;
}

export function defineCheck<Code extends string>(check: Check<Code>): Check<Code> {
  return check;
}

export function verdictsFor<Code extends string>(check: Check<Code>): Verdicts<Code> {
  return {
    pass: (detail) => ({ status: 'pass', detail }),
    fail: (code, detail = '') => ({ status: 'fail', code, message: check.messages[code](detail) }),
    softFail: (code, detail = '') => ({ status: 'fail', code, message: check.messages[code](detail), keepsDone: true }),
    notNeeded: (message) => ({ status: 'notNeeded', message }),
  };
}

/** The guide's prefix, from the guide data (one name for one thing). */
export { ENGAGE_PREFIX as ENGAGE_SUBUSER_PREFIX } from '../../guide/data/literals';

/** Shows only the last 4 characters of an identifier (SIDs, key IDs) wherever a person reads it. */
export function last4(value: string): string {
  return value.length <= 4 ? '…' : `…${value.slice(-4)}`;
}
