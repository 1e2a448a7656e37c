// The box shown instead of the callout when the step's field is not on the page: what was looked for, how to
// find it, and "Show me the field" for the person to point at it.
import type { Dom } from './dom';
import { preview, renderRich } from './text';
import type { OverlayMissing } from './types';

export interface Missing {
  readonly el: HTMLElement;
  /** Fill in `m` and show the box. */
  show(m: OverlayMissing): void;
}

export function buildMissing(dom: Dom, parent: Element, onShowMe: () => void): Missing {
  const { el, button } = dom;
  const box = el('div', 'missing', parent);
  box.setAttribute('role', 'region');
  box.setAttribute('aria-label', 'Engage Copilot: field not found');
  const title = el('p', 'title', box);
  const text = el('p', 'text', box);
  const how = el('p', 'text', box);
  const where = el('p', 'text', box);
  const earlier = el('p', 'earlier', box);
  button('Show me the field', el('div', 'row', box), () => onShowMe());
  return {
    el: box,
    show(m) {
      title.textContent = preview(m.title, 120);
      renderRich(text, `Couldn't find **${m.label}** on this page.`);
      renderRich(how, m.instruction);
      where.hidden = !m.elsewhere;
      renderRich(where, m.elsewhere ?? '');
      earlier.hidden = !m.earlier;
      earlier.textContent = m.earlier ?? '';
      box.hidden = false;
    },
  };
}
