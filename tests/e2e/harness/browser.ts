// One Chromium with the built extension, on the sandbox consoles: launch, open pages, stop the worker, restart.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { startSandbox, type Sandbox } from '../../sandbox/server.ts';
import { CHROMIUM_PATH, checkChromium, chromiumFlags, extensionDir } from './chromium.ts';
import { recordGrant, type PermissionGrant } from './grants.ts';
import { ConsoleLog } from './logs.ts';
import { stopServiceWorker, type StoppedServiceWorker } from './serviceWorker.ts';
import { dumpStorage, searchProfile, type StorageDump } from './storage.ts';

export interface LaunchOptions {
  /** Profile folder; reuse one to test persistence. Default: a fresh temp folder, removed on close(). */
  userDataDir?: string;
  /** Built chrome-mv3 folder. Default: `$ENGAGE_EXT_DIR` or `.output/chrome-mv3`. */
  extensionDir?: string;
  /** A running sandbox to use (its hosts are mapped at launch). Default: start one, stop it on close(). */
  sandbox?: Sandbox;
  /** Default true. `npm start` passes false when there is a display. */
  headless?: boolean;
  viewport?: { width: number; height: number } | null;
  /**
   * Optional permissions the person has allowed (`{ permissions: ['clipboardRead'] }`): recorded in the
   * profile as Chromium records an accepted prompt, then Chromium is relaunched on it (see grants.ts).
   */
  grant?: PermissionGrant;
}

export class ExtensionBrowser {
  /** Everything the extension and pages printed, across restarts. */
  readonly logs = new ConsoleLog();
  private ctx: BrowserContext | undefined;
  private id = '';

  constructor(
    readonly sandbox: Sandbox,
    readonly userDataDir: string,
    readonly extDir: string,
    private readonly options: { headless: boolean; viewport: LaunchOptions['viewport']; ownsProfile: boolean; ownsSandbox: boolean },
  ) {}

  get context(): BrowserContext {
    if (!this.ctx) throw new Error('The browser is closed.');
    return this.ctx;
  }

  get extensionId(): string {
    return this.id;
  }

  get sidePanelUrl(): string {
    return `chrome-extension://${this.id}/sidepanel.html`;
  }

  /** Starts Chromium on the profile and waits for the extension's service worker to learn the id. */
  async launch(): Promise<void> {
    checkChromium();
    this.ctx = await chromium.launchPersistentContext(this.userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: this.options.headless,
      // Playwright turns extensions off by default; --disable-extensions-except alone is not enough.
      ignoreDefaultArgs: ['--disable-extensions'],
      args: chromiumFlags(this.extDir, this.sandbox.hosts, this.sandbox.port),
      viewport: this.options.viewport === undefined ? { width: 1280, height: 800 } : this.options.viewport,
      ignoreHTTPSErrors: true,
    });
    this.logs.attach(this.ctx);
    const worker = await this.serviceWorker();
    this.id = new URL(worker.url()).host;
  }

  /** The extension's service worker (waits for it to register on a fresh profile). */
  async serviceWorker(timeoutMs = 15_000): Promise<Worker> {
    const isOurs = (w: Worker) => w.url().startsWith('chrome-extension://') && (!this.id || w.url().includes(this.id));
    const running = this.context.serviceWorkers().find(isOurs);
    if (running) return running;
    try {
      return await this.context.waitForEvent('serviceworker', { predicate: isOurs, timeout: timeoutMs });
    } catch {
      throw new Error(
        `The extension's service worker did not start within ${timeoutMs} ms. Is ${this.extDir} a Chrome MV3 build? ` +
          `Extension output so far:\n${this.logs.extensionOutput()}`,
      );
    }
  }

  /** Opens the side panel as a tab, the way the tests (and a person with the URL) can. */
  async openSidePanel(): Promise<Page> {
    const page = await this.context.newPage();
    await page.goto(this.sidePanelUrl);
    return page;
  }

  /** Opens a sandbox console page at its real URL, e.g. `https://app.sendgrid.com/settings/subusers`. */
  async openConsole(url: string): Promise<Page> {
    const page = await this.context.newPage();
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    return page;
  }

  /** Stops the extension's service worker now; `await (…).restarted()` proves it came back fresh. */
  async stopServiceWorker(): Promise<StoppedServiceWorker> {
    return stopServiceWorker(this.context, await this.serviceWorker(), this.id);
  }

  /** Every storage area of the extension (local, sync, session) and its IndexedDB, read in the service worker. */
  async dumpStorage(): Promise<StorageDump> {
    return dumpStorage(await this.serviceWorker());
  }

  /** Profile files (on disk) that contain `needle`; for secrets this must stay empty. */
  async searchProfile(needle: string): Promise<string[]> {
    return searchProfile(this.userDataDir, needle);
  }

  /** Holds the optional permissions as if the person had accepted Chromium's prompt: relaunches unless already held. */
  async grant(grant: PermissionGrant): Promise<void> {
    const held = await (await this.serviceWorker()).evaluate(
      (g) => (globalThis as unknown as { chrome: { permissions: { contains(p: PermissionGrant): Promise<boolean> } } }).chrome.permissions.contains(g),
      { permissions: grant.permissions ?? [], origins: grant.origins ?? [] },
    );
    if (held) return;
    await this.ctx?.close();
    this.ctx = undefined;
    recordGrant(this.userDataDir, this.id, grant);
    await this.restart();
  }

  /** Closes the browser and starts it again on the same profile (the sandbox keeps running). */
  async restart(): Promise<void> {
    await this.ctx?.close();
    this.ctx = undefined;
    const before = this.id;
    await this.launch();
    if (this.id !== before) throw new Error(`The extension id changed across the restart: ${before} → ${this.id}.`);
  }

  /** Closes the browser, and the sandbox and temp profile if this launch created them. */
  async close(): Promise<void> {
    await this.ctx?.close().catch(() => undefined);
    this.ctx = undefined;
    if (this.options.ownsSandbox) await this.sandbox.close();
    if (this.options.ownsProfile) await rm(this.userDataDir, { recursive: true, force: true });
  }
}

/** Launches Chromium with the built extension, every sandbox host mapped, and a fresh or given profile. */
export async function launchBrowser(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const extDir = extensionDir(options.extensionDir);
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'engage-e2e-profile-')));
  const sandbox = options.sandbox ?? (await startSandbox());
  const browser = new ExtensionBrowser(sandbox, userDataDir, extDir, {
    headless: options.headless ?? true,
    viewport: options.viewport,
    ownsProfile: !options.userDataDir,
    ownsSandbox: !options.sandbox,
  });
  try {
    await browser.launch();
    if (options.grant) await browser.grant(options.grant);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return browser;
}
