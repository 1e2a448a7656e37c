// Where captured records live: storage.local, one entry per onboarding (records are onboarding data, not secrets).
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import { DnsRecordSchema } from './records';

export const CaptureSchema = z.object({
  source: z.enum(['page', 'api']),
  capturedAt: z.number(),
  /** The domain the records authenticate, e.g. `example.com`. */
  zone: z.string(),
  records: z.array(DnsRecordSchema).max(40),
  /** Said to the person with the table, e.g. "2 other authenticated domains were left out". */
  note: z.string().optional(),
});
export type Capture = z.infer<typeof CaptureSchema>;
const StoredSchema = z.record(z.string(), CaptureSchema);
type Stored = z.infer<typeof StoredSchema>;

/** Version 1. A later shape adds a migration here; readers always get a checked value. */
export const dnsRecordsItem = storage.defineItem<Stored>('local:dns.records', { fallback: {}, version: 1 });

/** Every onboarding's capture; an entry that does not parse is dropped rather than shown half-read. */
export async function readCaptures(): Promise<Stored> {
  const raw = await dnsRecordsItem.getValue();
  const out: Stored = {};
  for (const [id, value] of Object.entries(raw ?? {})) {
    const parsed = CaptureSchema.safeParse(value);
    if (parsed.success) out[id] = parsed.data;
  }
  return out;
}

/** Sets (or with `undefined` removes) one onboarding's capture, and drops captures of onboardings that no longer exist. */
export async function writeCapture(onboardingId: string, capture: Capture | undefined, existing: readonly string[]): Promise<void> {
  const all = await readCaptures();
  const next: Stored = {};
  for (const id of existing) if (all[id]) next[id] = all[id];
  if (capture) next[onboardingId] = capture;
  else delete next[onboardingId];
  await dnsRecordsItem.setValue(next);
}
