// Each onboarding's rows (the Engage subuser's IP, the number bought), remembered in storage.local: neither is a
// secret, and the IP warmup comes days after the subuser, across browser restarts.
import { z } from 'zod';
import { storage } from 'wxt/utils/storage';
import { RowNameSchema, type RowName } from '../guide/schema';
import { createSerial } from '../serial';
import { ROW_KINDS, type Rows } from './rows';

/** A row's value as the background keeps it: exactly one value of its kind, and a subuser-like name for `for`. */
const whole = (name: RowName) => (s: string): boolean => {
  const m = Array.from(s.matchAll(ROW_KINDS[name].find), (x) => x[0]);
  return m.length === 1 && m[0] === s;
};
const ForSchema = z.string().regex(/^[\w.@+-]{1,64}$/).optional();
const rowOf = (name: RowName) => z.object({ value: z.string().max(40).refine(whole(name)), for: ForSchema });
const RowsSchema = z.object({ engageIp: rowOf('engageIp').optional(), engageNumber: rowOf('engageNumber').optional() });
/** Onboarding id → its rows. */
const StoredSchema = z.record(z.string(), RowsSchema);
type Stored = z.infer<typeof StoredSchema>;

/** What a page's "done" may ask to remember: a value to keep, or none (several IPs ticked: forget what was kept). */
export const RememberSchema = z.object({ name: RowNameSchema, value: z.string().max(40).optional(), for: z.string().max(64).optional() });
export type Remember = z.infer<typeof RememberSchema>;

const rowsItem = storage.defineItem<Stored>('local:guidance.rows', { fallback: {}, version: 1 });

async function readAll(): Promise<Stored> {
  const parsed = StoredSchema.safeParse(await rowsItem.getValue());
  return parsed.success ? parsed.data : {};
}

const serial = createSerial();
function update(change: (s: Stored) => void): Promise<void> {
  return serial(async () => {
    const s = await readAll();
    change(s);
    await rowsItem.setValue(s);
  });
}

export async function readRows(onboardingId: string): Promise<Rows> {
  return (await readAll())[onboardingId] ?? {};
}

/** Keep (or forget) one row of an onboarding; a value that is not exactly one of its kind is refused with false. */
export async function rememberRow(onboardingId: string, r: Remember): Promise<boolean> {
  // A name that does not look like a subuser's is left out; the value still counts.
  const named = ForSchema.safeParse(r.for).success ? r.for : undefined;
  const row = r.value === undefined ? null : rowOf(r.name).safeParse({ value: r.value, ...(named ? { for: named } : {}) });
  if (row && !row.success) return false;
  await update((s) => {
    const mine = (s[onboardingId] ??= {});
    if (row?.success) mine[r.name] = row.data;
    else delete mine[r.name];
  });
  return true;
}

/** A deleted onboarding takes its rows with it. */
export function forgetRows(onboardingId: string): Promise<void> {
  return update((s) => void delete s[onboardingId]);
}
