// The trees the locator searches: the document (or a scope element) plus every open shadow root inside it.

/** A place to run querySelectorAll: a document, a shadow root or a scope element. */
export type SearchRoot = Document | ShadowRoot | Element;

/** The tag of our own overlay's shadow host: never searched, never watched. */
export const OVERLAY_TAG = 'engage-copilot-overlay';

/** Shadow roots found during one locator pass; a pass reads a DOM that does not change under it. */
let pass: WeakMap<SearchRoot, ShadowRoot[]> | null = null;

/** Per-element facts read during one pass (computed style, layer), keyed by what was asked. */
let facts: WeakMap<Element, Map<string, unknown>> | null = null;

/** Run `fn` as one pass: the shadow-root scan (the one full-tree walk) happens once per root, not once per query. */
export function inOnePass<T>(fn: () => T): T {
  if (pass) return fn();
  pass = new WeakMap();
  facts = new WeakMap();
  try {
    return fn();
  } finally {
    pass = null;
    facts = null;
  }
}

/** `compute()` once per element and question within a pass (outside a pass, every time). */
export function onceInPass<V>(el: Element, what: string, compute: () => V): V {
  if (!facts) return compute();
  let known = facts.get(el);
  if (!known) facts.set(el, (known = new Map()));
  if (known.has(what)) return known.get(what) as V;
  const value = compute();
  known.set(what, value);
  return value;
}

/** Open shadow roots below `root`, recursively. Closed roots are private by design and stay out of reach. */
export function shadowRootsIn(root: SearchRoot): ShadowRoot[] {
  const cached = pass?.get(root);
  if (cached) return cached;
  const out: ShadowRoot[] = [];
  const visit = (r: SearchRoot): void => {
    const all = r.querySelectorAll('*');
    for (let i = 0; i < all.length; i++) {
      const host = all[i] as Element;
      const sr = host.shadowRoot;
      if (sr && host.localName !== OVERLAY_TAG) {
        out.push(sr);
        visit(sr);
      }
    }
  };
  visit(root);
  pass?.set(root, out);
  return out;
}

/** querySelectorAll across `roots` and their open shadow roots, in tree order per root. */
export function queryDeep(roots: readonly SearchRoot[], selector: string): Element[] {
  const out: Element[] = [];
  for (const root of roots) {
    if (root instanceof Element && root.matches(selector)) out.push(root);
    for (const r of [root, ...shadowRootsIn(root)]) out.push(...Array.from(r.querySelectorAll(selector)));
  }
  return out;
}

/** The element with `id` in the same tree as `near` (ids are per tree; Paste's `:r1:` needs no escaping here). */
export function byIdNear(near: Element, id: string): Element | null {
  const root = near.getRootNode() as Document | ShadowRoot;
  return typeof root.getElementById === 'function' ? root.getElementById(id) : null;
}
