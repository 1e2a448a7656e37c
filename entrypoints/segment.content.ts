// Guidance on the Segment app (Evergreen DOM, docs/console-labels.md#segment; sandbox pages in tests/sandbox/ROUTES.md).
import { createCarry } from '../utils/carry';
import { startGuidance } from '../utils/guidance/content';

export default defineContentScript({
  matches: ['https://app.segment.com/*', 'https://eu1.app.segment.com/*'],
  runAt: 'document_idle',
  // WXT would otherwise postMessage '<extension id>:…:content-script-started' to the page: it leaks our id, and a page replaying it tears us down.
  noScriptStartedPostMessage: true,
  main(ctx) {
    startGuidance(ctx, 'segment', [createCarry(document, ctx.signal)]);
  },
});
