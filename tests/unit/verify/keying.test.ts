// Verify results, the keys behind them and the readiness report belong to one onboarding; a worker stop keeps them.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createProgressStore } from '../../../utils/progress/store';
import { FAKE } from '../../fake-apis/credentials';
import { createFakeApis } from '../../fake-apis/fake';
import { serviceOver } from './demoService';

const fake = createFakeApis();
const progress = createProgressStore({ isConditional: () => false, taskTitle: (id) => id });
const newService = () => serviceOver(fake, progress);

beforeEach(async () => {
  await fakeBrowser.storage.local.clear();
  await fakeBrowser.storage.session.clear();
});

describe('Verify, per onboarding', () => {
  it('shows Beta none of Acme’s keys, results or Account SID, and gives them back when Acme is open again', async () => {
    await progress.run({ type: 'updateOnboarding', onboardingId: (await progress.read()).activeId, name: 'Acme', workspace: 'acme' });
    const acme = (await progress.read()).activeId;
    const service = newService();
    expect(await service.keepCredentials({ sendgridApiKey: FAKE.subuserKey, twilioAccountSid: FAKE.accountSid, twilioApiKeySid: FAKE.apiKeySid, twilioApiKeySecret: FAKE.apiKeySecret })).toEqual({ ok: true });
    const run = await service.start({});
    expect(run.tasks.some((t) => t.verdict === 'verified')).toBe(true);
    const acmeReport = await service.report();
    expect(acmeReport.ok && acmeReport.markdown).toContain(`Twilio Account SID: …${FAKE.accountSid.slice(-4)}`);

    await progress.run({ type: 'createOnboarding', name: 'Beta', workspace: 'beta' });
    const beta = await service.status();
    expect(beta.latest).toEqual([]);
    expect(beta.run.tasks).toEqual([]);
    expect(beta.have).toEqual({ subuser: false, parent: false, twilio: false });
    const betaReport = await service.report();
    expect(betaReport.ok && betaReport.markdown).toContain('Twilio Account SID: not entered');
    expect(betaReport.ok && betaReport.markdown).not.toContain(FAKE.accountSid.slice(-4));
    expect(betaReport.ok && betaReport.markdown).not.toMatch(/\| verified \|/);
    expect((await progress.read()).onboardings.find((o) => o.name === 'Beta')!.tasks).toEqual({});

    await progress.run({ type: 'switchOnboarding', onboardingId: acme });
    // Built again, as after a service-worker stop: Acme's results come back from storage.session.
    const restarted = newService();
    const back = await restarted.status();
    expect(back.have).toMatchObject({ subuser: true, twilio: true });
    expect(back.latest.map((t) => [t.taskId, t.verdict])).toEqual(run.tasks.filter((t) => back.latest.some((b) => b.taskId === t.taskId)).map((t) => [t.taskId, t.verdict]));
    expect(back.latest.filter((t) => t.verdict === 'verified').length).toBe(run.tasks.filter((t) => t.verdict === 'verified').length);
    const again = await restarted.report();
    expect(again.ok && again.markdown).toContain(`Twilio Account SID: …${FAKE.accountSid.slice(-4)}`);
  });
});
