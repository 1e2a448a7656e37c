// When the browser lets the vault down (no offscreen document, storage or alarms failing), the vault answers
// with a plain message or notes it, and never leaves an unhandled rejection behind.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkValueFor, recognizeValue } from '../../../utils/guide/rules';
import { producerOf } from '../../../utils/guide/index';
import { guideFacts } from '../../../utils/vault/background';
import { clearClipboardLater, readClipboard } from '../../../utils/vault/clipboard';
import { handleCapture, registerVault, type VaultDeps } from '../../../utils/vault/handlers';
import { readVault } from '../../../utils/vault/store';

const EXT = fakeBrowser.runtime.id;
const SMS_PAGE = 'https://app.segment.com/acme/engage/spaces/default/settings/channels/twilio';
const sender = { id: EXT, url: SMS_PAGE, origin: 'https://app.segment.com', frameId: 0, tab: { id: 3, url: SMS_PAGE } };
const copyWebhookUrl = { taskId: 'segment.sms', targetKey: 'copyWebhookUrl', name: 'segment.twilioWebhookUrl', value: '', trusted: true, via: 'clipboard' };
const deps: VaultDeps = {
  facts: guideFacts,
  checkValueFor,
  recognizeValue,
  region: async () => 'us',
  producerTitle: (name) => producerOf(name)?.title,
  readClipboard,
  clearClipboardLater,
};
const COULD_NOT_READ = 'Not kept: Engage Copilot could not read what was copied. Paste it into the field instead.';

/** Chrome's offscreen API, refusing to create the document (e.g. a policy or a race with another one). */
function offscreenThatFails() {
  const createDocument = vi.fn(() => Promise.reject(new Error('Only a single offscreen document may be created.')));
  Object.assign(fakeBrowser, { offscreen: { createDocument, hasDocument: async () => false } });
  return createDocument;
}

const settle = () => new Promise((r) => setTimeout(r, 20));

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(() => {
  delete (fakeBrowser as { offscreen?: unknown }).offscreen;
});

describe('no offscreen document (Chrome)', () => {
  it('answers “Copy webhook URL” with a plain message when the clipboard cannot be read, and keeps nothing', async () => {
    const create = offscreenThatFails();
    expect(await readClipboard()).toBeUndefined();
    const reply = await handleCapture(deps, EXT, sender, copyWebhookUrl);
    expect(create).toHaveBeenCalled();
    expect(reply).toEqual({ ok: false, message: COULD_NOT_READ });
    expect((await readVault()).entries).toEqual({});
  });

  it('answers with the same plain message when reading the clipboard itself fails', async () => {
    const failing = { ...deps, readClipboard: () => Promise.reject(new Error('Extension context invalidated.')) };
    expect(await handleCapture(failing, EXT, sender, copyWebhookUrl)).toEqual({ ok: false, message: COULD_NOT_READ });
  });

  it('says the clipboard clearing could not be scheduled, so the side panel clears it itself', async () => {
    offscreenThatFails();
    expect(await clearClipboardLater({ digest: 'a'.repeat(64), afterMs: 60_000 })).toBe(false);
  });
});

describe('vault start-up and expiry alarm', () => {
  it('notes failed chores (locking session storage, purging, the alarm) without an unhandled rejection', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    Object.assign(fakeBrowser.storage.session, { setAccessLevel: () => Promise.reject(new Error('not allowed')) });
    vi.spyOn(fakeBrowser.storage.session, 'get').mockRejectedValue(new TypeError('storage is gone'));
    registerVault(deps);
    await settle();
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'engage-vault-purge', scheduledTime: Date.now(), persistAcrossSessions: false });
    await settle();
    const notes = warn.mock.calls.map((c) => String(c[0]));
    expect(notes).toContain('Engage Copilot vault: restricting session storage to trusted contexts failed (Error).');
    expect(notes.filter((n) => n.includes('removing expired values failed (TypeError)'))).toHaveLength(2);
    // The error's own text never reaches the log.
    expect(notes.join('\n')).not.toContain('storage is gone');
  });
});
