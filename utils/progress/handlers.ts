// Background message handlers for progress and "Open in console"; every payload is zod-parsed here or in the store.
import { handle } from '../messaging/handle';
import { activeOnboarding, type ProgressResult } from './model';
import { readProgress, runProgress } from './store';
import { openConsole, OpenConsoleRequestSchema, type OpenConsoleReply } from './tabs';
import { readPageScope, scopeOf } from './pageScope';
import { forgetOnboarding } from '../vault/store';
import { forgetResults } from '../verify/service';
import { forgetRows } from '../guidance/rows-store';

/** A failure anywhere below becomes a message for the panel instead of a rejected promise. */
function explain(err: unknown, doing: string): string {
  const why = err instanceof Error ? err.message : String(err);
  return `Could not ${doing}: ${why}. Try again; if it keeps failing, reload the extension.`;
}

async function apply(action: unknown): Promise<ProgressResult> {
  try {
    // `runProgress` parses the action with zod before anything else.
    const result = await runProgress(action as Parameters<typeof runProgress>[0]);
    // A deleted onboarding takes its kept values, Verify results and remembered rows with it.
    const deleted = result.ok && (action as { type?: unknown }).type === 'deleteOnboarding' ? (action as { onboardingId: string }).onboardingId : undefined;
    if (deleted && !result.state.onboardings.some((o) => o.id === deleted)) await Promise.all([forgetOnboarding(deleted), forgetResults(deleted), forgetRows(deleted)]);
    return result;
  } catch (err) {
    return { ok: false, message: explain(err, 'save your progress'), state: await readProgress() };
  }
}

async function openInConsole(data: unknown): Promise<OpenConsoleReply> {
  const request = OpenConsoleRequestSchema.safeParse(data);
  if (!request.success) return { ok: false, message: 'That task is not in the guide.' };
  try {
    const [state, scope] = await Promise.all([readProgress(), readPageScope()]);
    const othersTab = (tabId: number, url: string) => !scopeOf(url, state, scope.tabs[String(tabId)]).counts;
    return await openConsole(request.data, activeOnboarding(state), othersTab);
  } catch (err) {
    return { ok: false, message: explain(err, 'open the console page') };
  }
}

/**
 * Registers the handlers; returns a function that removes them (tests, hot reload). Only the side panel may
 * read or change progress or open tabs (SENDERS in utils/messaging/protocol.ts); a refused caller of
 * `progress.get` gets a blank state, never the person's onboardings.
 */
export function registerProgressHandlers(): () => void {
  const stops = [
    handle('progress.get', () => readProgress()),
    handle('progress.apply', ({ data }) => apply(data)),
    handle('tabs.openConsole', ({ data }) => openInConsole(data)),
  ];
  return () => stops.forEach((stop) => stop());
}
