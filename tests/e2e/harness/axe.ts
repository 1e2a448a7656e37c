// Runs axe-core inside a page (the side panel, a console) and returns its violations, readable in a failure.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  /** Each failing element: its selector and axe's summary (for contrast: the colours and the ratio). */
  nodes: string[];
}

let axeSource: Promise<string> | undefined;

/**
 * Injects `axe-core/axe.min.js` with `evaluate`, not a <script> tag: extension pages' CSP
 * (`script-src 'self'`) blocks inline scripts, while DevTools evaluation is exempt.
 */
export async function runAxe(page: Page, context: string = 'document'): Promise<AxeViolation[]> {
  axeSource ??= readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  const source = await axeSource;
  // Colour contrast read mid-transition (e.g. just after a colour-scheme switch) is neither colour.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), undefined, {
    timeout: 5_000,
  });
  const injected = await page.evaluate(() => 'axe' in window);
  if (!injected) await page.evaluate(`${source}\n;void 0`);
  return page.evaluate(async (selector) => {
    type Result = { id: string; impact?: string | null; help: string; nodes: { target: unknown[]; failureSummary?: string }[] };
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: Result[] }> } }).axe;
    const root = selector === 'document' ? document : document.querySelector(selector);
    const { violations } = await axe.run(root, { resultTypes: ['violations'] });
    return violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      nodes: v.nodes.map((n) => `${n.target.map(String).join(' ')} [${(n.failureSummary ?? '').replace(/\s+/g, ' ').trim()}]`),
    }));
  }, context);
}

/** One line per violation, for an assertion message. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations.map((v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help} → ${v.nodes.join(', ')}`).join('\n');
}
