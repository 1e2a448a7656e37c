// A thin driver over playwright-core (Chromium) and puppeteer-core (Firefox), so one test file runs in both browsers.
import type { ElementHandle as PwElement, Frame as PwFrame, Page as PwPage } from 'playwright-core';
import type { ElementHandle as PpElement, Frame as PpFrame, Page as PpPage } from 'puppeteer-core';
import { launchBrowser, type ExtensionBrowser } from './browser.ts';
import { launchFirefox, type FirefoxExtensionBrowser } from './firefox.ts';
import type { PermissionGrant } from './grants.ts';
import { searchProfile } from './storage.ts';
import type { Sandbox } from '../../sandbox/server.ts';

export type Lane = 'chromium' | 'firefox';

/** The lanes this run covers: `$ENGAGE_LANES` (comma-separated), default Chromium only. */
export function lanes(): Lane[] {
  const asked = (process.env.ENGAGE_LANES ?? 'chromium').split(',').map((s) => s.trim()).filter(Boolean);
  for (const lane of asked) if (lane !== 'chromium' && lane !== 'firefox') throw new Error(`ENGAGE_LANES: unknown lane “${lane}”.`);
  return asked as Lane[];
}

/**
 * What to act on, found the way a person names it: a CSS selector for the kind of control, narrowed by its
 * visible name (aria-label, label text, or text, ignoring aria-hidden parts). `overlay` looks only inside
 * our own overlay's shadow root; otherwise the overlay is skipped. Visible matches come first.
 */
export interface Find {
  css: string;
  name?: RegExp;
  overlay?: boolean;
}

export interface DriverFrame {
  url(): string;
  /** Runs `fn(arg)` in the frame's page realm (serialisable argument and result). */
  run<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Waits up to 8 s for the element to be there. */
  waitFor(find: Find): Promise<void>;
  /** A real mouse click in the middle of the element (waits up to 8 s for it). */
  click(find: Find): Promise<void>;
  /** Clicks the field, selects what is there, deletes it and types `text` key by key. */
  typeInto(find: Find, text: string): Promise<void>;
  /** Picks a `<select>` option by its label. */
  select(find: Find, label: string): Promise<void>;
}

export interface DriverPage extends DriverFrame {
  frames(): DriverFrame[];
  press(key: 'Tab' | 'Enter' | 'Space'): Promise<void>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
  /** The underlying Playwright or Puppeteer page, for what only one browser has. */
  raw: PwPage | PpPage;
}

export interface Driver {
  lane: Lane;
  sandbox: Sandbox;
  openConsole(url: string): Promise<DriverPage>;
  /** The side panel page in a tab, once it shows real progress. */
  openPanel(): Promise<DriverPage>;
  storage(): Promise<{ local: Record<string, unknown>; session: Record<string, unknown> }>;
  /** Profile files holding `needle`, leaving out the consoles' own page storage (the sandbox keeps its state there). */
  searchOurFiles(needle: string): Promise<string[]>;
  restart(): Promise<void>;
  /**
   * After a click in the panel that asked for optional permissions: Firefox has granted them already (its
   * prompt is turned off in the test profile); Chromium's prompt is out of automation's reach, so the grant
   * is recorded in the profile as Chromium records it, and Chromium relaunches (every page closes).
   */
  acceptPermissionPrompt(grant: PermissionGrant): Promise<void>;
  close(): Promise<void>;
  /** Errors and warnings the extension printed, and any script the browser stopped for running too long. */
  problems(): string[];
}

export interface DriverOptions {
  userDataDir?: string;
  colorScheme?: 'light' | 'dark';
}

/** Runs in the page: the element `find` names, or null. */
function locate(find: { css: string; name: string | null; flags: string; overlay: boolean }): Element | null {
  const roots: (Document | ShadowRoot)[] = [];
  const overlay = document.querySelector('engage-copilot-overlay')?.shadowRoot;
  if (find.overlay) {
    if (overlay) roots.push(overlay);
  } else {
    const walk = (root: Document | ShadowRoot) => {
      roots.push(root);
      for (const el of Array.from(root.querySelectorAll('*'))) if (el.shadowRoot && el.localName !== 'engage-copilot-overlay') walk(el.shadowRoot);
    };
    walk(document);
  }
  const re = find.name === null ? null : new RegExp(find.name, find.flags);
  const nameOf = (el: Element): string => {
    const aria = el.getAttribute('aria-label');
    const label = (el as HTMLInputElement).labels?.[0];
    const source = aria === null ? (label ?? el) : null;
    if (!source) return aria ?? '';
    const copy = source.cloneNode(true) as Element;
    copy.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove());
    return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
  };
  const all = roots.flatMap((r) => Array.from(r.querySelectorAll(find.css))).filter((el) => !re || re.test(nameOf(el)));
  return all.find((el) => el.getClientRects().length > 0) ?? all[0] ?? null;
}

const spec = (find: Find) => ({ css: find.css, name: find.name?.source ?? null, flags: find.name?.flags ?? '', overlay: find.overlay ?? false });
const describeFind = (find: Find) => `${find.overlay ? 'overlay ' : ''}${find.css}${find.name ? ` named ${String(find.name)}` : ''}`;

type AnyFrame = PwFrame | PwPage | PpFrame | PpPage;
type AnyElement = { click(): Promise<void> };

async function element(where: AnyFrame, find: Find): Promise<AnyElement> {
  const deadline = Date.now() + 8_000;
  for (;;) {
    const handle = await (where as PpFrame).evaluateHandle(locate, spec(find));
    const el = handle.asElement();
    if (el) return el as unknown as AnyElement;
    await handle.dispose();
    if (Date.now() > deadline) throw new Error(`Nothing on ${where.url()} matches ${describeFind(find)}.`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function frameOf(where: AnyFrame, keyboard: { selectAll(): Promise<void>; type(text: string): Promise<void>; press(key: string): Promise<void> }): DriverFrame {
  return {
    url: () => where.url(),
    run: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) => (where as PpFrame).evaluate(fn as never, arg as never) as Promise<R>,
    async waitFor(find) {
      await element(where, find);
    },
    async click(find) {
      await (await element(where, find)).click();
    },
    async typeInto(find, text) {
      await (await element(where, find)).click();
      await keyboard.selectAll();
      await keyboard.press('Backspace');
      await keyboard.type(text);
    },
    async select(find, label) {
      const el = await element(where, find);
      const value = await (el as PpElement).evaluate(
        (s, l) => Array.from((s as HTMLSelectElement).options).find((o) => o.label === l || o.text === l)?.value ?? null,
        label,
      );
      if (value === null) throw new Error(`${describeFind(find)} has no option “${label}”.`);
      if ('selectOption' in el) await (el as PwElement).selectOption(value);
      else await (el as PpElement).select(value);
    },
  };
}

function playwrightPage(page: PwPage): DriverPage {
  const keyboard = {
    selectAll: () => page.keyboard.press('ControlOrMeta+a'),
    type: (text: string) => page.keyboard.type(text, { delay: 5 }),
    press: (key: string) => page.keyboard.press(key),
  };
  return {
    ...frameOf(page, keyboard),
    raw: page,
    frames: () => page.frames().map((f) => frameOf(f, keyboard)),
    press: (key) => page.keyboard.press(key === 'Space' ? ' ' : key),
    screenshot: async (path) => void (await page.screenshot({ path })),
    close: () => page.close(),
  };
}

function puppeteerPage(page: PpPage): DriverPage {
  const keyboard = {
    async selectAll() {
      await page.keyboard.down('Control');
      await page.keyboard.press('KeyA');
      await page.keyboard.up('Control');
    },
    type: (text: string) => page.keyboard.type(text, { delay: 5 }),
    press: (key: string) => page.keyboard.press(key as never),
  };
  return {
    ...frameOf(page, keyboard),
    raw: page,
    frames: () => page.frames().map((f) => frameOf(f, keyboard)),
    press: (key) => page.keyboard.press(key),
    screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png` })),
    close: () => page.close(),
  };
}

const notPageStorage = (hits: string[]) => hits.filter((path) => !/storage[\\/]default[\\/]https\+\+\+/.test(path) && !/^Default[\\/](Local|Session) Storage/.test(path));

function chromiumDriver(browser: ExtensionBrowser, colorScheme: 'light' | 'dark'): Driver {
  const scheme = async (page: PwPage) => {
    await page.emulateMedia({ colorScheme });
    return page;
  };
  return {
    lane: 'chromium',
    sandbox: browser.sandbox,
    openConsole: async (url) => playwrightPage(await browser.openConsole(url)),
    async openPanel() {
      const page = await scheme(await browser.context.newPage());
      await page.goto(browser.sidePanelUrl);
      await page.locator('html[data-panel-ready="true"]').waitFor({ state: 'attached', timeout: 15_000 });
      return playwrightPage(page);
    },
    storage: async () => {
      const dump = await browser.dumpStorage();
      return { local: dump.local, session: dump.session };
    },
    searchOurFiles: async (needle) => notPageStorage(await browser.searchProfile(needle)),
    restart: () => browser.restart(),
    acceptPermissionPrompt: (grant) => browser.grant(grant),
    close: () => browser.close(),
    problems: () =>
      browser.logs.entries
        .filter((e) => (e.source !== 'web-page' && /error|warn/.test(e.type)) || /Script terminated by timeout/.test(e.text))
        .map((e) => `[${e.source} ${e.type}] ${e.text}`),
  };
}

function firefoxDriver(browser: FirefoxExtensionBrowser): Driver {
  return {
    lane: 'firefox',
    sandbox: browser.sandbox,
    openConsole: async (url) => puppeteerPage(await browser.openConsole(url)),
    openPanel: async () => puppeteerPage(await browser.openPanel()),
    storage: () => browser.dumpStorage(),
    searchOurFiles: async (needle) => notPageStorage(await searchProfile(browser.userDataDir, needle)),
    restart: () => browser.restart(),
    acceptPermissionPrompt: async () => undefined,
    close: () => browser.close(),
    problems: () => browser.logs.filter((e) => e.source === 'extension' || /Script terminated by timeout/.test(e.text)).map((e) => e.text),
  };
}

/** Starts the lane's browser with the built extension on a fresh sandbox (and a fresh or given profile). */
export async function launchDriver(lane: Lane, options: DriverOptions = {}): Promise<Driver> {
  const colorScheme = options.colorScheme ?? 'light';
  if (lane === 'firefox') return firefoxDriver(await launchFirefox({ ...options, colorScheme }));
  return chromiumDriver(await launchBrowser(options.userDataDir ? { userDataDir: options.userDataDir } : {}), colorScheme);
}
