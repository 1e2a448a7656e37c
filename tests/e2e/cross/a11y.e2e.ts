// In both browsers: axe-core finds nothing in the side panel, in light and in dark mode.
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { describeViolations, runAxe } from '../harness/axe.ts';
import { lanes, launchDriver, type Driver } from '../harness/driver.ts';

describe.each(lanes())('side panel accessibility in %s', (lane) => {
  const open: Driver[] = [];
  afterAll(async () => {
    await Promise.all(open.map((d) => d.close()));
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe-core violations in ${colorScheme} mode`, async () => {
      const driver = await launchDriver(lane, { colorScheme });
      open.push(driver);
      const panel = await driver.openPanel();
      expect(await panel.run((s) => matchMedia(`(prefers-color-scheme: ${s})`).matches, colorScheme)).toBe(true);
      // runAxe needs only evaluate and waitForFunction, which Playwright's and Puppeteer's pages both have.
      const violations = await runAxe(panel.raw as Page);
      expect(violations, describeViolations(violations)).toEqual([]);
      await panel.close();
    });
  }
});
