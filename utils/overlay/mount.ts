// Mounting the overlay in a WXT shadow-root UI, so console CSS never reaches it and it never reaches the console.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { buildOverlay, type Overlay, type OverlayHandlers } from './overlay';
import { OVERLAY_CSS } from './styles';

import { OVERLAY_TAG } from '../locator/roots';

export { OVERLAY_TAG };

/** Create and mount the overlay for this frame. It is removed when the content script's ctx is invalidated. */
export async function mountOverlay(ctx: ContentScriptContext, handlers: OverlayHandlers): Promise<Overlay> {
  let overlay: Overlay | undefined;
  const ui = await createShadowRootUi(ctx, {
    name: OVERLAY_TAG,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css: OVERLAY_CSS,
    onMount(container) {
      overlay = buildOverlay(container, handlers, ctx.signal);
    },
  });
  ui.mount();
  if (!overlay) throw new Error('overlay did not mount');
  return overlay;
}

/** Did this event start inside our overlay? */
export function fromOverlay(e: Event): boolean {
  return e.composedPath().some((n) => n instanceof Element && n.tagName.toLowerCase() === OVERLAY_TAG);
}
