// A kept SendGrid API key and its API Key ID belong together: the key is `SG.<API Key ID>.<secret>` (docs/sendgrid-keys.md).
// Pure: the store keeps the pair consistent with these, and pair.ts answers the page with an index, never a value.

/** The API Key ID a SendGrid API key carries (its middle part), or null when the text is not a key. */
export function keyIdOfKey(key: string): string | null {
  const m = /^SG\.([\w-]+)\.[\w-]+$/.exec(key.trim());
  return m?.[1] ?? null;
}

/** Does this API Key ID belong to this key? */
export const idBelongsTo = (id: string, key: string): boolean => keyIdOfKey(key) === id.trim();

/** Of the IDs a page lists, the index of the one that belongs to `key`; -1 when none does. */
export const ownIndex = (ids: readonly string[], key: string): number => ids.findIndex((id) => idBelongsTo(id, key));

export const KEY_ID_NOT_THIS_KEY =
  'Not kept: this API Key ID belongs to another key, not to the SendGrid API key you kept. ' +
  'Keep the API Key ID in the row of the key you kept (Engage Copilot rings it): Segment needs the ID and the key of the same key.';
export const KEY_ID_OF_PENDING =
  'Not kept: this API Key ID belongs to the new SendGrid API key waiting in the Engage Copilot panel, not to the one you kept. ' +
  'Choose which key to keep there first, then keep its ID.';
export const OLD_ID_DROPPED =
  'The API Key ID you kept earlier belongs to another key, so Engage Copilot forgot it: keep this key’s API Key ID from the API Keys list.';
