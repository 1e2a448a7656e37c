// Where progress lives in storage, and zod-checked reads any context may do (only the background writes).
import { storage } from 'wxt/utils/storage';
import { NoticesSchema, ProgressStateSchema, type Notice, type ProgressState } from './model';

export const PROGRESS_KEY = 'local:progress' as const;
/** Notices about repairs and migrations stay here until the person dismisses them. */
export const NOTICES_KEY = 'local:progressNotices' as const;

/** Reads the notices item; anything unreadable counts as no notices (they are advisory). */
export async function readNotices(): Promise<Notice[]> {
  return parseNotices(await storage.getItem(NOTICES_KEY));
}

export function parseNotices(raw: unknown): Notice[] {
  const parsed = NoticesSchema.safeParse(raw);
  return parsed.success ? parsed.data : [];
}

/** A valid state, or null when the stored value needs the background to repair or migrate it first. */
export function parseProgress(raw: unknown): ProgressState | null {
  const parsed = ProgressStateSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
