// Measures how long the side panel takes from navigation to its first useful render (reported, not asserted).
import type { Page } from 'playwright-core';

export interface FirstRender {
  /** Navigation start → the heading is in the DOM and visible, from the page's own clock. */
  headingVisibleMs: number;
  /** Navigation start → first contentful paint, when Chromium reports it. */
  firstContentfulPaintMs: number | null;
  /** Wall time from `page.goto` to the heading being visible, measured in Node (includes CDP overhead). */
  wallMs: number;
}

/**
 * Opens `url` in `page` and waits for the first visible `h1`/`h2`. The page-side clock is read in a
 * requestAnimationFrame-polled wait, so the figure is within one frame of the render.
 */
export async function measureFirstRender(page: Page, url: string, heading = 'h1, h2'): Promise<FirstRender> {
  const t0 = Date.now();
  await page.goto(url, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(
    (selector) => {
      const el = document.querySelector(selector);
      if (!el || !(el instanceof HTMLElement) || el.offsetParent === null || !el.textContent?.trim()) return false;
      performance.mark('engage:first-render');
      return performance.now();
    },
    heading,
    { polling: 'raf', timeout: 20_000 },
  );
  const headingVisibleMs = (await handle.jsonValue()) as number;
  const wallMs = Date.now() - t0;
  const firstContentfulPaintMs = await page.evaluate(() => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    return fcp ? fcp.startTime : null;
  });
  return { headingVisibleMs, firstContentfulPaintMs, wallMs };
}
