// The whole conversation between contexts: every message any context accepts, with its payload and reply.
// Each section belongs to one domain; handlers live in that domain's `utils/<domain>/` module.
import { defineExtensionMessaging } from '@webext-core/messaging';

// ── Progress (side panel → background; the background is the single writer of progress) ──
// (section owned by utils/progress; payloads are zod-parsed in utils/progress/handlers.ts)
import type { ProgressAction, ProgressResult, ProgressState } from '../progress/model';
import type { OpenConsoleReply, OpenConsoleRequest } from '../progress/tabs';

export interface ProtocolMap {
  /** Side panel: the current progress, repaired first if storage held something unreadable. */
  'progress.get'(): ProgressState;
  /** Side panel: one change, applied after every earlier one; refusals come back with a message. */
  'progress.apply'(action: ProgressAction): ProgressResult;
  /** Side panel: focus a tab already on the task's console page, or open its deep link. */
  'tabs.openConsole'(data: OpenConsoleRequest): OpenConsoleReply;
}

// ── Guidance (content script ↔ background) ──
// (section owned by utils/guidance)

// ── Vault (content script / side panel → background) ──
// (section owned by utils/vault; payloads are zod-parsed in utils/vault/handlers.ts)
// Content scripts never read the vault: they ask for one fill of a target the locator chose.
import type {
  CaptureReply,
  CaptureRequest,
  ClipboardClear,
  FillReply,
  FillRequest,
  FillStatusReply,
  RevealReply,
  SimpleReply,
  VaultListing,
} from '../vault/messages';
import type { CredentialName } from '../vault/store';

export interface ProtocolMap {
  /** Content script: keep a value the person copied or asked to keep ("Keep for Segment"). */
  vaultCapture(data: CaptureRequest): CaptureReply;
  /** Content script: may this target offer "Fill"? Never returns the value. */
  vaultFillStatus(data: Omit<FillRequest, 'trusted'>): FillStatusReply;
  /** Content script, after a real click on our Fill button: the one value this target wants. */
  vaultFill(data: FillRequest): FillReply;
  /** Side panel: kept values, masked, with origin and destinations. */
  vaultList(): VaultListing;
  /** Side panel: the explicit Reveal / Copy actions. */
  vaultReveal(data: { name: CredentialName }): RevealReply;
  /** Side panel: answer to "captured twice with different content". */
  vaultResolve(data: { name: CredentialName; keep: 'new' | 'old' }): SimpleReply;
  vaultForget(data: { name: CredentialName }): SimpleReply;
  vaultForgetAll(): SimpleReply;
  vaultSetTtl(data: { minutes: number }): SimpleReply;
  /** Side panel: fill the active tab's highlighted task (the click in the panel is the user action). */
  vaultFillActiveTab(): SimpleReply;
  /** Side panel (Chrome) → background: clear the clipboard later if it still holds what we copied. */
  vaultClipboardClear(data: ClipboardClear): SimpleReply;
  /** Background → offscreen document: the same, done where the clipboard is reachable. */
  offscreenClipboardClear(data: ClipboardClear): SimpleReply;
  /**
   * Background → every frame of the active tab (side-panel Fill): the frame that highlights a target
   * taking a carried value asks `vaultFill` with this one-time nonce instead of an overlay click.
   */
  carryFillHighlighted(data: { nonce: string }): SimpleReply;
}

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
