// Clipboard work for the vault: clear a copied secret after 60 s if still there; read what a console's copy button copied.
// Chrome's service worker has no clipboard, so it runs in an offscreen document (reason CLIPBOARD).
import { browser } from 'wxt/browser';
import { handle } from '../messaging/handle';
import { sendMessage } from '../messaging/protocol';
import { ClipboardClearSchema } from './messages';

export const CLEAR_AFTER_MS = 60_000;
const OFFSCREEN_PATH = '/offscreen.html';

/** SHA-256 hex of a text: the clearing side compares digests and never needs the copied value. */
export async function digestOf(text: string): Promise<string> {
  const hash = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(hash)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

type OffscreenApi = {
  createDocument(o: { url: string; reasons: string[]; justification: string }): Promise<void>;
  hasDocument?(): Promise<boolean>;
};

let creating: Promise<boolean> | undefined;
/** One offscreen document at a time (Chrome allows one per extension). False when there is none to talk to. */
async function ensureOffscreen(): Promise<boolean> {
  const offscreen = (browser as unknown as { offscreen?: OffscreenApi }).offscreen;
  if (!offscreen) return false;
  if (await offscreen.hasDocument?.().catch(() => false)) return true;
  creating ??= offscreen
    .createDocument({
      url: OFFSCREEN_PATH,
      reasons: ['CLIPBOARD'],
      justification: 'Clear a copied credential from the clipboard after 60 seconds, and read what a console copy button copied.',
    })
    .then(() => true, () => false)
    .finally(() => {
      creating = undefined;
    });
  return creating;
}

/**
 * Background (Chrome): schedule the clearing in the offscreen document, which outlives the service worker.
 * False when it could not be scheduled (no offscreen document), so the side panel clears it itself.
 */
export async function clearClipboardLater(req: { digest: string; afterMs: number }): Promise<boolean> {
  if (!(await ensureOffscreen())) return false;
  const reply = await sendMessage('offscreen.clearClipboard', req).catch(() => undefined);
  return reply?.ok === true;
}

/** Background (Chrome): what the clipboard holds now, or undefined when it cannot be read. */
export async function readClipboard(): Promise<string | undefined> {
  if (!(await ensureOffscreen())) return undefined;
  const reply = await sendMessage('offscreen.readClipboard', undefined).catch(() => undefined);
  return reply?.ok ? reply.text : undefined;
}

/** Offscreen document: paste into a scratch textarea (needs `clipboardRead`). */
function pasteText(doc: Document): string {
  const scratch = doc.getElementById('scratch') as HTMLTextAreaElement;
  scratch.value = '';
  scratch.focus();
  doc.execCommand('paste');
  const text = scratch.value;
  scratch.value = '';
  return text;
}

/** Offscreen document: replace the clipboard with an empty string (a copy event we answer ourselves). */
function emptyClipboard(doc: Document): void {
  const onCopy = (e: ClipboardEvent) => {
    e.clipboardData?.setData('text/plain', '');
    e.preventDefault();
  };
  doc.addEventListener('copy', onCopy, { once: true });
  doc.execCommand('copy');
  doc.removeEventListener('copy', onCopy);
}

/** Clears the clipboard if it still holds the text with this digest (the person may have copied something else since). */
export async function clearIfStill(digest: string, read: () => string, clear: () => void): Promise<boolean> {
  const now = read();
  if (now && (await digestOf(now)) === digest) {
    clear();
    return true;
  }
  return false;
}

/**
 * A context with the async clipboard (Firefox's background page, or the side panel as a last resort):
 * after `afterMs`, clear the clipboard if it still holds the text with this digest.
 */
export function clearWithNavigatorLater(digest: string, afterMs: number): void {
  setTimeout(() => {
    void navigator.clipboard.readText()
      .then((now) => clearIfStill(digest, () => now, () => void navigator.clipboard.writeText('')))
      .catch(() => undefined);
  }, afterMs);
}

/** Offscreen document start-up: answers only our own background (SENDERS). */
export function registerOffscreenClipboard(doc: Document): void {
  handle('offscreen.clearClipboard', ({ data }) => {
    setTimeout(() => void clearIfStill(data.digest, () => pasteText(doc), () => emptyClipboard(doc)), data.afterMs);
    return { ok: true as const };
  }, ClipboardClearSchema);
  handle('offscreen.readClipboard', () => ({ ok: true as const, text: pasteText(doc) }));
}
