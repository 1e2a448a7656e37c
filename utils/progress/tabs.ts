// "Open in console": focus a tab already on the task's console page, else open the task's deep link (background only).
import { z } from 'zod';
import { browser } from 'wxt/browser';
import { deepLinkFor, taskById } from '../guide';
import { urlMatches } from '../guide/match';
import { TaskIdSchema } from '../guide/schema';
import type { Onboarding } from './model';
import type { Reply } from '../messaging/protocol';
import { originOf } from '../messaging/senders';

export const OpenConsoleRequestSchema = z.object({ taskId: TaskIdSchema });
export type OpenConsoleRequest = z.infer<typeof OpenConsoleRequestSchema>;
/** `focused`: a tab already on the page; `navigated`: this onboarding's tab on the same console, sent there; `opened`: a new tab. */
export type OpenConsoleReply = Reply<{ how: 'focused' | 'navigated' | 'opened'; url: string }>;

/**
 * Prefers a tab already on the exact deep link (the right workspace), then any tab on the page's patterns, then
 * this onboarding's tab on the same console (one tab per console, as the guide works: it is sent to the page),
 * and only then a new tab. A tab that counts for another onboarding (`othersTab`) is never used: one
 * onboarding's page is not re-bound to another (it goes on counting for the onboarding it was opened under).
 * The URL comes from the guide data, never from the message, so a panel cannot open arbitrary pages.
 */
export async function openConsole(
  request: OpenConsoleRequest,
  onboarding: Onboarding,
  othersTab: (tabId: number, url: string) => boolean = () => false,
): Promise<OpenConsoleReply> {
  const task = taskById(request.taskId);
  const url = deepLinkFor(task, { workspace: onboarding.workspace, space: onboarding.space, region: onboarding.region });
  const tabs = (await browser.tabs.query({})).filter((t) => t.id !== undefined && t.url && !othersTab(t.id, t.url));
  const onPage = tabs.filter((t) => urlMatches(t.url!, task.page.matches));
  const tab = onPage.find((t) => t.url!.startsWith(url)) ?? onPage[0];
  const focus = async (t: { id?: number; windowId?: number }, to?: string) => {
    await browser.tabs.update(t.id!, to ? { url: to, active: true } : { active: true });
    if (t.windowId !== undefined) await browser.windows.update(t.windowId, { focused: true });
  };
  if (tab) {
    await focus(tab);
    return { ok: true, how: 'focused', url: tab.url! };
  }
  // The console's tab the person used last (a Segment tab of this workspace only: `othersTab` left out the rest).
  const origin = new URL(url).origin;
  const sameConsole = tabs
    .filter((t) => originOf(t.url!) === origin)
    .sort((a, b) => Number(b.active) - Number(a.active) || (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
  if (sameConsole) {
    await focus(sameConsole, url);
    return { ok: true, how: 'navigated', url };
  }
  await browser.tabs.create({ url, active: true });
  return { ok: true, how: 'opened', url };
}
