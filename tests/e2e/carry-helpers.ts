// Shared steps for the credential-carry e2e tests: overlay buttons, the vault as the worker sees it, leak searches.
import type { Frame, Locator, Page } from 'playwright-core';
import type { ExtensionBrowser } from './harness/index.ts';

/** A button in our overlay (its shadow root is open to Playwright's locators). */
export function overlayButton(where: Page | Frame, name: string | RegExp): Locator {
  return where.locator('engage-copilot-overlay').getByRole('button', { name });
}

/** The overlay's banner/status text, for the messages a capture or fill shows. */
export function overlayText(where: Page | Frame): Locator {
  return where.locator('engage-copilot-overlay');
}

/** The vault's entries as the background stores them (names → values), read in the service worker. */
export async function vaultValues(browser: ExtensionBrowser): Promise<Record<string, string>> {
  const worker = await browser.serviceWorker();
  return worker.evaluate(async () => {
    type Area = { get(k: null): Promise<Record<string, unknown>> };
    const chromeApi = (globalThis as unknown as { chrome: { storage: { session: Area } } }).chrome;
    const all = await chromeApi.storage.session.get(null);
    const vault = all.engageVault as { entries?: Record<string, { value: string }> } | undefined;
    return Object.fromEntries(Object.entries(vault?.entries ?? {}).map(([k, v]) => [k, v.value]));
  });
}

/** Everything the extension stores, as text: local, sync, session, and its IndexedDB databases' names and contents. */
export async function everythingStored(browser: ExtensionBrowser): Promise<string> {
  const worker = await browser.serviceWorker();
  return worker.evaluate(async () => {
    type Area = { get(k: null): Promise<Record<string, unknown>> };
    const chromeApi = (globalThis as unknown as { chrome: { storage: Record<'local' | 'sync' | 'session', Area> } }).chrome;
    const areas = await Promise.all((['local', 'sync', 'session'] as const).map(async (a) => [a, await chromeApi.storage[a].get(null)]));
    const dbs = await indexedDB.databases();
    const dumps: unknown[] = [];
    for (const info of dbs) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((res, rej) => {
        const r = indexedDB.open(info.name!);
        r.onsuccess = () => res(r.result);
        r.onerror = () => rej(r.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const rows = await new Promise<unknown[]>((res) => {
          const q = db.transaction(store).objectStore(store).getAll();
          q.onsuccess = () => res(q.result);
          q.onerror = () => res([]);
        });
        dumps.push({ db: info.name, store, rows });
      }
      db.close();
    }
    return JSON.stringify({ areas: Object.fromEntries(areas), indexedDB: dumps });
  });
}

/** Sets the vault's lifetime through the side panel, as a person would. */
export async function setLifetime(panel: Page, minutes: number): Promise<void> {
  const vault = vaultSection(panel);
  await vault.getByLabel('Forget kept values after (minutes)').fill(String(minutes));
  await vault.getByRole('button', { name: 'Save' }).click();
}

/** The side panel's "Kept credentials" section. */
export function vaultSection(panel: Page): Locator {
  return panel.getByRole('region', { name: 'Kept credentials' });
}

/** Our buttons only count after they have been on screen a moment (the click guard's dwell). */
export async function clickOverlay(where: Page | Frame, name: string | RegExp): Promise<void> {
  const button = overlayButton(where, name);
  await button.waitFor({ state: 'visible' });
  await new Promise((r) => setTimeout(r, 600));
  await button.click();
}
