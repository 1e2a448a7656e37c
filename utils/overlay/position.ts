// Keeping the ring on its target and the callout beside it as the page scrolls, resizes and re-renders.
import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
import { candidatesFor, coversOwn, dockBox, leastCovering, type Candidate } from './placement';
import type { Ring } from './ring';

/** The gap the callout keeps to the viewport's edge (px). */
const EDGE = 8;

export interface Position {
  /** Follow `anchor` (from now on, if it is a new one) and place the ring and callout on it. */
  follow(anchor: Element): void;
  /** Place the ring and callout on the anchor being followed, if any. */
  place(): void;
  /** Something of ours appeared (a message): choose the callout's side afresh, then place. */
  rechoose(): void;
  /** Stop following; the anchor becomes null. */
  stop(): void;
  readonly anchor: Element | null;
}

/** `avoid`: where our own messages are, for the callout to keep clear of. */
export function positionCallout(doc: Document, ring: Ring, callout: HTMLElement, avoid: () => DOMRect[]): Position {
  let anchor: Element | null = null;
  let stopAuto: (() => void) | null = null;
  // The placement chosen for the current anchor: measured once per anchor and room around it (its left edge, its
  // width, the window's width), not per scroll frame, as it costs a layout per candidate. The room changes when
  // the side panel opens, the window narrows or the console re-centres its dialog: the old side may no longer fit.
  let choiceFor: Element | null = null;
  let choiceRoom = '';
  // Where the anchor and callout were when the callout last covered the anchor's own words and chose afresh.
  let ownRetry = '';
  let choice: Promise<{ candidate: Candidate; covered: number } | undefined> = Promise.resolve(undefined);

  const place = (): void => {
    if (!anchor) return;
    const r = anchor.getBoundingClientRect();
    ring.around(r);
    const view = doc.documentElement.clientWidth || (doc.defaultView?.innerWidth ?? 0);
    const candidates = candidatesFor(anchor, r, view, EDGE);
    const target = anchor;
    const room = `${Math.round(r.left)}:${Math.round(r.width)}:${view}`;
    if (choiceFor !== target || choiceRoom !== room) {
      choiceFor = target;
      choiceRoom = room;
      // Of the candidates, the first that covers none of the console's controls wins (e.g. the second "Get Started" card).
      choice = leastCovering(doc, target, callout, candidates, EDGE, avoid());
    }
    void choice.then((chosen) => {
      if (anchor !== target) return;
      // This pass's candidate of the chosen side: its width and offset fit the room as it is now.
      const pick = candidates.find((c) => c.placement === chosen?.candidate.placement) ?? candidates[0]!;
      callout.style.maxWidth = `${pick.maxWidth}px`;
      if (chosen && chosen.covered > 0) {
        // Nothing beside, below or above is free: dock to the screen corner that covers least.
        const { width, height } = callout.getBoundingClientRect();
        const dock = dockBox(doc, target, { width, height }, EDGE, avoid());
        if (dock.covered < chosen.covered) {
          callout.classList.add('docked');
          callout.style.transform = `translate(${Math.round(dock.x)}px, ${Math.round(dock.y)}px)`;
          return;
        }
      }
      callout.classList.remove('docked');
      return computePosition(target, callout, {
        strategy: 'fixed',
        placement: pick.placement,
        middleware: [offset(pick.offset), flip({ crossAxis: false, fallbackPlacements: ['top-start', 'bottom-start'] }), shift({ padding: EDGE })],
      }).then(({ x, y }) => {
        if (anchor !== target) return;
        callout.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
        // The choice was made on an older layout (the dialog moved, the callout's text grew) and now hides the
        // field or its label: choose again, once for this layout.
        const { width, height } = callout.getBoundingClientRect();
        const now = `${room}:${Math.round(r.top)}:${Math.round(height)}`;
        if (ownRetry !== now && coversOwn(target, { x, y, width, height })) {
          ownRetry = now;
          choiceFor = null;
          place();
        }
      });
    });
  };

  const stop = (): void => {
    stopAuto?.();
    stopAuto = null;
    anchor = null;
  };

  return {
    follow(next) {
      if (anchor !== next) {
        stopAuto?.();
        anchor = next;
        // autoUpdate follows scroll, resize and the anchor's own size changes. Layout shifts from DOM changes
        // are followed by the engine's own (throttled) pass, which calls show() again: floating-ui's
        // layout-shift observer would re-measure on every shift of a busy page.
        stopAuto = autoUpdate(next, callout, place, { layoutShift: false });
      }
      place();
    },
    place,
    rechoose() {
      choiceFor = null;
      place();
    },
    stop,
    get anchor() {
      return anchor;
    },
  };
}
