// The `npm start` demo account: Verify all passes for the keys and names the sandbox consoles handed out, and only those.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createProgressStore } from '../../../utils/progress/store';
import { keepSecret } from '../../../utils/vault/store';
import { createDemoApis, DEMO, DEMO_WEBHOOK_URL } from '../../fake-apis/demo';
import { serviceOver } from './demoService';
import { FAKE } from '../../fake-apis/credentials';
import { DEDICATED_IPS } from '../../sandbox/apps/sendgrid/IpAddresses';
import { AVAILABLE } from '../../sandbox/apps/twilio/Numbers';

// Shaped as the sandbox makes them (tests/sandbox/apps/shared/random.ts), unknown to the fake beforehand.
const SANDBOX = {
  subuserKey: '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',
  keyId: 'Zx9Yw8Vu7Ts6Rq5Po4Nm3L',
  apiKeySid: 'SK00112233445566778899aabbccddeeff',
  apiKeySecret: 'Qm3nB7vC1xZ9lK5jH2gF8dS4aP6oI0uY',
};

function setup() {
  const demo = createDemoApis();
  const progress = createProgressStore({ isConditional: () => false, taskTitle: (id) => id });
  const service = serviceOver(demo, progress);
  return { demo, service };
}

async function keepWhatTheConsolesShowed() {
  const at = (origin: string) => ({ origin });
  await keepSecret('sendgrid.subuserName', DEMO.subuserName, at('https://app.sendgrid.com'));
  await keepSecret('sendgrid.apiKeyId', SANDBOX.keyId, at('https://app.sendgrid.com'));
  await keepSecret('segment.twilioWebhookUrl', DEMO_WEBHOOK_URL, at('https://app.segment.com'));
}

beforeEach(async () => {
  await fakeBrowser.storage.local.clear();
  await fakeBrowser.storage.session.clear();
});

describe('the npm start demo account', () => {
  it('verifies every task for the sandbox-made keys, the Account SID it seeded and the printed parent key', async () => {
    const { service, demo } = setup();
    await keepWhatTheConsolesShowed();
    expect(
      await service.keepCredentials({
        sendgridApiKey: SANDBOX.subuserKey,
        parentApiKey: DEMO.parentKey,
        twilioAccountSid: DEMO.accountSid,
        twilioApiKeySid: SANDBOX.apiKeySid,
        twilioApiKeySecret: SANDBOX.apiKeySecret,
      }),
    ).toEqual({ ok: true });
    const run = await service.start({});
    const notVerified = run.tasks.filter((t) => t.checks.length > 0 && t.verdict !== 'verified' && t.verdict !== 'notNeeded');
    expect(notVerified.map((t) => [t.taskId, t.checks.map((c) => c.message)])).toEqual([]);
    expect(run.tasks.filter((t) => t.verdict === 'verified')).toHaveLength(16);
    expect(demo.learned).toEqual({ subuserKey: SANDBOX.subuserKey, apiKeySid: SANDBOX.apiKeySid, apiKeySecret: SANDBOX.apiKeySecret });
    // Verify names the IP and number the sandbox consoles show, never the fake's own figures.
    const said = JSON.stringify(run.tasks.flatMap((t) => t.checks.map((c) => c.message)));
    expect(DEDICATED_IPS).toContain(DEMO.ip);
    expect(AVAILABLE.map((n) => n.replace(/ /g, ''))).toContain(DEMO.number);
    expect(said).toContain(DEMO.ip);
    expect(said).not.toContain(FAKE.ip);
    expect(said).not.toContain(FAKE.number);
  });

  it('refuses a second, different key as the real API would: the demo account has only the first', async () => {
    const { service } = setup();
    await service.keepCredentials({ sendgridApiKey: SANDBOX.subuserKey });
    await service.start({ taskId: 'sendgrid.apikey' });
    await service.keepCredentials({ sendgridApiKey: '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' });
    const second = await service.start({ taskId: 'sendgrid.apikey' });
    expect(second.tasks[0]?.verdict).not.toBe('verified');
    expect(second.tasks[0]?.checks.some((c) => /401|not accepted|invalid|revoked|wrong/i.test(c.message))).toBe(true);
  });
});
