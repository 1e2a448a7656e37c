// Runs axe-core inside a page (the side panel, a console) and returns its violations, readable in a failure.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
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
  const injected = await page.evaluate(() => 'axe' in window);
  if (!injected) await page.evaluate(`${source}\n;void 0`);
  return page.evaluate(async (selector) => {
    type Result = { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] };
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: Result[] }> } }).axe;
    const root = selector === 'document' ? document : document.querySelector(selector);
    const { violations } = await axe.run(root, { resultTypes: ['violations'] });
    return violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.map(String).join(' ')),
    }));
  }, context);
}

/** One line per violation, for an assertion message. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations.map((v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help} → ${v.nodes.join(', ')}`).join('\n');
}
