// Renders its children inside an open shadow root (hard-case fixture "shadow"), as web-component consoles do.
import { useEffect, useLayoutEffect, useRef, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';

/**
 * A separate React root lives inside the shadow root: React's event delegation sits on the root
 * container, so a portal from outside would not see events retargeted at the shadow boundary.
 */
export function ShadowBox({ children, css = '' }: { children: ReactNode; css?: string }) {
  const hostRef = useRef<HTMLDivElement>(null);
  const rootRef = useRef<Root | null>(null);

  useLayoutEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    const shadow = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = css;
    const container = document.createElement('div');
    shadow.replaceChildren(style, container);
    const root = createRoot(container);
    rootRef.current = root;
    return () => {
      rootRef.current = null;
      // Unmount after the current render, never synchronously inside React's commit phase.
      queueMicrotask(() => root.unmount());
    };
  }, [css]);

  useEffect(() => {
    rootRef.current?.render(children);
  });

  return <div ref={hostRef} data-sandbox-fixture="shadow-host" />;
}
