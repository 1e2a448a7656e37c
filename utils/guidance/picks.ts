// Remembered "show me the field" choices, per console, task and target, in storage.local (descriptions only, no values).
import { z } from 'zod/mini';
import { storage } from 'wxt/utils/storage';
import type { Platform } from '../guide/schema';
import { FieldDescriptionSchema, type FieldDescription } from '../locator/pick';
import type { PickStore } from './engine';

const PicksSchema = z.record(z.string().check(z.maxLength(200)), FieldDescriptionSchema);
type Picks = z.infer<typeof PicksSchema>;

export const picksItem = storage.defineItem<Picks>('local:guidance.picks', { fallback: {}, version: 1 });

export const pickKey = (platform: Platform, taskId: string, targetKey: string): string => `${platform}|${taskId}|${targetKey}`;

async function readPicks(): Promise<Picks> {
  const parsed = PicksSchema.safeParse(await picksItem.getValue());
  return parsed.success ? parsed.data : {};
}

/** A pick store for one console, read once per task session and written through. */
export async function loadPickStore(platform: Platform): Promise<PickStore> {
  let cache = await readPicks();
  const write = async (change: (p: Picks) => void): Promise<void> => {
    const fresh = await readPicks();
    change(fresh);
    cache = fresh;
    await picksItem.setValue(fresh);
  };
  return {
    get: (taskId, key) => cache[pickKey(platform, taskId, key)],
    set: (taskId, key, d: FieldDescription) => write((p) => void (p[pickKey(platform, taskId, key)] = d)),
    remove: (taskId, key) => write((p) => void delete p[pickKey(platform, taskId, key)]),
  };
}
