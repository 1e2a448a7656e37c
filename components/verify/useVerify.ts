// Verify panel state: status from the background (polled while a run is on), and the actions the panel sends.
import { useCallback, useEffect, useRef, useState } from 'react';
import { browser } from 'wxt/browser';
import { taskById } from '../../utils/guide';
import type { TaskId } from '../../utils/guide/schema';
import { sendMessage } from '../../utils/messaging/protocol';
import { runSummary } from './summary';
import type { KeepCredentials, VerifyReply, VerifyStatus } from '../../utils/verify/messages';

const POLL_MS = 300;

export interface VerifyApi {
  status: VerifyStatus | null;
  /** A plain sentence for the live region (errors included). */
  message: { text: string; kind: 'ok' | 'error' } | null;
  busy: boolean;
  keep(creds: KeepCredentials): Promise<boolean>;
  verify(taskId?: TaskId): Promise<void>;
  undo(taskId: TaskId): Promise<void>;
  forgetParent(): Promise<void>;
  report(): Promise<string | null>;
  /** Puts a sentence of the panel's own in the live region (a typed key it refused before sending). */
  say(text: string, kind: 'ok' | 'error'): void;
}

const failed = (r: VerifyReply) => (r.ok ? null : r.message);

export function useVerify(): VerifyApi {
  const [status, setStatus] = useState<VerifyStatus | null>(null);
  const [message, setMessage] = useState<VerifyApi['message']>(null);
  const [busy, setBusy] = useState(false);
  const polling = useRef<ReturnType<typeof setInterval> | undefined>(undefined);
  const generation = useRef(0);

  const refresh = useCallback(async () => {
    const mine = generation.current;
    try {
      const next = await sendMessage('verify.status', undefined);
      if (mine === generation.current) setStatus(next);
    } catch {
      setMessage({ text: 'The extension background did not answer; close and reopen the panel.', kind: 'error' });
    }
  }, []);

  useEffect(() => {
    let alive = true;
    sendMessage('verify.status', undefined).then(
      (st) => alive && setStatus(st),
      () => alive && setMessage({ text: 'The extension background did not answer; close and reopen the panel.', kind: 'error' }),
    );
    // Keys kept or forgotten anywhere (a console page, the Kept credentials section) and another onboarding
    // opened change what Verify can do: ask again, so the fields and the disabled reason are never stale.
    const onChanged = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => {
      if ((area === 'session' && 'engageVault' in changes) || (area === 'local' && 'progress' in changes)) {
        if (alive) void refresh();
      }
      // The last run's summary was about the onboarding that was open; it does not carry over to another.
      const p = area === 'local' ? changes.progress : undefined;
      const idOf = (v: unknown) => (v as { activeId?: unknown } | undefined)?.activeId;
      if (p && idOf(p.oldValue) !== idOf(p.newValue)) setMessage(null);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      alive = false;
      clearInterval(polling.current);
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, [refresh]);

  const keep = useCallback(
    async (creds: KeepCredentials) => {
      const why = failed(await sendMessage('verify.keepCredentials', creds));
      setMessage(why ? { text: why, kind: 'error' } : { text: 'Kept for this browser session.', kind: 'ok' });
      await refresh();
      return !why;
    },
    [refresh],
  );

  const verify = useCallback(
    async (taskId?: TaskId) => {
      setBusy(true);
      setMessage({ text: taskId ? `Checking “${taskById(taskId).title}”…` : 'Checking everything that has credentials…', kind: 'ok' });
      // The run resolves at its end; meanwhile the polled status shows progress and rate-limit waits.
      polling.current = setInterval(() => void refresh(), POLL_MS);
      try {
        const after = await sendMessage('verify.run', { taskId });
        clearInterval(polling.current);
        // A poll still in flight must not put an older status over this one.
        generation.current++;
        setStatus(after);
        setMessage(runSummary(after.run));
      } catch {
        clearInterval(polling.current);
        setMessage({ text: 'The check was interrupted (the extension restarted?). Press Verify again.', kind: 'error' });
        await refresh();
      } finally {
        setBusy(false);
      }
    },
    [refresh],
  );

  const undo = useCallback(
    async (taskId: TaskId) => {
      const why = failed(await sendMessage('verify.undo', { taskId }));
      setMessage(why ? { text: why, kind: 'error' } : { text: `Undone: “${taskById(taskId).title}” is back as it was.`, kind: 'ok' });
      await refresh();
    },
    [refresh],
  );

  const forgetParent = useCallback(async () => {
    await sendMessage('verify.forgetParent', undefined);
    setMessage({ text: 'The parent key is forgotten.', kind: 'ok' });
    await refresh();
  }, [refresh]);

  const report = useCallback(async () => {
    const r = await sendMessage('verify.report', undefined);
    if (r.ok) return r.markdown;
    setMessage({ text: r.message, kind: 'error' });
    return null;
  }, []);

  const say = useCallback((text: string, kind: 'ok' | 'error') => setMessage({ text, kind }), []);

  return { status, message, busy, keep, verify, undo, forgetParent, report, say };
}
