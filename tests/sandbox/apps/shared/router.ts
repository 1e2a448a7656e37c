// A tiny pushState router shared by the sandbox consoles: the real consoles change route client-side.
import { useEffect, useState } from 'react';

const EVENT = 'sandbox:navigate';

/** Change route the way an SPA does: history.pushState, no reload. */
export function navigate(path: string, opts: { replace?: boolean } = {}): void {
  if (opts.replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  window.dispatchEvent(new Event(EVENT));
}

/** The current pathname, re-rendering on pushState (ours) and popstate (back/forward). */
export function usePath(): string {
  const [path, setPath] = useState(location.pathname);
  useEffect(() => {
    const update = () => setPath(location.pathname);
    window.addEventListener(EVENT, update);
    window.addEventListener('popstate', update);
    return () => {
      window.removeEventListener(EVENT, update);
      window.removeEventListener('popstate', update);
    };
  }, []);
  return path;
}

/** Match `/a/:b/c` against a path; returns the params or null. Trailing slashes are ignored. */
export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/').filter(Boolean);
  const got = path.split('/').filter(Boolean);
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i] as string;
    const g = decodeURIComponent(got[i] as string);
    if (w.startsWith(':')) params[w.slice(1)] = g;
    else if (w !== g) return null;
  }
  return params;
}

/** An anchor that navigates with pushState on a plain left click, like a router Link. */
export function linkProps(path: string): { href: string; onClick: (e: React.MouseEvent) => void } {
  return {
    href: path,
    onClick: (e) => {
      if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey) return;
      e.preventDefault();
      navigate(path);
    },
  };
}
