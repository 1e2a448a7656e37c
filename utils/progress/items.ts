// Where progress lives in storage, and checked reads any context may do (only the background writes). The reads use
// read.ts, which accepts exactly what the schemas in model.ts accept, so the side panel's first screen needs no zod.
import { storage } from 'wxt/utils/storage';
import type { Notice, ProgressState } from './model';
import { NOTICES_KEY } from './keys';
import { readNoticeList, readProgressState } from './read';

export { NOTICES_KEY, PROGRESS_KEY } from './keys';

/** Reads the notices item; anything unreadable counts as no notices (they are advisory). */
export async function readNotices(): Promise<Notice[]> {
  return parseNotices(await storage.getItem(NOTICES_KEY));
}

export function parseNotices(raw: unknown): Notice[] {
  return readNoticeList(raw) ?? [];
}

/** A valid state, or null when the stored value needs the background to repair or migrate it first. */
export function parseProgress(raw: unknown): ProgressState | null {
  return readProgressState(raw);
}
