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

// ── Guidance (content script ↔ background ↔ side panel) ──
// (section owned by utils/guidance; payloads are zod-parsed in utils/guidance/background.ts; content.ts uses page-parse.ts, held equal to the schemas)
import type {
  CheckRequest,
  FrameReportReply,
  FrameReportRequest,
  GuidanceReply,
  PageDoneRequest,
  PageTaskReply,
  PageTaskRequest,
  TargetRequest,
  Verdict,
} from '../guidance/wire';

export interface ProtocolMap {
  /** Content script: which task does this page (or frame) guide? */
  'guidance.pageTask'(data: PageTaskRequest): PageTaskReply;
  /** Content script: check what a text field holds against its rule (the rules live in the background). */
  'guidance.check'(data: CheckRequest): Verdict;
  /** Content script: this frame's status for the side panel (`session:pageStatus`). */
  'guidance.report'(data: FrameReportRequest): FrameReportReply;
  /** Content script: the page shows the task is done; the background marks it done (source `page`). */
  'guidance.pageDone'(data: PageDoneRequest): GuidanceReply;
  /** Background → every frame of a tab: progress or a remembered choice changed; look again. */
  'guidance.refresh'(): GuidanceReply;
  /** Side panel → tab: "show me the field" — the next click on a field chooses it. */
  'guidance.pickField'(data: TargetRequest): GuidanceReply;
  /** Side panel → tab: undo a remembered "show me the field" choice. */
  'guidance.forgetPick'(data: TargetRequest): GuidanceReply;
  /** Side panel → background: undo a page-detected "done". */
  'guidance.undoDone'(data: { taskId: PageDoneRequest['taskId'] }): GuidanceReply;
}

// ── Vault (content script / side panel → background) ──
// (section owned by utils/vault; payloads are zod-parsed in utils/vault/handlers.ts)
// Content scripts never read the vault: they ask for one fill of a target the locator chose.
import type {
  CaptureReply,
  CaptureRequest,
  ClipboardClear,
  FillReply,
  FillRequest,
  RevealReply,
  SimpleReply,
  VaultListing,
} from '../vault/messages';
import type { CredentialName } from '../vault/store';
import type { CapturePlan } from '../vault/wire';

export interface ProtocolMap {
  /** Content script: where this page may show values to capture, and whom each is kept for (guide data, no secret). */
  vaultCapturePlan(): CapturePlan;
  /** Content script: keep a value the person copied or asked to keep ("Keep for Segment"). */
  vaultCapture(data: CaptureRequest): CaptureReply;
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
  /** Background → offscreen document: what a console's copy button just put on the clipboard (capture). */
  offscreenClipboardRead(): { ok: true; text: string } | { ok: false };
  /**
   * Background → every frame of the active tab (side-panel Fill): the frame that highlights a target
   * taking a carried value asks `vaultFill` with this one-time nonce instead of an overlay click.
   */
  carryFillHighlighted(data: { nonce: string }): SimpleReply;
}

// ── Verify (side panel → background) ──
// (section owned by utils/verify; payloads are zod-parsed in utils/verify/service.ts)
import type { KeepCredentials, ReportReply, RunRequest, VerifyReply, VerifyStatus } from '../verify/messages';
import type { TaskId as VerifyTaskId } from '../guide/schema';

export interface ProtocolMap {
  /** Side panel: which credentials are kept (names only), the region, and the current or last run. */
  'verify.status'(): VerifyStatus;
  /** Side panel: keep typed credentials in the vault (checked by the guide's rules first). */
  'verify.keepCredentials'(data: KeepCredentials): VerifyReply;
  /** Side panel: run one task's checks, or every check with credentials; resolves with the status when the run ends. */
  'verify.run'(data: RunRequest): VerifyStatus;
  /** Side panel: undo a reopening (or any last change) the run made to a task. */
  'verify.undo'(data: { taskId: VerifyTaskId }): VerifyReply;
  /** Side panel: the Markdown readiness report (no secret; identifiers as last 4). */
  'verify.report'(): ReportReply;
  /** Side panel: forget the parent key now. */
  'verify.forgetParent'(): VerifyReply;
}

// ── DNS records (side panel → background → SendGrid tab; SendGrid content script → background) ──
// (section owned by utils/dns; payloads are zod-parsed in utils/dns/background.ts)
import type { DnsReply, DnsView, PageRead, VerifyNote, VerifyNoteRequest } from '../dns/messages';

export interface ProtocolMap {
  /** Side panel: the active onboarding's records, whether the live check is on, and its last results. */
  'dns.get'(): DnsView;
  /** Side panel: read the record table of the SendGrid tab used last. */
  'dns.capturePage'(): DnsReply;
  /** Side panel: read the records through GET /v3/whitelabel/* with the parent key. */
  'dns.captureApi'(): DnsReply;
  /** Side panel: check every record over DNS-over-HTTPS (only when the person turned it on). */
  'dns.check'(): DnsReply;
  /** Side panel: forget this onboarding's records. */
  'dns.forget'(): DnsReply;
  /** Background → SendGrid tab: the record tables on screen (type, host, value per row). */
  'dns.readPage'(): PageRead;
  /** SendGrid content script: the last live check's verdict for the Verify button's callout. */
  'dns.verifyNote'(data: VerifyNoteRequest): VerifyNote | null;
}

export interface ProtocolMap {
  /** Health check used by tests and by the side panel to wake the service worker. */
  ping(): 'pong';
}

/** Messages never go to the console: payloads can hold secrets on their way to the vault. */
const silent = { debug() {}, log() {}, warn() {}, error() {} };

export const messenger = defineExtensionMessaging<ProtocolMap>({ logger: silent });
export const { sendMessage, onMessage } = messenger;
