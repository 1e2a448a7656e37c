// The side panel's first storage read, started by a small classic script that runs while the panel's bundle is still
// being fetched and evaluated, so the checklist can render from real progress in the bundle's first frame
// (docs/performance.md). No polyfill here: `storage.local.get` returns a promise in Chrome and Firefox alike.
import { localName, NOTICES_KEY, PROGRESS_KEY } from '../utils/progress/keys';

declare const chrome: { storage: { local: { get(keys: string[]): Promise<Record<string, unknown>> } } };

export default defineUnlistedScript(() => {
  const api = (globalThis as { browser?: typeof chrome }).browser ?? chrome;
  const read = api.storage.local.get([localName(PROGRESS_KEY), localName(NOTICES_KEY)]);
  // A rejection is handled where the panel awaits it; this keeps it from being reported as unhandled meanwhile.
  read.catch(() => undefined);
  (window as { engageEarlyRead?: Promise<Record<string, unknown>> }).engageEarlyRead = read;
});
