// One Firefox with the built extension as a temporary add-on, on the sandbox consoles, driven over WebDriver BiDi.
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { startSandbox, type Sandbox } from '../../sandbox/server.ts';
import { REPO_ROOT } from './chromium.ts';
import { startConnectProxy, type ConnectProxy } from './proxy.ts';
import { searchProfile } from './storage.ts';

export const FIREFOX_PATH = process.env.ENGAGE_FIREFOX ?? '/usr/bin/firefox-esr';
/** Pinned so the panel's URL is known before install and stays the same across a restart. */
export const PINNED_UUID = '5e1d2c3b-4a59-4f6e-8d7c-0b1a2e3f4c5d';

export interface FirefoxLaunchOptions {
  userDataDir?: string;
  /** Built firefox-mv2 folder. Default: `$ENGAGE_FIREFOX_EXT_DIR` or `.output/firefox-mv2`. */
  extensionDir?: string;
  sandbox?: Sandbox;
  colorScheme?: 'light' | 'dark';
}

/** What Firefox and its pages printed: BiDi console events of pages, and extension pages' lines on stdout. */
export interface FirefoxLogEntry {
  source: 'extension' | 'web-page';
  text: string;
}

/**
 * Firefox prints extension pages' console output and script errors on stdout, mixed with its own: its
 * own name a chrome:// or resource:// source, and two messages of its own carry none (listed here).
 */
const FIREFOX_OWN = [
  /chrome:\/\/|resource:\/\//,
  /^console\.error: "Security state \d+ has no known STATE_IS_\* flags\."/,
  /JSWindowActorChild\.sendAsyncMessage/, // a window actor of Firefox's own, while a tab closes
  /^console\.error: RSLoader: /, // Firefox's remote-settings loader, which has no network here (seen once in 6 runs)
];
export function isExtensionOutput(line: string): boolean {
  if (/Script terminated by timeout/.test(line)) return true;
  if (!/^(console\.(error|warn)|JavaScript (error|warning))/.test(line)) return false;
  return line.includes('moz-extension://') || !FIREFOX_OWN.some((re) => re.test(line));
}

export function firefoxExtensionDir(explicit?: string): string {
  const dir = resolve(REPO_ROOT, explicit ?? process.env.ENGAGE_FIREFOX_EXT_DIR ?? join(process.env.ENGAGE_OUT_DIR ?? '.output', 'firefox-mv2'));
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${dir}. The e2e tests never build: run \`npx wxt build -b firefox\` first (\`npm test\` does).`);
  }
  return dir;
}

export function checkFirefox(): void {
  if (!existsSync(FIREFOX_PATH)) {
    throw new Error(`Firefox is not at ${FIREFOX_PATH}. Install it (\`apt-get install -y firefox-esr\`) or set ENGAGE_FIREFOX.`);
  }
}

function prefs(proxyPort: number, geckoId: string, colorScheme: 'light' | 'dark'): Record<string, unknown> {
  return {
    // Every request goes through our CONNECT proxy, which knows only the sandbox hosts; no DNS-over-HTTPS.
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    'network.trr.mode': 5,
    'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: PINNED_UUID }),
    // Extension pages' console output reaches no BiDi event; on stdout we can read it.
    'devtools.console.stdout.chrome': true,
    'devtools.console.stdout.content': true,
    // permissions.request() from the panel grants at once instead of showing a doorhanger no one can click headless.
    'extensions.webextOptionalPermissionPrompts': false,
    'ui.systemUsesDarkTheme': colorScheme === 'dark' ? 1 : 0,
    'layout.css.prefers-color-scheme.content-override': colorScheme === 'dark' ? 0 : 1,
  };
}

export class FirefoxExtensionBrowser {
  readonly logs: FirefoxLogEntry[] = [];
  private instance: Browser | undefined;
  private proxy: ConnectProxy | undefined;
  readonly geckoId: string;

  constructor(
    readonly sandbox: Sandbox,
    readonly userDataDir: string,
    readonly extDir: string,
    private readonly options: { colorScheme: 'light' | 'dark'; ownsProfile: boolean; ownsSandbox: boolean },
  ) {
    const manifest = JSON.parse(readFileSync(join(extDir, 'manifest.json'), 'utf8')) as {
      browser_specific_settings?: { gecko?: { id?: string } };
    };
    const id = manifest.browser_specific_settings?.gecko?.id;
    if (!id) throw new Error(`${extDir}/manifest.json has no gecko id: is it a Firefox build?`);
    this.geckoId = id;
  }

  get browser(): Browser {
    if (!this.instance) throw new Error('Firefox is closed.');
    return this.instance;
  }

  get panelUrl(): string {
    return `moz-extension://${PINNED_UUID}/sidepanel.html`;
  }

  async launch(): Promise<void> {
    checkFirefox();
    this.proxy ??= await startConnectProxy(() => this.sandbox.hosts, this.sandbox.port);
    this.instance = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX_PATH,
      headless: true,
      acceptInsecureCerts: true,
      userDataDir: this.userDataDir,
      args: ['-remote-allow-system-access'],
      extraPrefsFirefox: prefs(this.proxy.port, this.geckoId, this.options.colorScheme),
      defaultViewport: { width: 1280, height: 800 },
    });
    this.instance.process()?.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      for (const line of chunk.split('\n')) if (isExtensionOutput(line)) this.logs.push({ source: 'extension', text: line });
    });
    this.instance.on('targetcreated', (target) => {
      void target.page().then((page) => page && this.listen(page)).catch(() => undefined);
    });
    const id = await this.instance.installExtension(this.extDir);
    if (id !== this.geckoId) throw new Error(`Firefox installed ${id}, not ${this.geckoId}.`);
  }

  private listen(page: Page): void {
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warn') this.logs.push({ source: 'web-page', text: `${message.type()}: ${message.text()}` });
    });
    page.on('pageerror', (error) => this.logs.push({ source: 'web-page', text: `pageerror: ${String(error)}` }));
  }

  /**
   * The panel page in a tab. `page.goto` never settles for extension pages (Firefox's BiDi reports no
   * navigation events for them), so navigate without waiting and wait for the panel's own readiness marker.
   */
  async openPanel(): Promise<Page> {
    const page = await this.browser.newPage();
    const context = (page.mainFrame() as unknown as { browsingContext: { navigate(url: string, wait: string): Promise<unknown> } })
      .browsingContext;
    await context.navigate(this.panelUrl, 'none');
    await page.waitForSelector('html[data-panel-ready="true"]', { timeout: 15_000 });
    return page;
  }

  async openConsole(url: string): Promise<Page> {
    const page = await this.browser.newPage();
    this.listen(page);
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    return page;
  }

  /** storage.local and storage.session as the extension sees them, read in a panel tab (a trusted context). */
  async dumpStorage(): Promise<{ local: Record<string, unknown>; session: Record<string, unknown> }> {
    const page = await this.openPanel();
    try {
      return await page.evaluate(async () => {
        type Area = { get(keys: null): Promise<Record<string, unknown>> };
        const { storage } = (globalThis as unknown as { browser: { storage: Record<'local' | 'session', Area> } }).browser;
        return { local: await storage.local.get(null), session: await storage.session.get(null) };
      });
    } finally {
      await page.close();
    }
  }

  async searchProfile(needle: string): Promise<string[]> {
    return searchProfile(this.userDataDir, needle);
  }

  /** Closes Firefox and starts it again on the same profile; the temporary add-on is installed again (as a developer would). */
  async restart(): Promise<void> {
    await this.instance?.close();
    this.instance = undefined;
    await this.launch();
  }

  async close(): Promise<void> {
    await this.instance?.close().catch(() => undefined);
    this.instance = undefined;
    await this.proxy?.close();
    if (this.options.ownsSandbox) await this.sandbox.close();
    if (this.options.ownsProfile) await rm(this.userDataDir, { recursive: true, force: true });
  }
}

export async function launchFirefox(options: FirefoxLaunchOptions = {}): Promise<FirefoxExtensionBrowser> {
  const extDir = firefoxExtensionDir(options.extensionDir);
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'engage-e2e-firefox-')));
  const sandbox = options.sandbox ?? (await startSandbox());
  const browser = new FirefoxExtensionBrowser(sandbox, userDataDir, extDir, {
    colorScheme: options.colorScheme ?? 'light',
    ownsProfile: !options.userDataDir,
    ownsSandbox: !options.sandbox,
  });
  try {
    await browser.launch();
  } catch (error) {
    await browser.close();
    throw error;
  }
  return browser;
}
