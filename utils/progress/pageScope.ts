// Which onboarding a console page counts for: the pure rules are in scope.ts; this is the session item that remembers
// which onboarding each tab belongs to, and the page detections the person undid.
import { z } from 'zod/mini';
import { storage } from 'wxt/utils/storage';
import type { TaskId } from '../guide/schema';
import { withDefault } from './model';
import { readProgress } from './store';
import { createSerial } from '../serial';
import { scopeOf, type Scope } from './scope';

export { scopeOf, segmentSlugs, type Scope } from './scope';

// ── What outlives the service worker: which onboarding each tab belongs to, and the steps the person undid ──

export const PageScopeSchema = z.object({
  /** Tab id → the onboarding open when that tab's page first asked for guidance. */
  tabs: withDefault(z.record(z.string(), z.string()), {}),
  /** `<onboarding id> <task id>`: page-detected "done"s the person undid; the page never re-marks them. */
  undone: withDefault(z.array(z.string()), []),
});
export type PageScope = z.infer<typeof PageScopeSchema>;

/** storage.session: gone with the browser session, like the tabs it describes. */
export const pageScopeItem = storage.defineItem<PageScope>('session:pageScope', { fallback: { tabs: {}, undone: [] }, version: 1 });

export async function readPageScope(): Promise<PageScope> {
  const parsed = PageScopeSchema.safeParse(await pageScopeItem.getValue());
  return parsed.success ? parsed.data : { tabs: {}, undone: [] };
}

// One chain for every write, so two frames asking at once never lose each other's change.
const serial = createSerial();
function update(change: (s: PageScope) => void): Promise<PageScope> {
  return serial(async () => {
    const s = await readPageScope();
    const before = JSON.stringify(s);
    change(s);
    // Every tab in the browser that loads or closes passes here; most change nothing, and a write would wake every
    // listener (panels, console pages) for nothing.
    if (JSON.stringify(s) !== before) await pageScopeItem.setValue(s);
    return s;
  });
}

/** The onboarding a tab belongs to, binding it to `activeId` on its first ask. */
export async function bindTab(tabId: number, activeId: string): Promise<string> {
  const known = (await readPageScope()).tabs[String(tabId)];
  if (known !== undefined) return known;
  const s = await update((all) => void (all.tabs[String(tabId)] ??= activeId));
  return s.tabs[String(tabId)]!;
}

/** A new document (or a closed tab) starts unbound. */
export function unbindTab(tabId: number): Promise<unknown> {
  return update((s) => void delete s.tabs[String(tabId)]);
}

const undoKey = (onboardingId: string, taskId: TaskId) => `${onboardingId} ${taskId}`;

export async function wasUndone(onboardingId: string, taskId: TaskId): Promise<boolean> {
  return (await readPageScope()).undone.includes(undoKey(onboardingId, taskId));
}

export function markUndone(onboardingId: string, taskId: TaskId): Promise<unknown> {
  const key = undoKey(onboardingId, taskId);
  return update((s) => {
    if (!s.undone.includes(key)) s.undone.push(key);
  });
}

/** The scope of a message's sender: its tab's top-level URL (a frame counts as its page) and the tab's onboarding. */
export async function scopeOfSender(sender: { tab?: { id?: number; url?: string }; url?: string }): Promise<Scope> {
  const tabId = sender.tab?.id;
  const bound = tabId === undefined ? undefined : (await readPageScope()).tabs[String(tabId)];
  return scopeOf(sender.tab?.url ?? sender.url ?? '', await readProgress(), bound);
}
