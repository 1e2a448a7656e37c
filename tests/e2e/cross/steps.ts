// Steps the cross-browser flows share: the guidance contract read through the driver, and progress from storage.
import type { Page } from 'playwright-core';
import { calloutText as calloutOf, highlighted as highlightedOf, until, type Highlighted } from '../guidance-helpers.ts';
import type { Driver, DriverFrame, Find } from '../harness/driver.ts';

export { until };

/** guidance-helpers read a page with `evaluate(fn)`; a driver frame runs the same function in either browser. */
const asPage = (frame: DriverFrame) => ({ evaluate: (fn: () => unknown) => frame.run(fn, undefined) }) as unknown as Page;

export const highlighted = (frame: DriverFrame): Promise<Highlighted | null> => highlightedOf(asPage(frame));
export const highlightedName = async (frame: DriverFrame) => (await highlighted(frame))?.name ?? '';
export const calloutText = (frame: DriverFrame) => calloutOf(asPage(frame));

/** The element the copilot highlights. */
export const HIGHLIGHT: Find = { css: '[data-engage-copilot-task]' };
export const button = (name: RegExp): Find => ({ css: 'button, [role="button"], [role="menuitem"]', name });
export const field = (name: RegExp): Find => ({ css: 'input, textarea, select', name });
export const overlayButton = (name: RegExp): Find => ({ css: 'button', name, overlay: true });

/** The active onboarding's record of one task, from storage.local. */
export async function taskState(driver: Driver, taskId: string): Promise<{ status?: string; source?: string; evidence?: string } | undefined> {
  const progress = (await driver.storage()).local.progress as
    | { activeId: string; onboardings: { id: string; tasks: Record<string, { status?: string; source?: string; evidence?: string }> }[] }
    | undefined;
  return progress?.onboardings.find((o) => o.id === progress.activeId)?.tasks[taskId];
}

/** The vault's kept values by name, from storage.session (read in a trusted extension page). */
export async function keptValues(driver: Driver): Promise<Record<string, string>> {
  // One vault per onboarding (keyed by its id); these flows keep values under one onboarding.
  const vaults = ((await driver.storage()).session.engageVault ?? {}) as Record<string, { entries?: Record<string, { value: string }> }>;
  return Object.fromEntries(Object.values(vaults).flatMap((v) => Object.entries(v.entries ?? {})).map(([k, v]) => [k, v.value]));
}

/** The frame of `page` served from `prefix` (Twilio's console frames its legacy pages from www.twilio.com). */
export async function frameAt(page: { frames(): DriverFrame[] }, prefix: string): Promise<DriverFrame> {
  await until(() => page.frames().some((f) => f.url().startsWith(prefix))).toBe(true);
  return page.frames().find((f) => f.url().startsWith(prefix))!;
}

/** Our overlay buttons count a click only after they have been on screen a moment (the click guard's dwell). */
export async function clickOverlay(frame: DriverFrame, name: RegExp): Promise<void> {
  await frame.waitFor(overlayButton(name));
  await new Promise((r) => setTimeout(r, 600));
  await frame.click(overlayButton(name));
}
