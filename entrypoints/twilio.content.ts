// Guidance on the Twilio consoles (Paste DOM, docs/console-labels.md#twilio), including the legacy pages they frame from www.twilio.com.
import { createCarry } from '../utils/carry';
import { startGuidance } from '../utils/guidance/content';

export default defineContentScript({
  // docs/console-labels.md, "Content-script match patterns": the shells and the framed legacy documents only.
  matches: ['https://console.twilio.com/*', 'https://1console.twilio.com/*', 'https://www.twilio.com/console*'],
  allFrames: true,
  runAt: 'document_idle',
  // WXT would otherwise postMessage '<extension id>:…:content-script-started' to the page: it leaks our id, and a page replaying it tears us down.
  noScriptStartedPostMessage: true,
  main(ctx) {
    startGuidance(ctx, 'twilio', [createCarry(document, ctx.signal)]);
  },
});
