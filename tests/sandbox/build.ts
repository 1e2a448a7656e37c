// Builds the sandbox consoles into .sandbox-build/<app>/ (run: npx tsx tests/sandbox/build.ts [app…]; or import buildSandbox).
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { SANDBOX_APPS, sandboxConfig, type SandboxApp } from './vite.sandbox.ts';

const REPO_ROOT = resolve(import.meta.dirname, '../..');

/** Where builds go: `$SANDBOX_OUT_DIR`, else `<repo>/.sandbox-build` (what server.ts serves by default). */
export const defaultOutRoot = (): string =>
  process.env.SANDBOX_OUT_DIR ? resolve(process.env.SANDBOX_OUT_DIR) : resolve(REPO_ROOT, '.sandbox-build');

/** Builds the given apps (default: all four) with Vite's JS API; resolves to the build time per app in ms. */
export async function buildSandbox(
  apps: readonly SandboxApp[] = SANDBOX_APPS,
  outRoot: string = defaultOutRoot(),
): Promise<Record<string, number>> {
  const times: Record<string, number> = {};
  for (const app of apps) {
    const started = Date.now();
    await build(sandboxConfig(app, outRoot));
    times[app] = Date.now() - started;
  }
  return times;
}

async function main(): Promise<void> {
  const asked = process.argv.slice(2);
  const unknown = asked.filter((a) => !(SANDBOX_APPS as readonly string[]).includes(a));
  if (unknown.length > 0) {
    console.error(`Unknown sandbox app(s): ${unknown.join(', ')}; choose from ${SANDBOX_APPS.join(', ')}`);
    process.exit(2);
  }
  const apps = (asked.length > 0 ? asked : SANDBOX_APPS) as readonly SandboxApp[];
  const outRoot = defaultOutRoot();
  const times = await buildSandbox(apps, outRoot);
  for (const [app, ms] of Object.entries(times)) console.log(`sandbox ${app}: built into ${resolve(outRoot, app)} in ${ms} ms`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
