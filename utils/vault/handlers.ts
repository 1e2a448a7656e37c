// The vault's message handlers (background): parse, gate, then act. Guide facts and rules are injected.
import { browser } from 'wxt/browser';
import type { Region, TaskId, ValueName } from '../guide/schema';
import { handle } from '../messaging/handle';
import { refused, sendMessage } from '../messaging/protocol';
import type { Sender } from '../messaging/senders';
import { checkCapture, checkFill, checkKeyRow, type GuideFacts } from './gate';
import { OLD_ID_DROPPED } from './keyid';
import { checkKeyIdFits, keptKeyRow } from './pair';
import { judgeCapture, type CaptureRules } from './judge';
import { VALUE_LABELS, mask } from './labels';
import {
  CaptureRequestSchema,
  ClipboardClearSchema,
  FillRequestSchema,
  KeyRowRequestSchema,
  NameRequestSchema,
  ResolveRequestSchema,
  TtlRequestSchema,
  type CaptureReply,
  type FillReply,
  type FillRequest,
  type KeyRowReply,
  type SimpleReply,
  type VaultItem,
} from './messages';
import {
  forgetAll,
  forgetSecret,
  getTtlMinutes,
  hasExpired,
  lockSessionStorage,
  nextExpiry,
  offerSecret,
  purgeExpired,
  readEntry,
  readVault,
  resolvePending,
  setTtlMinutes,
  type CredentialName,
} from './store';
import type { CapturePlan } from './wire';
import { CLIPBOARD_NOT_ALLOWED } from './permission';
import { scopeOfSender } from '../progress/pageScope';

/** What the vault needs from the rest of the extension (guide data, rules, progress). */
export interface VaultDeps extends CaptureRules {
  facts: GuideFacts;
  region(): Promise<Region>;
  /** Title of the task that produces a value, to point the person back to it. */
  producerTitle(name: ValueName): string | undefined;
  /** What this frame's locator highlights (the guidance's page status); fills go only there. */
  guidedTarget?(tabId: number, frameId: number): Promise<{ taskId: TaskId; targetKey?: string; found: boolean } | undefined>;
  /** Clear the clipboard later where it is reachable (Chrome: an offscreen document); false if it cannot. */
  clearClipboardLater?(req: { digest: string; afterMs: number }): Promise<boolean>;
  /** Chrome only: what a console's copy button put on the clipboard (for `via: 'clipboard'` captures). */
  readClipboard?(): Promise<string | undefined>;
  /** False while the optional clipboardRead permission is not granted (the side panel asks for it). */
  clipboardAllowed?(): Promise<boolean>;
  /** Where content scripts look for values to capture (see wire.ts); none when absent. */
  capturePlan?(): CapturePlan;
}

const PURGE_ALARM = 'engage-vault-purge';

/** A console's name as a person knows it, from one of its hosts (Twilio's shell, its new console and its framed wizard are one console). */
function consoleName(host: string): string {
  if (host === 'twilio.com' || host.endsWith('.twilio.com')) return 'Twilio’s console';
  if (host.endsWith('.sendgrid.com')) return 'SendGrid';
  return host;
}

/** The consoles a value goes to, for this onboarding, by name: only its own region's Segment host. */
function hostList(origins: string[], region: Region): string {
  const otherSegment = region === 'eu' ? 'https://app.segment.com' : 'https://eu1.app.segment.com';
  const names = origins.filter((o) => o !== otherSegment).map((o) => consoleName(o.replace(/^https?:\/\//, '')));
  return [...new Set(names)].join(' or ') || 'no console';
}

/**
 * Background chores whose failure leaves every value safe (expiry is enforced on every read, and Chrome's
 * session storage is trusted-contexts-only by default): noted by the error's kind, never its text, and
 * never left as an unhandled rejection.
 */
function chore(what: string, work: Promise<unknown>): Promise<void> {
  return work.then(
    () => undefined,
    (err: unknown) => console.warn(`Engage Copilot vault: ${what} failed (${err instanceof Error ? err.name : 'unknown error'}).`),
  );
}

/** Expiry is enforced on every read; the alarm also removes values nobody reads again. */
function schedulePurge(): Promise<void> {
  return chore('scheduling the expiry alarm', (async () => {
    const when = await nextExpiry();
    if (!browser.alarms) return;
    if (when === undefined) await browser.alarms.clear(PURGE_ALARM);
    else await browser.alarms.create(PURGE_ALARM, { when: Math.max(when, Date.now() + 1000) });
  })());
}

const purgeNow = () => chore('removing expired values', purgeExpired()).then(schedulePurge);

export async function handleCapture(deps: VaultDeps, extensionId: string, sender: Sender, data: unknown): Promise<CaptureReply> {
  const req = CaptureRequestSchema.safeParse(data);
  if (!req.success) return refused('Not kept: the request was malformed.');
  const gate = checkCapture(deps.facts, extensionId, sender, req.data);
  if (!gate.ok) return gate;
  // A value shown on a page that counts for another onboarding is not kept for the open one.
  const scope = await scopeOfSender(sender);
  if (!scope.counts) return refused(`Not kept: ${scope.why}`);
  const { name, taskId } = req.data;
  if (req.data.via === 'clipboard' && deps.clipboardAllowed && !(await deps.clipboardAllowed())) return refused(CLIPBOARD_NOT_ALLOWED);
  const value = req.data.via === 'clipboard' ? await deps.readClipboard?.().catch(() => undefined) : req.data.value;
  if (!value) return refused('Not kept: Engage Copilot could not read what was copied. Paste it into the field instead.');
  // A copy control that shows the value itself (SendGrid's key button): the clipboard must hold what it shows,
  // or a script on the page replaced it during the person's click.
  const shown = req.data.via === 'clipboard' ? req.data.shown?.trim() : undefined;
  if (shown && deps.recognizeValue(shown) === name && value.trim() !== shown) {
    return refused('Not kept: the clipboard does not hold what the copy button shows; the page may have changed it. Click the copy button again.');
  }
  const judged = judgeCapture(deps, req.data.via, name, value, await deps.region());
  if (!judged.ok) return judged;
  // An API Key ID goes to Segment beside the kept key: one of another key is refused, whatever the page showed.
  const fits = await checkKeyIdFits(name, judged.value);
  if (!fits.ok) return fits;
  const offered = await offerSecret(name, judged.value, { origin: gate.origin, taskId });
  if (!offered.ok) return offered;
  await schedulePurge();
  const label = VALUE_LABELS[name];
  if (offered.outcome === 'conflict') {
    return { ok: true, outcome: 'conflict', message: `You already kept a different ${label}. Choose which one to keep in the side panel.` };
  }
  const minutes = await getTtlMinutes();
  const where = hostList(deps.facts.destinationOrigins(name), await deps.region());
  const dropped = offered.dropped ? ` ${OLD_ID_DROPPED}` : '';
  return { ok: true, outcome: offered.outcome, message: `Kept the ${label} for ${where}, for ${minutes} minutes.${dropped}` };
}

/** Which of the API Key IDs a page lists belongs to the kept key (an index into the page's own list, never a value). */
export async function handleKeyRow(deps: VaultDeps, extensionId: string, sender: Sender, data: unknown): Promise<KeyRowReply> {
  const req = KeyRowRequestSchema.safeParse(data);
  if (!req.success) return refused('Refused: the request was malformed.');
  const gate = checkKeyRow(deps.facts, extensionId, sender, { ...req.data, name: 'sendgrid.apiKeyId' });
  if (!gate.ok) return gate;
  const scope = await scopeOfSender(sender);
  if (!scope.counts) return refused(`Refused: ${scope.why}`);
  return { ok: true, ...(await keptKeyRow(req.data.ids)) };
}

/** Guide data, no secret: our own content scripts get it (SENDERS) so they need not bundle the guide. */
export function handleCapturePlan(deps: VaultDeps): CapturePlan {
  return deps.capturePlan ? deps.capturePlan() : { targets: [], keepFor: {} };
}

/** The gate, then the value; "expired" and "missing" point back to the step that shows the value. */
export async function handleFill(deps: VaultDeps, extensionId: string, sender: Sender, data: unknown): Promise<FillReply> {
  const req = FillRequestSchema.safeParse(data);
  if (!req.success) return { ok: false, code: 'refused', message: 'Refused: the request was malformed.' };
  const viaPanel = takeNonce(req.data.panelNonce, sender.tab?.id);
  const reply = await fillAfterGate(deps, extensionId, sender, { ...req.data, trusted: req.data.trusted || viaPanel });
  if (viaPanel && req.data.panelNonce) {
    const entry = panelNonces.get(req.data.panelNonce);
    // The panel learns only whether it worked, never the value.
    if (entry) entry.result = reply.ok ? { ok: true, value: '' } : reply;
  }
  return reply;
}

async function fillAfterGate(deps: VaultDeps, extensionId: string, sender: Sender, req: FillRequest): Promise<FillReply> {
  const gate = checkFill(deps.facts, extensionId, sender, req);
  if (!gate.ok) return { ok: false, code: 'refused', message: gate.message };
  // The locator, not the page, decides what is highlighted: the frame's own status must name this
  // task and this target, found on the page.
  if (deps.guidedTarget && sender.tab?.id !== undefined) {
    const guided = await deps.guidedTarget(sender.tab.id, sender.frameId ?? 0);
    if (!guided || guided.taskId !== req.taskId || guided.targetKey !== req.targetKey || !guided.found) {
      return { ok: false, code: 'refused', message: 'Refused: Engage Copilot is not highlighting that field on this page.' };
    }
  }
  const name = gate.name;
  const entry = await readEntry(name);
  const label = VALUE_LABELS[name];
  const back = deps.producerTitle(name);
  // The producing task may be ticked already (done by hand, or before the value was kept): say where, not "go back".
  const where = back ? `where “${back}” shows it (that step may be done already)` : 'where the console shows it';
  const orType = 'or type it into this field yourself.';
  if (!entry) {
    if (await hasExpired(name)) {
      return { ok: false, code: 'expired', message: `The ${label} you kept has expired. Keep it again ${where}, ${orType}` };
    }
    return { ok: false, code: 'missing', message: `No ${label} is kept yet. Keep it ${where}, ${orType}` };
  }
  return { ok: true, value: entry.value };
}

/** What the side panel lists: each kept value masked, where it came from and where it may go. */
export async function listing(deps: VaultDeps): Promise<{ items: VaultItem[]; ttlMinutes: number }> {
  const vault = await readVault();
  const names = new Set([...Object.keys(vault.entries), ...Object.keys(vault.pending)] as CredentialName[]);
  const items: VaultItem[] = [];
  for (const name of names) {
    const entry = vault.entries[name];
    const pending = vault.pending[name];
    const base = entry ?? pending;
    if (!base) continue;
    items.push({
      name,
      label: VALUE_LABELS[name],
      masked: entry ? mask(name, entry.value) : '',
      origin: base.origin,
      // A capture on a page always names its task; a key typed in the panel does not.
      ...(base.taskId === undefined ? { typed: true } : {}),
      destinations: name === 'sendgrid.parentApiKey' ? [] : deps.facts.destinationOrigins(name),
      keptAt: base.keptAt,
      expiresAt: base.expiresAt,
      ...(pending && entry ? { pending: { masked: mask(name, pending.value), origin: pending.origin, keptAt: pending.keptAt } } : {}),
    });
  }
  return { items, ttlMinutes: await getTtlMinutes() };
}

/** Registers every vault message and the purge alarm. Call once from the background's start-up. */
export function registerVault(deps: VaultDeps): void {
  void chore('restricting session storage to trusted contexts', lockSessionStorage());
  const id = browser.runtime.id;
  // Senders are checked by `handle` against SENDERS (content scripts: capture plan, capture, fill; the rest
  // is the side panel's); the gate then checks the frame, the page and the destination.
  handle('vault.capturePlan', () => handleCapturePlan(deps));
  handle('vault.capture', ({ sender, data }) => handleCapture(deps, id, sender, data));
  handle('vault.fill', ({ sender, data }) => handleFill(deps, id, sender, data));
  handle('vault.list', () => listing(deps));
  handle('vault.reveal', async ({ data }) => {
    const entry = await readEntry(data.name);
    return entry ? { ok: true as const, value: entry.value } : refused('Nothing is kept under that name (it may have expired).');
  }, NameRequestSchema);
  handle('vault.resolve', ({ data }) => resolvePending(data.name, data.keep), ResolveRequestSchema);
  handle('vault.keyRow', ({ sender, data }) => handleKeyRow(deps, id, sender, data));
  handle('vault.forget', async ({ data }) => {
    await forgetSecret(data.name);
    await schedulePurge();
    return { ok: true as const };
  }, NameRequestSchema);
  handle('vault.forgetAll', async () => {
    await forgetAll();
    await schedulePurge();
    return { ok: true as const };
  });
  handle('vault.setTtl', ({ data }) => setTtlMinutes(data.minutes), TtlRequestSchema);
  handle('vault.clearClipboard', async ({ data }) => {
    if (!deps.clearClipboardLater) return refused('This browser clears the clipboard from the side panel.');
    const scheduled = await deps.clearClipboardLater(data).catch(() => false);
    return scheduled ? { ok: true as const } : refused('Engage Copilot could not schedule clearing the clipboard; the side panel will clear it while it stays open.');
  }, ClipboardClearSchema);
  handle('vault.fillActiveTab', () => fillActiveTab());

  browser.alarms?.onAlarm.addListener((alarm) => {
    if (alarm.name === PURGE_ALARM) void purgeNow();
  });
  void purgeNow();
}

/**
 * Side-panel Fill. The click in the panel is the person's action; the page does not know about it.
 * The background sends every frame of the active tab a one-time nonce; the frame that highlights a
 * target taking a carried value asks `vault.fill` with it, and that request passes the same gate (real
 * sender, frame rule, destination) as an overlay click. The nonce is bound to the tab, used once, and
 * lives 5 s.
 */
const panelNonces = new Map<string, { tabId: number; expires: number; used: boolean; result?: FillReply }>();

function newNonce(tabId: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  const nonce = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  panelNonces.set(nonce, { tabId, expires: Date.now() + 5000, used: false });
  return nonce;
}

/** Consumes a nonce: valid only once, for its own tab, within its lifetime. */
export function takeNonce(nonce: string | undefined, tabId: number | undefined): boolean {
  if (!nonce) return false;
  const entry = panelNonces.get(nonce);
  if (!entry || entry.used || entry.tabId !== tabId || entry.expires < Date.now()) return false;
  entry.used = true;
  return true;
}

async function fillActiveTab(): Promise<SimpleReply> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (tab?.id === undefined) return refused('There is no active console tab.');
  const nonce = newNonce(tab.id);
  // Sent to all frames; frames without a carried-value highlight ignore it.
  await sendMessage('carry.fillHighlighted', { nonce }, tab.id).catch(() => undefined);
  const deadline = Date.now() + 2000;
  while (Date.now() < deadline) {
    const result = panelNonces.get(nonce)?.result;
    if (result) {
      panelNonces.delete(nonce);
      return result.ok ? { ok: true } : refused(result.message);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  panelNonces.delete(nonce);
  return refused('This tab is not highlighting a field that takes a kept value.');
}
