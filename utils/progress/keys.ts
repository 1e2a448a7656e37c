// Where progress lives in storage. A module of its own, so the side panel's early read (entrypoints/panel-early.ts)
// brings nothing else into its script.
export const PROGRESS_KEY = 'local:progress' as const;
/** Notices about repairs and migrations stay here until the person dismisses them. */
export const NOTICES_KEY = 'local:progressNotices' as const;

/** A key as `storage.local` itself names it: WXT's `local:` prefix names the area, not the key. */
export function localName(key: `local:${string}`): string {
  return key.slice('local:'.length);
}
