// The DNS section's state: the background's view of this onboarding's records, and the actions on it.
import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { RESOLVER_ORIGINS } from '../../utils/dns/doh';
import type { DnsReply, DnsView } from '../../utils/dns/messages';
import { sendMessage } from '../../utils/messaging/protocol';

type Action = 'capturePage' | 'captureApi' | 'check' | 'forget';
const LOST = 'The extension did not answer; reopen the side panel and try again.';

export function useDns() {
  const [view, setView] = useState<DnsView | null>(null);
  const [busy, setBusy] = useState<Action | 'live' | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    const v = await sendMessage('dns.get').catch(() => null);
    if (v) setView(v);
    else setMessage(LOST);
    return v;
  }, []);
  useEffect(() => {
    sendMessage('dns.get').then(setView, () => setMessage(LOST));
    // Another panel, or the browser's own extension settings, may change the permission.
    const onChange = () => void refresh();
    browser.permissions.onAdded.addListener(onChange);
    browser.permissions.onRemoved.addListener(onChange);
    return () => {
      browser.permissions.onAdded.removeListener(onChange);
      browser.permissions.onRemoved.removeListener(onChange);
    };
  }, [refresh]);

  const run = useCallback(async (action: Action) => {
    setBusy(action);
    setMessage(null);
    const send = { capturePage: () => sendMessage('dns.capturePage'), captureApi: () => sendMessage('dns.captureApi'), check: () => sendMessage('dns.check'), forget: () => sendMessage('dns.forget') }[action];
    const reply: DnsReply = await send().catch(() => ({ ok: false as const, message: LOST }));
    if (reply.view) setView(reply.view);
    if (!reply.ok) setMessage(reply.message);
    setBusy(null);
    return reply.ok;
  }, []);

  /**
   * Turning the live check on asks for the two resolver origins; it must run inside the person's click
   * (permissions.request needs a user gesture), so nothing is awaited before it. Off gives them back.
   */
  const setLive = useCallback(
    async (on: boolean) => {
      setBusy('live');
      setMessage(null);
      const done = on ? browser.permissions.request({ origins: RESOLVER_ORIGINS }) : browser.permissions.remove({ origins: RESOLVER_ORIGINS });
      const changed = await done.catch(() => false);
      const v = await refresh();
      setBusy(null);
      if (on && !changed) setMessage('The browser did not grant access to the two resolvers, so the live check stays off.');
      if (on && changed && v?.capture?.records.length) await run('check');
    },
    [refresh, run],
  );

  return { view, busy, message, run, setLive };
}
