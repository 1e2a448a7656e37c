// Test helper: the overlay as the extension mounts it, in its own open shadow root (which the locator never searches).
import { buildOverlay } from '../../../utils/overlay/overlay';
import type { PickStore } from '../../../utils/guidance/engine';

export function mountTestOverlay(signal: AbortSignal) {
  const host = document.createElement('engage-copilot-overlay');
  document.documentElement.append(host);
  const container = document.createElement('div');
  host.attachShadow({ mode: 'open' }).append(container);
  const overlay = buildOverlay(container, { onShowMe() {}, onForgetPick() {}, onDismiss() {} }, signal);
  return { overlay, container };
}

/** No "show me the field" choices. */
export const noPicks: PickStore = { get: () => undefined, set: async () => {}, remove: async () => {} };
