// Background message handlers for progress and "Open in console"; every payload is zod-parsed here or in the store.
import { onMessage } from '../messaging/protocol';
import { activeOnboarding, type ProgressResult } from './model';
import { readProgress, runProgress } from './store';
import { openConsole, OpenConsoleRequestSchema, type OpenConsoleReply } from './tabs';

/** A failure anywhere below becomes a message for the panel instead of a rejected promise. */
function explain(err: unknown, doing: string): string {
  const why = err instanceof Error ? err.message : String(err);
  return `Could not ${doing}: ${why}. Try again; if it keeps failing, reload the extension.`;
}

async function apply(action: unknown): Promise<ProgressResult> {
  try {
    // `runProgress` parses the action with zod before anything else.
    return await runProgress(action as Parameters<typeof runProgress>[0]);
  } catch (err) {
    return { ok: false, message: explain(err, 'save your progress'), state: await readProgress() };
  }
}

async function openInConsole(data: unknown): Promise<OpenConsoleReply> {
  const request = OpenConsoleRequestSchema.safeParse(data);
  if (!request.success) return { ok: false, message: 'That task is not in the guide.' };
  try {
    return await openConsole(request.data, activeOnboarding(await readProgress()));
  } catch (err) {
    return { ok: false, message: explain(err, 'open the console page') };
  }
}

/** Registers the handlers; returns a function that removes them (tests, hot reload). */
export function registerProgressHandlers(): () => void {
  const stops = [
    onMessage('progress.get', () => readProgress()),
    onMessage('progress.apply', ({ data }) => apply(data)),
    onMessage('tabs.openConsole', ({ data }) => openInConsole(data)),
  ];
  return () => stops.forEach((stop) => stop());
}
