// Payloads and replies of the vault's messages, as zod schemas: every message is parsed where it arrives.
// Background and side panel only: content scripts import types from here, values from wire.ts.
import { z } from 'zod';
import { TaskIdSchema, ValueNameSchema } from '../guide/schema';
import { CredentialNameSchema } from './store';
import { PANEL_NONCE_RE } from './nonce';
import type { Reply } from '../messaging/protocol';

/** Content script → background: keep a value the person copied or asked to keep, from a target that shows it. */
export const CaptureRequestSchema = z.object({
  taskId: TaskIdSchema,
  targetKey: z.string().min(1).max(64),
  name: ValueNameSchema,
  value: z.string().max(4096),
  /** `event.isTrusted` of the person's own action (copy, click), as read by the content script. */
  trusted: z.boolean(),
  /** `clipboard`: the target is a copy button; the background reads what it put on the clipboard. */
  /** How the value came: the person's copy, the Keep button, the clipboard after a copy control, or typed into the field. */
  via: z.enum(['copy', 'keep', 'clipboard', 'typed']),
  /** `clipboard`: the copy control's own visible text; where it shows the value, the clipboard must hold exactly that. */
  shown: z.string().max(4096).optional(),
  /** `location.ancestorOrigins` of the frame, innermost first (Chromium; absent where the browser has none). */
  ancestorOrigins: z.array(z.string().max(512)).max(16).optional(),
});
export type CaptureRequest = z.infer<typeof CaptureRequestSchema>;

export type CaptureReply = Reply<{ outcome: 'kept' | 'same' | 'conflict'; message: string }>;

/**
 * Content script → background: of the API Key IDs the page's list shows, which belongs to the kept key? The IDs are the
 * page's own text; the reply is an index into them, so neither the key nor its ID crosses to the page's side.
 */
export const KeyRowRequestSchema = z.object({
  taskId: TaskIdSchema,
  targetKey: z.string().min(1).max(64),
  /** SendGrid keeps at most 100 keys per account; an ID is 22 characters (longer text is not an ID). */
  ids: z.array(z.string().max(64)).min(1).max(100),
  ancestorOrigins: z.array(z.string().max(512)).max(16).optional(),
});
export type KeyRowRequest = z.infer<typeof KeyRowRequestSchema>;
/** `kept`: a SendGrid API key is kept; `index`: the row of `ids` that is its ID, -1 when none is. */
export type KeyRowReply = Reply<{ kept: boolean; index: number }>;

/** The side panel's one-time Fill nonce (its Background → content script message is in wire.ts). */
const PanelNonceSchema = z.string().regex(PANEL_NONCE_RE);

/** Content script → background: fill the value the guide wants in this target of this task. */
export const FillRequestSchema = z.object({
  taskId: TaskIdSchema,
  targetKey: z.string().min(1).max(64),
  /** `event.isTrusted` of the click on our own Fill button. */
  trusted: z.boolean(),
  /** `self.origin` as the content script sees it; `'null'` in a sandboxed frame. */
  frameOrigin: z.string().max(512),
  /** Side-panel Fill: the one-time nonce the background sent this tab after the person's click in the panel. */
  panelNonce: PanelNonceSchema.optional(),
  /** `location.ancestorOrigins` of the frame, innermost first (Chromium; absent where the browser has none). */
  ancestorOrigins: z.array(z.string().max(512)).max(16).optional(),
});
export type FillRequest = z.infer<typeof FillRequestSchema>;

export type FillRefusal = {
  ok: false;
  code: 'refused' | 'missing' | 'expired';
  message: string;
};
export type FillReply = { ok: true; value: string } | FillRefusal;

/** What the side panel shows of one kept value: masked, with where it came from and where it may go. */
export interface VaultItem {
  name: z.infer<typeof CredentialNameSchema>;
  label: string;
  masked: string;
  origin: string;
  /** Typed into the side panel (Verify's form), not captured on a console page. */
  typed?: boolean;
  destinations: string[];
  keptAt: number;
  expiresAt: number;
  /** A second capture with different content, waiting for the person to choose. */
  pending?: { masked: string; origin: string; keptAt: number };
}
export interface VaultListing {
  items: VaultItem[];
  ttlMinutes: number;
}

export const NameRequestSchema = z.object({ name: CredentialNameSchema });
export const ResolveRequestSchema = z.object({ name: CredentialNameSchema, keep: z.enum(['new', 'old']) });
export const TtlRequestSchema = z.object({ minutes: z.number() });
/** Side panel → background → offscreen: clear the clipboard later if it still holds what we copied. */
export const ClipboardClearSchema = z.object({
  /** SHA-256 hex of the copied text: the offscreen document compares digests, never needs the value. */
  digest: z.string().regex(/^[0-9a-f]{64}$/),
  afterMs: z.number().int().min(0).max(600_000),
});
export type ClipboardClear = z.infer<typeof ClipboardClearSchema>;

export type SimpleReply = Reply;
export type RevealReply = Reply<{ value: string }>;
