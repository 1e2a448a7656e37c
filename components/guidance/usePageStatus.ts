// The side panel's view of the active tab's page status, and the actions on it (show me the field, forget, undo).
import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { sendMessage } from '../../utils/messaging/protocol';
import type { FrameStatus } from '../../utils/guidance/status';
import type { GuidanceReply } from '../../utils/guidance/wire';
import { afterPaint } from '../sections';

/** The page-status and page-scope reads check with zod: they load after the first screen (docs/performance.md). */
const loadStores = () =>
  import('../../utils/zodConfig').then(() => Promise.all([import('../../utils/guidance/status'), import('../../utils/progress/pageScope')]));

export interface PageStatusView {
  tabId: number | null;
  frame: FrameStatus | undefined;
  /** The onboarding this tab was opened under (SendGrid and Twilio pages count only for it). */
  boundTo: string | undefined;
  /** The last action's outcome, for a polite live region. */
  message: string;
  showMe(): Promise<void>;
  forgetPick(): Promise<void>;
  undoDone(): Promise<void>;
}

async function activeTabId(): Promise<number | null> {
  // The panel's own window; the plain query is the fallback where `currentWindow` is not supported.
  const tabs = await browser.tabs.query({ active: true, currentWindow: true }).catch(() => browser.tabs.query({ active: true }));
  return tabs[0]?.id ?? null;
}

const outcome = (r: GuidanceReply | undefined, ok: string): string =>
  r?.ok ? ok : (r?.message ?? 'The page did not answer; reload it and try again.');

export function usePageStatus(): PageStatusView {
  const [tabId, setTabId] = useState<number | null>(null);
  const [frame, setFrame] = useState<FrameStatus | undefined>();
  const [boundTo, setBoundTo] = useState<string | undefined>();
  const [message, setMessage] = useState('');

  useEffect(() => {
    let alive = true;
    let stop = () => undefined as void;
    const load = () => loadStores().then(([{ bestFrame, pageStatusItem, readPageStatus }, { pageScopeItem, readPageScope }]) => {
      if (!alive) return;
      const refresh = async () => {
        const id = await activeTabId();
        const [status, scope] = await Promise.all([readPageStatus(), readPageScope()]);
        if (!alive) return;
        setTabId(id);
        setFrame(id === null ? undefined : bestFrame(status[String(id)]));
        setBoundTo(id === null ? undefined : scope.tabs[String(id)]);
      };
      void refresh();
      const unwatch = pageStatusItem.watch(() => void refresh());
      const unwatchScope = pageScopeItem.watch(() => void refresh());
      const onTab = () => void refresh();
      browser.tabs.onActivated.addListener(onTab);
      browser.tabs.onUpdated.addListener(onTab);
      stop = () => {
        unwatch();
        unwatchScope();
        browser.tabs.onActivated.removeListener(onTab);
        browser.tabs.onUpdated.removeListener(onTab);
      };
      // A chunk that failed to load leaves the section as it is with no console tab: empty, never an error.
    }, () => undefined);
    // After the first screen is painted: this section is empty until a console tab reports, and its reads need zod.
    const cancel = afterPaint(() => void load());
    return () => {
      alive = false;
      cancel();
      stop();
    };
  }, []);

  const toTab = useCallback(
    async (type: 'guidance.pickField' | 'guidance.forgetPick', ok: string) => {
      if (tabId === null || !frame?.taskId || !frame.targetKey) return;
      const reply = await sendMessage(type, { taskId: frame.taskId, targetKey: frame.targetKey }, tabId).catch(() => undefined);
      setMessage(outcome(reply, ok));
    },
    [tabId, frame],
  );
  return {
    tabId,
    frame,
    boundTo,
    message,
    showMe: () => toTab('guidance.pickField', 'Now click the field on the page once. Esc cancels.'),
    forgetPick: () => toTab('guidance.forgetPick', 'Forgot the field you showed; the copilot looks for it again.'),
    undoDone: async () => {
      const taskId = frame?.doneTaskId ?? frame?.taskId;
      if (!taskId) return;
      const reply = await sendMessage('guidance.undoDone', { taskId }).catch(() => undefined);
      setMessage(outcome(reply, 'Undone: the step is open again.'));
    },
  };
}
