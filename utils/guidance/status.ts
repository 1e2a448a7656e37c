// What each tab's console page is guiding, for the side panel: the `session:pageStatus` item (no secrets, no values).
import { z } from 'zod/mini';
import { storage } from 'wxt/utils/storage';
import { FrameReportSchema } from './wire';

/** A frame's report as stored, with when it arrived. */
export const FrameStatusSchema = z.extend(FrameReportSchema, { at: z.number().check(z.int(), z.minimum(0)) });
export type FrameStatus = z.infer<typeof FrameStatusSchema>;

export const TabStatusSchema = z.object({ frames: z.record(z.string(), FrameStatusSchema) });
export type TabStatus = z.infer<typeof TabStatusSchema>;
export const PageStatusSchema = z.record(z.string(), TabStatusSchema);
export type PageStatus = z.infer<typeof PageStatusSchema>;

/** Keyed by tab id. storage.session: gone when the browser closes; trusted contexts only (the default). */
export const pageStatusItem = storage.defineItem<PageStatus>('session:pageStatus', { fallback: {}, version: 1 });

/** Read the item, dropping anything that does not have the known shape. */
export async function readPageStatus(): Promise<PageStatus> {
  const parsed = PageStatusSchema.safeParse(await pageStatusItem.getValue());
  return parsed.success ? parsed.data : {};
}

/** The frame of a tab that best represents it: a found target first, then any guided task. */
export function bestFrame(tab: TabStatus | undefined): FrameStatus | undefined {
  const frames = Object.values(tab?.frames ?? {});
  return frames.find((f) => f.taskId && f.found) ?? frames.find((f) => f.taskId) ?? frames[0];
}
