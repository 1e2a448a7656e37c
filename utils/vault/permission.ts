// clipboardRead as an optional permission: granted only from the side panel, on the person's click.
import { browser } from 'wxt/browser';

const CLIPBOARD_READ = { permissions: ['clipboardRead' as const] };

/** Whether this build lists clipboardRead as optional (both builds do); were it required, it would always be held. */
export function clipboardReadIsOptional(): boolean {
  try {
    const manifest = browser.runtime.getManifest() as { optional_permissions?: string[] };
    return manifest.optional_permissions?.includes('clipboardRead') ?? false;
  } catch {
    return false; // No manifest to read (a unit test's fake browser): nothing to ask for.
  }
}

export async function clipboardReadAllowed(): Promise<boolean> {
  if (!clipboardReadIsOptional()) return true;
  return browser.permissions.contains({ permissions: [...CLIPBOARD_READ.permissions] }).catch(() => false);
}

/**
 * Must be called synchronously inside a click handler of an extension page (the side panel): browsers grant
 * optional permissions only during a user gesture, and a content script cannot ask at all.
 */
export function requestClipboardRead(): Promise<boolean> {
  return browser.permissions.request({ permissions: [...CLIPBOARD_READ.permissions] }).catch(() => false);
}

/** Calls `onChange` whenever the permission is granted or withdrawn (in this panel, another, or about:addons). */
export function watchClipboardRead(onChange: () => void): () => void {
  const events = [browser.permissions.onAdded, browser.permissions.onRemoved];
  for (const event of events) event.addListener(onChange);
  return () => events.forEach((event) => event.removeListener(onChange));
}

export const CLIPBOARD_NOT_ALLOWED =
  'Not kept: Engage Copilot may not read the clipboard yet. In the Engage Copilot panel, under “Kept credentials”, ' +
  'click “Allow reading copied values”, ' +
  'then click the copy button again. Where the page shows the value itself, you can also select it and press Ctrl+C.';

/** A kept value copied from the panel while clipboardRead is not granted: it cannot be cleared safely later. */
export const COPIED_NOT_CLEARED =
  'Copied. Engage Copilot will not clear it after 60 seconds: it must first check the clipboard still holds this value, ' +
  'and may not read the clipboard yet. Click “Allow reading copied values” in this section, or copy something else over it when you are done.';
