// Waiting for late elements: ONE MutationObserver per page, batched to animation frames, connected only while someone listens.

/** Attributes that can show, hide or (re)name a control. Our own data-engage-copilot-* are left out on purpose. */
const WATCHED_ATTRIBUTES = [
  'style', 'class', 'hidden', 'aria-hidden', 'inert', 'open', 'aria-modal', 'aria-checked', 'aria-pressed',
  'checked', 'disabled', 'for', 'aria-label', 'aria-labelledby', 'placeholder', 'role',
];

export interface DomWatcher {
  /**
   * Call `cb` once per animation frame in which the DOM changed. `wantsFrame`, when given, runs on each
   * mutation batch and may decline the frame (a subscriber that throttles itself). Returns the unsubscribe.
   */
  subscribe(cb: () => void, wantsFrame?: () => boolean): () => void;
  /** Also watch inside these open shadow roots (a document-level observer does not see into them). */
  observeShadowRoots(roots: readonly ShadowRoot[]): void;
  /** How many frames ran callbacks (for tests and the benchmark). */
  readonly frames: number;
  readonly connected: boolean;
}

/** A watcher for `doc` whose observer disconnects when nobody listens or when `signal` aborts. */
export function createDomWatcher(doc: Document, signal: AbortSignal): DomWatcher {
  const view = doc.defaultView ?? window;
  const subscribers = new Map<() => void, (() => boolean) | undefined>();
  const shadowRoots = new Set<ShadowRoot>();
  let frame = 0;
  let frames = 0;
  let connected = false;

  const run = (): void => {
    frame = 0;
    frames++;
    for (const cb of [...subscribers.keys()]) cb();
  };
  const observer = new MutationObserver(() => {
    // Mutations arrive in bursts (a React commit is hundreds); one locator pass per frame is enough.
    if (frame || signal.aborted) return;
    // Asking for a frame makes the page render one; only ask when a subscriber needs it now.
    let wanted = false;
    for (const gate of subscribers.values()) if (!gate || gate()) wanted = true;
    if (wanted) frame = view.requestAnimationFrame(run);
  });
  const options: MutationObserverInit = {
    childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: WATCHED_ATTRIBUTES,
  };
  const connect = (): void => {
    if (connected || signal.aborted) return;
    observer.observe(doc.documentElement, options);
    for (const r of shadowRoots) observer.observe(r, options);
    connected = true;
  };
  const disconnect = (): void => {
    observer.disconnect();
    if (frame) view.cancelAnimationFrame(frame);
    frame = 0;
    connected = false;
  };
  signal.addEventListener('abort', disconnect, { once: true });

  return {
    subscribe(cb, wantsFrame) {
      subscribers.set(cb, wantsFrame);
      connect();
      return () => {
        subscribers.delete(cb);
        if (!subscribers.size) disconnect();
      };
    },
    observeShadowRoots(roots) {
      for (const r of roots) {
        if (shadowRoots.has(r)) continue;
        shadowRoots.add(r);
        if (connected) observer.observe(r, options);
      }
    },
    get frames() {
      return frames;
    },
    get connected() {
      return connected;
    },
  };
}
