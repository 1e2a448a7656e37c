// The ring around the target: it follows the target's box and takes the colour of the validation state.
import type { Dom } from './dom';
import type { ValidationState } from './types';

export interface Ring {
  readonly el: HTMLElement;
  /** Draw the ring 4 px outside `r`, the target's box in viewport coordinates. */
  around(r: DOMRect): void;
  setState(state: ValidationState): void;
}

export function buildRing(dom: Dom, parent: Element): Ring {
  const el = dom.el('div', 'ring', parent);
  // Decoration only: the callout says what the ring marks.
  el.setAttribute('aria-hidden', 'true');
  return {
    el,
    around(r) {
      Object.assign(el.style, {
        transform: `translate(${r.left - 4}px, ${r.top - 4}px)`,
        width: `${r.width + 8}px`,
        height: `${r.height + 8}px`,
      });
    },
    setState(state) {
      el.dataset.state = state ?? '';
    },
  };
}
