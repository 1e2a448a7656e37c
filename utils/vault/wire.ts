// Vault message pieces shared with content scripts, which import only its types (their Fill check is in nonce.ts): no guide data here.
import { z } from 'zod/mini';
import type { ParsedTarget, Platform, TaskId, ValueName } from '../guide/schema';

import { PANEL_NONCE_RE } from './nonce';

/** Background → content script (side-panel Fill): the nonce this frame's `vault.fill` must carry. */
export const CarryFillHighlightedSchema = z.object({ nonce: z.string().check(z.regex(PANEL_NONCE_RE)) });

/** A guide target that shows a value the person can capture, with the page patterns of its task. */
export interface PlanTarget {
  taskId: TaskId;
  /** The task's `page.matches`: the content script picks the targets of the page it is on. */
  matches: string[];
  target: ParsedTarget & { captures: ValueName };
}

/**
 * Background → content script: what this content script needs to offer capture, derived from the guide
 * in the background so the guide data and its schema stay out of content scripts. Only where to look
 * and what to call the buttons; whether a value is kept, and where it may go, is still decided by the
 * background on each `vault.capture` / `vault.fill`.
 */
export interface CapturePlan {
  /** Every capture target in the guide, in guide order. */
  targets: PlanTarget[];
  /** The platform of each value's first consumer (guide order), for "Keep for Segment". */
  keepFor: Partial<Record<ValueName, Platform>>;
}
