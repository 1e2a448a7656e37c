// A kept SendGrid API key and its API Key ID belong together: the key is `SG.<API Key ID>.<secret>` (docs/sendgrid-keys.md).
// Background only: these read the kept key; what leaves here is a yes/no or a row index, never the key or its ID.
import type { ValueName } from '../guide/schema';
import { forgetSecret, readVault } from './store';

/** The API Key ID a SendGrid API key carries (its middle part), or null when the text is not a key. */
export function keyIdOfKey(key: string): string | null {
  const m = /^SG\.([\w-]+)\.[\w-]+$/.exec(key.trim());
  return m?.[1] ?? null;
}

/** Does this API Key ID belong to this key? */
export const idBelongsTo = (id: string, key: string): boolean => keyIdOfKey(key) === id.trim();

/** Of the IDs a page lists, the index of the one that belongs to `key`; -1 when none does. */
export function ownIndex(ids: readonly string[], key: string): number {
  const own = keyIdOfKey(key);
  return own === null ? -1 : ids.findIndex((id) => id.trim() === own);
}

export const KEY_ID_NOT_THIS_KEY =
  'Not kept: this API Key ID belongs to another key, not to the SendGrid API key you kept. ' +
  'Keep the API Key ID in the row of the key you kept (Engage Copilot rings it): Segment needs the ID and the key of the same key.';
export const KEY_ID_OF_PENDING =
  'Not kept: this API Key ID belongs to the new SendGrid API key waiting in the Engage Copilot panel, not to the one you kept. ' +
  'Choose which key to keep there first, then keep its ID.';
export const OLD_ID_DROPPED =
  'The API Key ID you kept earlier belongs to another key, so Engage Copilot forgot it: keep this key’s API Key ID from the API Keys list.';

/** Keeping this API Key ID: refused (with why) when a kept key, or the one waiting, is not its key. */
export async function checkKeyIdFits(name: ValueName, id: string): Promise<{ ok: true } | { ok: false; message: string }> {
  if (name !== 'sendgrid.apiKeyId') return { ok: true };
  const vault = await readVault();
  const key = vault.entries['sendgrid.apiKey']?.value;
  if (!key || idBelongsTo(id, key)) return { ok: true };
  const waiting = vault.pending['sendgrid.apiKey']?.value;
  return { ok: false, message: waiting && idBelongsTo(id, waiting) ? KEY_ID_OF_PENDING : KEY_ID_NOT_THIS_KEY };
}

/**
 * After a SendGrid API key became the kept one: an API Key ID kept earlier for another key is forgotten (it would go to
 * Segment beside a key it does not belong to). Returns the sentence saying so, or undefined when nothing was dropped.
 */
export async function dropForeignKeyId(name: ValueName | 'sendgrid.parentApiKey'): Promise<string | undefined> {
  if (name !== 'sendgrid.apiKey') return undefined;
  const vault = await readVault();
  const key = vault.entries['sendgrid.apiKey']?.value;
  const id = vault.entries['sendgrid.apiKeyId']?.value;
  if (!key || !id || idBelongsTo(id, key)) return undefined;
  await forgetSecret('sendgrid.apiKeyId');
  return OLD_ID_DROPPED;
}

/** Of the IDs a page lists, which belongs to the kept SendGrid API key: `kept` false when no key is kept. */
export async function keptKeyRow(ids: readonly string[]): Promise<{ kept: boolean; index: number }> {
  const key = (await readVault()).entries['sendgrid.apiKey']?.value;
  return key ? { kept: true, index: ownIndex(ids, key) } : { kept: false, index: -1 };
}
