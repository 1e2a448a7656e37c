// Who sent a message: the side panel, a console's content script, the offscreen document or the background.
// Zod-free and guide-free: content scripts import it (through handle.ts) and must stay small.
import { browser } from 'wxt/browser';
import type { Platform } from '../guide/schema';

/** The contexts that may talk to each other; anything else (another extension, a web page) has no kind. */
export type SenderKind = 'panel' | 'content' | 'offscreen' | 'background';

/** The parts of `runtime.MessageSender` the policy and the vault's gate read. */
export interface Sender {
  id?: string;
  url?: string;
  origin?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

/** This extension as a message receiver sees it: its id and the origin of its own pages. */
export interface Extension {
  id: string;
  origin: string;
}

/**
 * The origins our content scripts run on, per console (a unit test holds them equal to the match patterns in
 * `entrypoints/*.content.ts`). A content script anywhere else is refused.
 */
export const CONSOLE_ORIGINS: Readonly<Record<Platform, readonly string[]>> = {
  segment: ['https://app.segment.com', 'https://eu1.app.segment.com'],
  sendgrid: ['https://app.sendgrid.com'],
  twilio: ['https://console.twilio.com', 'https://1console.twilio.com', 'https://www.twilio.com'],
};

/** Our extension pages that are not the side panel: the offscreen document, and the background (Chrome's service worker, Firefox's generated page). */
const OFFSCREEN_PATH = '/offscreen.html';
const BACKGROUND_PATHS = ['/background.js', '/_generated_background_page.html', '/background.html'];

export function thisExtension(): Extension {
  return { id: browser.runtime.id, origin: browser.runtime.getURL('/').replace(/\/$/, '') };
}

/** The origin of a URL, or undefined when there is none or it does not parse. */
export function originOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * One of our own extension pages. A content script's `sender.url` is its web page, so it can never pass;
 * the panel opened as a tab (tests, a person with the URL) is still our page, in a tab whose own URL is ours.
 */
export function isExtensionPage(sender: Sender, extensionId: string, extensionOrigin: string): boolean {
  // Prefix, not URL.origin: non-web schemes such as chrome-extension: have an opaque origin in some engines.
  const ours = (url: string | undefined) => (url ?? '').startsWith(`${extensionOrigin}/`);
  return sender.id === extensionId && ours(sender.url) && (sender.tab === undefined || ours(sender.tab.url));
}

/** The console whose content script sent this (by the frame's own origin), if any. */
export function consoleOf(sender: Sender): Platform | undefined {
  const origin = originOf(sender.url);
  return (Object.keys(CONSOLE_ORIGINS) as Platform[]).find((p) => !!origin && CONSOLE_ORIGINS[p].includes(origin));
}

/**
 * The kind of context that sent a message, or undefined for anything that is not ours (another extension,
 * a web page, a content script on a site that is not a console). Our pages are told apart by their path;
 * any page of ours that is neither the offscreen document nor the background counts as the side panel.
 */
export function senderKind(sender: Sender, ext: Extension): SenderKind | undefined {
  if (sender.id !== ext.id) return undefined;
  if (isExtensionPage(sender, ext.id, ext.origin)) {
    if (sender.tab) return 'panel';
    const path = sender.url!.slice(ext.origin.length).split(/[?#]/)[0]!;
    if (path === OFFSCREEN_PATH) return 'offscreen';
    return BACKGROUND_PATHS.includes(path) ? 'background' : 'panel';
  }
  if (typeof sender.tab?.id === 'number' && consoleOf(sender)) return 'content';
  return undefined;
}

/** Who may send one message: the kinds of context, and for content scripts optionally which consoles. */
export interface SenderRule {
  from: readonly SenderKind[];
  consoles?: readonly Platform[];
}

export function mayAsk(rule: SenderRule, sender: Sender, ext: Extension): boolean {
  const kind = senderKind(sender, ext);
  if (!kind || !rule.from.includes(kind)) return false;
  return kind !== 'content' || !rule.consoles || rule.consoles.includes(consoleOf(sender)!);
}
