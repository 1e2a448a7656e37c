// The side panel's Fill nonce, in a zod-free module: content scripts import it, and anything zod here would ship to every console page.

/** The side panel's one-time Fill nonce: 16 random bytes in hex (see `fillActiveTab` in handlers.ts). */
export const PANEL_NONCE_RE = /^[0-9a-f]{32}$/;

/** The content script's check of `carry.fillHighlighted`, exactly as strict as `CarryFillHighlightedSchema` (wire.ts). */
export function parseCarryFillHighlighted(data: unknown): { nonce: string } | null {
  const nonce: unknown = typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as { nonce?: unknown }).nonce : undefined;
  return typeof nonce === 'string' && PANEL_NONCE_RE.test(nonce) ? { nonce } : null;
}
