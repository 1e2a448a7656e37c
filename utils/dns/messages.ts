// The DNS messages' payloads and replies (see utils/messaging/protocol.ts for who sends which).
import type { TaskId } from '../guide/schema';
import type { RecordState } from './compare';
import type { PageRow } from './page';
import type { Capture } from './store';

/** Everything the side panel shows for the active onboarding. */
export interface DnsView {
  capture: Capture | null;
  /** The person turned the live check on (both resolver host permissions are granted). */
  live: boolean;
  /** Per record id, from the last live check of this capture. */
  results: Record<string, RecordState> | null;
  checkedAt?: number;
}
export type DnsReply = { ok: true; view: DnsView } | { ok: false; message: string; view?: DnsView };
export interface PageRead {
  url: string;
  rows: PageRow[];
}
export interface VerifyNote {
  allRight: boolean;
  text: string;
}
export type VerifyNoteRequest = { taskId: TaskId };
