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
    // One vault per onboarding (keyed by its id); these tests keep values under one onboarding.
    const vaults = (all.engageVault ?? {}) as Record<string, { entries?: Record<string, { value: string }> }>;
    return Object.fromEntries(Object.values(vaults).flatMap((v) => Object.entries(v.entries ?? {})).map(([k, v]) => [k, v.value]));
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

/**
 * Segment's SMS form as a person meets it: the copilot first rings "Copy webhook URL" (the guide's step 3); this
 * person has the URL already and says so ("I saved it elsewhere"), and the ring moves on to the Account SID.
 */
export async function openSmsForm(browser: ExtensionBrowser, url: string): Promise<Page> {
  const page = await browser.openConsole(url);
  const fill = overlayButton(page, 'Fill Twilio Account SID');
  const saved = overlayButton(page, 'I saved it elsewhere');
  await fill.or(saved).first().waitFor();
  if (!(await fill.isVisible())) await clickOverlay(page, 'I saved it elsewhere');
  await fill.waitFor();
  return page;
}

/** Creates a Twilio API key in the sandbox and keeps its SID and secret through their copy buttons. */
export async function captureTwilioKey(browser: ExtensionBrowser): Promise<{ sid: string; secret: string }> {
  const page = await browser.openConsole('https://console.twilio.com/us1/account/keys-credentials/api-keys/create');
  await page.getByLabel('Friendly name').fill('engage');
  await page.getByRole('radio', { name: 'Main' }).focus();
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: 'Create API Key' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Copy secret key' }).waitFor();
  const sid = await page.getByLabel('SID', { exact: true }).inputValue();
  const secret = await page.getByLabel('Secret', { exact: true }).inputValue();
  await page.getByRole('button', { name: 'Copy SID' }).click();
  await page.getByRole('button', { name: 'Copy Secret' }).click();
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const kept = await vaultValues(browser);
    if (kept['twilio.apiKeySid'] === sid && kept['twilio.apiKeySecret'] === secret) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  await page.close();
  return { sid, secret };
}

/** Keeps the Account SID from the Twilio dashboard's copy button. */
export async function captureAccountSid(browser: ExtensionBrowser): Promise<string> {
  const page = await browser.openConsole('https://console.twilio.com/');
  const sid = await page.getByRole('textbox', { name: 'Account SID' }).inputValue();
  await page.getByRole('button', { name: 'Copy Account SID' }).click();
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline && (await vaultValues(browser))['twilio.accountSid'] !== sid) await new Promise((r) => setTimeout(r, 200));
  await page.close();
  return sid;
}

/** Keeps Segment's webhook URL from "Copy webhook URL". */
export async function captureWebhookUrl(browser: ExtensionBrowser): Promise<string> {
  const page = await browser.openConsole('https://app.segment.com/acme/engage/spaces/default/settings/channels/twilio');
  await page.getByRole('button', { name: 'Copy webhook URL' }).click();
  const deadline = Date.now() + 10_000;
  let url: string | undefined;
  while (Date.now() < deadline && !(url = (await vaultValues(browser))['segment.twilioWebhookUrl'])) await new Promise((r) => setTimeout(r, 200));
  await page.close();
  return url ?? '';
}

/**
 * Sends a runtime message from Engage Copilot's own content-script world in `target` (a page, or a
 * cross-origin frame, which has its own CDP target): what a compromised or confused content script could do.
 */
export async function sendFromContentScript(target: Page | Frame, type: string, data: unknown): Promise<unknown> {
  const page = 'page' in target ? target.page() : target;
  const cdp = await page.context().newCDPSession(target);
  const contexts: Array<{ id: number; name: string; auxData?: { type?: string; frameId?: string } }> = [];
  cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
  await cdp.send('Runtime.enable');
  await new Promise((r) => setTimeout(r, 300));
  const ours = contexts.filter((c) => c.name === 'Engage Copilot' && c.auxData?.type === 'isolated');
  if (!ours.length) throw new Error('Engage Copilot has no content script here');
  const message = JSON.stringify({ id: 1, type, data, timestamp: Date.now() });
  const expression = `new Promise((res) => chrome.runtime.sendMessage(${message}, (r) => res(JSON.stringify(r ?? { lastError: chrome.runtime.lastError?.message ?? null }))))`;
  const reply = await cdp.send('Runtime.evaluate', { contextId: ours[ours.length - 1]!.id, expression, awaitPromise: true, returnByValue: true });
  await cdp.detach();
  return JSON.parse(String(reply.result.value)) as unknown;
}

/** Everything the page's own scripts can see: its DOM and every field's value. */
export async function pageVisibleText(where: Page | Frame): Promise<string> {
  return where.evaluate(() => {
    const values = [...document.querySelectorAll('input, textarea')].map((e) => (e as HTMLInputElement).value);
    return `${document.documentElement.outerHTML}\n${values.join('\n')}`;
  });
}
