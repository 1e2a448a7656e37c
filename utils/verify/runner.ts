// Runs checks: picks the credential each needs, shares identical calls, caps parallel calls per vendor, and sums results per task.
import type { z } from 'zod';
import type { Region, TaskId } from '../guide/schema';
import type { Check, CheckContext, CallOptions } from './checks/define';
import { ENGAGE_SUBUSER_PREFIX, verdictsFor } from './checks/define';
import { subusers } from './checks/sendgrid-endpoints';
import { callEndpoint, fillPath, limiter, type CallDeps, type Endpoint } from './http';
import type { ApiRequest, Auth, CallOutcome, CheckResult, Failure, TaskResult, Vendor } from './types';

export const MAX_PARALLEL_PER_VENDOR = 4;

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

const SKIP: Record<'subuser' | 'parent' | 'twilio', string> = {
  subuser: "Needs the subuser's API key (the key you give Engage).",
  parent: 'Needs the parent account API key.',
  twilio: 'Needs the Twilio Account SID, API Key SID and secret.',
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

  function rawCall<S extends z.ZodType>(e: Endpoint<S>, auth: Auth, opts: CallOptions, onBehalfOf?: string) {
    const req: ApiRequest = {
      vendor: e.vendor,
      auth,
      base: e.base,
      path: fillPath(e.template, opts.params),
      query: opts.query,
      onBehalfOf,
    };
    const key = JSON.stringify([req.auth, req.base, req.path, req.query ?? {}, onBehalfOf ?? '']);
    let pending = memo.get(key);
    if (!pending) {
      pending = callEndpoint(e, req, { ...deps, limit: limits[e.vendor], region: input.region });
      memo.set(key, pending);
    }
    return pending as Promise<CallOutcome<z.infer<S>>>;
  }

  // on-behalf-of needs the subuser's name; when it was not captured, the parent key finds it by prefix.
  let actingFor: Promise<CallOutcome<string>> | undefined;
  function subuserToActFor(): Promise<CallOutcome<string>> {
    actingFor ??= (async () => {
      if (input.values.subuserName) return { ok: true as const, data: input.values.subuserName };
      const r = await rawCall(subusers, 'parent', {});
      if (!r.ok) return r;
      const found = r.data.find((s) => s.username.startsWith(ENGAGE_SUBUSER_PREFIX));
      if (found) return { ok: true as const, data: found.username };
      const failure: Failure = {
        kind: 'notFound',
        message: `No subuser starts with \`${ENGAGE_SUBUSER_PREFIX}\`, so the parent key has no subuser to check for. Create the subuser, or enter the subuser's API key.`,
      };
      return { ok: false as const, failure };
    })();
    return actingFor;
  }

  async function runOne(check: Check): Promise<CheckResult> {
    const base = { checkId: check.id, taskId: check.taskId, title: check.title, proxy: check.proxy };
    const auth = authFor(check, input.have);
    if (!auth) return { ...base, status: 'skipped', message: skipMessage(check) };
    const ctx: CheckContext = {
      region: input.region,
      auth,
      values: input.values,
      async call(e, opts = {}) {
        const a = opts.auth ?? auth;
        if (a !== 'parentAsSubuser') return rawCall(e, a, opts);
        const name = await subuserToActFor();
        return name.ok ? rawCall(e, a, opts, name.data) : name;
      },
    };
    try {
      const out = await check.run(ctx, verdictsFor(check));
      if ('kind' in out) return { ...base, status: 'error', code: out.kind, message: out.message };
      if (out.status === 'pass') return { ...base, status: 'pass', message: out.detail };
      if (out.status === 'notNeeded') return { ...base, status: 'notNeeded', message: out.message };
      return { ...base, status: 'fail', code: out.code, message: out.message };
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
export function summarize(taskIds: TaskId[], results: CheckResult[]): TaskResult[] {
  return taskIds.map((taskId) => {
    const checks = results.filter((r) => r.taskId === taskId);
    const has = (s: CheckResult['status']) => checks.some((c) => c.status === s);
    const verdict: TaskResult['verdict'] = !checks.length
      ? 'unchecked'
      : has('fail')
        ? 'failed'
        : has('error')
          ? 'error'
          : checks.every((c) => c.status === 'skipped')
            ? 'unchecked'
            : has('skipped')
              ? 'partial'
              : checks.every((c) => c.status === 'notNeeded')
                ? 'notNeeded'
                : 'verified';
    return { taskId, verdict, checks, reopened: false };
  });
}
