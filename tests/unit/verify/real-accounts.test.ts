// The hard cases of real accounts, one per way Verify used to be wrong: each shows the trap in the fake's answers
// (what reading page 1, the first match or the workspace's region gave) and the right verdict the runner now gives.
import { describe, expect, it } from 'vitest';
import { TASK_IDS, type Region } from '../../../utils/guide/schema';
import { applyResults } from '../../../utils/verify/apply';
import { allChecks } from '../../../utils/verify/checks';
import type { Transport } from '../../../utils/verify/http';
import { runChecks, summarize, type Have } from '../../../utils/verify/runner';
import type { CheckResult } from '../../../utils/verify/types';
import { FAKE } from '../../fake-apis/credentials';
import { createFakeApis, type FakeApis } from '../../fake-apis/fake';
import type { ScenarioName } from '../../fake-apis/scenarios';
import { ALL_CREDS, fakeTransport, type FakeCreds } from '../../fake-apis/transport';

const EVERYTHING: Have = { subuser: true, parent: true, twilio: true };
const sgGet = (fake: FakeApis, url: string, key: string = FAKE.parentKey, host = 'api.sendgrid.com') =>
  fake.handle({ host, method: 'GET', url, headers: { authorization: `Bearer ${key}` } });
const twGet = (fake: FakeApis, host: string, url: string) =>
  fake.handle({ host, method: 'GET', url, headers: { authorization: `Basic ${Buffer.from(`${FAKE.apiKeySid}:${FAKE.apiKeySecret}`).toString('base64')}` } });

interface Opts {
  region?: Region;
  have?: Have;
  creds?: FakeCreds;
  values?: Record<string, string>;
  transport?: (t: Transport) => Transport;
}
async function verify(scenario: ScenarioName, o: Opts = {}) {
  const fake = createFakeApis({ scenario });
  const transport = fakeTransport(fake, o.creds ?? ALL_CREDS);
  const { results, calls } = await runChecks({
    checks: allChecks,
    region: o.region ?? 'us',
    have: o.have ?? EVERYTHING,
    values: { accountSid: FAKE.accountSid, twilioWebhookUrl: FAKE.twilioWebhookUrl, ...o.values },
    deps: { transport: o.transport ? o.transport(transport) : transport, sleep: async () => {} },
  });
  const by = (id: string): CheckResult => results.find((r) => r.checkId === id)!;
  return { fake, results, calls, by, tasks: summarize([...TASK_IDS], results) };
}
const allPass = (results: CheckResult[]) => results.filter((r) => r.status !== 'pass').map((r) => `${r.checkId}: ${r.message}`);

describe('1. region: the SendGrid host follows the key, not the Segment workspace', () => {
  it('an EU workspace on a global SendGrid account: api.eu.sendgrid.com refuses both keys; Verify asks api.sendgrid.com and passes', async () => {
    const fake = createFakeApis({ scenario: 'sendgrid.region.euWorkspace' });
    expect(sgGet(fake, '/v3/scopes', FAKE.subuserKey, 'api.eu.sendgrid.com').status).toBe(401);
    expect(sgGet(fake, '/v3/user/account', FAKE.parentKey, 'api.eu.sendgrid.com').status).toBe(401);
    const { results, fake: used } = await verify('sendgrid.region.euWorkspace', { region: 'eu' });
    expect(allPass(results)).toEqual([]);
    expect(used.log.filter((c) => c.host.includes('sendgrid')).every((c) => c.host === 'api.sendgrid.com')).toBe(true);
  });

  it('an EU subuser: its key answers on api.eu.sendgrid.com, the parent key on api.sendgrid.com, and the subuser shows its region', async () => {
    const { results, fake, by } = await verify('sendgrid.region.euSubuser', { region: 'eu' });
    expect(allPass(results)).toEqual([]);
    const ok = fake.log.filter((c) => c.as !== 'anonymous' && c.host.includes('sendgrid'));
    expect(ok.filter((c) => c.as === 'subuser').every((c) => c.host === 'api.eu.sendgrid.com')).toBe(true);
    expect(ok.filter((c) => c.as === 'parent').every((c) => c.host === 'api.sendgrid.com')).toBe(true);
    expect(by('sendgrid.subuser.exists').message).toMatch(/region eu/);
    expect(fake.log.some((c) => c.route === 'sg.subusers' && /include_region=true/.test(c.query))).toBe(true);
  });
});

describe("2. the Engage subuser's own IP, not ips[0] of page 1", () => {
  it('a dozen IPs: page 1 starts with another subuser\'s cold IP with broken rDNS; Verify judges the subuser\'s', async () => {
    const fake = createFakeApis({ scenario: 'sendgrid.ips.many' });
    const page1 = sgGet(fake, '/v3/ips').body as { ip: string; warmup: boolean }[];
    expect(page1).toHaveLength(10);
    expect(page1.map((i) => i.ip)).not.toContain(FAKE.ip);
    expect(page1[0]).toMatchObject({ ip: '167.89.21.30', warmup: false });
    const { results, by, fake: used } = await verify('sendgrid.ips.many');
    expect(allPass(results)).toEqual([]);
    for (const id of ['sendgrid.subuser.ip', 'sendgrid.rdns.valid', 'sendgrid.warmup.automated']) expect(by(id).message).toContain(FAKE.ip);
    expect(by('sendgrid.rdns.valid').message).not.toContain('167.89.21.30');
    expect(used.log.some((c) => c.route === 'sg.ips' && c.query.includes(`subuser=${FAKE.subuserName}`))).toBe(true);
  });
});

describe('3. warmup: a finished warmup stays done', () => {
  it('warmup ended long ago: the IP is in no warmup list and not warming, but its start date shows it was on', async () => {
    const fake = createFakeApis({ scenario: 'sendgrid.warmup.finished' });
    expect(sgGet(fake, '/v3/ips/warmup').body).toEqual([]);
    const { by } = await verify('sendgrid.warmup.finished');
    expect(by('sendgrid.warmup.automated')).toMatchObject({ status: 'pass' });
    expect(by('sendgrid.warmup.automated').message).toMatch(/has since finished/);
  });

  it('no sign of warmup at all fails, but never reopens a task the person marked done', async () => {
    const { tasks } = await verify('sendgrid.warmup.off');
    const warm = tasks.find((t) => t.taskId === 'sendgrid.warmup')!;
    expect(warm.verdict).toBe('failed');
    expect(warm.checks[0]).toMatchObject({ code: 'off', keepsDone: true });
    const writes: unknown[] = [];
    const done = { id: 'ob', name: 'x', region: 'us' as const, createdAt: 0, tasks: { 'sendgrid.warmup': { status: 'done' as const, source: 'manual' as const } } };
    const out = await applyResults([warm], {
      readProgress: async () => ({ onboardings: [done], activeId: 'ob' }) as never,
      applyProgress: async (a) => (writes.push(a), {}) as never,
      now: () => new Date(),
    });
    expect(writes).toEqual([]);
    expect(out[0]!.reopened).toBe(false);
  });
});

describe('4. the subuser: by captured name or the key\'s own username, never the first prefixed one', () => {
  it('120 subusers, an older disabled twilio_engage_app_acme_old first: the parent key alone finds the enabled one past page 1', async () => {
    const fake = createFakeApis({ scenario: 'sendgrid.subusers.many' });
    const page1 = sgGet(fake, '/v3/subusers').body as { username: string; disabled: boolean }[];
    expect(page1[0]).toMatchObject({ username: `${FAKE.subuserName}_old`, disabled: true });
    expect(page1.map((u) => u.username)).not.toContain(FAKE.subuserName);
    const { by } = await verify('sendgrid.subusers.many', { creds: { parentKey: FAKE.parentKey }, have: { subuser: false, parent: true, twilio: false } });
    expect(by('sendgrid.subuser.exists')).toMatchObject({ status: 'pass' });
    expect(by('sendgrid.subuser.exists').message).toContain(`${FAKE.subuserName} exists and is enabled`);
  });

  it("with the subuser key, the name is the key's own /v3/user/username, then looked up with ?username=", async () => {
    const { by, fake } = await verify('sendgrid.subusers.many');
    expect(by('sendgrid.subuser.exists').status).toBe('pass');
    expect(fake.log.some((c) => c.route === 'sg.username' && c.as === 'subuser')).toBe(true);
    expect(fake.log.filter((c) => c.route === 'sg.subusers').map((c) => c.query)).toEqual([expect.stringContaining(`username=${FAKE.subuserName}`)]);
  });

  it('a subuser key refused on both hosts fails its own checks, while the parent key still finds the subuser', async () => {
    const wrong = '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';
    const { by } = await verify('sendgrid.subusers.many', { creds: { ...ALL_CREDS, subuserKey: wrong } });
    expect(by('sendgrid.apikey.fullAccess').message).toMatch(/on both api\.sendgrid\.com and api\.eu\.sendgrid\.com/);
    expect(by('sendgrid.subuser.exists')).toMatchObject({ status: 'pass' });
    expect(by('sendgrid.subuser.ip').status).toBe('pass');
  });
});

describe('5. domain authentication: both DNS shapes, and only the Engage subuser\'s domains count', () => {
  it('a domain with automated security off (mail_server/dkim shape) beside the others is read, not a schema error', async () => {
    const { results } = await verify('sendgrid.domains.mixed');
    expect(allPass(results)).toEqual([]);
  });

  it("another subuser's valid domain no longer passes when the Engage subuser's is invalid", async () => {
    const fake = createFakeApis({ scenario: 'sendgrid.domain.notEngage' });
    const list = sgGet(fake, '/v3/whitelabel/domains').body as { username: string; valid: boolean }[];
    expect(list.some((d) => d.valid && d.username !== FAKE.subuserName)).toBe(true);
    const { by } = await verify('sendgrid.domain.notEngage');
    expect(by('sendgrid.domain.auth')).toMatchObject({ status: 'fail', code: 'invalid' });
    expect(by('sendgrid.domain.auth').message).toMatch(/s2\._domainkey\.example\.com/);
  });
});

describe('6. event webhook: any right one passes; a near miss says so', () => {
  it('a disabled copy with the same URL comes first: the enabled one passes', async () => {
    const fake = createFakeApis({ scenario: 'sendgrid.webhook.duplicates' });
    const hooks = (sgGet(fake, '/v3/user/webhooks/event/settings/all', FAKE.subuserKey).body as { webhooks: { url: string; enabled: boolean }[] }).webhooks;
    expect(hooks[0]).toMatchObject({ url: 'https://engage-ma-webhook-api.engage.segment.com/sendgrid', enabled: false });
    expect((await verify('sendgrid.webhook.duplicates')).by('sendgrid.webhook.settings').status).toBe('pass');
  });

  it('a trailing slash is named, instead of "No event webhook posts to…"', async () => {
    const r = (await verify('sendgrid.webhook.trailingSlash')).by('sendgrid.webhook.settings');
    expect(r).toMatchObject({ status: 'fail', code: 'nearMiss' });
    expect(r.message).toMatch(/posts to https:\/\/engage-ma-webhook-api\.engage\.segment\.com\/sendgrid\/, which is nearly Engage's .*: it ends with a slash/);
    expect(r.message).not.toMatch(/^No event webhook/);
  });
});

describe("7. the messaging service: the one whose pool holds an SMS number", () => {
  it('a WhatsApp marketing service listed first is skipped for the SMS one', async () => {
    const fake = createFakeApis({ scenario: 'twilio.services.whatsappFirst' });
    const first = (twGet(fake, 'messaging.twilio.com', '/v1/Services').body as { services: { friendly_name: string; usecase: string }[] }).services[0];
    expect(first).toMatchObject({ friendly_name: 'WhatsApp', usecase: 'marketing' });
    const { results, by } = await verify('twilio.services.whatsappFirst');
    expect(allPass(results)).toEqual([]);
    expect(by('twilio.service.marketing').message).toMatch(/"Engage SMS" \(marketing\) sends from \+14155550123/);
  });
});

describe("8. registration: from the pooled number's type, the campaign's own brand", () => {
  it('an unverified toll-free number listed first: the pooled local number decides (A2P 10DLC)', async () => {
    const { by } = await verify('twilio.numbers.tollFreeBeside');
    expect(by('twilio.register.status')).toMatchObject({ status: 'pass' });
    expect(by('twilio.register.status').message).toMatch(/A2P 10DLC brand .* approved \(\+14155550123\)/);
  });

  it('a pooled toll-free number is judged on its own verification (TollfreePhoneNumberSid=)', async () => {
    const { by, fake } = await verify('twilio.numbers.tollFreePooled');
    expect(by('twilio.register.status').message).toMatch(/toll-free verification of \+18885550100 approved/);
    expect(by('twilio.compliance.campaign').status).toBe('notNeeded');
    expect(fake.log.some((c) => c.route === 'tw.tollfree' && c.query.includes('TollfreePhoneNumberSid=PN'))).toBe(true);
  });

  it("an approved stranger brand on page 1 no longer passes when the campaign's brand is in review", async () => {
    const fake = createFakeApis({ scenario: 'twilio.register.campaignBrand' });
    const page1 = (twGet(fake, 'messaging.twilio.com', '/v1/a2p/BrandRegistrations').body as { data: { status: string }[] }).data;
    expect(page1[0]!.status).toBe('APPROVED');
    const r = (await verify('twilio.register.campaignBrand')).by('twilio.register.status');
    expect(r).toMatchObject({ status: 'fail', code: 'brand' });
    expect(r.message).toMatch(/IN_REVIEW/);
  });
});

describe('9. Twilio key types and their errors', () => {
  it('a Restricted key: 403 with error 70051 is explained in Twilio\'s terms, never "Full Access"', async () => {
    const { by } = await verify('allGood', { creds: { twilio: { sid: FAKE.restrictedKeySid, secret: FAKE.apiKeySecret } } });
    const r = by('twilio.number.sms');
    expect(r).toMatchObject({ status: 'error', code: 'forbidden' });
    expect(r.message).toMatch(/403, error 70051: this is a Restricted API key/);
    expect(r.message).toMatch(/\*\*Main\*\* API key/);
    expect(r.message).not.toMatch(/Full Access/);
  });
});

describe('10. lists are read to their end, bounded', () => {
  it('1,200 numbers: the pooled one past the first 1,000 is found by following next_page_uri', async () => {
    const { results, fake } = await verify('twilio.numbers.many');
    expect(allPass(results)).toEqual([]);
    const pages = fake.log.filter((c) => c.route === 'tw.numbers').map((c) => c.query);
    expect(pages).toEqual([expect.stringContaining('PageSize=1000'), expect.stringMatching(/Page=1.*PageToken=/)]);
  });

  it('60 brands and 30 API keys: the right ones past the default first page count', async () => {
    expect(allPass((await verify('twilio.brands.many')).results)).toEqual([]);
    expect(allPass((await verify('sendgrid.apiKeys.many')).results)).toEqual([]);
  });

  it('a list too long to read says so plainly instead of guessing', async () => {
    const r = (await verify('sendgrid.apiKeys.tooMany')).by('sendgrid.apikey.name');
    expect(r).toMatchObject({ status: 'error', code: 'tooLarge' });
    expect(r.message).toMatch(/^This account has more API keys than Verify reads .*Check this step in the SendGrid console\.$/);
  });

  it('a list that never ends stops after a bounded number of pages', async () => {
    let served = 0;
    const endless = (t: Transport): Transport => async (req, signal) => {
      if (req.path !== '/v1/a2p/BrandRegistrations') return t(req, signal);
      served++;
      return { status: 200, retryAfter: null, body: { data: [], meta: { next_page_url: `https://messaging.twilio.com/v1/a2p/BrandRegistrations?PageSize=1000&Page=${served}&PageToken=PT${served}` } } };
    };
    const r = (await verify('allGood', { transport: endless })).by('twilio.register.status');
    expect(r).toMatchObject({ status: 'error', code: 'tooLarge' });
    expect(served).toBe(20);
  });
});

describe('one request, once', () => {
  it.each(['busyAccount', 'busyAccount.manyNumbers'] as const)('%s: everything done verifies, and no request is made twice', async (name) => {
    const { results, fake, calls } = await verify(name);
    expect(allPass(results)).toEqual([]);
    const keys = fake.log.map((c) => `${c.as} ${c.host}${c.path}?${c.query}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(calls).toBe(fake.log.length);
  });
});
