// Remembered "show me the field" choices, per console, task and target, in storage.local (descriptions only, no values).
import { browser } from 'wxt/browser';
import type { Platform } from '../guide/schema';
import type { FieldDescription } from '../locator/pick';
import type { PickStore } from './engine';
import { parsePicks } from './page-parse';

type Picks = Record<string, FieldDescription>;

/**
 * Only content scripts use this key, so it is read and written with storage.local itself: a WXT storage item
 * would bring @wxt-dev/storage (about 7 KB) into every console page. The key is the one the earlier
 * `local:guidance.picks` item (version 1, no migrations) used, so remembered choices carry over.
 */
const PICKS_KEY = 'guidance.picks';

export const pickKey = (platform: Platform, taskId: string, targetKey: string): string => `${platform}|${taskId}|${targetKey}`;

async function readPicks(): Promise<Picks> {
  const stored: Record<string, unknown> = await browser.storage.local.get(PICKS_KEY);
  return parsePicks(stored[PICKS_KEY]) ?? {};
}

/** A pick store for one console, read once per task session and written through. */
export async function loadPickStore(platform: Platform): Promise<PickStore> {
  let cache = await readPicks();
  const write = async (change: (p: Picks) => void): Promise<void> => {
    const fresh = await readPicks();
    change(fresh);
    cache = fresh;
    await browser.storage.local.set({ [PICKS_KEY]: fresh });
  };
  return {
    get: (taskId, key) => cache[pickKey(platform, taskId, key)],
    set: (taskId, key, d: FieldDescription) => write((p) => void (p[pickKey(platform, taskId, key)] = d)),
    remove: (taskId, key) => write((p) => void delete p[pickKey(platform, taskId, key)]),
  };
}
