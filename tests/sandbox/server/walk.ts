// Headless `npm start`: visit every task's console page in the sandbox with the extension, one screenshot per task.
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { allTasks, deepLinkFor, taskById } from '../../../utils/guide/index.ts';
import type { TaskId } from '../../../utils/guide/schema.ts';
import type { ExtensionBrowser } from '../../e2e/harness/browser.ts';
import { openPanel } from '../../e2e/harness/sidePanel.ts';
import { FIRST_TARGET_AT } from '../routes.ts';

/** The sandbox's workspace and space slugs (ROUTES.md). */
export const SANDBOX_SLUGS = { workspace: 'acme', space: 'default' } as const;

export interface WalkResult {
  taskId: TaskId;
  url: string;
  /** HTTP status of the console page; null when it was not loaded. */
  status: number | null;
  /** The extension marked a console element for this task (`data-engage-copilot-task`). */
  highlighted: boolean;
  /** With `inspect`: what the marked element reads (accessible name, labels, placeholder, text). */
  highlightedNames?: string[];
  file?: string;
  /** Why this task's screenshot is not a plain console page. */
  note?: string;
}

export function urlFor(taskId: TaskId): string {
  return deepLinkFor(taskById(taskId), SANDBOX_SLUGS);
}

/** One page per console, for a person starting headed. */
export function startPages(): string[] {
  return (['segment.identifiers', 'sendgrid.subuser', 'twilio.account'] as const).map(urlFor);
}

/** What a person reads on the element(s) the extension marked for `taskId`, in any frame. */
async function markedNames(page: Page, taskId: TaskId): Promise<string[]> {
  const read = (frame: Frame) =>
    frame.locator(`[data-engage-copilot-task="${taskId}"]`).evaluateAll((els) =>
      els.flatMap((el) => {
        const input = el as HTMLInputElement;
        const byId = (ids: string | null) => (ids ?? '').split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '');
        return [
          el.getAttribute('aria-label') ?? '', ...byId(el.getAttribute('aria-labelledby')), input.placeholder ?? '',
          ...Array.from(input.labels ?? [], (l) => l.textContent ?? ''), (el as HTMLElement).innerText ?? '',
        ].map((t) => t.trim()).filter(Boolean);
      }),
    ).catch(() => [] as string[]);
  return (await Promise.all(page.frames().map(read))).flat();
}

/** Waits (briefly) for the extension's highlight of `taskId` in any frame; the walk goes on without it. */
async function waitForHighlight(page: Page, taskId: TaskId, timeoutMs: number): Promise<boolean> {
  const selector = `[data-engage-copilot-task="${taskId}"]`;
  const deadline = Date.now() + timeoutMs;
  const inFrame = (frame: Frame) => frame.locator(selector).count().catch(() => 0);
  while (Date.now() < deadline) {
    const counts = await Promise.all(page.frames().map(inFrame));
    if (counts.some((n) => n > 0)) return true;
    await page.waitForTimeout(100);
  }
  return false;
}

/**
 * Screenshots: `sidepanel.png` and `sidepanel-dark.png` (the checklist), then `<task-id>.png` per task: its
 * console page as the extension shows it, or the side panel with the task open when its page is not in the sandbox.
 */
export async function walkGuide(
  browser: ExtensionBrowser,
  dir: string,
  log: (line: string) => void,
  opts: { inspect?: boolean; firstTarget?: boolean } = {},
): Promise<WalkResult[]> {
  const panel = await openPanel(browser);
  await panel.page.setViewportSize({ width: 420, height: 900 });
  await panel.page.screenshot({ path: join(dir, 'sidepanel.png') });
  await panel.page.emulateMedia({ colorScheme: 'dark' });
  // Let the rows' background transition end, or the shot catches a light row behind dark text.
  await panel.page.waitForTimeout(300);
  await panel.page.screenshot({ path: join(dir, 'sidepanel-dark.png') });
  await panel.page.emulateMedia({ colorScheme: 'light' });
  log(`side panel → ${join(dir, 'sidepanel.png')} (and sidepanel-dark.png)`);

  const page = await browser.context.newPage();
  const results: WalkResult[] = [];
  for (const task of allTasks()) {
    const at = opts.firstTarget ? FIRST_TARGET_AT[task.id] : undefined;
    const url = at?.url ?? urlFor(task.id);
    const file = join(dir, `${task.id}.png`);
    const result: WalkResult = { taskId: task.id, url, status: null, highlighted: false };
    try {
      if (!browser.sandbox.hosts.includes(new URL(url).host)) {
        await panel.openTask(task.id);
        // Opening the task scrolls its card into view by a few pixels; the shot starts at the panel's heading.
        await panel.page.evaluate(() => window.scrollTo(0, 0));
        await panel.page.screenshot({ path: file });
        result.note = `its page (${url}) is not a sandbox console: screenshot of the side panel instead`;
      } else {
        const response = await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 15_000 });
        result.status = response?.status() ?? null;
        if (result.status === 503) result.note = 'sandbox console not built';
        else if (result.status !== 200) result.note = `HTTP ${result.status ?? 'no response'}`;
        for (const [label, value] of at?.fill ?? []) await page.getByLabel(label, { exact: true }).fill(value);
        if (at?.click) await page.getByRole('button', { name: at.click, exact: true }).click();
        result.highlighted = await waitForHighlight(page, task.id, 2_500);
        if (opts.inspect && result.highlighted) result.highlightedNames = await markedNames(page, task.id);
        await page.screenshot({ path: file });
      }
      result.file = file;
    } catch (error) {
      result.note = `failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
    }
    results.push(result);
    const mark = result.highlighted ? 'highlighted' : 'no highlight';
    log(`${task.id.padEnd(22)} ${result.status ?? '---'}  ${mark.padEnd(12)} ${result.file ?? '(no screenshot)'}${result.note ? `  — ${result.note}` : ''}`);
  }
  await page.close();
  await panel.page.close();
  return results;
}
