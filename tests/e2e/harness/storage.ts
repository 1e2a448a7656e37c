// What the extension has stored, read from the outside: every storage area, IndexedDB, and the profile's files on disk.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Worker } from 'playwright-core';

export interface StorageDump {
  local: Record<string, unknown>;
  sync: Record<string, unknown>;
  session: Record<string, unknown>;
  /** IndexedDB of the extension's origin: database → store → every record. */
  indexedDb: Record<string, Record<string, unknown[]>>;
}

/** Reads every storage area from inside the service worker (a trusted context, so session is readable too). */
export async function dumpStorage(worker: Worker): Promise<StorageDump> {
  return worker.evaluate(async () => {
    type Area = { get(keys: null): Promise<Record<string, unknown>> };
    const { storage } = (globalThis as unknown as { chrome: { storage: Record<'local' | 'sync' | 'session', Area> } }).chrome;
    const indexedDb: Record<string, Record<string, unknown[]>> = {};
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((done, fail) => {
        const open = indexedDB.open(info.name!);
        open.onsuccess = () => done(open.result);
        open.onerror = () => fail(open.error);
      });
      const stores: Record<string, unknown[]> = {};
      for (const name of [...db.objectStoreNames]) {
        stores[name] = await new Promise<unknown[]>((done, fail) => {
          const all = db.transaction(name, 'readonly').objectStore(name).getAll();
          all.onsuccess = () => done(all.result);
          all.onerror = () => fail(all.error);
        });
      }
      db.close();
      indexedDb[info.name] = stores;
    }
    return {
      local: await storage.local.get(null),
      sync: await storage.sync.get(null),
      session: await storage.session.get(null),
      indexedDb,
    };
  });
}

/** The storage areas (and IndexedDB) whose serialised contents include `needle`. */
export function areasContaining(dump: StorageDump, needle: string): string[] {
  return Object.entries(dump)
    .filter(([, value]) => JSON.stringify(value).includes(needle))
    .map(([area]) => area);
}

async function* filesUnder(dir: string): AsyncGenerator<string> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return; // Chromium deletes temp files while we walk.
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else if (entry.isFile()) yield path;
  }
}

/**
 * Files of the Chromium profile that contain `needle` as UTF-8 or UTF-16 (LevelDB logs, IndexedDB, caches):
 * the "never on disk" check. Files over 64 MB are skipped (none of ours is near that).
 */
export async function searchProfile(userDataDir: string, needle: string): Promise<string[]> {
  const patterns = [Buffer.from(needle, 'utf8'), Buffer.from(needle, 'utf16le')];
  const hits: string[] = [];
  for await (const path of filesUnder(userDataDir)) {
    try {
      if ((await stat(path)).size > 64 * 1024 * 1024) continue;
      const bytes = await readFile(path);
      if (patterns.some((p) => bytes.includes(p))) hits.push(relative(userDataDir, path));
    } catch {
      // Vanished or locked while walking: nothing to read.
    }
  }
  return hits;
}
