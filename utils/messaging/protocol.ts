// The whole conversation between contexts: every message any context accepts, with its payload, its reply
// and (in SENDERS, below) who may send it. Each section belongs to one domain; handlers live in that domain's
// `utils/<domain>/` module and are registered with `handle` (handle.ts), which enforces SENDERS.
// Names are `area.verb`. No zod here: content scripts import this file (schemas are given to `handle`).
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { SenderRule } from './senders';

/** What a refused or failed request gets back: one sentence for the person. */
export type Refusal = { ok: false; message: string };
/** The reply of every message that can fail: `ok: true` with its data, or a refusal. */
export type Reply<T extends object = object> = ({ ok: true } & T) | Refusal;
/** A refusal with its reason. */
export const refused = (message: string): Refusal => ({ ok: false, message });
/** The one refusal a sender that may not send a message gets (unless its message declares another reply). */
export const REFUSED = 'Refused: only the Engage Copilot side panel can do this.';

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
  KeyRowReply,
  KeyRowRequest,
  RevealReply,
  SimpleReply,
  VaultListing,
} from '../vault/messages';
import type { CredentialName } from '../vault/store';
import type { CapturePlan } from '../vault/wire';

export interface ProtocolMap {
  /** Content script: where this page may show values to capture, and whom each is kept for (guide data, no secret). */
  'vault.capturePlan'(): CapturePlan;
  /** Content script: keep a value the person copied or asked to keep ("Keep for Segment"). */
  'vault.capture'(data: CaptureRequest): CaptureReply;
  /** Content script: which of the API Key IDs its page lists belongs to the kept key (an index, never a value). */
  'vault.keyRow'(data: KeyRowRequest): KeyRowReply;
  /** Content script, after a real click on our Fill button: the one value this target wants. */
  'vault.fill'(data: FillRequest): FillReply;
  /** Side panel: kept values, masked, with origin and destinations. */
  'vault.list'(): VaultListing;
  /** Side panel: the explicit Reveal / Copy actions. */
  'vault.reveal'(data: { name: CredentialName }): RevealReply;
  /** Side panel: answer to "captured twice with different content". */
  'vault.resolve'(data: { name: CredentialName; keep: 'new' | 'old' }): SimpleReply;
  'vault.forget'(data: { name: CredentialName }): SimpleReply;
  'vault.forgetAll'(): SimpleReply;
  'vault.setTtl'(data: { minutes: number }): SimpleReply;
  /** Side panel: fill the active tab's highlighted task (the click in the panel is the user action). */
  'vault.fillActiveTab'(): SimpleReply;
  /** Side panel (Chrome) → background: clear the clipboard later if it still holds what we copied. */
  'vault.clearClipboard'(data: ClipboardClear): SimpleReply;
  /** Background → offscreen document: the same, done where the clipboard is reachable. */
  'offscreen.clearClipboard'(data: ClipboardClear): SimpleReply;
  /** Background → offscreen document: what a console's copy button just put on the clipboard (capture). */
  'offscreen.readClipboard'(): Reply<{ text: string }>;
  /**
   * Background → every frame of the active tab (side-panel Fill): the frame that highlights a target
   * taking a carried value asks `vault.fill` with this one-time nonce instead of an overlay click.
   */
  'carry.fillHighlighted'(data: { nonce: string }): SimpleReply;
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

type Name = keyof ProtocolMap;
type Answer<K extends Name> = Awaited<ReturnType<ProtocolMap[K]>>;
/**
 * A message's sender rule, and what a refused sender gets instead of the shared refusal: required exactly
 * when the reply cannot be a refusal (a blank state, an empty list), so a caller never sees an error where
 * it expects data — and never the data.
 */
export type SenderPolicy<K extends Name> = SenderRule & (Refusal extends Answer<K> ? { refused?: Answer<K> } : { refused: Answer<K> });

/** What a refused caller of progress sees: one empty onboarding, never the person's (workspace, space, evidence). */
const blankProgress = { activeId: 'refused', onboardings: [{ id: 'refused', name: 'My onboarding', region: 'us', createdAt: 0, tasks: {} }] } satisfies ProgressState;
const noStatus: VerifyStatus = {
  run: { running: false, tasks: [], calls: 0 }, latest: [], have: { subuser: false, parent: false, twilio: false }, keepParent: false, region: 'us',
};
const panel = { from: ['panel'] } as const;
const content = { from: ['content'] } as const;
const background = { from: ['background'] } as const;

/**
 * Who may send each message (a message without an entry does not type-check). `panel`: our extension pages;
 * `content`: our content script on a console (`consoles` narrows which); `offscreen`; `background`.
 * Content scripts never read progress, kept values or Verify results, and never start a fill, a run or a tab:
 * what they may ask for is checked further by the domain (the vault's gate, the guidance's page scope).
 */
export const SENDERS: { [K in Name]: SenderPolicy<K> } = {
  'progress.get': { ...panel, refused: blankProgress },
  'progress.apply': { ...panel, refused: { ok: false, message: REFUSED, state: blankProgress } },
  'tabs.openConsole': panel,

  'guidance.pageTask': { ...content, refused: { tasks: [], open: [], region: 'us', kept: [], onboardingId: '' } },
  'guidance.check': { ...content, refused: { state: null, issues: [], satisfied: false } },
  'guidance.report': { ...content, refused: { anyFound: false } },
  'guidance.pageDone': content,
  'guidance.refresh': background,
  'guidance.pickField': panel,
  'guidance.forgetPick': panel,
  'guidance.undoDone': panel,

  'vault.capturePlan': { ...content, refused: { targets: [], keepFor: {} } },
  'vault.capture': content,
  'vault.keyRow': { from: ['content'], consoles: ['sendgrid'] },
  'vault.fill': { ...content, refused: { ok: false, code: 'refused', message: REFUSED } },
  'vault.list': { ...panel, refused: { items: [], ttlMinutes: 0 } },
  'vault.reveal': panel,
  'vault.resolve': panel,
  'vault.forget': panel,
  'vault.forgetAll': panel,
  'vault.setTtl': panel,
  'vault.fillActiveTab': panel,
  'vault.clearClipboard': panel,
  'offscreen.clearClipboard': background,
  'offscreen.readClipboard': background,
  'carry.fillHighlighted': background,

  'verify.status': { ...panel, refused: noStatus },
  'verify.keepCredentials': panel,
  'verify.run': { ...panel, refused: noStatus },
  'verify.undo': panel,
  'verify.report': panel,
  'verify.forgetParent': panel,

  'dns.get': { ...panel, refused: { capture: null, live: false, results: null } },
  'dns.capturePage': panel,
  'dns.captureApi': panel,
  'dns.check': panel,
  'dns.forget': panel,
  'dns.readPage': { ...background, refused: { url: '', rows: [] } },
  'dns.verifyNote': { from: ['content'], consoles: ['sendgrid'], refused: null },
};

/** Messages never go to the console: payloads can hold secrets on their way to the vault. */
const silent = { debug() {}, log() {}, warn() {}, error() {} };

export const messenger = defineExtensionMessaging<ProtocolMap>({ logger: silent });
export const { sendMessage, onMessage } = messenger;
