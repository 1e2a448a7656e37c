// Whether a person can see an element: the locator never picks a hidden, inert or off-screen (honeypot) element.

/** The element's parent, stepping out of a shadow root to its host. */
export function parentOf(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** Hidden from people or assistive tech by an ancestor: aria-hidden, inert, the hidden attribute. */
function hiddenByAncestor(el: Element): boolean {
  for (let e: Element | null = el; e; e = parentOf(e)) {
    if (e.getAttribute('aria-hidden') === 'true' || e.hasAttribute('inert') || e.hasAttribute('hidden')) return true;
  }
  return false;
}

/** Style-based hiding. `checkVisibility` is one native call in Chromium and Firefox; the walk is the fallback. */
function hiddenByStyle(el: Element): boolean {
  const native = (el as Element & { checkVisibility?: (o: object) => boolean }).checkVisibility;
  if (typeof native === 'function') {
    return !native.call(el, { opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true });
  }
  const view = el.ownerDocument.defaultView;
  if (!view) return true;
  for (let e: Element | null = el; e; e = parentOf(e)) {
    const s = view.getComputedStyle(e);
    if (s.display === 'none' || s.opacity === '0') return true;
    if (e === el && (s.visibility === 'hidden' || s.visibility === 'collapse')) return true;
  }
  return false;
}

/** Too small to see, or placed outside the page (the classic `left: -9999px` honeypot). */
function hiddenByGeometry(el: Element): boolean {
  const r = el.getBoundingClientRect();
  if (r.width <= 1 || r.height <= 1) return true;
  const view = el.ownerDocument.defaultView;
  const sx = view?.scrollX ?? 0;
  const sy = view?.scrollY ?? 0;
  return r.right + sx <= 0 || r.bottom + sy <= 0;
}

/** Can a person see and reach this element? */
export function isVisible(el: Element): boolean {
  if (el instanceof HTMLInputElement && el.type === 'hidden') return false;
  return !hiddenByAncestor(el) && !hiddenByStyle(el) && !hiddenByGeometry(el);
}

/** The labels that name a control (for= association and wrapping label). */
export function labelsOf(el: Element): Element[] {
  const labels = (el as HTMLInputElement).labels;
  const out = labels ? Array.from(labels) : [];
  const wrap = el.parentElement?.closest('label');
  if (wrap && !out.includes(wrap)) out.push(wrap);
  return out;
}

/**
 * Where to draw the ring for a control. Design systems hide the native checkbox or radio behind a
 * styled box; then a visible label stands in. A hidden text field has no stand-in: that is a honeypot.
 */
export function visibleAnchor(el: Element): Element | null {
  if (isVisible(el)) return el;
  const checkable = el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio');
  if (!checkable || hiddenByAncestor(el)) return null;
  return labelsOf(el).find(isVisible) ?? null;
}
