// The background service end to end with the real vault and progress store: keep keys, verify, mark done, reopen, undo, report.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { taskById } from '../../../utils/guide';
import { activeOnboarding } from '../../../utils/progress/model';
import { markUndone, wasUndone } from '../../../utils/progress/pageScope';
import { createProgressStore } from '../../../utils/progress/store';
import { forgetSecret, keepSecret, readSecret } from '../../../utils/vault/store';
import { createVerifyService } from '../../../utils/verify/service';
import { FAKE, SECRETS } from '../../fake-apis/credentials';
import { createFakeApis } from '../../fake-apis/fake';
import { fakeTransport } from '../../fake-apis/transport';

function setup(extra: Partial<Parameters<typeof createVerifyService>[0]> = {}) {
  let n = 0;
  const fake = createFakeApis();
  const progress = createProgressStore({ now: () => Date.UTC(2026, 10, 29, 14, 2), newId: () => `ob-${++n}`, isConditional: () => false, taskTitle: (id) => id });
  const service = createVerifyService({
    readSecret,
    keepSecret,
    forgetSecret,
    applyProgress: async (a) => (await progress.run(a)).state,
    readProgress: () => progress.read(),
    // The live transport needs a browser; here the same credentials go to the fakes in-process.
    transport: ({ sendgrid, twilio }) => fakeTransport(fake, { subuserKey: sendgrid.subuser, parentKey: sendgrid.parent, twilio }),
    now: () => new Date(2026, 10, 29, 14, 2),
    isOffline: () => false,
    ...extra,
  });
  return { fake, progress, service };
}

/** Counts progress writes (one per action that changed the state). */
function countWrites(progress: ReturnType<typeof setup>['progress']) {
  let writes = 0;
  const run = progress.run.bind(progress);
  progress.run = async (a) => {
    const before = await progress.read();
    const r = await run(a);
    if (r.state !== before) writes++;
    return r;
  };
  return () => writes;
}

const everything = {
  sendgridApiKey: FAKE.subuserKey,
  parentApiKey: FAKE.parentKey,
  twilioAccountSid: FAKE.accountSid,
  twilioApiKeySid: FAKE.apiKeySid,
  twilioApiKeySecret: FAKE.apiKeySecret,
};

beforeEach(() => fakeBrowser.reset());

describe('verification service', () => {
  it('marks every verified task done with "verified by SendGrid API, 14:02" and forgets the parent key afterwards', async () => {
    const { service, progress } = setup();
    expect(await service.keepCredentials(everything)).toEqual({ ok: true });
    expect((await service.status()).have).toEqual({ subuser: true, parent: true, twilio: true });
    const writes = countWrites(progress);
    const run = await service.start({});
    expect(run.running).toBe(false);
    expect(run.tasks.filter((t) => t.verdict === 'verified')).toHaveLength(16);
    // All 16 verdicts land in one progress write (one re-render per open panel).
    expect(writes()).toBe(1);
    const ob = activeOnboarding(await progress.read());
    expect(ob.tasks['sendgrid.webhook']).toMatchObject({ status: 'done', source: 'api', evidence: 'verified by SendGrid API, 14:02' });
    expect(ob.tasks['twilio.service']).toMatchObject({ status: 'done', source: 'api', evidence: 'verified by Twilio API, 14:02' });
    // Not kept for the session: the parent key is gone once the run ends; the subuser key stays.
    expect(await readSecret('sendgrid.parentApiKey')).toBeUndefined();
    expect(await readSecret('sendgrid.apiKey')).toBe(FAKE.subuserKey);
  });

  it('a later run without the parent key keeps the earlier verdicts it could not check, in the panel and the report', async () => {
    const { service } = setup();
    await service.keepCredentials(everything);
    await service.start({});
    // The parent key is forgotten after the run (not kept): the plan, IP, subuser and domain checks are skipped now.
    const second = await service.start({});
    expect(second.tasks.find((t) => t.taskId === 'sendgrid.plan')?.verdict).toBe('unchecked');
    const shown = (await service.status()).latest.find((t) => t.taskId === 'sendgrid.plan');
    expect(shown?.verdict).toBe('verified');
    const report = await service.report();
    if (!report.ok) throw new Error(report.message);
    const row = report.markdown.split('\n').find((l) => l.includes('Upgrade SendGrid to a Pro plan'))!;
    expect(row).toMatch(/\| Done \| verified \|/);
    expect(row).not.toMatch(/not checked/);
  });

  it('a later run without the parent key keeps each check it skipped as the earlier run saw it, never "partly checked" beside "verified"', async () => {
    let now = new Date(2026, 10, 29, 14, 2);
    const { service } = setup({ now: () => now });
    await service.keepCredentials(everything);
    await service.start({});
    now = new Date(2026, 10, 29, 14, 31);
    const second = await service.start({});
    // This run could check only some of these tasks' checks (the parent key was forgotten after the first run).
    const partial = second.tasks.filter((t) => t.verdict === 'partial');
    expect(partial.map((t) => t.taskId)).toContain('sendgrid.subuser');
    const latest = (await service.status()).latest;
    for (const t of partial) {
      const shown = latest.find((r) => r.taskId === t.taskId)!;
      expect(shown.verdict, t.taskId).toBe('verified');
      expect(shown.evidence, t.taskId).toBe('verified by SendGrid API, 14:02');
      // Each check this run skipped shows the earlier outcome and when it was checked; the rest are this run's.
      for (const c of t.checks) {
        const s = shown.checks.find((x) => x.checkId === c.checkId)!;
        expect(s.status, c.checkId).toBe('pass');
        expect(s.checkedAt, c.checkId).toBe(c.status === 'skipped' ? '14:02' : undefined);
      }
    }
    const report = await service.report();
    if (!report.ok) throw new Error(report.message);
    expect(report.markdown).not.toMatch(/partly checked/);
    expect(report.markdown).toMatch(/\| Create a subuser with a dedicated IP \| Done \| verified \| verified by SendGrid API, 14:02 \|/);
    expect(report.markdown).toMatch(/Create a subuser with a dedicated IP, [^:]+: \*\*OK\*\* \(as checked at 14:02: the latest run skipped it\)\./);
    // A third run that checks everything again replaces the carried outcomes with its own.
    await service.keepCredentials({ parentApiKey: FAKE.parentKey });
    now = new Date(2026, 10, 29, 14, 40);
    await service.start({});
    const again = (await service.status()).latest.find((r) => r.taskId === 'sendgrid.subuser')!;
    expect(again.checks.every((c) => c.status === 'pass' && c.checkedAt === undefined)).toBe(true);
    expect(again.evidence).toBe('verified by SendGrid API, 14:40');
  });

  it('runs nothing when a Verify request names a task that is not in the guide', async () => {
    const { service, fake } = setup();
    await service.keepCredentials(everything);
    const run = await service.start({ taskId: 'sendgrid.nope' });
    expect(run).toMatchObject({ running: false, calls: 0, tasks: [] });
    expect(fake.log).toEqual([]);
  });

  it('keeps the parent key when the person chooses to', async () => {
    const { service } = setup();
    await service.keepCredentials({ parentApiKey: FAKE.parentKey, keepParent: true });
    await service.start({ taskId: 'sendgrid.plan' });
    expect(await readSecret('sendgrid.parentApiKey')).toBe(FAKE.parentKey);
  });

  it('remembers "keep the parent key" across a service-worker restart (a new service over the same session storage)', async () => {
    await setup().service.keepCredentials({ parentApiKey: FAKE.parentKey, keepParent: true });
    const { service: restarted } = setup();
    expect((await restarted.status()).keepParent).toBe(true);
    await restarted.start({ taskId: 'sendgrid.plan' });
    expect(await readSecret('sendgrid.parentApiKey')).toBe(FAKE.parentKey);
    await restarted.forgetParent();
    expect((await setup().service.status()).keepParent).toBe(false);
  });

  it('forgets the parent key after the run that used it, not after a Twilio-only check', async () => {
    const { service } = setup();
    await service.keepCredentials({ ...everything });
    await service.start({ taskId: 'twilio.number' });
    expect(await readSecret('sendgrid.parentApiKey')).toBe(FAKE.parentKey);
    await service.start({ taskId: 'sendgrid.rdns' });
    expect(await readSecret('sendgrid.parentApiKey')).toBeUndefined();
  });

  it('refuses a Twilio Account SID typed where the API Key SID goes, before any call', async () => {
    const { service, fake } = setup();
    const r = await service.keepCredentials({ twilioApiKeySid: FAKE.accountSid });
    expect(r.ok).toBe(false);
    expect(fake.log).toHaveLength(0);
  });

  it('reopens a task ticked by hand when its check fails, says why, and the person can undo', async () => {
    const { service, progress, fake } = setup();
    await service.keepCredentials({ sendgridApiKey: FAKE.subuserKey });
    await progress.run({ type: 'setTaskState', taskId: 'sendgrid.subscription', status: 'done', source: 'manual' });
    fake.setScenario('sendgrid.subscription.off');
    const run = await service.start({ taskId: 'sendgrid.subscription' });
    expect(run.tasks[0]).toMatchObject({ taskId: 'sendgrid.subscription', verdict: 'failed', reopened: true });
    let state = activeOnboarding(await progress.read()).tasks['sendgrid.subscription']!;
    expect(state.status).toBe('todo');
    expect(state.evidence).toMatch(/^reopened by SendGrid API, 14:02: Subscription tracking is off/);
    expect(await service.undo({ taskId: 'sendgrid.subscription' })).toEqual({ ok: true });
    state = activeOnboarding(await progress.read()).tasks['sendgrid.subscription']!;
    expect(state).toMatchObject({ status: 'done', source: 'manual' });
  });

  it('holds a reopened task against the console page marking it done again, and only that task', async () => {
    const { service, progress, fake } = setup({ holdPageDetection: (id, tasks) => Promise.all(tasks.map((t) => markUndone(id, t))) });
    await service.keepCredentials({ sendgridApiKey: FAKE.subuserKey });
    // Seen on the page, then contradicted by the API (the page still shows its old screen).
    await progress.run({ type: 'setTaskState', taskId: 'sendgrid.subscription', status: 'done', source: 'page', evidence: 'The page shows Enabled' });
    fake.setScenario('sendgrid.subscription.off');
    const run = await service.start({ taskId: 'sendgrid.subscription' });
    expect(run.tasks[0]).toMatchObject({ taskId: 'sendgrid.subscription', reopened: true });
    const id = activeOnboarding(await progress.read()).id;
    expect(await wasUndone(id, 'sendgrid.subscription')).toBe(true);
    expect(await wasUndone(id, 'sendgrid.webhook')).toBe(false);
    // A task the API confirms is never held.
    fake.setScenario('allGood');
    await service.start({ taskId: 'sendgrid.webhook' });
    expect(await wasUndone(id, 'sendgrid.webhook')).toBe(false);
  });

  it('writes a report with every task and the Engage message, with no secret and identifiers as last 4', async () => {
    const { service } = setup();
    await service.keepCredentials({ ...everything, keepParent: true });
    await keepSecret('sendgrid.apiKeyId', FAKE.subuserKeyId, { origin: 'https://app.sendgrid.com' });
    await service.start({});
    const r = await service.report();
    if (!r.ok) throw new Error(r.message);
    const md = r.markdown;
    for (const id of ['sendgrid.webhook', 'twilio.compliance', 'segment.identifiers', 'engage.notify'] as const) expect(md).toContain(`| ${taskById(id).title} |`);
    expect(md.match(/\| verified \|/g)).toHaveLength(16);
    expect(md).toContain('Hello Twilio Engage team');
    expect(md).toContain('Automated IP warmup: 167.89.21.3 warming up since');
    expect(md).toContain('API key ID: …CLCA');
    expect(md).toContain('Twilio Account SID: …cdef');
    for (const s of [...SECRETS, FAKE.accountSid, FAKE.apiKeySid, FAKE.subuserKeyId]) expect(md).not.toContain(s);
  });

  it("shows \"waiting for SendGrid's rate limit\" for the whole wait, then the run finishes green", async () => {
    const { service, fake } = setup();
    await service.keepCredentials({ sendgridApiKey: FAKE.subuserKey });
    fake.setScenario('sendgrid.rateLimited');
    const running = service.start({});
    await new Promise((r) => setTimeout(r, 500));
    const mid = await service.status();
    expect(mid.run.running).toBe(true);
    expect(mid.run.notice).toBe("waiting for SendGrid's rate limit (1 s)");
    const done = await running;
    expect(done.notice).toBeUndefined();
    expect(done.tasks.find((t) => t.taskId === 'sendgrid.apikey')!.verdict).toBe('verified');
  });

  it('keeps results per onboarding: a second company does not see the first one\'s checks', async () => {
    const { service, progress } = setup();
    await service.keepCredentials({ sendgridApiKey: FAKE.subuserKey });
    await service.start({ taskId: 'sendgrid.webhook' });
    expect((await service.status()).latest.find((t) => t.taskId === 'sendgrid.webhook')?.verdict).toBe('verified');
    await progress.run({ type: 'createOnboarding', name: 'Globex' });
    expect((await service.status()).latest.find((t) => t.taskId === 'sendgrid.webhook')).toBeUndefined();
  });
});
