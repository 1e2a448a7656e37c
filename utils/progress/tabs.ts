// "Open in console": focus a tab already on the task's console page, else open the task's deep link (background only).
import { z } from 'zod';
import { browser } from 'wxt/browser';
import { deepLinkFor, taskById } from '../guide';
import { urlMatches } from '../guide/match';
import { TaskIdSchema } from '../guide/schema';
import type { Onboarding } from './model';
import type { Reply } from '../messaging/protocol';

export const OpenConsoleRequestSchema = z.object({ taskId: TaskIdSchema });
export type OpenConsoleRequest = z.infer<typeof OpenConsoleRequestSchema>;
export type OpenConsoleReply = Reply<{ how: 'focused' | 'opened'; url: string }>;

/**
 * Prefers a tab already on the exact deep link (the right workspace), then any tab on the page's patterns.
 * A tab that counts for another onboarding (`othersTab`) is never focused: a new tab opens instead, so one
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
  const tabs = await browser.tabs.query({});
  const onPage = tabs.filter((t) => t.id !== undefined && t.url && urlMatches(t.url, task.page.matches) && !othersTab(t.id, t.url));
  const tab = onPage.find((t) => t.url!.startsWith(url)) ?? onPage[0];
  if (tab?.id !== undefined) {
    await browser.tabs.update(tab.id, { active: true });
    if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
    return { ok: true, how: 'focused', url: tab.url! };
  }
  await browser.tabs.create({ url, active: true });
  return { ok: true, how: 'opened', url };
}
