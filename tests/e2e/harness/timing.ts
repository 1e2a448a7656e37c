// Measures how long the side panel takes from navigation to its first render (reported, not asserted).
import type { Page } from 'playwright-core';

export interface FirstRender {
  /** Navigation start → the heading is in the DOM and visible, from the page's own clock. */
  headingVisibleMs: number;
  /** Navigation start → `ready` matches (e.g. the checklist with real progress), from the page's clock. */
  readyMs: number | null;
  /** Navigation start → first contentful paint, when Chromium reports it. */
  firstContentfulPaintMs: number | null;
  /** Wall time from `page.goto` to the heading being visible, measured in Node (includes CDP overhead). */
  wallMs: number;
}

/** Resolves with `performance.now()` in the page once `selector` matches a visible element. */
async function pageTimeWhen(page: Page, selector: string, needsText: boolean): Promise<number> {
  const handle = await page.waitForFunction(
    ([sel, text]) => {
      const el = document.querySelector(sel);
      if (!(el instanceof HTMLElement)) return false;
      if (text && (el.offsetParent === null || !el.textContent?.trim())) return false;
      return performance.now();
    },
    [selector, needsText] as const,
    // Polled every animation frame, so the figure is within one frame of the render.
    { polling: 'raf', timeout: 20_000 },
  );
  return (await handle.jsonValue()) as number;
}

/** Opens `url` in `page` and times the first visible heading and, if given, the `ready` selector. */
export async function measureFirstRender(
  page: Page,
  url: string,
  { heading = 'h1', ready }: { heading?: string; ready?: string } = {},
): Promise<FirstRender> {
  const t0 = Date.now();
  await page.goto(url, { waitUntil: 'commit' });
  const headingVisibleMs = await pageTimeWhen(page, heading, true);
  const wallMs = Date.now() - t0;
  const readyMs = ready ? await pageTimeWhen(page, ready, false) : null;
  const firstContentfulPaintMs = await page.evaluate(() => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    return fcp ? fcp.startTime : null;
  });
  return { headingVisibleMs, readyMs, firstContentfulPaintMs, wallMs };
}
