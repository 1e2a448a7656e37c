// A kept SendGrid API key and the API Key ID kept beside it must be the same key's: matching, refusal, and the row answer.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkValueFor, recognizeValue } from '../../../utils/guide/rules';
import { producerOf } from '../../../utils/guide/index';
import { guideFacts } from '../../../utils/vault/background';
import { handleCapture, handleKeyRow, type VaultDeps } from '../../../utils/vault/handlers';
import type { Sender } from '../../../utils/vault/gate';
import { KEY_ID_NOT_THIS_KEY, KEY_ID_OF_PENDING, OLD_ID_DROPPED, idBelongsTo, keyIdOfKey, ownIndex } from '../../../utils/vault/keyid';
import { senderMay } from '../../../utils/messaging/handle';
import { keepSecret, offerSecret, readSecret, readVault, resolvePending } from '../../../utils/vault/store';

const EXT = fakeBrowser.runtime.id;
const PAGE = 'https://app.sendgrid.com/settings/api_keys';
const on = (url: string, frameId = 0, tabUrl = url): Sender => ({ id: EXT, url, origin: new URL(url).origin, frameId, tab: { id: 3, url: tabUrl } });
const deps: VaultDeps = { facts: guideFacts, checkValueFor, recognizeValue, region: async () => 'us', producerTitle: (n) => producerOf(n)?.title };

// Two keys of one account, as SendGrid makes them: `SG.` + the 22-character API Key ID + `.` + a 43-character secret.
const ID_A = 'qfTQ6KG0QBiwWdJ0-pCLCA';
const ID_B = 'Zq3x8vN1RkT0pLmWc7YbAa';
const SECRET = 'TwL2iGABf9DHoTf-09kqeF8tAmbihYzrnopKc-1s5cr';
const KEY_A = `SG.${ID_A}.${SECRET}`;
const KEY_B = `SG.${ID_B}.${SECRET.split('').reverse().join('')}`;

const keep = (targetKey: 'apiKey' | 'apiKeyId', value: string, via: 'copy' | 'keep' = 'copy') =>
  handleCapture(deps, EXT, on(PAGE), {
    taskId: 'sendgrid.apikey', targetKey, name: targetKey === 'apiKey' ? 'sendgrid.apiKey' : 'sendgrid.apiKeyId', value, trusted: true, via,
  });
const rowOf = (ids: string[], sender = on(PAGE), more: object = {}) =>
  handleKeyRow(deps, EXT, sender, { taskId: 'sendgrid.apikey', targetKey: 'apiKeyId', ids, ...more });

describe('a SendGrid key and its API Key ID', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads the ID as the key’s middle part, and nothing from text that is not a key', () => {
    expect(keyIdOfKey(KEY_A)).toBe(ID_A);
    expect(keyIdOfKey(` ${KEY_B}\n`)).toBe(ID_B);
    for (const bad of ['', ID_A, `SG.${ID_A}`, `XX.${ID_A}.${SECRET}`, `SG.${ID_A}.${SECRET}.more`]) expect(keyIdOfKey(bad)).toBeNull();
    expect(idBelongsTo(ID_A, KEY_A)).toBe(true);
    expect(idBelongsTo(ID_B, KEY_A)).toBe(false);
  });

  it('finds the kept key’s row among the listed IDs, wherever it is, and none when it is not listed', () => {
    expect(ownIndex([ID_B, 'x'.repeat(22), ID_A], KEY_A)).toBe(2);
    expect(ownIndex([ID_B], KEY_A)).toBe(-1);
    expect(ownIndex([ID_A], 'not a key')).toBe(-1);
  });

  it('refuses another key’s ID beside the kept key, naming the problem and never the key, and keeps the right one', async () => {
    expect(await keep('apiKey', KEY_A)).toMatchObject({ ok: true, outcome: 'kept' });
    const wrong = await keep('apiKeyId', ID_B, 'keep');
    expect(wrong).toEqual({ ok: false, message: KEY_ID_NOT_THIS_KEY });
    for (const secretish of [SECRET, ID_A, ID_B, KEY_A]) expect(wrong.message).not.toContain(secretish);
    expect(await readSecret('sendgrid.apiKeyId')).toBeUndefined();
    expect(await keep('apiKeyId', ID_A, 'keep')).toMatchObject({ ok: true, outcome: 'kept' });
    expect(await readSecret('sendgrid.apiKeyId')).toBe(ID_A);
  });

  it('keeps an API Key ID as before when no key is kept (the person saved the key elsewhere)', async () => {
    expect(await keep('apiKeyId', ID_B)).toMatchObject({ ok: true, outcome: 'kept' });
  });

  it('says when the ID belongs to the second key still waiting to be chosen in the panel', async () => {
    await keep('apiKey', KEY_A);
    expect(await keep('apiKey', KEY_B)).toMatchObject({ ok: true, outcome: 'conflict' });
    expect(await keep('apiKeyId', ID_B)).toEqual({ ok: false, message: KEY_ID_OF_PENDING });
  });

  it('forgets an ID kept earlier for another key when a new key is kept, and says so', async () => {
    await offerSecret('sendgrid.apiKeyId', ID_B, { origin: 'https://app.sendgrid.com', taskId: 'sendgrid.apikey' });
    const reply = await keep('apiKey', KEY_A);
    expect(reply).toMatchObject({ ok: true, outcome: 'kept' });
    expect(reply.message).toContain(OLD_ID_DROPPED);
    expect((await readVault()).entries['sendgrid.apiKeyId']).toBeUndefined();
    // The key's own ID stays.
    await keep('apiKeyId', ID_A);
    await keep('apiKey', KEY_A);
    expect(await readSecret('sendgrid.apiKeyId')).toBe(ID_A);
  });

  it('forgets the old key’s ID when the person chooses the second key in the panel, or types another key for Verify', async () => {
    await keep('apiKey', KEY_A);
    await keep('apiKeyId', ID_A);
    await keep('apiKey', KEY_B);
    // Still undecided: the kept pair stands.
    expect(await readSecret('sendgrid.apiKeyId')).toBe(ID_A);
    expect(await resolvePending('sendgrid.apiKey', 'new')).toEqual({ ok: true });
    expect(await readSecret('sendgrid.apiKeyId')).toBeUndefined();
    expect(await keep('apiKeyId', ID_B)).toMatchObject({ ok: true, outcome: 'kept' });
    // Verify's form keeps a typed key directly: the ID of the key it replaces goes too; other values stay.
    await keep('apiKeyId', ID_B);
    await offerSecret('sendgrid.subuserName', 'twilio_engage_app_acme', { origin: 'https://app.sendgrid.com', taskId: 'sendgrid.subuser' });
    expect(await keepSecret('sendgrid.apiKey', KEY_A, { origin: 'https://app.sendgrid.com' })).toEqual({ ok: true });
    expect(await readSecret('sendgrid.apiKeyId')).toBeUndefined();
    expect(await readSecret('sendgrid.subuserName')).toBe('twilio_engage_app_acme');
    // The same key again keeps its own ID.
    await keep('apiKeyId', ID_A);
    expect(await keep('apiKey', KEY_A)).toMatchObject({ ok: true, outcome: 'same' });
    expect(await readSecret('sendgrid.apiKeyId')).toBe(ID_A);
  });

  it('answers which listed row is the kept key’s with an index only', async () => {
    expect(await rowOf([ID_B, ID_A])).toEqual({ ok: true, kept: false, index: -1 });
    await keep('apiKey', KEY_A);
    const reply = await rowOf([ID_B, 'Mail Send', ID_A]);
    expect(reply).toEqual({ ok: true, kept: true, index: 2 });
    expect(JSON.stringify(reply)).not.toContain(SECRET);
    expect(await rowOf([ID_B])).toEqual({ ok: true, kept: true, index: -1 });
  });

  it('answers only our content script on the API Keys page of a console, never a page, another site or a sandboxed frame', async () => {
    await keep('apiKey', KEY_A);
    expect(senderMay('vault.keyRow', on(PAGE))).toBe(true);
    // A page has no runtime messaging; a tab that is not a SendGrid console may not ask either.
    expect(senderMay('vault.keyRow', on('https://app.segment.com/acme/engage/spaces/default/settings/channels/sendgrid'))).toBe(false);
    expect(senderMay('vault.keyRow', { ...on(PAGE), id: 'another-extension' })).toBe(false);
    expect((await rowOf([ID_A], { ...on(PAGE), id: 'another-extension' })).ok).toBe(false);
    expect((await rowOf([ID_A], on('https://app.sendgrid.com/settings/subusers'))).ok).toBe(false);
    expect((await rowOf([ID_A], { ...on(PAGE), origin: 'null' })).ok).toBe(false);
    const framed = on(PAGE, 4, 'https://evil.example/');
    expect((await rowOf([ID_A], framed)).ok).toBe(false);
    expect((await rowOf([ID_A], on(PAGE), { targetKey: 'apiKey' })).ok).toBe(false);
    expect((await rowOf([], on(PAGE))).ok).toBe(false);
    expect((await rowOf(Array.from({ length: 101 }, () => ID_A))).ok).toBe(false);
  });
});
