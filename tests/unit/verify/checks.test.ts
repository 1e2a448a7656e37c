// Each check against the fake APIs: all good passes, and each single wrong set-up turns exactly its own task red.
import { describe, expect, it } from 'vitest';
import { TASK_IDS } from '../../../utils/guide/schema';
import { allChecks, NOT_API_CHECKABLE } from '../../../utils/verify/checks';
import { runChecks, summarize, type Have } from '../../../utils/verify/runner';
import { FAKE } from '../../fake-apis/credentials';
import { createFakeApis } from '../../fake-apis/fake';
import { SCENARIOS, SINGLE_FAILURES, type ScenarioName } from '../../fake-apis/scenarios';
import { ALL_CREDS, fakeTransport, type FakeCreds } from '../../fake-apis/transport';

const EVERYTHING: Have = { subuser: true, parent: true, twilio: true };

export async function verifyAll(scenario: ScenarioName, opts: { creds?: FakeCreds; have?: Have; region?: 'us' | 'eu' } = {}) {
  const fake = createFakeApis({ scenario });
  const region = opts.region ?? 'us';
  const { results, calls } = await runChecks({
    checks: allChecks,
    region,
    have: opts.have ?? EVERYTHING,
    values: { accountSid: FAKE.accountSid, twilioWebhookUrl: FAKE.twilioWebhookUrl },
    deps: { transport: fakeTransport(fake, opts.creds ?? ALL_CREDS), sleep: async () => {} },
  });
  return { results, calls, fake, tasks: summarize([...TASK_IDS], results) };
}

describe('checks against the fake vendor APIs', () => {
  it('verifies every API-checkable task when the whole set-up is right', async () => {
    const { results, tasks } = await verifyAll('allGood');
    for (const r of results) expect(r.status, `${r.checkId}: ${r.message}`).toBe('pass');
    const verified = tasks.filter((t) => t.verdict === 'verified').map((t) => t.taskId);
    const checked = new Set(allChecks.map((c) => c.taskId));
    expect(verified).toEqual(TASK_IDS.filter((id) => checked.has(id)));
    // Tasks no API can see stay unchecked (manual or page-detected), each with its reason.
    const unchecked = tasks.filter((t) => t.verdict === 'unchecked').map((t) => t.taskId);
    expect(unchecked).toEqual(TASK_IDS.filter((id) => !checked.has(id)));
    expect(new Set(unchecked)).toEqual(new Set(Object.keys(NOT_API_CHECKABLE)));
  });

  it('has, for every check, a scripted wrong set-up that fails it', async () => {
    const failedBy = new Map<string, string[]>();
    // Every scenario but the one that waits out the client's timeout.
    for (const name of (Object.keys(SCENARIOS) as ScenarioName[]).filter((n) => n !== 'sendgrid.slow')) {
      const { results } = await verifyAll(name);
      for (const r of results.filter((x) => x.status !== 'pass' && x.status !== 'notNeeded')) failedBy.set(r.checkId, [...(failedBy.get(r.checkId) ?? []), name]);
    }
    const unbroken = allChecks.map((c) => c.id).filter((id) => !failedBy.has(id));
    expect(unbroken, 'checks no scenario in tests/fake-apis/scenarios.ts breaks').toEqual([]);
  });

  it.each(SINGLE_FAILURES)('$name turns only $taskId red, with a fix-it message', async ({ name, taskId, code }) => {
    const { results, tasks } = await verifyAll(name);
    const red = tasks.filter((t) => t.verdict !== 'verified' && t.verdict !== 'unchecked');
    expect(red.map((t) => [t.taskId, t.verdict])).toEqual([[taskId, 'failed']]);
    const failed = results.filter((r) => r.status === 'fail');
    expect(failed.map((r) => r.code)).toEqual([code]);
    expect(failed[0]!.message.length).toBeGreaterThan(30);
  });

  it('explains a Standard Twilio key: the key task asks for a Main key, the account check says what it cannot see', async () => {
    const { results, tasks } = await verifyAll('twilio.standardKey');
    const account = results.find((r) => r.checkId === 'twilio.account.full')!;
    expect(account.status).toBe('error');
    expect(account.message).toMatch(/Standard/);
    expect(account.message).toMatch(/20003/);
    // The current guide asks for Main: a Standard key no longer shows as verified.
    const key = results.find((r) => r.checkId === 'twilio.apikey.valid')!;
    expect(key).toMatchObject({ status: 'fail', code: 'standard' });
    expect(key.message).toMatch(/\*\*Main\*\* key.*2022/s);
    const others = tasks.filter((t) => t.taskId.startsWith('twilio.') && !['twilio.account', 'twilio.apikey'].includes(t.taskId));
    expect(others.every((t) => t.verdict === 'verified')).toBe(true);
  });

  it('checks the subuser through the parent key with on-behalf-of when only the parent key is given', async () => {
    const { results, fake } = await verifyAll('allGood', { creds: { parentKey: FAKE.parentKey }, have: { subuser: false, parent: true, twilio: false } });
    expect(results.find((r) => r.checkId === 'sendgrid.webhook.settings')!.status).toBe('pass');
    expect(results.find((r) => r.checkId === 'sendgrid.subscription.enabled')!.status).toBe('pass');
    const hook = fake.log.find((c) => c.route === 'sg.webhooks')!;
    expect(hook).toMatchObject({ as: 'parent', onBehalfOf: FAKE.subuserName });
    // Subuser-key-only checks say what they need instead of failing.
    const scopes = results.find((r) => r.checkId === 'sendgrid.apikey.fullAccess')!;
    expect(scopes).toMatchObject({ status: 'skipped' });
    expect(scopes.message).toMatch(/subuser's API key/);
  });

  it('says which checks need the parent key and why when only the subuser key is given', async () => {
    const { results, tasks } = await verifyAll('allGood', { creds: { subuserKey: FAKE.subuserKey }, have: { subuser: true, parent: false, twilio: false } });
    const plan = results.find((r) => r.checkId === 'sendgrid.plan.paid')!;
    expect(plan.status).toBe('skipped');
    expect(plan.message).toMatch(/parent account API key.*plan, IPs, subusers/);
    expect(tasks.find((t) => t.taskId === 'sendgrid.subuser')!.verdict).toBe('partial');
    expect(tasks.find((t) => t.taskId === 'sendgrid.webhook')!.verdict).toBe('verified');
  });

  it('for an EU workspace asks api.sendgrid.com (the key\'s host, not the workspace\'s) and expects the EU webhook URL', async () => {
    const { results, fake } = await verifyAll('allGood', { region: 'eu' });
    expect(fake.log.filter((c) => c.host.includes('sendgrid')).every((c) => c.host === 'api.sendgrid.com')).toBe(true);
    const hook = results.find((r) => r.checkId === 'sendgrid.webhook.settings')!;
    // The fake's webhook posts to the US URL: the EU workspace is told it is the other region's.
    expect(hook).toMatchObject({ status: 'fail', code: 'region' });
    expect(hook.message).toContain('https://engage-ma-webhook-api.euw1.engage.segment.com/sendgrid');
  });

  it('labels the plan checks as proxies, since no API names the plan "Pro"', () => {
    const plan = allChecks.filter((c) => c.taskId === 'sendgrid.plan');
    expect(plan.length).toBe(3);
    for (const c of plan) expect(c.proxy).toBeTruthy();
    expect(plan[0]!.proxy).toMatch(/"Pro"/);
  });
});
