// Runs checks: picks the credential and host each needs, shares identical calls and pages, caps parallel calls per vendor, and sums results per task.
import type { z } from 'zod';
import type { Region, TaskId } from '../guide/schema';
import type { Check, CheckContext, CallOptions } from './checks/define';
import { ENGAGE_SUBUSER_PREFIX, verdictsFor } from './checks/define';
import { subusers, userUsername } from './checks/sendgrid-endpoints';
import { callEndpoint, fillPath, limiter, type CallDeps, type Endpoint } from './http';
import { firstPageQuery, MAX_PAGES, nextPage, type ListEndpoint, type PageRef } from './paging';
import { VENDOR_NAME, type ApiRequest, type Auth, type Base, type CallOutcome, type CheckResult, type Failure, type TaskResult, type Vendor } from './types';

/**
 * Calls in flight per vendor. Neither vendor caps concurrency this low: Twilio's per-account limit on
 * concurrent requests is far above it, and SendGrid limits requests per endpoint per time window (429 with
 * a reset time, which callEndpoint waits out). Ten lets a whole run go out in two rounds.
 */
export const MAX_PARALLEL_PER_VENDOR = 10;

export interface Have {
  subuser: boolean;
  parent: boolean;
  twilio: boolean;
}

export interface RunInput {
  checks: Check[];
  region: Region;
  have: Have;
  values: CheckContext['values'];
  deps: CallDeps;
  onResult?: (result: CheckResult) => void;
}

/** Why a check was skipped; the panel's run summary names the missing keys from these. */
export const SKIP: Record<'subuser' | 'parent' | 'twilio', string> = {
  subuser: "Needs the subuser's API key (the key you give Engage).",
  parent: 'Needs the parent account API key.',
  twilio: 'Needs the Twilio Account SID, API Key SID and secret.',
};

const BOTH_HOSTS: Failure = {
  kind: 'unauthorized',
  status: 401,
  message:
    'SendGrid refused the subuser API key on both api.sendgrid.com and api.eu.sendgrid.com (401): the key is wrong or was ' +
    'revoked. Create a new key in SendGrid and enter it again.',
};

function authFor(check: Check, have: Have): Auth | undefined {
  switch (check.needs) {
    case 'subuser':
      return have.subuser ? 'subuser' : undefined;
    case 'parent':
      return have.parent ? 'parent' : undefined;
    case 'subuserOrParent':
      return have.subuser ? 'subuser' : have.parent ? 'parentAsSubuser' : undefined;
    case 'parentOrSubuser':
      return have.parent ? 'parent' : have.subuser ? 'subuser' : undefined;
    case 'twilio':
      return have.twilio ? 'twilio' : undefined;
  }
}

function skipMessage(check: Check): string {
  if (check.needs === 'subuserOrParent' || check.needs === 'parentOrSubuser') {
    return `${SKIP.subuser} (Or the parent account API key.)`;
  }
  const base = SKIP[check.needs];
  return check.why ? `${base} ${check.why}` : base;
}

/** Runs every check concurrently; calls are shared and limited per vendor. Never throws. */
export async function runChecks(input: RunInput): Promise<{ results: CheckResult[]; calls: number }> {
  const limits: Record<Vendor, <T>(fn: () => Promise<T>) => Promise<T>> = {
    sendgrid: limiter(MAX_PARALLEL_PER_VENDOR),
    twilio: limiter(MAX_PARALLEL_PER_VENDOR),
  };
  const memo = new Map<string, Promise<CallOutcome<unknown>>>();
  let calls = 0;
  const deps: CallDeps = { ...input.deps, onAttempt: () => (calls++, input.deps.onAttempt?.()) };

  /** One distinct request, once per run. */
  function once<S extends z.ZodType>(e: Endpoint<S>, req: ApiRequest): Promise<CallOutcome<z.infer<S>>> {
    const key = JSON.stringify([req.auth, req.base, req.path, req.query ?? {}, req.onBehalfOf ?? '']);
    let pending = memo.get(key);
    if (!pending) {
      pending = callEndpoint(e, req, { ...deps, limit: limits[e.vendor] });
      memo.set(key, pending);
    }
    return pending as Promise<CallOutcome<z.infer<S>>>;
  }

  // A SendGrid key answers only on its own region's host. Parent keys belong to api.sendgrid.com; a subuser's
  // key is tried there first (most EU Segment workspaces have a global SendGrid account) and, on a 401, on the
  // EU host. The host that answered is used for the rest of the run.
  let subuserBase: Base = 'sendgrid';
  let subuserBaseKnown = false;
  async function send<S extends z.ZodType>(e: Endpoint<S>, req: ApiRequest): Promise<CallOutcome<z.infer<S>>> {
    if (e.vendor !== 'sendgrid') return once(e, req);
    if (req.auth !== 'subuser') return once(e, { ...req, base: 'sendgrid' });
    const tried = subuserBase;
    const first = await once(e, { ...req, base: tried });
    if (first.ok) subuserBaseKnown = true;
    if (first.ok || first.failure.kind !== 'unauthorized' || (subuserBaseKnown && subuserBase === tried)) return first;
    const other: Base = tried === 'sendgrid' ? 'sendgridEu' : 'sendgrid';
    const second = await once(e, { ...req, base: other });
    if (second.ok && !subuserBaseKnown) {
      subuserBase = other;
      subuserBaseKnown = true;
    }
    return !second.ok && second.failure.kind === 'unauthorized' ? { ok: false, failure: BOTH_HOSTS } : second;
  }

  const lists = new Map<string, Promise<CallOutcome<unknown[]>>>();
  function pages<S extends z.ZodType, Item>(e: ListEndpoint<S, Item>, req: ApiRequest): Promise<CallOutcome<Item[]>> {
    const key = JSON.stringify([req.auth, req.path, req.query ?? {}, req.onBehalfOf ?? '']);
    let pending = lists.get(key);
    if (!pending) {
      pending = (async () => {
        const items: Item[] = [];
        let at: PageRef = { path: req.path, query: firstPageQuery(e, req.query) };
        for (let page = 1; ; page++) {
          const r = await send(e, { ...req, path: at.path, query: at.query });
          if (!r.ok) return r;
          const got = e.items(r.data);
          items.push(...got);
          const next = nextPage(e, at, r.data, got.length);
          if (next === undefined) return { ok: true as const, data: items };
          if (next === 'more' || page >= MAX_PAGES) return { ok: false as const, failure: tooLarge(e, items.length, page) };
          at = next;
        }
      })();
      lists.set(key, pending);
    }
    return pending as Promise<CallOutcome<Item[]>>;
  }

  const request = (e: Endpoint, auth: Auth, opts: CallOptions, onBehalfOf?: string): ApiRequest => ({
    vendor: e.vendor,
    auth,
    base: e.base,
    path: fillPath(e.template, opts.params),
    query: opts.query,
    onBehalfOf,
  });

  // The Engage subuser's name: captured, else what the subuser key says it is, else the parent's enabled
  // subuser with the Engage prefix (an older, disabled one is passed over).
  let subuserName: Promise<CallOutcome<string>> | undefined;
  function engageSubuserName(): Promise<CallOutcome<string>> {
    subuserName ??= (async (): Promise<CallOutcome<string>> => {
      if (input.values.subuserName) return { ok: true, data: input.values.subuserName };
      if (input.have.subuser) {
        const me = await send(userUsername, request(userUsername, 'subuser', {}));
        // A refused subuser key says so in its own checks; the parent key can still find the subuser.
        if (me.ok) return { ok: true, data: me.data.username };
        if (!input.have.parent) return me;
      }
      if (!input.have.parent) return { ok: false, failure: { kind: 'missingCredential', message: `${SKIP.subuser} (Or the parent account API key.)` } };
      const all = await pages(subusers, request(subusers, 'parent', {}));
      if (!all.ok) return all;
      const engage = all.data.filter((s) => s.username.startsWith(ENGAGE_SUBUSER_PREFIX));
      const found = engage.find((s) => !s.disabled) ?? engage[0];
      if (found) return { ok: true, data: found.username };
      return {
        ok: false,
        failure: {
          kind: 'notFound',
          message: `No subuser starts with \`${ENGAGE_SUBUSER_PREFIX}\`, so the parent key has no subuser to check for. Create the subuser, or enter the subuser's API key.`,
        },
      };
    })();
    return subuserName;
  }

  async function runOne(check: Check): Promise<CheckResult> {
    const base = { checkId: check.id, taskId: check.taskId, title: check.title, proxy: check.proxy };
    const auth = authFor(check, input.have);
    if (!auth) return { ...base, status: 'skipped', message: skipMessage(check) };
    const withAuth = async <T>(opts: CallOptions, go: (req: (e: Endpoint) => ApiRequest) => Promise<CallOutcome<T>>): Promise<CallOutcome<T>> => {
      const a = opts.auth ?? auth;
      if (a !== 'parentAsSubuser') return go((e) => request(e, a, opts));
      const name = await engageSubuserName();
      return name.ok ? go((e) => request(e, a, opts, name.data)) : name;
    };
    const ctx: CheckContext = {
      region: input.region,
      auth,
      values: input.values,
      call: (e, opts = {}) => withAuth(opts, (req) => send(e, req(e))),
      list: (e, opts = {}) => withAuth(opts, (req) => pages(e, req(e))),
      subuserName: engageSubuserName,
    };
    try {
      const out = await check.run(ctx, verdictsFor(check));
      if ('kind' in out) return { ...base, status: 'error', code: out.kind, message: out.message };
      if (out.status === 'pass') return { ...base, status: 'pass', message: out.detail };
      if (out.status === 'notNeeded') return { ...base, status: 'notNeeded', message: out.message };
      return { ...base, status: 'fail', code: out.code, message: out.message, ...(out.keepsDone ? { keepsDone: true } : {}) };
    } catch {
      // A bug in a check must not hang the run or leak a payload: report it plainly.
      return { ...base, status: 'error', code: 'internal', message: 'This check stopped unexpectedly; press Verify again.' };
    }
  }

  const results = await Promise.all(
    input.checks.map(async (c) => {
      const r = await runOne(c);
      input.onResult?.(r);
      return r;
    }),
  );
  return { results, calls };
}

/** One verdict per task: fail beats error beats skipped; all pass (or not needed) is verified. */
/** A task's verdict from its checks: any problem wins, then "could not check", then skipped ones make it partial. */
export function verdictOf(checks: CheckResult[]): TaskResult['verdict'] {
  const has = (s: CheckResult['status']) => checks.some((c) => c.status === s);
  if (!checks.length) return 'unchecked';
  if (has('fail')) return 'failed';
  if (has('error')) return 'error';
  if (checks.every((c) => c.status === 'skipped')) return 'unchecked';
  if (has('skipped')) return 'partial';
  return checks.every((c) => c.status === 'notNeeded') ? 'notNeeded' : 'verified';
}

export function summarize(taskIds: TaskId[], results: CheckResult[]): TaskResult[] {
  return taskIds.map((taskId) => {
    const checks = results.filter((r) => r.taskId === taskId);
    return { taskId, verdict: verdictOf(checks), checks, reopened: false };
  });
}

function tooLarge(e: ListEndpoint, read: number, pages: number): Failure {
  const who = VENDOR_NAME[e.vendor];
  return {
    kind: 'tooLarge',
    message:
      `This account has more ${e.noun} than Verify reads (it stopped after ${read} on ${pages} page${pages === 1 ? '' : 's'} of ` +
      `GET ${e.template}), so it cannot tell from the API. Check this step in the ${who} console.`,
  };
}
