// Per-origin sandbox state in localStorage, so a "done" step is still visible after a reload; `?reset=1` clears it.
import { useCallback, useState } from 'react';

const PREFIX = 'sandbox:';

/** True when this load asked for `?reset=1` (a framing page passes it on to its frames). */
export let wasReset = false;

/** Call once at start-up: `?reset=1` wipes this origin's sandbox state and drops the parameter from the URL. */
export function resetIfAsked(): void {
  const url = new URL(location.href);
  if (url.searchParams.get('reset') !== '1') return;
  wasReset = true;
  for (const key of Object.keys(localStorage)) if (key.startsWith(PREFIX)) localStorage.removeItem(key);
  url.searchParams.delete('reset');
  history.replaceState(null, '', url.pathname + url.search + url.hash);
}

export function readState<T>(key: string, fallback: T): T {
  try {
    const raw = localStorage.getItem(PREFIX + key);
    return raw === null ? fallback : (JSON.parse(raw) as T);
  } catch {
    return fallback;
  }
}

/** A frame whose storage the browser blocks (a third-party frame) keeps its state in memory only. */
export function writeState<T>(key: string, value: T): void {
  try {
    localStorage.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    // Nothing to persist to; the component's own state still changes.
  }
}

/** useState backed by localStorage under `sandbox:<key>`. */
export function usePersisted<T>(key: string, fallback: T): [T, (next: T) => void] {
  const [value, setValue] = useState<T>(() => readState(key, fallback));
  const set = useCallback(
    (next: T) => {
      writeState(key, next);
      setValue(next);
    },
    [key],
  );
  return [value, set];
}

/** A value generated once per origin and kept (e.g. the Twilio Account SID). */
export function stableValue(key: string, make: () => string): string {
  const existing = readState<string | null>(key, null);
  if (existing) return existing;
  const made = make();
  writeState(key, made);
  return made;
}
