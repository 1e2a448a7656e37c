// "Show me the field": the person clicks the field once; we remember a robust description of it (never ids or classes).
import { labelText, normalize } from './text';
import { ANY_CONTROL } from './find';
import { byIdNear, queryDeep } from './roots';
import { isVisible, labelsOf } from './visibility';
import type { FieldDescription } from './description';

export type { FieldDescription };

/** The name a person reads next to a control. */
function visibleName(el: Element): string | undefined {
  const fromLabel = labelsOf(el).map(labelText).find((t) => normalize(t));
  const ids = el.getAttribute('aria-labelledby');
  const fromIds = ids ? ids.split(/\s+/).map((id) => byIdNear(el, id)?.textContent ?? '').join(' ') : '';
  const name = fromLabel ?? (normalize(fromIds) ? fromIds : null) ?? el.getAttribute('aria-label') ?? '';
  return normalize(name) || undefined;
}

function signature(el: Element): Omit<FieldDescription, 'nth'> {
  const type = el.getAttribute('type');
  const name = el.getAttribute('name');
  const placeholder = el.getAttribute('placeholder');
  const label = visibleName(el);
  return {
    tag: el.tagName.toLowerCase(),
    ...(type ? { type } : {}),
    ...(label ? { label } : {}),
    ...(name ? { name } : {}),
    ...(placeholder ? { placeholder: normalize(placeholder) } : {}),
  };
}

const same = (a: Omit<FieldDescription, 'nth'>, b: Omit<FieldDescription, 'nth'>): boolean =>
  a.tag === b.tag && a.type === b.type && a.label === b.label && a.name === b.name && a.placeholder === b.placeholder;

function lookAlikes(doc: Document, sig: Omit<FieldDescription, 'nth'>): Element[] {
  return queryDeep([doc], ANY_CONTROL).filter((el) => same(signature(el), sig) && isVisible(el));
}

/** Describe a picked element so it can be found again after a reload, when its generated id has changed. */
export function describeElement(doc: Document, el: Element): FieldDescription {
  const sig = signature(el);
  return { ...sig, nth: Math.max(0, lookAlikes(doc, sig).indexOf(el)) };
}

/** Find the element a stored description names, or null. */
export function resolveDescription(doc: Document, d: FieldDescription): Element | null {
  const { nth, ...sig } = d;
  return lookAlikes(doc, sig)[nth] ?? null;
}

/** The control under a click: the clicked element, the control inside a clicked label, or the nearest one. */
function controlFromEvent(event: Event): Element | null {
  for (const node of event.composedPath()) {
    if (!(node instanceof Element)) continue;
    if (node.matches(ANY_CONTROL)) return node;
    if (node instanceof HTMLLabelElement && node.control) return node.control;
  }
  return null;
}

/**
 * Wait for one trusted click on a control. The click is swallowed (choosing a field must not press
 * "Save"); clicks inside `ignore` (our own overlay) pass through. Resolves null on Esc or abort.
 */
export function pickOnce(doc: Document, signal: AbortSignal, ignore: (e: Event) => boolean): Promise<Element | null> {
  return new Promise((resolve) => {
    const stop = new AbortController();
    const done = (el: Element | null): void => {
      stop.abort();
      resolve(el);
    };
    const opts = { capture: true, signal: AbortSignal.any([signal, stop.signal]) };
    const onClick = (e: Event): void => {
      // A page script cannot choose the field for us: only the person's own click counts.
      if (!e.isTrusted || ignore(e)) return;
      const el = controlFromEvent(e);
      if (!el) return;
      e.preventDefault();
      e.stopPropagation();
      done(el);
    };
    doc.addEventListener('click', onClick, opts);
    doc.addEventListener('keydown', (e) => (e as KeyboardEvent).key === 'Escape' && done(null), opts);
    signal.addEventListener('abort', () => done(null), { once: true });
  });
}
