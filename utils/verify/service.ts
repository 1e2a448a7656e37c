// The background's verification service: credentials in, runs out, progress updated, report on demand. One run at a time.
import { z } from 'zod';
import { storage } from 'wxt/utils/storage';
import { allTasks, stageOf } from '../guide';
import { TaskIdSchema, type Region, type TaskId } from '../guide/schema';
import { handle } from '../messaging/handle';
import { activeOnboarding, type ProgressAction, type ProgressState } from '../progress/model';
import { markUndone } from '../progress/pageScope';
import { applyProgress, readProgress } from '../progress/store';
import { forgetSecret, keepSecret, readSecret, type CredentialName, type KeepResult } from '../vault/store';
import { applyResults } from './apply';
import { clock } from '../clock';
import { keepEarlier } from './earlier';
import { allChecks, checksFor } from './checks';
import type { Transport } from './http';
import { KeepCredentialsSchema, RunRequestSchema, TaskRequestSchema, type ReportReply, type VerifyReply, type VerifyStatus } from './messages';
import { buildReport } from './report';
import { runChecks, summarize, type Have } from './runner';
import { liveTransport, type SendGridKeys, type TwilioKey } from './transport';
import { checkTypedKey, TYPED_FIELDS } from './typedKeys';
import { TaskResultSchema, VENDOR_NAME, type RunState, type TaskResult } from './types';

/**
 * The latest result per task, per onboarding id (results of one company's keys never show under another). In
 * storage.session, so a worker stop keeps them and the browser session ends them, like the keys they came from.
 */
const LatestSchema = z.record(z.string(), z.partialRecord(TaskIdSchema, TaskResultSchema));
type Latest = Partial<Record<TaskId, TaskResult>>;
const latestItem = storage.defineItem<z.infer<typeof LatestSchema>>('session:verifyLatest', { fallback: {}, version: 1 });
async function readLatest(onboardingId: string): Promise<Latest> {
  const parsed = LatestSchema.safeParse(await latestItem.getValue());
  return (parsed.success ? parsed.data[onboardingId] : undefined) ?? {};
}
/** Drops a deleted onboarding's results. */
export async function forgetResults(onboardingId: string): Promise<void> {
  const parsed = LatestSchema.safeParse(await latestItem.getValue());
  if (!parsed.success) return;
  const { [onboardingId]: _gone, ...rest } = parsed.data;
  await latestItem.setValue(rest);
}
/** The person's "keep the parent key for this session": it outlives a worker stop, like the key it is about. */
const keepParentItem = storage.defineItem<boolean>('session:verifyKeepParent', { fallback: false });
const readKeepParent = async () => (await keepParentItem.getValue()) === true;

async function saveLatest(onboardingId: string, latest: Latest): Promise<void> {
  const parsed = LatestSchema.safeParse(await latestItem.getValue());
  await latestItem.setValue({ ...(parsed.success ? parsed.data : {}), [onboardingId]: latest });
}

export interface VerifyDeps {
  readSecret(name: CredentialName): Promise<string | undefined>;
  keepSecret(name: CredentialName, value: string, opts: { origin: string; taskId?: TaskId; ttlMs?: number }): Promise<KeepResult>;
  forgetSecret(name: CredentialName): Promise<void>;
  applyProgress(action: ProgressAction): Promise<ProgressState>;
  readProgress(): Promise<ProgressState>;
  transport(creds: { sendgrid: SendGridKeys; twilio?: TwilioKey; region: Region }): Transport;
  now(): Date;
  isOffline(): boolean;
  timeoutMs?: number;
  /** See ApplyDeps: a task the API reopened is not marked done again by a console page. */
  holdPageDetection?(onboardingId: string, taskIds: TaskId[]): Promise<unknown>;
}

/** Without "keep", the parent key lives only for the run; this lifetime is the fallback if the worker stops mid-run. */
const PARENT_TTL_MS = 10 * 60_000;

export function createVerifyService(deps: VerifyDeps) {
  let run: RunState = { running: false, tasks: [], calls: 0 };
  let current: Promise<RunState> | undefined;
  /** The rate-limit notice stays up until its wait ends, even as other checks finish meanwhile. */
  let waitingUntil = 0;
  let runOnboarding = '';

  async function have(): Promise<Have> {
    const [subuser, parent, sid, secret, account] = await Promise.all(
      (['sendgrid.apiKey', 'sendgrid.parentApiKey', 'twilio.apiKeySid', 'twilio.apiKeySecret', 'twilio.accountSid'] as const).map(deps.readSecret),
    );
    return { subuser: !!subuser, parent: !!parent, twilio: !!(sid && secret && account) };
  }

  let lastHave: Have = { subuser: false, parent: false, twilio: false };

  async function status(): Promise<VerifyStatus> {
    const active = activeOnboarding(await deps.readProgress());
    const region = active.region;
    const latest = await readLatest(active.id);
    if (run.notice && run.running && deps.now().getTime() >= waitingUntil) run = { ...run, notice: undefined };
    // While a run is on, its live results win over the previous run's; after it, the saved ones (which keep an earlier
    // verdict where this run could not check). Guide order throughout.
    const live = new Map(runOnboarding === active.id && run.running ? run.tasks.map((t) => [t.taskId, t]) : []);
    const shown = allTasks().flatMap((t) => live.get(t.id) ?? latest[t.id] ?? []);
    // During a run the panel polls often: skip the vault reads then (the keys cannot change mid-run).
    if (!run.running) lastHave = await have();
    // Another onboarding's run in progress shows only as busy, never with its results.
    return { run: runOnboarding === active.id ? run : { ...run, tasks: [] }, latest: shown, have: lastHave, keepParent: await readKeepParent(), region };
  }

  async function keepCredentials(data: unknown): Promise<VerifyReply> {
    const parsed = KeepCredentialsSchema.safeParse(data);
    if (!parsed.success) return { ok: false, message: 'Those credentials were not understood; type them again.' };
    const c = parsed.data;
    const region = activeOnboarding(await deps.readProgress()).region;
    // Each value passes the guide's rule first, so a swapped SID or a stray space is caught before any call.
    const cleaned: [CredentialName, string, string][] = [];
    for (const { field, name, origin, label } of TYPED_FIELDS) {
      const value = c[field];
      if (!value?.trim()) continue;
      const rule = checkTypedKey(name, value, region);
      if (!rule.ok) return { ok: false, message: `${label}: ${rule.issues[0]!.message}` };
      cleaned.push([name, rule.value, origin]);
    }
    if (!cleaned.length) return { ok: false, message: 'Nothing to keep: fill in at least one field.' };
    for (const [name, value, origin] of cleaned) {
      const parent = name === 'sendgrid.parentApiKey';
      const kept = await deps.keepSecret(name, value, { origin, ttlMs: parent && !c.keepParent ? PARENT_TTL_MS : undefined });
      if (!kept.ok) return kept;
      if (parent) await keepParentItem.setValue(c.keepParent);
    }
    return { ok: true };
  }

  async function execute(taskId: TaskId | undefined): Promise<RunState> {
    const checks = taskId ? checksFor(taskId) : allChecks;
    const scope = taskId ? [taskId] : allTasks().map((t) => t.id);
    const onboarding = activeOnboarding(await deps.readProgress());
    const region = onboarding.region;
    runOnboarding = onboarding.id;
    const read = (n: CredentialName) => deps.readSecret(n);
    const [subuser, parent, sid, secret, accountSid, subuserName, apiKeyId, twilioWebhookUrl] = await Promise.all([
      read('sendgrid.apiKey'),
      read('sendgrid.parentApiKey'),
      read('twilio.apiKeySid'),
      read('twilio.apiKeySecret'),
      read('twilio.accountSid'),
      read('sendgrid.subuserName'),
      read('sendgrid.apiKeyId'),
      read('segment.twilioWebhookUrl'),
    ]);
    const haveNow: Have = { subuser: !!subuser, parent: !!parent, twilio: !!(sid && secret && accountSid) };
    run = { running: true, startedAt: deps.now().getTime(), tasks: [], calls: 0 };
    const partial: TaskResult['checks'] = [];
    const wire = deps.transport({ sendgrid: { subuser, parent }, twilio: sid && secret ? { sid, secret } : undefined, region });
    // The parent key is forgotten after the run that used it (unless kept), not after an unrelated Twilio check.
    let usedParent = false;
    const { results, calls } = await runChecks({
      checks,
      region,
      have: haveNow,
      values: { subuserName, accountSid, twilioWebhookUrl, apiKeyId },
      deps: {
        transport: (req, signal) => {
          if (req.vendor === 'sendgrid' && req.auth !== 'subuser') usedParent = true;
          return wire(req, signal);
        },
        timeoutMs: deps.timeoutMs,
        isOffline: deps.isOffline,
        onWait: (vendor, ms) => {
          waitingUntil = Math.max(waitingUntil, deps.now().getTime() + ms);
          run = { ...run, notice: `waiting for ${VENDOR_NAME[vendor]}'s rate limit (${Math.ceil(ms / 1000)} s)` };
        },
        onAttempt: () => {
          run = { ...run, calls: run.calls + 1 };
        },
      },
      onResult: (r) => {
        partial.push(r);
        run = { ...run, tasks: summarize(scope, partial).filter((t) => t.checks.length) };
      },
    });
    const at = clock(deps.now());
    const tasks = (await applyResults(summarize(scope, results), deps, onboarding.id)).map((t) => ({ ...t, at }));
    const latest = await readLatest(onboarding.id);
    // Without the parent key its checks are skipped: the earlier outcome of each (with its time) stays what the panel
    // and the report show, so a task verified earlier never reads "partly checked" beside "verified".
    for (const t of tasks) latest[t.taskId] = keepEarlier(t, latest[t.taskId]);
    await saveLatest(onboarding.id, latest);
    if (usedParent && !(await readKeepParent())) await deps.forgetSecret('sendgrid.parentApiKey');
    run = { running: false, startedAt: run.startedAt, finishedAt: deps.now().getTime(), tasks, calls };
    return run;
  }

  function start(data: unknown): Promise<RunState> {
    const req = RunRequestSchema.safeParse(data);
    if (current) return current;
    // A request that names no known task runs nothing (it must not fall back to "Verify all").
    if (!req.success) return Promise.resolve(run);
    current = execute(req.data.taskId)
      .catch(() => {
        // Storage or a bug stopped the run: say so rather than spin forever.
        run = { ...run, running: false, notice: 'The check stopped unexpectedly; press Verify again.' };
        return run;
      })
      .finally(() => (current = undefined));
    return current;
  }

  async function undo(data: unknown): Promise<VerifyReply> {
    const req = TaskRequestSchema.safeParse(data);
    if (!req.success) return { ok: false, message: 'Which task? That request was not understood.' };
    const state = await deps.readProgress();
    const onboardingId = activeOnboarding(state).id;
    const latest = await readLatest(onboardingId);
    await deps.applyProgress({ type: 'undoTask', onboardingId, taskId: req.data.taskId });
    const r = latest[req.data.taskId];
    if (r) await saveLatest(onboardingId, { ...latest, [req.data.taskId]: { ...r, reopened: false } });
    run = { ...run, tasks: run.tasks.map((t) => (t.taskId === req.data.taskId ? { ...t, reopened: false } : t)) };
    return { ok: true };
  }

  async function report(): Promise<ReportReply> {
    const state = await deps.readProgress();
    const onboarding = activeOnboarding(state);
    const names = ['sendgrid.apiKey', 'sendgrid.parentApiKey', 'twilio.apiKeySecret', 'twilio.apiKeySid', 'twilio.accountSid', 'sendgrid.apiKeyId'] as const;
    const [subKey, parentKey, secret, keySid, accountSid, apiKeyId] = await Promise.all(names.map(deps.readSecret));
    const markdown = buildReport({
      onboarding,
      tasks: allTasks().map((t) => ({ id: t.id, title: t.title, stage: stageOf(t.id).title })),
      results: await readLatest(onboarding.id),
      ids: { apiKeyId, accountSid, apiKeySid: keySid },
      secrets: [subKey, parentKey, secret, keySid, accountSid, apiKeyId].filter((s): s is string => !!s),
      now: deps.now(),
    });
    return { ok: true, markdown };
  }

  async function forgetParent(): Promise<VerifyReply> {
    await keepParentItem.setValue(false);
    await deps.forgetSecret('sendgrid.parentApiKey');
    return { ok: true };
  }

  /** A run, answered with the full status so the panel needs no extra round trip to show the result. */
  async function runThenStatus(data: unknown): Promise<VerifyStatus> {
    await start(data);
    return status();
  }

  return { status, keepCredentials, start, runThenStatus, undo, report, forgetParent };
}

export type VerifyService = ReturnType<typeof createVerifyService>;

/** Registers the Verify messages (the side panel's only). */
export function registerVerifyHandlers(overrides: Partial<VerifyDeps> = {}): VerifyService {
  const service = createVerifyService({
    readSecret,
    keepSecret,
    forgetSecret,
    applyProgress,
    readProgress,
    transport: liveTransport,
    now: () => new Date(),
    isOffline: () => globalThis.navigator?.onLine === false,
    holdPageDetection: (onboardingId, taskIds) => Promise.all(taskIds.map((t) => markUndone(onboardingId, t))),
    ...overrides,
  });
  // Side panel only (SENDERS); a refused status or run gets an empty status.
  handle('verify.status', () => service.status());
  handle('verify.keepCredentials', ({ data }) => service.keepCredentials(data));
  handle('verify.run', ({ data }) => service.runThenStatus(data));
  handle('verify.undo', ({ data }) => service.undo(data));
  handle('verify.report', () => service.report());
  handle('verify.forgetParent', () => service.forgetParent());
  return service;
}
