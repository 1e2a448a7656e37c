// Every task with targets, derived from the guide: its sandbox page opens and the extension marks its first target.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allTasks, taskById } from '../../utils/guide/index.ts';
import { FIRST_TARGET_AT } from '../sandbox/routes.ts';
import { walkGuide, type WalkResult } from '../sandbox/server/walk.ts';
import { launchBrowser, type ExtensionBrowser } from './harness/index.ts';

const WITH_TARGETS = allTasks().filter((t) => t.targets.length > 0).map((t) => t.id);

describe('every guided task on its sandbox page', () => {
  let browser: ExtensionBrowser;
  let dir: string;
  let results: WalkResult[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'engage-e2e-walk-'));
    browser = await launchBrowser();
    results = await walkGuide(browser, dir, () => {}, { inspect: true, firstTarget: true });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it.each(WITH_TARGETS)('%s: its page answers and its first target is the highlighted element', (taskId) => {
    const result = results.find((r) => r.taskId === taskId);
    const key = FIRST_TARGET_AT[taskId]?.target;
    const first = taskById(taskId).targets.find((t) => !key || t.key === key)!;
    expect(result?.status, `${taskId} at ${result?.url}: ${result?.note ?? ''}`).toBe(200);
    expect(result?.highlighted, `${taskId}: nothing marked data-engage-copilot-task at ${result?.url}`).toBe(true);
    const names = result?.highlightedNames ?? [];
    const hit = first.labels.some((label) => names.some((n) => n.toLowerCase().includes(label.toLowerCase())));
    expect(hit, `${taskId}: marked element reads ${JSON.stringify(names)}, want one of ${JSON.stringify(first.labels)}`).toBe(true);
  });
});
