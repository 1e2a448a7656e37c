// The ring around the target: it follows the target's box and takes the colour of the validation state.
import type { Dom } from './dom';
import type { ValidationState } from './types';

export interface Ring {
  readonly el: HTMLElement;
  /** Draw the ring 2 px outside `r`, the target's box in viewport coordinates (close, so labels above stay clear). */
  around(r: DOMRect): void;
  setState(state: ValidationState): void;
}

/** How far outside the target the ring's outer edge sits. */
const GAP = 2;

export function buildRing(dom: Dom, parent: Element): Ring {
  const el = dom.el('div', 'ring', parent);
  // Decoration only: the callout says what the ring marks.
  el.setAttribute('aria-hidden', 'true');
  return {
    el,
    around(r) {
      Object.assign(el.style, {
        transform: `translate(${r.left - GAP}px, ${r.top - GAP}px)`,
        width: `${r.width + 2 * GAP}px`,
        height: `${r.height + 2 * GAP}px`,
      });
    },
    setState(state) {
      el.dataset.state = state ?? '';
    },
  };
}
