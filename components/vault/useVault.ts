// The side panel's view of the vault: a masked listing kept fresh, and the explicit actions (reveal, copy, forget…).
import { useCallback, useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { sendMessage } from '../../utils/messaging/protocol';
import { CLEAR_AFTER_MS, clearWithNavigatorLater, digestOf } from '../../utils/vault/clipboard';
import { clipboardReadAllowed, COPIED_NOT_CLEARED } from '../../utils/vault/permission';
import type { SimpleReply, VaultListing } from '../../utils/vault/messages';
import type { CredentialName } from '../../utils/vault/store';

export interface VaultView {
  listing: VaultListing | null;
  /** The last action's outcome, for a polite live region. */
  status: string;
  reveal(name: CredentialName): Promise<string | undefined>;
  copy(name: CredentialName): Promise<void>;
  forget(name: CredentialName): Promise<void>;
  forgetAll(): Promise<void>;
  resolve(name: CredentialName, keep: 'new' | 'old'): Promise<void>;
  setTtl(minutes: number): Promise<void>;
  fillActiveTab(): Promise<void>;
}

const say = (r: SimpleReply, ok: string) => (r.ok ? ok : r.message);

export function useVault(): VaultView {
  const [listing, setListing] = useState<VaultListing | null>(null);
  const [status, setStatus] = useState('');
  const asked = useRef(0);
  // Keeps made in quick succession (SID, key SID, secret) each trigger a read; answers can come back out of
  // order, so only the latest read's listing is shown — an older one would hide the value just kept.
  const refresh = useCallback(() => {
    const mine = ++asked.current;
    void sendMessage('vault.list', undefined).then(
      (l) => mine === asked.current && setListing(l),
      () => setStatus('The vault could not be read.'),
    );
  }, []);

  useEffect(() => {
    refresh();
    // The panel is a trusted context: it may watch the session area (the listing it asks for is masked).
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'session' && 'engageVault' in changes) refresh();
      if (area === 'local' && 'engageVaultSettings' in changes) refresh();
      // Another onboarding opened: its own vault is listed.
      if (area === 'local' && 'progress' in changes) refresh();
    };
    browser.storage.onChanged.addListener(onChanged);
    // Expiry happens without a storage write until the next read: look again each minute.
    const timer = setInterval(refresh, 60_000);
    return () => {
      browser.storage.onChanged.removeListener(onChanged);
      clearInterval(timer);
    };
  }, [refresh]);

  const reveal = useCallback(async (name: CredentialName) => {
    const r = await sendMessage('vault.reveal', { name });
    if (!r.ok) setStatus(r.message);
    return r.ok ? r.value : undefined;
  }, []);

  const copy = useCallback(async (name: CredentialName) => {
    const r = await sendMessage('vault.reveal', { name });
    if (!r.ok) return setStatus(r.message);
    await navigator.clipboard.writeText(r.value);
    // Clearing first checks the clipboard still holds this value: a read, which needs the optional permission.
    if (!(await clipboardReadAllowed())) return setStatus(COPIED_NOT_CLEARED);
    const digest = await digestOf(r.value);
    // Chrome: an offscreen document clears it; Firefox: the persistent background page (both outlive
    // this panel). Should neither be available, this panel does it while it stays open.
    const scheduled = await sendMessage('vault.clearClipboard', { digest, afterMs: CLEAR_AFTER_MS });
    if (!scheduled.ok) clearWithNavigatorLater(digest, CLEAR_AFTER_MS);
    setStatus('Copied. The clipboard is cleared in 60 seconds if it still holds this value.');
  }, []);

  const act = useCallback(async (p: Promise<SimpleReply>, ok: string) => {
    setStatus(say(await p, ok));
    refresh();
  }, [refresh]);

  return {
    listing,
    status,
    reveal,
    copy,
    forget: (name) => act(sendMessage('vault.forget', { name }), 'Forgotten.'),
    forgetAll: () => act(sendMessage('vault.forgetAll', undefined), 'Every kept value is forgotten.'),
    resolve: (name, keep) => act(sendMessage('vault.resolve', { name, keep }), keep === 'new' ? 'Kept the new value.' : 'Kept the earlier value.'),
    setTtl: (minutes) =>
      // The store gives each value its time as it is kept: a new duration does not move the times already shown.
      act(sendMessage('vault.setTtl', { minutes }), `Values kept from now on are kept for ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}; values already kept are forgotten at the time shown beside each.`),
    fillActiveTab: () => act(sendMessage('vault.fillActiveTab', undefined), 'Filled the highlighted field.'),
  };
}
