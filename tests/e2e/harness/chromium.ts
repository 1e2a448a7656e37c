// How the harness starts Debian's Chromium: the flags, the host mapping to the sandbox, and the built extension.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..', '..');
export const CHROMIUM_PATH = process.env.ENGAGE_CHROMIUM ?? '/usr/bin/chromium';

/**
 * Without these, Chromium as root in a container either refuses to start (sandbox) or hangs on
 * network lookups for sync, updates and field trials (TEAM.md, "Stack facts").
 */
export const BASE_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--ignore-certificate-errors',
];

/** The unpacked Chrome build to load: `$ENGAGE_EXT_DIR`, else `.output/chrome-mv3`. */
export function extensionDir(explicit?: string): string {
  const dir = resolve(REPO_ROOT, explicit ?? process.env.ENGAGE_EXT_DIR ?? '.output/chrome-mv3');
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(
      `No built extension at ${dir} (manifest.json is missing). The e2e tests never build: run ` +
        '`npx wxt build` first (`npm test` does), or point ENGAGE_EXT_DIR at a built chrome-mv3 folder.',
    );
  }
  return dir;
}

/** Fails early, with the fix, when Chromium is not installed. */
export function checkChromium(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium is not at ${CHROMIUM_PATH}. Install it (\`apt-get install -y chromium\`) or set ENGAGE_CHROMIUM.`,
    );
  }
}

/**
 * `MAP app.segment.com 127.0.0.1:PORT, …, EXCLUDE localhost`: every sandbox host resolves to the
 * sandbox, so pages load at their real hostnames and the extension's match patterns apply unchanged.
 */
export function hostResolverRules(hosts: readonly string[], port: number): string {
  return [...hosts.map((host) => `MAP ${host} 127.0.0.1:${port}`), 'EXCLUDE localhost'].join(', ');
}

/** All flags for one launch with the extension loaded and the sandbox mapped. */
export function chromiumFlags(extDir: string, hosts: readonly string[], port: number): string[] {
  return [
    ...BASE_FLAGS,
    `--disable-extensions-except=${extDir}`,
    `--load-extension=${extDir}`,
    `--host-resolver-rules=${hostResolverRules(hosts, port)}`,
  ];
}
