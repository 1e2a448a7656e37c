// Shared steps for the in-console guidance e2e tests: the page contract, the callout, progress and page status.
import type { Frame, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ExtensionBrowser } from './harness/index.ts';

type Where = Page | Frame;

/** expect.poll with room for late fields (300–800 ms) and a busy 2-core machine. */
export function until<T>(fn: () => Promise<T> | T, opts: { timeout?: number } = {}) {
  return expect.poll(fn, { timeout: opts.timeout ?? 8_000, interval: 100 });
}

/** What the console element carrying `data-engage-copilot-task` is, as a person would name it. */
export interface Highlighted {
  task: string;
  state: string | null;
  name: string;
  tag: string;
  /** How many elements carry the attribute (the contract says one). */
  count: number;
  inShadow: boolean;
}

/** The highlighted element, looking into open shadow roots; null when nothing is highlighted. */
export function highlighted(where: Where): Promise<Highlighted | null> {
  return where.evaluate(() => {
    const all: Element[] = [];
    const walk = (root: Document | ShadowRoot) => {
      all.push(...Array.from(root.querySelectorAll('[data-engage-copilot-task]')));
      for (const el of Array.from(root.querySelectorAll('*'))) if (el.shadowRoot && el.localName !== 'engage-copilot-overlay') walk(el.shadowRoot);
    };
    walk(document);
    const el = all[0];
    if (!el) return null;
    const input = el as HTMLInputElement;
    const label = input.labels?.[0]?.textContent ?? el.getAttribute('aria-label') ?? el.textContent ?? '';
    return {
      task: el.getAttribute('data-engage-copilot-task') ?? '',
      state: el.getAttribute('data-engage-copilot-state'),
      name: label.replace(/\s+/g, ' ').trim(),
      tag: el.localName,
      count: all.length,
      inShadow: el.getRootNode() !== document,
    };
  });
}

/** The highlighted element's name, '' while nothing is highlighted (for polling). */
export async function highlightedName(where: Where): Promise<string> {
  return (await highlighted(where))?.name ?? '';
}

/** The text of our overlay (ring, callout, banners), read through its open shadow root. */
export function calloutText(where: Where): Promise<string> {
  return where.evaluate(() => {
    const root = document.querySelector('engage-copilot-overlay')?.shadowRoot;
    const parts = Array.from(root?.querySelectorAll('.callout,.missing,.banner') ?? []).filter((e) => !(e as HTMLElement).hidden);
    return parts.map((e) => e.textContent ?? '').join(' | ');
  });
}

/** Type like a person: select what is there, then type (the console's React form sees each key). */
export async function typeInto(where: Where, selector: string, text: string): Promise<void> {
  const field = where.locator(selector).first();
  await field.click();
  await field.press('ControlOrMeta+a');
  await field.press('Backspace');
  await field.pressSequentially(text, { delay: 5 });
}

/** Send one progress action through the extension's own message protocol, as the side panel does. */
export async function applyProgress(browser: ExtensionBrowser, action: object): Promise<void> {
  const panel = await browser.openSidePanel();
  await panel.evaluate(async (data) => {
    const rt = (globalThis as unknown as { chrome: { runtime: { sendMessage(m: object): Promise<unknown> } } }).chrome.runtime;
    await rt.sendMessage({ id: Math.floor(Math.random() * 1e6), type: 'progress.apply', data, timestamp: Date.now() });
  }, action);
  await panel.close();
}

/** The active onboarding's state of one task, read from storage in the service worker. */
export async function taskState(browser: ExtensionBrowser, taskId: string): Promise<{ status?: string; source?: string; evidence?: string } | undefined> {
  const worker = await browser.serviceWorker();
  return worker.evaluate(async (id) => {
    const store = (globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.local;
    const p = (await store.get('progress')).progress as { activeId: string; onboardings: Array<{ id: string; tasks: Record<string, object> }> } | undefined;
    return p?.onboardings.find((o) => o.id === p.activeId)?.tasks[id] as { status?: string } | undefined;
  }, taskId);
}

/** The page status the side panel reads (`session:pageStatus`), for all tabs. */
export async function pageStatus(browser: ExtensionBrowser): Promise<string> {
  const worker = await browser.serviceWorker();
  return worker.evaluate(async () => {
    const s = (globalThis as unknown as { chrome: { storage: { session: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome.storage.session;
    return JSON.stringify((await s.get('pageStatus')).pageStatus ?? {});
  });
}
