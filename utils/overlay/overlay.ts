// The overlay: a ring around the target and a callout with the instruction, expected value and live validation,
// a box for a field not found, and messages at the screen's edge. Plain DOM; each part is its own module.
import { buildBanners } from './banner';
import { buildCallout } from './callout';
import { makeDom } from './dom';
import { buildMissing } from './missing';
import { positionCallout } from './position';
import { buildRing } from './ring';
import type { Overlay, OverlayHandlers } from './types';

export type { Overlay, OverlayAction, OverlayGuide, OverlayHandlers, OverlayIssue } from './types';

/** Build the overlay inside `container` (a shadow root's container); `signal` tears everything down. */
export function buildOverlay(container: HTMLElement, handlers: OverlayHandlers, signal: AbortSignal): Overlay {
  const dom = makeDom(container.ownerDocument, signal);
  const root = dom.el('div', 'root', container);
  const ring = buildRing(dom, root);
  const callout = buildCallout(dom, root, {
    onShowMe: () => handlers.onShowMe(),
    onForgetPick: () => handlers.onForgetPick(),
    onDismiss: () => dismiss(),
    onResize: () => position.place(),
  });
  const missing = buildMissing(dom, root, () => handlers.onShowMe());
  const banners = buildBanners(dom, root, () => (callout.el.hidden ? [] : [callout.el.getBoundingClientRect()]));
  const position = positionCallout(dom.doc, ring, callout.el, () => banners.rects());

  const hideAll = (): void => {
    position.stop();
    for (const part of [ring.el, callout.el, missing.el]) part.hidden = true;
  };
  hideAll();
  const dismiss = (): void => {
    hideAll();
    banners.hide('all');
    handlers.onDismiss();
  };

  dom.doc.addEventListener(
    'keydown',
    (e) => {
      // Esc dismisses our guidance; we never preventDefault, so the console's own Esc still works.
      if (e.key === 'Escape' && (!callout.el.hidden || !missing.el.hidden || banners.shown)) dismiss();
    },
    { capture: true, signal },
  );
  signal.addEventListener('abort', () => {
    hideAll();
    root.remove();
  }, { once: true });

  return {
    show(g) {
      missing.el.hidden = true;
      banners.ringOn(g.anchor);
      callout.show(g);
      ring.el.hidden = false;
      callout.el.hidden = false;
      position.follow(g.anchor);
    },
    showMissing(m) {
      hideAll();
      missing.show(m);
    },
    showBanner(t, opts) {
      banners.show(t, opts);
      // A message appeared: the callout moves off it if it was under it.
      position.rechoose();
    },
    hideBanner: (which) => banners.hide(which),
    setValidation(state, issues, okText) {
      ring.setState(state);
      callout.setValidation(state, issues, okText);
    },
    addAction: (action) => callout.addAction(action),
    hide: hideAll,
    get anchor() {
      return position.anchor;
    },
    root,
  };
}
