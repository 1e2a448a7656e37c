// Side-panel state: renders from the storage watch (so every open panel agrees) and sends changes to the background.
import { useCallback, useEffect, useRef, useState } from 'react';
import { storage } from 'wxt/utils/storage';
import type { TaskId } from '../../utils/guide/schema';
import { sendMessage } from '../../utils/messaging/protocol';
import { NOTICES_KEY, parseNotices, parseProgress, PROGRESS_KEY } from '../../utils/progress/items';
import type { Notice, ProgressAction, ProgressState } from '../../utils/progress/model';
import type { OpenConsoleReply } from '../../utils/progress/tabs';
import type { FirstRead } from './earlyRead';
import { afterPaint } from '../sections';

/** What "Open in console" did, in the words the status line uses. */
const OPENED: Record<Extract<OpenConsoleReply, { ok: true }>['how'], string> = {
  focused: 'Switched to the console tab that was already open.',
  navigated: 'Opened the page in your console tab.',
  opened: 'Opened the console page in a new tab.',
};

export interface Status {
  /** Increases with each status so the live region re-announces a repeated message. */
  id: number;
  text: string;
  kind: 'ok' | 'error';
  /** An action that reverses what was just done (e.g. undo a "mark done"). */
  undo?: ProgressAction;
}

export interface ProgressApi {
  state: ProgressState | null;
  notices: Notice[];
  /** Set when the panel could not reach the background at all. */
  loadError: string | null;
  status: Status | null;
  apply(action: ProgressAction, okText: string, undo?: ProgressAction): Promise<boolean>;
  /** Undoes a completion the console page detected, the way the page-status Undo does, so the page does not mark it again. */
  undoPageDone(taskId: TaskId, okText: string): Promise<boolean>;
  openConsole(taskId: TaskId): Promise<void>;
  retry(): void;
}

/** How long an "ok" status stays: long enough to read (WCAG 2.2.1 asks for at least a few seconds), then it clears. */
export const STATUS_MS = 6000;
export const STATUS_UNDO_MS = 20000;

/** Equal as stored values (both came from storage, so their key order is the stored one). */
function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function why(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** `first`: what the panel's early read found, so the first render already shows the checklist. */
export function useProgress(first: FirstRead | null = null): ProgressApi {
  const [state, setState] = useState<ProgressState | null>(first?.progress ?? null);
  const [notices, setNotices] = useState<Notice[]>(first?.notices ?? []);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [status, setStatusValue] = useState<Status | null>(null);
  const reload = useRef<() => void>(() => undefined);
  /** The first render already showed progress (from the early read). */
  const startedWithState = useRef(Boolean(first?.progress));
  const seq = useRef(0);
  const setStatus = useCallback((s: Omit<Status, 'id'>) => setStatusValue({ ...s, id: ++seq.current }), []);

  // A status says what just happened; it fades once read (an Undo stays longer, an error until the next action).
  useEffect(() => {
    if (!status || status.kind === 'error') return;
    const t = setTimeout(() => setStatusValue((cur) => (cur?.id === status.id ? null : cur)), status.undo ? STATUS_UNDO_MS : STATUS_MS);
    return () => clearTimeout(t);
  }, [status]);

  useEffect(() => {
    let alive = true;
    // The background repairs and migrates; the panel only renders values that pass the schema.
    const fromBackground = async () => {
      try {
        const s = parseProgress(await sendMessage('progress.get', undefined));
        if (!alive) return;
        if (s) {
          // Only fills an empty panel: once a state is shown, the storage watch alone moves it forward, so a
          // reply that raced with another panel's newer write cannot roll the view back.
          setState((prev) => prev ?? s);
          setLoadError(null);
        } else setLoadError('The background sent progress in a shape this panel does not know.');
      } catch (err) {
        if (alive) setLoadError(`Could not reach the extension's background: ${why(err)}.`);
      }
    };
    const accept = (raw: unknown) => {
      const s = parseProgress(raw);
      if (!alive) return;
      if (s) setState(s);
      else void fromBackground();
    };
    let unwatch = () => undefined as void;
    let unwatchNotices = () => undefined as void;
    const connect = () => {
      unwatch = storage.watch<unknown>(PROGRESS_KEY, accept);
      unwatchNotices = storage.watch<unknown>(NOTICES_KEY, (raw) => alive && setNotices(parseNotices(raw)));
      // Read storage once the watches are on (one read for both items): it is at least as new as any change the
      // watches saw before its reply, so it may replace an early read that a write overtook. Always ask the
      // background too, so a pending repair runs.
      storage.getItems([PROGRESS_KEY, NOTICES_KEY]).then(([progressItem, noticesItem]) => {
        if (!alive) return;
        const s = parseProgress(progressItem?.value);
        if (s) setState((prev) => (prev && sameJson(prev, s) ? prev : s));
        const n = parseNotices(noticesItem?.value);
        setNotices((prev) => (sameJson(prev, n) ? prev : n));
      }, () => undefined);
      void fromBackground();
    };
    reload.current = () => void fromBackground();
    // With the early read's progress on screen, connecting waits until it is painted; without it, it starts now.
    const cancel = startedWithState.current ? afterPaint(connect) : (connect(), () => undefined);
    return () => {
      alive = false;
      cancel();
      unwatch();
      unwatchNotices();
    };
  }, []);

  const apply = useCallback(
    async (action: ProgressAction, okText: string, undo?: ProgressAction) => {
      try {
        // The new state arrives through the storage watch (in every open panel), not from this reply.
        const r = await sendMessage('progress.apply', action);
        if (r.ok) setStatus({ text: okText, kind: 'ok', undo });
        else setStatus({ text: r.message, kind: 'error' });
        return r.ok;
      } catch (err) {
        setStatus({ text: `Could not save that change: ${why(err)}. Try again.`, kind: 'error' });
        return false;
      }
    },
    [setStatus],
  );

  const undoPageDone = useCallback(
    async (taskId: TaskId, okText: string) => {
      try {
        const r = await sendMessage('guidance.undoDone', { taskId });
        setStatus(r.ok ? { text: okText, kind: 'ok' } : { text: r.message, kind: 'error' });
        return r.ok;
      } catch (err) {
        setStatus({ text: `Could not undo that: ${why(err)}. Try again.`, kind: 'error' });
        return false;
      }
    },
    [setStatus],
  );

  const openConsole = useCallback(
    async (taskId: TaskId) => {
      try {
        const r = await sendMessage('tabs.openConsole', { taskId });
        if (r.ok) setStatus({ text: OPENED[r.how], kind: 'ok' });
        else setStatus({ text: r.message, kind: 'error' });
      } catch (err) {
        setStatus({ text: `Could not open the console page: ${why(err)}.`, kind: 'error' });
      }
    },
    [setStatus],
  );

  const retry = useCallback(() => reload.current(), []);
  return { state, notices, loadError, status, apply, undoPageDone, openConsole, retry };
}
