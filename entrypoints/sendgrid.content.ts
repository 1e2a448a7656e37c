// Guidance on the SendGrid app (@sendgrid/ui-components DOM, docs/console-labels.md#sendgrid; sandbox pages in tests/sandbox/ROUTES.md).
import { createCarry } from '../utils/carry';
import { keptKeyRows } from '../utils/carry/key-rows';
import { startGuidance } from '../utils/guidance/content';
import { answerRecordReads, dnsVerifyNote } from '../utils/dns/page';

export default defineContentScript({
  matches: ['https://app.sendgrid.com/*'],
  runAt: 'document_idle',
  // WXT would otherwise postMessage '<extension id>:…:content-script-started' to the page: it leaks our id, and a page replaying it tears us down.
  noScriptStartedPostMessage: true,
  main(ctx) {
    startGuidance(ctx, 'sendgrid', [createCarry(document, ctx.signal), dnsVerifyNote], keptKeyRows);
    answerRecordReads(ctx);
  },
});
