// Which onboarding a console page counts for: Segment pages by their workspace/space slugs, SendGrid and Twilio
// pages by the onboarding that was open when the tab loaded. Pure rules plus the session item that remembers tabs.
import { z } from 'zod/mini';

import { storage } from 'wxt/utils/storage';
import type { TaskId } from '../guide/schema';
import { activeOnboarding, withDefault, type Onboarding, type ProgressState } from './model';
import { readProgress } from './store';
import { createSerial } from '../serial';

const SEGMENT_HOSTS = new Set(['app.segment.com', 'eu1.app.segment.com']);
/** Top-level Segment paths that are not workspaces. */
const NOT_WORKSPACES = new Set(['login', 'signup', 'logout', 'workspaces', 'home', 'settings', 'docs']);

/** The workspace (and space) slugs of a Segment console URL, or null for a URL that names none. */
export function segmentSlugs(url: string): { workspace: string; space?: string } | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (!SEGMENT_HOSTS.has(u.hostname)) return null;
  const parts = u.pathname.split('/').filter(Boolean).map((p) => decodeURIComponent(p).toLowerCase());
  const workspace = parts[0];
  if (!workspace || NOT_WORKSPACES.has(workspace)) return null;
  const at = parts.indexOf('spaces');
  const space = at > 0 ? parts[at + 1] : undefined;
  return space ? { workspace, space } : { workspace };
}

/** Whether a page counts for the open onboarding; when not, why (in words for the side panel) and whose it is. */
export type Scope = { counts: true; onboarding: Onboarding } | { counts: false; why: string; owner?: Onboarding };

const slugText = (s: { workspace: string; space?: string }) => (s.space ? `${s.workspace}/${s.space}` : s.workspace);

/**
 * Decides whether `url`, in a tab that first asked while onboarding `boundTo` was open, counts for the open
 * onboarding. A Segment URL names its workspace: it counts only for an onboarding whose slugs match, or (for an
 * onboarding with no workspace set) when no other onboarding claims that workspace. SendGrid and Twilio URLs name
 * no customer, so a tab counts only for the onboarding that was open when its page loaded.
 */
export function scopeOf(url: string, state: ProgressState, boundTo: string | undefined): Scope {
  const active = activeOnboarding(state);
  const slugs = segmentSlugs(url);
  if (slugs) {
    const matches = (o: Onboarding) =>
      o.workspace === slugs.workspace && (!o.space || !slugs.space || o.space === slugs.space);
    if (matches(active)) return { counts: true, onboarding: active };
    const owner = state.onboardings.find(matches);
    if (owner)
      return { counts: false, owner, why: `This Segment page is in workspace ${slugText(slugs)}, which belongs to “${owner.name}”, not “${active.name}”.` };
    if (active.workspace)
      return { counts: false, why: `This Segment page is in workspace ${slugText(slugs)}; “${active.name}” uses ${active.space ? `${active.workspace}/${active.space}` : active.workspace}.` };
  }
  if (boundTo !== undefined && boundTo !== active.id) {
    const owner = state.onboardings.find((o) => o.id === boundTo);
    const name = owner ? `“${owner.name}”` : 'another onboarding';
    return { counts: false, owner, why: `This tab was opened while ${name} was open. Reload it to work on “${active.name}” here.` };
  }
  return { counts: true, onboarding: active };
}

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
    change(s);
    await pageScopeItem.setValue(s);
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
