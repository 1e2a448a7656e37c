// Which onboarding a console page counts for: Segment pages by their workspace/space slugs, SendGrid and Twilio
// pages by the onboarding that was open when the tab loaded. Pure rules, with no zod or storage: the side panel's
// first screen uses them (pageScope.ts keeps the session item that remembers tabs).
import { activeOnboarding } from './state';
import type { Onboarding, ProgressState } from './model';

/** Segment's hosts and the region each serves: a workspace lives in one region, and its slug is unique only there. */
const SEGMENT_HOSTS = new Map<string, 'us' | 'eu'>([['app.segment.com', 'us'], ['eu1.app.segment.com', 'eu']]);
/** Top-level Segment paths that are not workspaces. */
const NOT_WORKSPACES = new Set(['login', 'signup', 'logout', 'workspaces', 'home', 'settings', 'docs']);

/** The workspace (and space) slugs of a Segment console URL, or null for a URL that names none. */
export function segmentSlugs(url: string): { workspace: string; space?: string } | null {
  const place = segmentPlace(url);
  if (!place) return null;
  const { region: _region, ...slugs } = place;
  return slugs;
}

/** A Segment console URL's workspace, space and region, or null for a URL that names no workspace. */
function segmentPlace(url: string): { workspace: string; space?: string; region: 'us' | 'eu' } | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  const region = SEGMENT_HOSTS.get(u.hostname);
  if (!region) return null;
  const parts = u.pathname.split('/').filter(Boolean).map((p) => decodeURIComponent(p).toLowerCase());
  const workspace = parts[0];
  if (!workspace || NOT_WORKSPACES.has(workspace)) return null;
  const at = parts.indexOf('spaces');
  const space = at > 0 ? parts[at + 1] : undefined;
  return space ? { workspace, space, region } : { workspace, region };
}

/** Whether a page counts for the open onboarding; when not, why (in words for the side panel) and whose it is. */
export type Scope = { counts: true; onboarding: Onboarding } | { counts: false; why: string; owner?: Onboarding };

const slugText = (s: { workspace: string; space?: string }) => (s.space ? `${s.workspace}/${s.space}` : s.workspace);

/**
 * Decides whether `url`, in a tab that first asked while onboarding `boundTo` was open, counts for the open
 * onboarding. A Segment URL names its workspace and, by its host, its region: it counts only for an onboarding of
 * that region whose slugs match, or (for one with no workspace set) when no other onboarding claims that workspace. SendGrid and Twilio URLs name
 * no customer, so a tab counts only for the onboarding that was open when its page loaded.
 */
export function scopeOf(url: string, state: ProgressState, boundTo: string | undefined): Scope {
  const active = activeOnboarding(state);
  const slugs = segmentPlace(url);
  if (slugs) {
    const where = `${slugs.region === 'eu' ? 'the EU workspace' : 'workspace'} ${slugText(slugs)}`;
    const matches = (o: Onboarding) =>
      o.region === slugs.region && o.workspace === slugs.workspace && (!o.space || !slugs.space || o.space === slugs.space);
    if (matches(active)) return { counts: true, onboarding: active };
    const owner = state.onboardings.find(matches);
    if (owner)
      return { counts: false, owner, why: `This Segment page is in ${where}, which belongs to “${owner.name}”, not “${active.name}”.` };
    if (active.region !== slugs.region)
      return { counts: false, why: `This Segment page is in ${where}; “${active.name}” is a ${active.region.toUpperCase()} onboarding.` };
    if (active.workspace)
      return { counts: false, why: `This Segment page is in ${where}; “${active.name}” uses ${active.space ? `${active.workspace}/${active.space}` : active.workspace}.` };
  }
  if (boundTo !== undefined && boundTo !== active.id) {
    const owner = state.onboardings.find((o) => o.id === boundTo);
    const name = owner ? `“${owner.name}”` : 'another onboarding';
    return { counts: false, owner, why: `This tab was opened while ${name} was open. Reload it to work on “${active.name}” here.` };
  }
  return { counts: true, onboarding: active };
}
