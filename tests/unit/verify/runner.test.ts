// Running checks: at most 4 calls per vendor at once, shared calls, 429 waits, timeouts, offline, and plain messages.
import { describe, expect, it } from 'vitest';
import { allChecks } from '../../../utils/verify/checks';
import { retryAfterMs, type Transport } from '../../../utils/verify/http';
import { MAX_PARALLEL_PER_VENDOR, runChecks, type Have } from '../../../utils/verify/runner';
import type { CheckResult, Vendor } from '../../../utils/verify/types';
import { FAKE } from '../../fake-apis/credentials';
import { createFakeApis } from '../../fake-apis/fake';
import type { ScenarioName } from '../../fake-apis/scenarios';
import { ALL_CREDS, fakeTransport } from '../../fake-apis/transport';

const EVERYTHING: Have = { subuser: true, parent: true, twilio: true };
const values = { accountSid: FAKE.accountSid, twilioWebhookUrl: FAKE.twilioWebhookUrl };

function setup(scenario: ScenarioName, latencyMs = 0) {
  const fake = createFakeApis({ scenario, latencyMs });
  const waits: { vendor: Vendor; ms: number }[] = [];
  let offline = false;
  const transport = fakeTransport(fake, ALL_CREDS, { offline: () => offline });
  const run = (extra: { timeoutMs?: number; transport?: Transport; sleep?: (ms: number) => Promise<void> } = {}) =>
    runChecks({
      checks: allChecks,
      region: 'us',
      have: EVERYTHING,
      values,
      deps: {
        transport: extra.transport ?? transport,
        timeoutMs: extra.timeoutMs,
        sleep: extra.sleep ?? (async () => {}),
        onWait: (vendor, ms) => waits.push({ vendor, ms }),
      },
    });
  return { fake, waits, run, transport, goOffline: (v: boolean) => (offline = v) };
}

const byId = (results: CheckResult[], id: string): CheckResult => results.find((r) => r.checkId === id)!;

describe('running checks', () => {
  it('keeps at most MAX_PARALLEL_PER_VENDOR calls in flight per vendor and makes each distinct call once', async () => {
    const { run, transport, fake } = setup('allGood', 20);
    const inFlight: Record<string, number> = { sendgrid: 0, twilio: 0 };
    const peak: Record<string, number> = { sendgrid: 0, twilio: 0 };
    const counting: Transport = async (req, signal) => {
      inFlight[req.vendor]!++;
      peak[req.vendor] = Math.max(peak[req.vendor]!, inFlight[req.vendor]!);
      try {
        return await transport(req, signal);
      } finally {
        inFlight[req.vendor]!--;
      }
    };
    const { calls } = await run({ transport: counting });
    expect(peak.sendgrid).toBeGreaterThan(4);
    expect(peak.sendgrid).toBeLessThanOrEqual(MAX_PARALLEL_PER_VENDOR);
    expect(peak.twilio).toBeLessThanOrEqual(MAX_PARALLEL_PER_VENDOR);
    const keys = fake.log.map((c) => `${c.host}${c.path}?${c.query} ${c.as}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(calls).toBe(fake.log.length);
  });

  it("waits out SendGrid's 429 for Retry-After, tells the panel, then passes", async () => {
    const { run, waits } = setup('sendgrid.rateLimited');
    const slept: number[] = [];
    const { results } = await run({ sleep: async (ms) => void slept.push(ms) });
    expect(waits).toEqual([{ vendor: 'sendgrid', ms: 1000 }]);
    expect(slept).toEqual([1000]);
    expect(byId(results, 'sendgrid.apikey.fullAccess').status).toBe('pass');
  });

  it('gives up after 3 tries of 429, with backoff growing between them', async () => {
    const { fake, run } = setup('allGood');
    const always429: Transport = async (req) =>
      req.path === '/v3/scopes' ? { status: 429, retryAfter: '1', body: { errors: [{ message: 'too many' }] } } : fakeTransport(fake, ALL_CREDS)(req, new AbortController().signal);
    const slept: number[] = [];
    const { results } = await run({ transport: always429, sleep: async (ms) => void slept.push(ms) });
    const r = byId(results, 'sendgrid.apikey.fullAccess');
    expect(r.status).toBe('error');
    expect(r.message).toMatch(/SendGrid kept rate-limiting us after 3 tries/);
    expect(slept).toEqual([1000, 2000]);
  });

  it('does not sit through an hour-long Retry-After: the check says how long SendGrid asks to wait, and the run ends', async () => {
    const { fake, run, waits } = setup('allGood');
    const hourLong: Transport = async (req) =>
      req.path === '/v3/scopes' ? { status: 429, retryAfter: '3600', body: { errors: [{ message: 'too many' }] } } : fakeTransport(fake, ALL_CREDS)(req, new AbortController().signal);
    const slept: number[] = [];
    const { results } = await run({ transport: hourLong, sleep: async (ms) => void slept.push(ms) });
    const r = byId(results, 'sendgrid.apikey.fullAccess');
    expect(r.status).toBe('error');
    expect(r.message).toMatch(/^SendGrid asks us to wait 60 minutes before calling again \(rate limit\)/);
    expect(slept).toEqual([]);
    expect(waits).toEqual([]);
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(retryAfterMs('3')).toBe(3000);
    expect(retryAfterMs(new Date(10_000).toUTCString(), 4_000)).toBe(6_000);
    expect(retryAfterMs(null)).toBeUndefined();
  });

  it('stops a call after the timeout with a plain message, and a retry then works', async () => {
    const { run, fake } = setup('sendgrid.slow');
    const first = await run({ timeoutMs: 50 });
    const hook = byId(first.results, 'sendgrid.webhook.settings');
    expect(hook).toMatchObject({ status: 'error', code: 'timeout' });
    expect(hook.message).toMatch(/^SendGrid did not answer GET \/v3\/user\/webhooks\/event\/settings\/all within \d+ s\. Check your connection/);
    fake.setScenario('allGood');
    const second = await run({ timeoutMs: 50 });
    expect(byId(second.results, 'sendgrid.webhook.settings').status).toBe('pass');
  });

  it('says the person is offline when no request can leave, and works again once back online', async () => {
    const { run, goOffline } = setup('allGood');
    goOffline(true);
    const off = await run();
    expect(off.results.every((r) => r.status === 'error' && r.code === 'offline')).toBe(true);
    expect(off.results[0]!.message).toMatch(/you seem to be offline/);
    goOffline(false);
    const on = await run();
    expect(on.results.every((r) => r.status === 'pass')).toBe(true);
  });

  it('reports an answer that breaks its schema instead of guessing', async () => {
    const { results } = await setup('sendgrid.malformed').run();
    const hook = byId(results, 'sendgrid.webhook.settings');
    expect(hook).toMatchObject({ status: 'error', code: 'schema' });
    expect(hook.message).toMatch(/does not have the documented shape \(webhooks\.0/);
  });

  it('explains a revoked SendGrid key (401): the subuser key was tried on both regions\' hosts, the parent key on its own', async () => {
    const { run, fake } = setup('sendgrid.revoked');
    const { results } = await run();
    const r = byId(results, 'sendgrid.webhook.settings');
    expect(r.code).toBe('unauthorized');
    expect(r.message).toMatch(/on both api\.sendgrid\.com and api\.eu\.sendgrid\.com \(401\): the key is wrong or was revoked/);
    expect(byId(results, 'sendgrid.plan.paid').message).toMatch(/parent account API key on api\.sendgrid\.com \(401\)/);
    expect(fake.log.some((c) => c.host === 'api.eu.sendgrid.com' && c.path === '/v3/scopes')).toBe(true);
    expect(fake.log.some((c) => c.host === 'api.eu.sendgrid.com' && c.as === 'parent')).toBe(false);
  });

  it('names the missing scope on a 403', async () => {
    const { results } = await setup('sendgrid.forbidden').run();
    expect(byId(results, 'sendgrid.webhook.settings').message).toMatch(/lacks the `user\.webhooks\.event\.settings\.read` scope/);
  });

  it("says a 500 is on SendGrid's side", async () => {
    const { results } = await setup('sendgrid.serverError').run();
    const r = byId(results, 'sendgrid.subscription.enabled');
    expect(r).toMatchObject({ status: 'error', code: 'server' });
    expect(r.message).toMatch(/server error \(500\).*SendGrid's side/);
  });

  it('says the Account SID does not match the key when Twilio refuses the account and its numbers but the key works', async () => {
    const fake = createFakeApis();
    const { results } = await runChecks({
      checks: allChecks,
      region: 'us',
      have: EVERYTHING,
      values: { ...values, accountSid: FAKE.otherAccountSid },
      deps: { transport: fakeTransport(fake, ALL_CREDS), sleep: async () => {} },
    });
    // Before, any 401 on /Accounts with Messaging working was called "a Standard key".
    const account = byId(results, 'twilio.account.full');
    expect(account).toMatchObject({ status: 'error', code: 'unauthorized' });
    expect(account.message).toMatch(/^This Account SID does not match the key/);
    expect(account.message).not.toMatch(/Standard/);
    // Neither task is reopened for a mistyped SID: both say why they could not be checked.
    expect(byId(results, 'twilio.apikey.valid')).toMatchObject({ status: 'error', code: 'unauthorized' });
    expect(byId(results, 'twilio.apikey.valid').message).toMatch(/^This Account SID does not match the key/);
    expect(byId(results, 'twilio.number.sms').message).toMatch(/401, error 20003\) for this Account SID.*belongs to another account/);
  });
});
