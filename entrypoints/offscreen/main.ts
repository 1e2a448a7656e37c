// Offscreen document (Chrome): the clipboard work the service worker cannot do. Logic in utils/vault/clipboard.ts.
import { registerOffscreenClipboard } from '../../utils/vault/clipboard';

registerOffscreenClipboard(document);
