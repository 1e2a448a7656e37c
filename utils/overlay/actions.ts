// Buttons other domains add (the vault's "Keep" and "Fill"), in the callout or in a message.
import type { Dom } from './dom';
import { preview } from './text';
import type { OverlayAction } from './types';

/** One action's button in `row`; the receiver gets the real click event, so it can insist on `isTrusted`. */
export function actionButton(dom: Dom, row: Element, action: OverlayAction): HTMLButtonElement {
  return dom.button(preview(action.label, 60), row, (e) => action.onActivate(e));
}

/** Add `action` to `row`; the returned function removes it again. */
export function addAction(dom: Dom, row: Element, action: OverlayAction): () => void {
  const b = actionButton(dom, row, action);
  return () => b.remove();
}
