// Builds the sandbox consoles into .sandbox-build/<app>/ (run: npx tsx tests/sandbox/build.ts [app…]).
import { resolve } from 'node:path';
import { build } from 'vite';
import { SANDBOX_APPS, sandboxConfig, type SandboxApp } from './vite.sandbox.ts';

const root = resolve(import.meta.dirname, '../..');
const outRoot = process.env.SANDBOX_OUT_DIR ? resolve(process.env.SANDBOX_OUT_DIR) : resolve(root, '.sandbox-build');

const asked = process.argv.slice(2);
const unknown = asked.filter((a) => !(SANDBOX_APPS as readonly string[]).includes(a));
if (unknown.length > 0) {
  console.error(`Unknown sandbox app(s): ${unknown.join(', ')}; choose from ${SANDBOX_APPS.join(', ')}`);
  process.exit(2);
}
const apps = (asked.length > 0 ? asked : SANDBOX_APPS) as readonly SandboxApp[];

for (const app of apps) {
  const started = Date.now();
  await build(sandboxConfig(app, outRoot));
  console.log(`sandbox ${app}: built into ${resolve(outRoot, app)} in ${Date.now() - started} ms`);
}
