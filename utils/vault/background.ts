// Background start-up of the vault: the real guide facts, rules, region, page status and clipboard, then the handlers.
import { allTasks, destinationOrigins, producerOf, taskById, tasksForUrl } from '../guide/index';
import { originOfPattern } from '../guide/match';
import { checkValueFor, recognizeValue } from '../guide/rules';
import { TaskIdSchema, type Platform } from '../guide/schema';
import { activeOnboarding } from '../progress/model';
import { readProgress } from '../progress/store';
import { clearClipboardLater, clearWithNavigatorLater, readClipboard } from './clipboard';
import type { GuideFacts } from './gate';
import { readPageStatus } from '../guidance/status';
import { registerVault } from './handlers';
import { capturePlanOf } from './plan';
import { clipboardReadAllowed } from './permission';

/** Origin → vendor, from the guide's own page patterns (one source of truth for "the same console"). */
function consoleVendors(): Map<string, Platform> {
  const vendors = new Map<string, Platform>();
  for (const task of allTasks()) {
    for (const pattern of task.page.matches) {
      const origin = originOfPattern(pattern);
      if (origin && !vendors.has(origin)) vendors.set(origin, task.platform);
    }
  }
  return vendors;
}

export const guideFacts: GuideFacts = (() => {
  const vendors = consoleVendors();
  return {
    taskById: (id) => {
      try {
        return taskById(id);
      } catch {
        return undefined;
      }
    },
    tasksForUrl,
    destinationOrigins,
    vendorOf: (origin) => vendors.get(origin),
  };
})();

async function guidedTarget(tabId: number, frameId: number) {
  // What the guidance in that frame reported it is highlighting (the same item the side panel reads).
  const frame = (await readPageStatus())[String(tabId)]?.frames[String(frameId)];
  // A content script wrote it: only a task id the guide has counts.
  const taskId = TaskIdSchema.safeParse(frame?.taskId);
  return frame && taskId.success ? { taskId: taskId.data, targetKey: frame.targetKey, found: frame.found } : undefined;
}

/**
 * Firefox (MV2): the background page is persistent and may use the async clipboard itself with the
 * clipboardRead/Write permissions, so no offscreen document is needed (clipboardRead is optional there;
 * the Firefox e2e lane exercises this path).
 */
const firefoxClipboard = {
  readClipboard: () => navigator.clipboard.readText().catch(() => undefined),
  clearClipboardLater: async ({ digest, afterMs }: { digest: string; afterMs: number }) => {
    clearWithNavigatorLater(digest, afterMs);
    return true;
  },
};

/** Called once from the background's start-up. */
export function startVault(): void {
  const chrome = import.meta.env.BROWSER !== 'firefox';
  const plan = capturePlanOf(allTasks());
  registerVault({
    facts: guideFacts,
    checkValueFor,
    recognizeValue,
    region: async () => {
      try {
        return activeOnboarding(await readProgress()).region;
      } catch {
        return 'us';
      }
    },
    producerTitle: (name) => producerOf(name)?.title,
    guidedTarget,
    capturePlan: () => plan,
    clipboardAllowed: clipboardReadAllowed,
    ...(chrome ? { clearClipboardLater, readClipboard } : firefoxClipboard),
  });
}
