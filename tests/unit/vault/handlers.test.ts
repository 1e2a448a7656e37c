// The vault's background handlers with the real guide data and rules: capture, fill, expiry, wrong values.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkValueFor, recognizeValue } from '../../../utils/guide/rules';
import { producerOf } from '../../../utils/guide/index';
import { guideFacts } from '../../../utils/vault/background';
import { handleCapture, handleCapturePlan, handleFill, listing, type VaultDeps } from '../../../utils/vault/handlers';
import { capturePlanOf } from '../../../utils/vault/plan';
import { allTasks } from '../../../utils/guide/index';
import type { Sender } from '../../../utils/vault/gate';
import { refusalOf, senderMay } from '../../../utils/messaging/handle';
import { keepSecret, readSecret, readVault } from '../../../utils/vault/store';

const EXT = fakeBrowser.runtime.id;
const ACCOUNT_SID = 'AC0123456789abcdef0123456789abcdef';
const KEY_SID = 'SKfedcba9876543210fedcba9876543210';
const SECRET = 'l6LUelKF2BUtMLace5oShZSmRppadYqI';

const KEYS_PAGE = 'https://console.twilio.com/us1/account/keys-credentials/api-keys/create';
const SMS_PAGE = 'https://app.segment.com/acme/engage/spaces/default/settings/channels/twilio';
const SG_KEYS_PAGE = 'https://app.sendgrid.com/settings/api_keys';
const on = (url: string, frameId = 0, tabUrl = url): Sender => ({ id: EXT, url, origin: new URL(url).origin, frameId, tab: { id: 3, url: tabUrl } });

let guided: { taskId: 'segment.sms'; targetKey: string; found: boolean } | undefined;
const deps: VaultDeps = {
  facts: guideFacts,
  checkValueFor,
  recognizeValue,
  region: async () => 'us',
  producerTitle: (name) => producerOf(name)?.title,
  guidedTarget: async () => guided,
};

const capture = (targetKey: string, name: string, value: string) =>
  handleCapture(deps, EXT, on(KEYS_PAGE), { taskId: 'twilio.apikey', targetKey, name, value, trusted: true, via: 'copy' });

describe('vault handlers', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    guided = { taskId: 'segment.sms', targetKey: 'apiKeySid', found: true };
  });

  it('keeps the Twilio API Key SID copied on “Copy secret key”, bound to Segment', async () => {
    const reply = await capture('sid', 'twilio.apiKeySid', KEY_SID);
    expect(reply).toMatchObject({ ok: true, outcome: 'kept' });
    expect(reply.message).toContain('for app.segment.com,');
    expect(reply.message).not.toContain('eu1.app.segment.com');
    expect(await readSecret('twilio.apiKeySid')).toBe(KEY_SID);
  });

  it('names only an EU onboarding’s own Segment host', async () => {
    const eu = await handleCapture({ ...deps, region: async () => 'eu' }, EXT, on(KEYS_PAGE), {
      taskId: 'twilio.apikey', targetKey: 'sid', name: 'twilio.apiKeySid', value: KEY_SID, trusted: true, via: 'copy',
    });
    expect(eu.message).toContain('for eu1.app.segment.com,');
    expect(eu.message).not.toMatch(/[^.]app\.segment\.com or/);
  });

  it('does not keep the Account SID copied into the API Key SID capture, and says which is which', async () => {
    const reply = await capture('sid', 'twilio.apiKeySid', ACCOUNT_SID);
    expect(reply).toEqual({ ok: false, message: 'Not kept: you copied the Twilio Account SID; this wants the Twilio API Key SID.' });
    expect(await readSecret('twilio.apiKeySid')).toBeUndefined();
  });

  it('explains a subuser name without the prefix by the rule, not by a loose shape guess', async () => {
    const url = 'https://app.sendgrid.com/settings/subusers';
    const reply = await handleCapture(deps, EXT, on(url), {
      taskId: 'sendgrid.subuser', targetKey: 'username', name: 'sendgrid.subuserName', value: 'twilio-engage-app-acme', trusted: true, via: 'copy',
    });
    expect(reply.ok).toBe(false);
    expect(reply.message).toContain('twilio_engage_app_');
    expect(reply.message).not.toContain('API Key ID');
    // Typed into the field and left: said as typed, never as copied.
    const typed = await handleCapture(deps, EXT, on(url), {
      taskId: 'sendgrid.subuser', targetKey: 'username', name: 'sendgrid.subuserName', value: 'acme', trusted: true, via: 'typed',
    });
    expect(typed.message).toMatch(/^Not kept: you typed 4 characters that are not the SendGrid subuser name/);
  });

  it('does not keep a truncated or padded secret, and never repeats the secret in the message', async () => {
    for (const bad of [SECRET.slice(0, 20), ` ${SECRET} `, `${SECRET}\u200b`]) {
      const reply = await capture('secret', 'twilio.apiKeySecret', bad);
      expect(reply.ok).toBe(false);
      expect(reply.message).not.toContain(SECRET.slice(0, 20));
    }
    expect(await readSecret('twilio.apiKeySecret')).toBeUndefined();
  });

  it('asks which to keep when the secret is captured twice with different content', async () => {
    await capture('secret', 'twilio.apiKeySecret', SECRET);
    const other = 'Zz9UelKF2BUtMLace5oShZSmRppadYqI';
    const reply = await capture('secret', 'twilio.apiKeySecret', other);
    expect(reply).toMatchObject({ ok: true, outcome: 'conflict' });
    expect(await readSecret('twilio.apiKeySecret')).toBe(SECRET);
    expect((await readVault()).pending['twilio.apiKeySecret']?.value).toBe(other);
  });

  it('lists a key typed into the panel as typed there, and a captured one by the console it came from', async () => {
    await capture('sid', 'twilio.apiKeySid', KEY_SID);
    await keepSecret('sendgrid.apiKey', `SG.${'a'.repeat(22)}.${'b'.repeat(43)}`, { origin: 'https://app.sendgrid.com' });
    const { items } = await listing(deps);
    expect(items.find((i) => i.name === 'twilio.apiKeySid')).not.toHaveProperty('typed');
    expect(items.find((i) => i.name === 'sendgrid.apiKey')).toMatchObject({ typed: true });
  });

  it('with nothing kept, says where the value is shown and that it may be typed, even when that step is done', async () => {
    const req = { taskId: 'segment.sms', targetKey: 'apiKeySid', trusted: true, frameOrigin: 'https://app.segment.com' };
    const reply = await handleFill(deps, EXT, on(SMS_PAGE), req);
    expect(reply).toMatchObject({ ok: false, code: 'missing' });
    expect(!reply.ok && reply.message).toBe(
      `No Twilio API Key SID is kept yet. Keep it where “${producerOf('twilio.apiKeySid')!.title}” shows it (that step may be done already), or type it into this field yourself.`,
    );
  });

  it('fills the API Key SID into Segment’s SMS form only for the highlighted field', async () => {
    await capture('sid', 'twilio.apiKeySid', KEY_SID);
    const req = { taskId: 'segment.sms', targetKey: 'apiKeySid', trusted: true, frameOrigin: 'https://app.segment.com' };
    expect(await handleFill(deps, EXT, on(SMS_PAGE), req)).toEqual({ ok: true, value: KEY_SID });
    guided = { taskId: 'segment.sms', targetKey: 'accountSid', found: true };
    expect(await handleFill(deps, EXT, on(SMS_PAGE), req)).toMatchObject({ ok: false, code: 'refused' });
  });

  it('refuses the API Key SID to the Twilio console it came from', async () => {
    await capture('sid', 'twilio.apiKeySid', KEY_SID);
    const req = { taskId: 'segment.sms', targetKey: 'apiKeySid', trusted: true, frameOrigin: 'https://console.twilio.com' };
    const reply = await handleFill(deps, EXT, on(KEYS_PAGE), req);
    expect(reply).toMatchObject({ ok: false, code: 'refused' });
    expect(JSON.stringify(reply)).not.toContain(KEY_SID);
  });

  it('says the value expired and points back to the capture step', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-01-01T10:00:00Z'));
    await capture('sid', 'twilio.apiKeySid', KEY_SID);
    vi.setSystemTime(new Date('2026-01-01T11:00:00Z'));
    const req = { taskId: 'segment.sms', targetKey: 'apiKeySid', trusted: true, frameOrigin: 'https://app.segment.com' };
    const reply = await handleFill(deps, EXT, on(SMS_PAGE), req);
    vi.useRealTimers();
    expect(reply).toMatchObject({ ok: false, code: 'expired' });
    if (!reply.ok) expect(reply.message).toContain(producerOf('twilio.apiKeySid')!.title);
  });

  it('says what the clipboard held after “Copy webhook URL” by its length, never by its text', async () => {
    const password = 'hunter2-correct-horse-battery';
    const reply = await handleCapture({ ...deps, readClipboard: async () => password }, EXT, on(SMS_PAGE), {
      taskId: 'segment.sms', targetKey: 'copyWebhookUrl', name: 'segment.twilioWebhookUrl', value: '', trusted: true, via: 'clipboard',
    });
    expect(reply).toEqual({
      ok: false,
      message: `Not kept: the clipboard held ${password.length} characters that are not the Segment webhook URL; it is not a web address.`,
    });
    expect(await readVault()).toMatchObject({ entries: {} });
  });

  it('names the Segment webhook URL’s destination as a person knows it: Twilio’s console, once, not its three hosts', async () => {
    const url = 'https://engage-ma-webhook-api.engage.segment.com/twilio/abc123';
    const reply = await handleCapture({ ...deps, readClipboard: async () => url }, EXT, on(SMS_PAGE), {
      taskId: 'segment.sms', targetKey: 'copyWebhookUrl', name: 'segment.twilioWebhookUrl', value: '', trusted: true, via: 'clipboard',
    });
    expect(reply).toMatchObject({ ok: true, message: expect.stringMatching(/^Kept the Segment webhook URL for Twilio’s console, for \d+ minutes\.$/) });
  });

  it('refuses a clipboard that does not hold what the copy control shows (the page rewrote it during the click)', async () => {
    const shown = `SG.${'a'.repeat(22)}.${'b'.repeat(43)}`;
    const attacker = `SG.${'A'.repeat(22)}.${'B'.repeat(43)}`;
    const req = { taskId: 'sendgrid.apikey', targetKey: 'apiKey', name: 'sendgrid.apiKey', value: '', trusted: true, via: 'clipboard', shown };
    const swapped = await handleCapture({ ...deps, readClipboard: async () => attacker }, EXT, on(SG_KEYS_PAGE), req);
    expect(swapped).toEqual({
      ok: false,
      message: 'Not kept: the clipboard does not hold what the copy button shows; the page may have changed it. Click the copy button again.',
    });
    expect(await readVault()).toMatchObject({ entries: {} });
    expect(await handleCapture({ ...deps, readClipboard: async () => shown }, EXT, on(SG_KEYS_PAGE), req)).toMatchObject({ ok: true });
  });

  it('never quotes a wrong capture back to the page, whatever the rule, however it was captured', async () => {
    const marker = 'zq7hunter';
    const wrong: Array<[string, string, string, string, string]> = [
      [KEYS_PAGE, 'twilio.apikey', 'sid', 'twilio.apiKeySid', `${marker}0123456789`],
      [KEYS_PAGE, 'twilio.apikey', 'secret', 'twilio.apiKeySecret', ` ${marker} `],
      ['https://app.sendgrid.com/settings/subusers', 'sendgrid.subuser', 'username', 'sendgrid.subuserName', `acme-${marker}`],
      [SMS_PAGE, 'segment.sms', 'copyWebhookUrl', 'segment.twilioWebhookUrl', `https://${marker}.example.test/hook`],
      [SMS_PAGE, 'segment.sms', 'copyWebhookUrl', 'segment.twilioWebhookUrl', `${marker} not a url`],
    ];
    for (const via of ['copy', 'keep', 'clipboard'] as const) {
      for (const [url, taskId, targetKey, name, value] of wrong) {
        const withClipboard = { ...deps, readClipboard: async () => value };
        const reply = await handleCapture(withClipboard, EXT, on(url), { taskId, targetKey, name, value, trusted: true, via });
        expect(reply.ok, `${via} ${name}`).toBe(false);
        expect(reply.message, `${via} ${name}`).not.toContain(marker.slice(0, 4));
        expect(reply.message).toContain(`${value.length} characters`);
      }
    }
  });

  it('refuses a malformed request without throwing', async () => {
    expect(await handleFill(deps, EXT, on(SMS_PAGE), { taskId: 'nope' })).toMatchObject({ ok: false, code: 'refused' });
    expect(await handleCapture(deps, EXT, on(KEYS_PAGE), 42)).toMatchObject({ ok: false });
  });

  it('tells our own content script where this console shows values to capture, and another extension nothing', () => {
    const withPlan = { ...deps, capturePlan: () => capturePlanOf(allTasks()) };
    expect(senderMay('vault.capturePlan', on(KEYS_PAGE))).toBe(true);
    const plan = handleCapturePlan(withPlan);
    expect(plan.targets.map((t) => t.target.captures)).toContain('twilio.apiKeySecret');
    expect(plan.keepFor['twilio.apiKeySecret']).toBe('segment');
    // Another extension is refused before the plan is built, and gets the declared empty plan.
    expect(senderMay('vault.capturePlan', { ...on(KEYS_PAGE), id: 'another-extension' })).toBe(false);
    expect(refusalOf('vault.capturePlan', '')).toEqual({ targets: [], keepFor: {} });
  });
});
