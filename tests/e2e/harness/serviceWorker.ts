// Stops the extension's service worker for real (as Chromium does after 30 s idle) and proves it came back fresh.
import type { BrowserContext, CDPSession, Page, Worker } from 'playwright-core';

type RunningStatus = 'stopped' | 'starting' | 'running' | 'stopping';
interface VersionUpdate {
  versionId: string;
  scriptURL: string;
  runningStatus: RunningStatus;
}

/** A stopped worker; `restarted()` resolves once Chromium has started it again in a fresh JS realm. */
export interface StoppedServiceWorker {
  restarted(timeoutMs?: number): Promise<void>;
}

const MARKER = '__engageHarnessMarker';

function waitFor(predicate: () => boolean, onChange: (listener: () => void) => void, timeoutMs: number, what: string) {
  return new Promise<void>((done, fail) => {
    if (predicate()) return done();
    const timer = setTimeout(() => fail(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`)), timeoutMs);
    onChange(() => {
      if (predicate()) {
        clearTimeout(timer);
        done();
      }
    });
  });
}

/**
 * Uses the DevTools ServiceWorker domain from a helper tab: `stopWorker` is what the "Stop" button of
 * chrome://serviceworker-internals does. Playwright keeps the same Worker handle across the restart
 * (Chromium reuses the target), so a marker set before the stop is how we prove the realm is new.
 */
export async function stopServiceWorker(
  context: BrowserContext,
  worker: Worker,
  extensionId: string,
): Promise<StoppedServiceWorker> {
  const prefix = `chrome-extension://${extensionId}/`;
  const token = `stop-${Date.now()}`;
  await worker.evaluate(([key, value]) => Object.assign(globalThis, { [key]: value }), [MARKER, token] as const);

  const helper: Page = await context.newPage();
  const cdp: CDPSession = await context.newCDPSession(helper);
  const status = new Map<string, RunningStatus>();
  const listeners = new Set<() => void>();
  let sawStopped = false;
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }: { versions: VersionUpdate[] }) => {
    for (const v of versions) {
      if (!v.scriptURL.startsWith(prefix)) continue;
      status.set(v.versionId, v.runningStatus);
      if (v.runningStatus === 'stopped') sawStopped = true;
    }
    for (const listener of listeners) listener();
  });
  const onChange = (listener: () => void) => listeners.add(listener);
  const cleanup = async () => {
    await cdp.detach().catch(() => undefined);
    await helper.close().catch(() => undefined);
  };

  try {
    await cdp.send('ServiceWorker.enable');
    await waitFor(() => [...status.values()].includes('running'), onChange, 10_000, 'the service worker to be listed as running');
    for (const [versionId, s] of status) {
      if (s === 'running') await cdp.send('ServiceWorker.stopWorker', { versionId });
    }
    await waitFor(() => sawStopped && ![...status.values()].includes('running'), onChange, 10_000, 'the service worker to stop');
  } catch (error) {
    await cleanup();
    throw error;
  }

  return {
    async restarted(timeoutMs = 15_000) {
      try {
        await waitFor(() => [...status.values()].includes('running'), onChange, timeoutMs, 'the service worker to start again');
        const marker = await worker.evaluate((key) => (globalThis as Record<string, unknown>)[key], MARKER);
        if (marker === token) throw new Error('The service worker still holds state from before the stop: it never stopped.');
      } finally {
        await cleanup();
      }
    },
  };
}
