// The vault belongs to one onboarding at a time: values kept for Acme are never read, listed or conflicted under Beta.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { deliver } from '../progress/deliver';
import { registerProgressHandlers } from '../../../utils/progress/handlers';
import { readProgress, runProgress } from '../../../utils/progress/store';
import { forgetAll, keepSecret, nextExpiry, offerSecret, purgeExpired, readSecret, readVault } from '../../../utils/vault/store';

const ACME_KEY = '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';
const BETA_KEY = 'SG.aaaaaaaaaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb';
const SID = 'AC0123456789abcdef0123456789abcdef';
const from = { origin: 'https://app.sendgrid.com', taskId: 'sendgrid.apikey' as const };

async function onboardings() {
  await runProgress({ type: 'updateOnboarding', onboardingId: (await readProgress()).activeId, name: 'Acme' });
  const acme = (await readProgress()).activeId;
  await runProgress({ type: 'createOnboarding', name: 'Beta' });
  const beta = (await readProgress()).activeId;
  const open = (id: string) => runProgress({ type: 'switchOnboarding', onboardingId: id });
  return { acme, beta, open };
}

beforeEach(async () => {
  await fakeBrowser.storage.local.clear();
  await fakeBrowser.storage.session.clear();
});

describe('the vault, per onboarding', () => {
  it('offers nothing of Acme’s under Beta, keeps Beta’s own apart, and finds Acme’s again after switching back', async () => {
    const { acme, beta, open } = await onboardings();
    await open(acme);
    await keepSecret('sendgrid.apiKey', ACME_KEY, from);
    await keepSecret('twilio.accountSid', SID, { origin: 'https://console.twilio.com' });

    await open(beta);
    expect(await readSecret('sendgrid.apiKey')).toBeUndefined();
    expect(await readSecret('twilio.accountSid')).toBeUndefined();
    expect((await readVault()).entries).toEqual({});
    // Beta's own capture is a first capture, not a conflict with Acme's value.
    expect(await offerSecret('sendgrid.apiKey', BETA_KEY, from)).toEqual({ ok: true, outcome: 'kept' });
    expect(await readSecret('sendgrid.apiKey')).toBe(BETA_KEY);

    await open(acme);
    expect(await readSecret('sendgrid.apiKey')).toBe(ACME_KEY);
    expect(await readSecret('twilio.accountSid')).toBe(SID);
    // Stored under each onboarding's id, so the vault says whose each value is.
    const stored = (await fakeBrowser.storage.session.get('engageVault')).engageVault as Record<string, { entries: Record<string, { value: string }> }>;
    expect(Object.keys(stored).sort()).toEqual([acme, beta].sort());
    expect(stored[acme]!.entries['sendgrid.apiKey']!.value).toBe(ACME_KEY);
    expect(stored[beta]!.entries['sendgrid.apiKey']!.value).toBe(BETA_KEY);
  });

  it('expires and schedules values of every onboarding, and Forget all forgets them all', async () => {
    const { acme, beta, open } = await onboardings();
    await keepSecret('sendgrid.apiKey', BETA_KEY, { ...from, ttlMs: 1 });
    await open(acme);
    await keepSecret('sendgrid.apiKey', ACME_KEY, { ...from, ttlMs: 60_000 });
    // Past Beta's 1 ms lifetime before asking (the same millisecond would not be past it yet).
    await new Promise((r) => setTimeout(r, 5));
    const soonest = await nextExpiry();
    expect(soonest).toBeLessThanOrEqual(Date.now());
    await purgeExpired();
    const stored = (await fakeBrowser.storage.session.get('engageVault')).engageVault as Record<string, { entries: object; expired: string[] }>;
    expect(stored[beta]).toMatchObject({ entries: {}, expired: ['sendgrid.apiKey'] });
    expect(await readSecret('sendgrid.apiKey')).toBe(ACME_KEY);
    await forgetAll();
    expect(await readSecret('sendgrid.apiKey')).toBeUndefined();
    await open(beta);
    expect(await readSecret('sendgrid.apiKey')).toBeUndefined();
    expect(await nextExpiry()).toBeUndefined();
  });

  it('forgets a deleted onboarding’s kept values and Verify results, and only that onboarding’s', async () => {
    const { acme, beta } = await onboardings();
    await keepSecret('sendgrid.apiKey', BETA_KEY, from);
    await fakeBrowser.storage.session.set({ verifyLatest: { [beta]: {}, [acme]: {} } });
    await runProgress({ type: 'switchOnboarding', onboardingId: acme });
    await keepSecret('sendgrid.apiKey', ACME_KEY, from);
    const stop = registerProgressHandlers();
    try {
      const panel = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/sidepanel.html') };
      await deliver('progress.apply', { type: 'deleteOnboarding', onboardingId: beta }, panel);
    } finally {
      stop();
    }
    const session = await fakeBrowser.storage.session.get(null);
    expect(Object.keys(session.engageVault as object)).toEqual([acme]);
    expect(Object.keys(session.verifyLatest as object)).toEqual([acme]);
    expect(await readSecret('sendgrid.apiKey')).toBe(ACME_KEY);
  });
});
