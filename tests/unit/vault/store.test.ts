// The vault store: session-only, trusted contexts only, expiring, never overwriting a capture silently.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import {
  forgetAll,
  forgetSecret,
  getTtlMinutes,
  hasExpired,
  keepSecret,
  lockSessionStorage,
  nextExpiry,
  offerSecret,
  readEntry,
  readSecret,
  readVault,
  resolvePending,
  setTtlMinutes,
} from '../../../utils/vault/store';

const KEY = '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';
const OTHER_KEY = 'SG.aaaaaaaaaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb';
const from = { origin: 'https://app.sendgrid.com', taskId: 'sendgrid.apikey' as const };

async function everythingStored(): Promise<string> {
  const [local, session, sync] = await Promise.all([
    fakeBrowser.storage.local.get(null),
    fakeBrowser.storage.session.get(null),
    fakeBrowser.storage.sync.get(null),
  ]);
  return JSON.stringify({ local, session, sync });
}

describe('vault store', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('keeps the SendGrid API key in session storage only, never in local or sync', async () => {
    expect(await keepSecret('sendgrid.apiKey', KEY, from)).toEqual({ ok: true });
    expect(await readSecret('sendgrid.apiKey')).toBe(KEY);
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain(KEY);
    expect(JSON.stringify(await fakeBrowser.storage.sync.get(null))).not.toContain(KEY);
    expect(JSON.stringify(await fakeBrowser.storage.session.get(null))).toContain(KEY);
  });

  it('remembers where the value came from and which task produced it', async () => {
    await keepSecret('sendgrid.apiKey', KEY, from);
    const entry = await readEntry('sendgrid.apiKey');
    expect(entry?.origin).toBe('https://app.sendgrid.com');
    expect(entry?.taskId).toBe('sendgrid.apikey');
  });

  it('locks storage.session to trusted contexts at start-up', async () => {
    const setAccessLevel = vi.fn(async () => undefined);
    (browser.storage.session as unknown as { setAccessLevel: typeof setAccessLevel }).setAccessLevel = setAccessLevel;
    await lockSessionStorage();
    expect(setAccessLevel).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });
  });

  it('forgets a value after the default 30 minutes', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-01-01T10:00:00Z'));
    await keepSecret('twilio.apiKeySecret', 'l6LUelKF2BUtMLace5oShZSmRppadYqI', { origin: 'https://console.twilio.com' });
    vi.setSystemTime(new Date('2026-01-01T10:29:59Z'));
    expect(await readSecret('twilio.apiKeySecret')).toBe('l6LUelKF2BUtMLace5oShZSmRppadYqI');
    vi.setSystemTime(new Date('2026-01-01T10:30:00Z'));
    expect(await readSecret('twilio.apiKeySecret')).toBeUndefined();
    expect(await hasExpired('twilio.apiKeySecret')).toBe(true);
    // Expired means gone from storage too, not merely hidden.
    expect(await everythingStored()).not.toContain('l6LUelKF2BUtMLace5oShZSmRppadYqI');
  });

  it('uses the lifetime the person set, and keeps that setting (not the secret) in local storage', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-01-01T10:00:00Z'));
    expect(await setTtlMinutes(5)).toEqual({ ok: true });
    expect(await getTtlMinutes()).toBe(5);
    await keepSecret('sendgrid.apiKey', KEY, from);
    expect(await nextExpiry()).toBe(new Date('2026-01-01T10:05:00Z').getTime());
    vi.setSystemTime(new Date('2026-01-01T10:05:01Z'));
    expect(await readSecret('sendgrid.apiKey')).toBeUndefined();
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).toContain('"ttlMinutes":5');
  });

  it('refuses a lifetime of zero or more than a working day, saying what is allowed', async () => {
    expect(await setTtlMinutes(0)).toEqual({ ok: false, message: 'Keep values for 1 to 480 minutes; you chose 0.' });
    expect(await setTtlMinutes(10_000)).toMatchObject({ ok: false });
    expect(await getTtlMinutes()).toBe(30);
  });

  it('refuses an empty value or a bad origin without echoing the value', async () => {
    expect(await keepSecret('sendgrid.apiKey', '', from)).toEqual({ ok: false, message: 'Not kept: the value is empty or longer than 2048 characters.' });
    const bad = await keepSecret('sendgrid.apiKey', KEY, { origin: 'javascript:alert(1)' });
    expect(bad).toEqual({ ok: false, message: 'Not kept: the origin is not valid.' });
    expect(JSON.stringify(bad)).not.toContain(KEY);
    expect(await readSecret('sendgrid.apiKey')).toBeUndefined();
  });

  it('asks which to keep when the same value is captured twice with different content', async () => {
    expect(await offerSecret('sendgrid.apiKey', KEY, from)).toEqual({ ok: true, outcome: 'kept' });
    expect(await offerSecret('sendgrid.apiKey', KEY, from)).toEqual({ ok: true, outcome: 'same' });
    expect(await offerSecret('sendgrid.apiKey', OTHER_KEY, from)).toEqual({ ok: true, outcome: 'conflict' });
    // Not overwritten until the person chooses.
    expect(await readSecret('sendgrid.apiKey')).toBe(KEY);
    expect((await readVault()).pending['sendgrid.apiKey']?.value).toBe(OTHER_KEY);
    expect(await resolvePending('sendgrid.apiKey', 'new')).toEqual({ ok: true });
    expect(await readSecret('sendgrid.apiKey')).toBe(OTHER_KEY);
    expect((await readVault()).pending['sendgrid.apiKey']).toBeUndefined();
  });

  it('keeps the earlier value when the person chooses it over the new capture', async () => {
    await offerSecret('sendgrid.apiKey', KEY, from);
    await offerSecret('sendgrid.apiKey', OTHER_KEY, from);
    await resolvePending('sendgrid.apiKey', 'old');
    expect(await readSecret('sendgrid.apiKey')).toBe(KEY);
    expect(await everythingStored()).not.toContain(OTHER_KEY);
    expect(await resolvePending('sendgrid.apiKey', 'old')).toMatchObject({ ok: false });
  });

  it('forgets one value, and forgets everything in one call', async () => {
    await keepSecret('sendgrid.apiKey', KEY, from);
    await keepSecret('sendgrid.parentApiKey', OTHER_KEY, from);
    await forgetSecret('sendgrid.apiKey');
    expect(await readSecret('sendgrid.apiKey')).toBeUndefined();
    expect(await readSecret('sendgrid.parentApiKey')).toBe(OTHER_KEY);
    await forgetAll();
    expect(await readSecret('sendgrid.parentApiKey')).toBeUndefined();
    expect(await everythingStored()).not.toMatch(/SG\./);
  });

  it('drops a tampered vault instead of trusting it', async () => {
    await fakeBrowser.storage.session.set({ engageVault: { entries: { 'sendgrid.apiKey': { value: 42 } }, pending: {} } });
    expect(await readSecret('sendgrid.apiKey')).toBeUndefined();
  });

  it('does not lose either of two captures that arrive together', async () => {
    await Promise.all([
      keepSecret('twilio.accountSid', 'AC0123456789abcdef0123456789abcdef', { origin: 'https://console.twilio.com' }),
      keepSecret('twilio.apiKeySid', 'SK0123456789abcdef0123456789abcdef', { origin: 'https://console.twilio.com' }),
    ]);
    expect(await readSecret('twilio.accountSid')).toBe('AC0123456789abcdef0123456789abcdef');
    expect(await readSecret('twilio.apiKeySid')).toBe('SK0123456789abcdef0123456789abcdef');
  });
});
