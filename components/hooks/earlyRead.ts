// What the side panel's early script read from storage (entrypoints/panel-early.ts), checked like any other read.
import { localName, NOTICES_KEY, PROGRESS_KEY } from '../../utils/progress/keys';
import { parseNotices, parseProgress } from '../../utils/progress/items';
import type { Notice, ProgressState } from '../../utils/progress/model';

declare global {
  interface Window {
    engageEarlyRead?: Promise<Record<string, unknown>>;
  }
}

export interface FirstRead {
  /** Null when the stored value is missing or needs the background's repair first. */
  progress: ProgressState | null;
  notices: Notice[];
}

/**
 * The early read's result, or null when there was none, it failed, or it took longer than `waitMs` (the panel then
 * shows "Loading your progress…" and reads again itself).
 */
export async function takeEarlyRead(waitMs: number): Promise<FirstRead | null> {
  const early = window.engageEarlyRead;
  if (!early) return null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<null>((done) => (timer = setTimeout(() => done(null), waitMs)));
  try {
    const raw = await Promise.race([early, late]);
    if (!raw) return null;
    return { progress: parseProgress(raw[localName(PROGRESS_KEY)]), notices: parseNotices(raw[localName(NOTICES_KEY)]) };
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}
