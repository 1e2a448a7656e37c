// The whole conversation between contexts: every message any context accepts, with its payload and reply.
// Each section belongs to one domain; handlers live in that domain's `utils/<domain>/` module.
import { defineExtensionMessaging } from '@webext-core/messaging';

// ── Progress (side panel → background; the background is the single writer of progress) ──
// (section owned by utils/progress)

// ── Guidance (content script ↔ background) ──
// (section owned by utils/guidance)

// ── Vault (content script / side panel → background) ──
// (section owned by utils/vault)

// ── Verify (side panel → background) ──
// (section owned by utils/verify)

export interface ProtocolMap {
  /** Health check used by tests and by the side panel to wake the service worker. */
  ping(): 'pong';
}

/** Messages never go to the console: payloads can hold secrets on their way to the vault. */
const silent = { debug() {}, log() {}, warn() {}, error() {} };

export const messenger = defineExtensionMessaging<ProtocolMap>({ logger: silent });
export const { sendMessage, onMessage } = messenger;
