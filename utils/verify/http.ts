// One vendor call end to end: concurrency limit, 10 s timeout, 429 retries, and a plain message for every way it can fail.
import type { z } from 'zod';
import { TWILIO_KEY_TYPE_2025 } from '../guide/data/literals';
import { VENDOR_NAME, type ApiRequest, type Auth, type Base, type CallOutcome, type Failure, type RawResponse, type Vendor } from './types';

/** A documented endpoint: where it lives, the scope a SendGrid key needs for it, and the zod schema of its 200 body. */
export interface Endpoint<S extends z.ZodType = z.ZodType> {
  vendor: Vendor;
  base: Base;
  /** The path as documented, with `{Param}` placeholders; also what messages show (never a SID). */
  template: string;
  /** SendGrid scope a 403 means is missing. */
  scope?: string;
  /** What a 404 most likely means here, e.g. a mistyped Account SID in the path. */
  notFound?: string;
  schema: S;
}

export function endpoint<S extends z.ZodType>(e: Endpoint<S>): Endpoint<S> {
  return e;
}

export function fillPath(template: string, params: Record<string, string> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
}

export type Transport = (req: ApiRequest, signal: AbortSignal) => Promise<RawResponse>;

export interface CallDeps {
  transport: Transport;
  sleep?: (ms: number) => Promise<void>;
  timeoutMs?: number;
  /** Called before waiting out a 429, so the panel can say so instead of spinning. */
  onWait?: (vendor: Vendor, ms: number) => void;
  isOffline?: () => boolean;
  /** Counts every HTTP attempt (for the benchmark and the run summary). */
  onAttempt?: () => void;
}

export const TIMEOUT_MS = 10_000;
export const MAX_TRIES = 3;
/**
 * Longest rate-limit wait we sit through. A Retry-After of hours (a buggy or hostile answer) would
 * otherwise hold the run — and the panel's "Verify" — until the service worker dies.
 */
export const MAX_WAIT_MS = 60_000;
const BACKOFF_MS = 1_000;

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Retry-After is either seconds or an HTTP date. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

const keyLabel: Record<Auth, string> = {
  subuser: 'subuser API key',
  parent: 'parent account API key',
  parentAsSubuser: 'parent account API key (acting for the subuser)',
  twilio: 'API Key SID and secret',
};

/** The host a request went to, as a person reads it in messages. */
export const HOST_NAME: Record<Base, string> = {
  sendgrid: 'api.sendgrid.com',
  sendgridEu: 'api.eu.sendgrid.com',
  twilioApi: 'api.twilio.com',
  twilioMessaging: 'messaging.twilio.com',
};

/** Twilio's error code from its JSON error body, when there is one. */
function twilioCode(body: unknown): number | undefined {
  const code = (body as { code?: unknown } | undefined)?.code;
  return typeof code === 'number' ? code : undefined;
}

/** Maps an HTTP status to a failure a person can act on. Exported for tests. */
export function failureFor(e: Endpoint, req: Pick<ApiRequest, 'auth' | 'base'>, res: RawResponse): Failure {
  const who = VENDOR_NAME[e.vendor];
  const call = `GET ${e.template}`;
  const status = res.status;
  const auth = req.auth;
  if (status === 401) {
    const message =
      e.vendor === 'sendgrid'
        ? `SendGrid refused the ${keyLabel[auth]} on ${HOST_NAME[req.base]} (401): the key is wrong or was revoked` +
          (auth === 'subuser' ? '' : ' (a parent account key works on api.sendgrid.com only)') +
          '. Create a new key in SendGrid and enter it again.'
        : 'Twilio refused the API Key SID and secret (401, error 20003)' +
          (req.base === 'twilioApi' ? ' for this Account SID' : '') +
          ': one of them is wrong, the key was deleted, it was created for a region other than United States (US1)' +
          (req.base === 'twilioApi' ? ', or the Account SID belongs to another account than the key' : '') +
          '. Check them and enter them again.';
    return { kind: 'unauthorized', status, message };
  }
  if (status === 403) {
    if (e.vendor === 'twilio') {
      const code = twilioCode(res.body);
      const why =
        code === 70051
          ? 'error 70051: this is a Restricted API key and its permissions leave this out'
          : `${code ? `error ${code}: ` : ''}the API key may not read this`;
      return {
        kind: 'forbidden',
        status,
        message: `Twilio refused ${call} (403, ${why}). Create a **${TWILIO_KEY_TYPE_2025}** API key, as the current guide asks, and enter it again.`,
      };
    }
    const scope = e.scope ? `it lacks the \`${e.scope}\` scope` : 'it lacks the permission';
    return {
      kind: 'forbidden',
      status,
      message: `SendGrid refused ${call} for the ${keyLabel[auth]} (403): ${scope}. Edit the key in SendGrid and give it Full Access.`,
    };
  }
  if (status === 404) {
    const why = e.notFound ?? 'the resource does not exist for this account.';
    return { kind: 'notFound', status, message: `${who} answered 404 (not found) for ${call}: ${why}` };
  }
  if (status === 429) {
    return {
      kind: 'rateLimited',
      status,
      message: `${who} kept rate-limiting us after ${MAX_TRIES} tries. Wait a minute, then press Verify again.`,
    };
  }
  if (status >= 500) {
    return {
      kind: 'server',
      status,
      message: `${who} had a server error (${status}) on ${call}. This is on ${who}'s side: press Verify again in a minute.`,
    };
  }
  return { kind: 'http', status, message: `${who} answered ${status} to ${call}, which this check does not expect.` };
}

function schemaFailure(e: Endpoint, error: z.ZodError): Failure {
  const first = error.issues[0];
  const where = first ? `${first.path.join('.') || 'body'}: ${first.message}` : 'unknown field';
  return {
    kind: 'schema',
    message:
      `${VENDOR_NAME[e.vendor]}'s answer to GET ${e.template} does not have the documented shape (${where}). ` +
      'The API may have changed, so this check cannot tell; check this step in the console instead.',
  };
}

/** A counting semaphore: at most `limit` calls in flight. */
export function limiter(limit: number) {
  let active = 0;
  const queue: (() => void)[] = [];
  return async function run<T>(fn: () => Promise<T>): Promise<T> {
    if (active >= limit) await new Promise<void>((resolve) => queue.push(resolve));
    active++;
    try {
      return await fn();
    } finally {
      active--;
      queue.shift()?.();
    }
  };
}

/**
 * Calls `e` and parses its body. Waits out 429s (Retry-After, then growing backoff) up to MAX_TRIES;
 * every other failure returns at once with its own message. The limiter is held per attempt, not
 * during the wait, so a rate-limited call does not block the others.
 */
export async function callEndpoint<S extends z.ZodType>(
  e: Endpoint<S>,
  req: ApiRequest,
  deps: CallDeps & { limit: <T>(fn: () => Promise<T>) => Promise<T> },
): Promise<CallOutcome<z.infer<S>>> {
  const sleep = deps.sleep ?? realSleep;
  const who = VENDOR_NAME[e.vendor];
  for (let attempt = 1; ; attempt++) {
    if (deps.isOffline?.()) return { ok: false, failure: offline(who) };
    const attemptResult = await deps.limit(async () => {
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), deps.timeoutMs ?? TIMEOUT_MS);
      deps.onAttempt?.();
      try {
        return { res: await deps.transport(req, controller.signal) };
      } catch {
        // The transport rejects only when no HTTP answer arrived: either our timeout or the network.
        return { lost: controller.signal.aborted ? ('timeout' as const) : ('offline' as const) };
      } finally {
        clearTimeout(timer);
      }
    });
    if ('lost' in attemptResult) {
      const seconds = Math.round((deps.timeoutMs ?? TIMEOUT_MS) / 1000);
      return attemptResult.lost === 'timeout'
        ? {
            ok: false,
            failure: {
              kind: 'timeout',
              message: `${who} did not answer GET ${e.template} within ${seconds} s. Check your connection, then press Verify again.`,
            },
          }
        : { ok: false, failure: offline(who) };
    }
    const { res } = attemptResult;
    if (res.status === 429 && attempt < MAX_TRIES) {
      const backoff = BACKOFF_MS * 2 ** (attempt - 1);
      const wait = attempt === 1 ? (retryAfterMs(res.retryAfter) ?? backoff) : Math.max(retryAfterMs(res.retryAfter) ?? 0, backoff);
      if (wait > MAX_WAIT_MS) return { ok: false, failure: tooLong(who, wait) };
      deps.onWait?.(e.vendor, wait);
      await sleep(wait);
      continue;
    }
    if (res.status < 200 || res.status >= 300) return { ok: false, failure: failureFor(e, req, res) };
    const parsed = e.schema.safeParse(res.body);
    return parsed.success ? { ok: true, data: parsed.data } : { ok: false, failure: schemaFailure(e, parsed.error) };
  }
}

function tooLong(who: string, waitMs: number): Failure {
  const minutes = Math.ceil(waitMs / 60_000);
  return {
    kind: 'rateLimited',
    status: 429,
    message: `${who} asks us to wait ${minutes} minute${minutes === 1 ? '' : 's'} before calling again (rate limit). Press Verify again after that.`,
  };
}

function offline(who: string): Failure {
  return {
    kind: 'offline',
    message: `The request to ${who} never reached it: you seem to be offline. Reconnect, then press Verify again.`,
  };
}
