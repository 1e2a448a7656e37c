// The memory-only vault (background only): credentials in storage.session, trusted contexts only, with a lifetime.
import { z } from 'zod';
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { TaskIdSchema, ValueNameSchema, type TaskId } from '../guide/schema';
import { activeOnboarding } from '../progress/model';
import { readProgress } from '../progress/store';
import { createSerial } from '../serial';
import { idBelongsTo } from './keyid';

/** Every credential the vault can hold: the carried guide values plus the optional SendGrid parent key (verify). */
export const CredentialNameSchema = z.union([ValueNameSchema, z.literal('sendgrid.parentApiKey')]);
export type CredentialName = z.infer<typeof CredentialNameSchema>;

export const DEFAULT_TTL_MINUTES = 30;
/** The person may choose between one minute and a working day; longer would defeat the point of expiry. */
export const TtlMinutesSchema = z.number().int().min(1).max(480);

const OriginSchema = z
  .string()
  .refine((s) => {
    try {
      const u = new URL(s);
      return (u.protocol === 'https:' || u.protocol === 'http:') && u.origin === s;
    } catch {
      return false;
    }
  }, 'must be an origin such as https://app.sendgrid.com');

/** What one kept value looks like in storage.session. */
const EntrySchema = z.object({
  value: z.string().min(1).max(2048),
  /** Origin of the page the value was captured on (shown in the side panel). */
  origin: OriginSchema,
  taskId: z.optional(TaskIdSchema),
  keptAt: z.number(),
  expiresAt: z.number(),
});
export type VaultEntry = z.infer<typeof EntrySchema>;

const VaultSchema = z.object({
  entries: z.partialRecord(CredentialNameSchema, EntrySchema),
  /** A second, different capture waiting for the person to choose (never overwrite silently). */
  pending: z.partialRecord(CredentialNameSchema, EntrySchema),
  /** Names (never values) of values that expired, so a fill can say "expired" rather than "missing". */
  expired: z.array(CredentialNameSchema).default([]),
});
/** One onboarding's vault, and which onboarding it is (not stored inside: it is the key). */
type Vault = z.infer<typeof VaultSchema> & { onboardingId: string };
/**
 * Each onboarding has its own vault, keyed by onboarding id: a value kept for one customer is never listed, filled
 * or verified under another, and switching back finds it again. storage.session empties on every extension
 * update, so no earlier shape can be met and none needs migrating.
 */
const VaultsSchema = z.record(z.string().min(1).max(64), VaultSchema);
type Vaults = z.infer<typeof VaultsSchema>;

/** The onboarding whose vault every read and write uses: the open one. */
const scope = async (): Promise<string> => activeOnboarding(await readProgress()).id;

// The vault itself is session-only; the TTL setting is not secret and survives restarts. Both are read as
// `unknown` and parsed with zod on every read: storage is a boundary like any other.
const vaultItem = storage.defineItem<unknown>('session:engageVault', { fallback: {} });
const SettingsSchema = z.object({ ttlMinutes: TtlMinutesSchema });
const settingsItem = storage.defineItem<unknown>('local:engageVaultSettings', { fallback: null, version: 1 });

export type KeepResult = { ok: true } | { ok: false; message: string };

/**
 * Called once at background start-up: only extension pages and the service worker may read
 * storage.session, never content scripts (Chrome's default, set explicitly so it cannot drift).
 * Firefox has no setAccessLevel and never exposes storage.session to content scripts.
 */
export async function lockSessionStorage(): Promise<void> {
  const session = browser.storage.session as { setAccessLevel?: (o: { accessLevel: string }) => Promise<void> };
  if (typeof session.setAccessLevel === 'function') {
    await session.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
  }
}

// Writes are serialised so two captures arriving together cannot lose each other.
const serial = createSerial();

async function loadAll(): Promise<Vaults> {
  const parsed = VaultsSchema.safeParse(await vaultItem.getValue());
  // A malformed vault is dropped rather than trusted: the person captures again.
  return parsed.success ? parsed.data : {};
}

async function load(): Promise<Vault> {
  const onboardingId = await scope();
  return { entries: {}, pending: {}, expired: [], ...(await loadAll())[onboardingId], onboardingId };
}

async function save(vault: Vault): Promise<void> {
  const { onboardingId, ...stored } = vault;
  await vaultItem.setValue({ ...(await loadAll()), [onboardingId]: stored });
}

/** Removes expired values; returns whether anything changed. */
function purge(vault: Vault, now: number): boolean {
  let changed = false;
  for (const area of [vault.entries, vault.pending]) {
    for (const name of Object.keys(area) as CredentialName[]) {
      if ((area[name]?.expiresAt ?? 0) <= now) {
        delete area[name];
        if (area === vault.entries && !vault.expired.includes(name)) vault.expired.push(name);
        changed = true;
      }
    }
  }
  return changed;
}

/**
 * A kept API Key ID goes to Segment beside the kept key, so it must be that key's (docs/sendgrid-keys.md): when another
 * key becomes the kept one (captured, typed for Verify, chosen in the panel), an ID of the old key is dropped.
 */
function dropUnpaired(vault: Vault): boolean {
  const key = vault.entries['sendgrid.apiKey']?.value;
  const id = vault.entries['sendgrid.apiKeyId']?.value;
  if (!key || !id || idBelongsTo(id, key)) return false;
  delete vault.entries['sendgrid.apiKeyId'];
  return true;
}

/** Loads the vault with expired values already removed (and removed from storage too). */
async function loadFresh(): Promise<Vault> {
  const vault = await load();
  if (purge(vault, Date.now())) await save(vault);
  return vault;
}

export async function getTtlMinutes(): Promise<number> {
  const parsed = SettingsSchema.safeParse(await settingsItem.getValue());
  return parsed.success ? parsed.data.ttlMinutes : DEFAULT_TTL_MINUTES;
}

export async function setTtlMinutes(minutes: number): Promise<KeepResult> {
  const parsed = TtlMinutesSchema.safeParse(minutes);
  if (!parsed.success) {
    return { ok: false, message: `Keep values for 1 to 480 minutes; you chose ${String(minutes)}.` };
  }
  await settingsItem.setValue({ ttlMinutes: parsed.data });
  return { ok: true };
}

async function makeEntry(
  name: CredentialName,
  value: string,
  opts: { origin: string; taskId?: TaskId; ttlMs?: number },
): Promise<{ ok: true; entry: VaultEntry } | { ok: false; message: string }> {
  if (!CredentialNameSchema.safeParse(name).success) return { ok: false, message: 'The vault does not keep this kind of value.' };
  const now = Date.now();
  const ttlMs = opts.ttlMs ?? (await getTtlMinutes()) * 60_000;
  const parsed = EntrySchema.safeParse({ value, origin: opts.origin, taskId: opts.taskId, keptAt: now, expiresAt: now + ttlMs });
  if (!parsed.success) {
    // Messages name the field, never echo the value: it may be a secret.
    const field = String(parsed.error.issues[0]?.path[0] ?? 'value');
    const why = field === 'value' ? 'is empty or longer than 2048 characters' : 'is not valid';
    return { ok: false, message: `Not kept: the ${field} ${why}.` };
  }
  if (!(ttlMs > 0)) return { ok: false, message: 'Not kept: the lifetime must be positive.' };
  return { ok: true, entry: parsed.data };
}

/** Keeps (or replaces) a value. Callers that must not overwrite silently use `offerSecret`. */
export function keepSecret(
  name: CredentialName,
  value: string,
  opts: { origin: string; taskId?: TaskId; ttlMs?: number },
): Promise<KeepResult> {
  return serial(async () => {
    const made = await makeEntry(name, value, opts);
    if (!made.ok) return made;
    const vault = await loadFresh();
    vault.entries[name] = made.entry;
    delete vault.pending[name];
    vault.expired = vault.expired.filter((n) => n !== name);
    dropUnpaired(vault);
    await save(vault);
    return { ok: true } as const;
  });
}

export type OfferResult =
  /** `dropped`: the API Key ID kept for another key was forgotten (this was a new key). */
  | { ok: true; outcome: 'kept' | 'same'; dropped?: boolean }
  | { ok: true; outcome: 'conflict' }
  | { ok: false; message: string };

/**
 * Keeps a captured value unless a different one is already kept: then the new one waits in
 * `pending` until the person chooses (`resolvePending`). Capturing the same value again is a no-op
 * apart from refreshing its lifetime.
 */
export function offerSecret(
  name: CredentialName,
  value: string,
  opts: { origin: string; taskId?: TaskId; ttlMs?: number },
): Promise<OfferResult> {
  return serial(async () => {
    const made = await makeEntry(name, value, opts);
    if (!made.ok) return made;
    const vault = await loadFresh();
    const current = vault.entries[name];
    let outcome: 'kept' | 'same' | 'conflict';
    if (!current) {
      vault.entries[name] = made.entry;
      outcome = 'kept';
    } else if (current.value === value) {
      vault.entries[name] = { ...made.entry, keptAt: current.keptAt };
      outcome = 'same';
    } else {
      vault.pending[name] = made.entry;
      outcome = 'conflict';
    }
    vault.expired = vault.expired.filter((n) => n !== name);
    const dropped = dropUnpaired(vault);
    await save(vault);
    return outcome === 'conflict' ? { ok: true, outcome } : { ok: true, outcome, ...(dropped ? { dropped } : {}) };
  });
}

/** The person's answer to a conflict: keep the newly captured value, or the one kept before. */
export function resolvePending(name: CredentialName, keep: 'new' | 'old'): Promise<KeepResult> {
  return serial(async () => {
    const vault = await loadFresh();
    const candidate = vault.pending[name];
    if (!candidate) return { ok: false, message: 'There is nothing waiting to be chosen; capture the value again.' };
    if (keep === 'new') vault.entries[name] = candidate;
    delete vault.pending[name];
    dropUnpaired(vault);
    await save(vault);
    return { ok: true } as const;
  });
}

/** The value, or undefined when missing or expired. Background only: never send this to a content script unasked. */
export async function readSecret(name: CredentialName): Promise<string | undefined> {
  return (await readEntry(name))?.value;
}

/** Whether this value was kept and then expired (and has not been captured again since). */
export async function hasExpired(name: CredentialName): Promise<boolean> {
  return serial(async () => (await loadFresh()).expired.includes(name));
}

export async function readEntry(name: CredentialName): Promise<VaultEntry | undefined> {
  return serial(async () => (await loadFresh()).entries[name]);
}

/** Everything kept and waiting, expired values removed (the side panel masks them). */
export function readVault(): Promise<Vault> {
  return serial(loadFresh);
}

/** When the next value of any onboarding expires (for scheduling a purge), or undefined when nothing is kept. */
export async function nextExpiry(): Promise<number | undefined> {
  const all = await serial(loadAll);
  const times = Object.values(all).flatMap((v) => [...Object.values(v.entries), ...Object.values(v.pending)].map((e) => e!.expiresAt));
  return times.length ? Math.min(...times) : undefined;
}

/** Drops expired values of every onboarding now (alarm handler). */
export function purgeExpired(): Promise<void> {
  return serial(async () => {
    const all = await loadAll();
    const now = Date.now();
    const changed = Object.entries(all).filter(([onboardingId, v]) => purge({ ...v, onboardingId }, now));
    if (changed.length) await vaultItem.setValue(all);
  });
}

export function forgetSecret(name: CredentialName): Promise<void> {
  return serial(async () => {
    const vault = await load();
    delete vault.entries[name];
    delete vault.pending[name];
    vault.expired = vault.expired.filter((n) => n !== name);
    await save(vault);
  });
}

/** Forgets the values kept for one onboarding (it was deleted: nothing of that customer stays behind). */
export function forgetOnboarding(onboardingId: string): Promise<void> {
  return serial(async () => {
    const { [onboardingId]: _gone, ...rest } = await loadAll();
    await vaultItem.setValue(rest);
  });
}

/** Forgets every kept value of every onboarding ("Forget all" means all). */
export function forgetAll(): Promise<void> {
  return serial(async () => {
    await vaultItem.removeValue();
  });
}
