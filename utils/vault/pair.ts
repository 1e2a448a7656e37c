// The vault's answers about a kept SendGrid key and its API Key ID (background only): a yes/no or a row index, never a value.
import type { ValueName } from '../guide/schema';
import { KEY_ID_NOT_THIS_KEY, KEY_ID_OF_PENDING, idBelongsTo, ownIndex } from './keyid';
import { readVault } from './store';

/** Keeping this API Key ID: refused (with why) when a kept key, or the one waiting, is not its key. */
export async function checkKeyIdFits(name: ValueName, id: string): Promise<{ ok: true } | { ok: false; message: string }> {
  if (name !== 'sendgrid.apiKeyId') return { ok: true };
  const vault = await readVault();
  const key = vault.entries['sendgrid.apiKey']?.value;
  if (!key || idBelongsTo(id, key)) return { ok: true };
  const waiting = vault.pending['sendgrid.apiKey']?.value;
  return { ok: false, message: waiting && idBelongsTo(id, waiting) ? KEY_ID_OF_PENDING : KEY_ID_NOT_THIS_KEY };
}

/** Of the IDs a page lists, which belongs to the kept SendGrid API key: `kept` false when no key is kept. */
export async function keptKeyRow(ids: readonly string[]): Promise<{ kept: boolean; index: number }> {
  const key = (await readVault()).entries['sendgrid.apiKey']?.value;
  return key ? { kept: true, index: ownIndex(ids, key) } : { kept: false, index: -1 };
}
