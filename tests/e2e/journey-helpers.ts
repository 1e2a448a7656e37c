// The whole-journey test's eyes: what the copilot rings and says at a step, whether the callout hides it, screenshots.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { TaskId } from '../../utils/guide/schema.ts';
import { calloutText, highlighted, until } from './guidance-helpers.ts';

export type Where = Page | Frame;

/** Where the screenshots go; printed once so a person can find them. */
export const SHOTS = join(process.cwd(), 'test-results', 'journey');

/** Names of the ringed control, its labels and descriptions that the callout covers (bounding boxes). */
export function covered(where: Where): Promise<string[]> {
  return where.evaluate(() => {
    const callout = document.querySelector('engage-copilot-overlay')?.shadowRoot?.querySelector('.callout') as HTMLElement | null;
    const target = document.querySelector('[data-engage-copilot-task]');
    if (!callout || callout.hidden || !target) return [];
    const box = callout.getBoundingClientRect();
    const own: Element[] = [target, ...Array.from((target as HTMLInputElement).labels ?? [])];
    const wrap = target.closest('label');
    if (wrap) own.push(wrap);
    for (const attr of ['aria-labelledby', 'aria-describedby']) {
      for (const id of (target.getAttribute(attr) ?? '').split(/\s+/)) {
        const e = id ? document.getElementById(id) : null;
        if (e) own.push(e);
      }
    }
    return own.filter((e) => {
      const r = e.getBoundingClientRect();
      // A visually hidden input (1px clip) under its visible label counts through the label.
      if (r.width <= 1 || r.height <= 1) return false;
      return r.left < box.right && r.right > box.left && r.top < box.bottom && r.bottom > box.top;
    }).map((e) => `${e.localName} “${(e.textContent ?? '').trim().slice(0, 40)}”`);
  });
}

/** One journey: numbered screenshots and failures that name the task and step. */
export class Journey {
  private n = 0;
  constructor() {
    rmSync(SHOTS, { recursive: true, force: true });
    mkdirSync(SHOTS, { recursive: true });
  }

  /** Runs one step; a failure says which task and step, and the screenshot of that moment is kept. */
  async step(task: TaskId, step: string, page: Page, fn: () => Promise<void>): Promise<void> {
    try {
      await fn();
    } catch (err) {
      await this.shot(page, `${task}-${step}-FAILED`).catch(() => undefined);
      throw new Error(`${task} › ${step}: ${err instanceof Error ? err.message : String(err)}`, { cause: err });
    }
    await this.shot(page, `${task}-${step}`);
  }

  async shot(page: Page, name: string): Promise<string> {
    const file = join(SHOTS, `${String(++this.n).padStart(3, '0')}-${name.replace(/[^\w.-]+/g, '_')}.png`);
    await page.screenshot({ path: file });
    return file;
  }
}

/**
 * The copilot rings `name` for `task` on `where`, its callout says `says`, nothing on the page says "Couldn't find",
 * and the callout covers neither the control nor its label.
 */
export async function expectGuided(where: Where, top: Page, task: TaskId, name: string | RegExp, says: RegExp): Promise<void> {
  await until(() => highlighted(where), { timeout: 10_000 }).toMatchObject({
    task, name: typeof name === 'string' ? name : expect.stringMatching(name), count: 1,
  });
  await until(() => calloutText(where)).toMatch(new RegExp(says.source, 'i'));
  expect(await calloutText(where)).not.toMatch(/Couldn't find/);
  if (top !== where) expect(await calloutText(top)).not.toMatch(/Couldn't find/);
  await until(() => covered(where)).toEqual([]);
}

/** After its success screen the task never starts over: nothing of it is ringed again, and no alarm shows. */
export async function expectNoRestart(where: Where, task: TaskId): Promise<void> {
  await new Promise((r) => setTimeout(r, 700));
  const h = await highlighted(where);
  expect(h?.task ?? '').not.toBe(task);
  expect(await calloutText(where)).not.toMatch(/Couldn't find/);
}
