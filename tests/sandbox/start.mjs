// `npm start`: build the extension and the sandbox consoles, serve the sandbox, open Chromium with the extension on it.
// The fake vendor APIs answer for a demo account, so Verify can be tried. With a display: headed, for a person to
// try. Without one: headless, walks every console page of the guide, saves a screenshot per task into
// screenshots/<task-id>.png, then runs Verify all on the demo account (verify.png). Plain .mjs so `npm start` needs
// no flags; the TS harness is loaded through tsx's ESM API.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readdir, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

const ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const args = new Set(process.argv.slice(2));
const outDir = process.env.ENGAGE_OUT_DIR ?? '.output';
const extDir = resolve(ROOT, process.env.ENGAGE_EXT_DIR ?? join(outDir, 'chrome-mv3'));
const shotsDir = resolve(ROOT, process.env.ENGAGE_SCREENSHOTS ?? 'screenshots');
const headed = Boolean(process.env.DISPLAY) && !args.has('--headless');

function run(title, command, commandArgs) {
  console.log(`\n▶ ${title}: ${command} ${commandArgs.join(' ')}`);
  const result = spawnSync(command, commandArgs, { cwd: ROOT, stdio: 'inherit', env: process.env });
  return result.status === 0;
}

function printManualLoad() {
  const shown = relative(ROOT, extDir) || extDir;
  console.log(`
To use the extension in your own Chrome or Chromium:
  1. Open chrome://extensions and switch on "Developer mode" (top right).
  2. Click "Load unpacked" and choose the folder ${shown}
     (full path: ${extDir}).
  3. Click the Engage Copilot toolbar icon to open the side panel beside a console tab.`);
}

// 1. Builds. The extension must build; a missing or broken sandbox only means fewer pages to show.
if (!args.has('--no-build')) {
  if (!run('build the extension', 'npx', ['wxt', 'build'])) {
    console.error('\nThe extension did not build; fix the errors above and run `npm start` again.');
    process.exit(1);
  }
  if (existsSync(join(ROOT, 'tests/sandbox/build.ts'))) {
    if (!run('build the sandbox consoles', 'npx', ['tsx', 'tests/sandbox/build.ts'])) {
      console.warn('\nThe sandbox consoles did not build; their pages will say "Sandbox not built".');
    }
  } else {
    console.warn('\nNo tests/sandbox/build.ts yet: the console pages will say "Sandbox not built".');
  }
}

register();
const { launchBrowser, openPanel, startSandbox } = await import('../e2e/harness/index.ts');
const { walkGuide, startPages } = await import('./server/walk.ts');
const { demoHosts, seedDemoAccount, verifyDemo, DEMO_NOTE } = await import('./demo-verify.ts');

// The sandbox with the fake SendGrid and Twilio APIs registered before Chromium maps the hosts.
const sandbox = await startSandbox({ hosts: demoHosts().hosts });
const launch = async (options) => {
  const browser = await launchBrowser({ ...options, sandbox });
  await seedDemoAccount(browser);
  return browser;
};
const closeAll = async (browser) => {
  await browser.close();
  await sandbox.close();
};

if (headed) {
  // 2a. A person at a screen: a normal window with the side panel tab and one tab per console.
  const browser = await launch({ extensionDir: extDir, headless: false, viewport: null });
  console.log(`\nSandbox on 127.0.0.1:${browser.sandbox.port}, answering as: ${browser.sandbox.hosts.join(', ')}`);
  for (const url of startPages()) await browser.openConsole(url).catch((e) => console.warn(`Could not open ${url}: ${e.message}`));
  await openPanel(browser).catch((e) => console.warn(`The side panel did not load: ${e.message}`));
  console.log('\nChromium is open with Engage Copilot loaded. Click its toolbar icon to open the side panel beside a');
  console.log('console tab (the side-panel tab shows the same checklist). Close the window or press Ctrl+C to stop.');
  console.log(`\n${DEMO_NOTE}`);
  printManualLoad();
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await closeAll(browser);
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  browser.context.on('close', stop);
} else {
  // 2b. No display: say so, walk the guide headless, and leave screenshots behind.
  console.log(
    process.env.DISPLAY
      ? '\nRunning headless (--headless).'
      : '\nNo display (DISPLAY is not set): running Chromium headless and walking the guide instead of opening a window.',
  );
  await mkdir(shotsDir, { recursive: true });
  // File times can be coarser than Date.now(): allow a second.
  const startedAt = Date.now() - 1000;
  const browser = await launch({ extensionDir: extDir });
  let results = [];
  let verified = '';
  try {
    results = await walkGuide(browser, shotsDir, (line) => console.log(line));
    console.log(`\n${DEMO_NOTE}\n`);
    verified = await verifyDemo(browser, await openPanel(browser), shotsDir, (line) => console.log(line)).catch(
      (e) => `Verify on the demo account failed: ${e.message.split('\n')[0]}`,
    );
  } finally {
    await closeAll(browser);
  }
  // Count the files this run wrote (task pages, the panel light and dark, Verify light and dark), not only the tasks.
  const written = [];
  for (const name of await readdir(shotsDir)) {
    if (name.endsWith('.png') && (await stat(join(shotsDir, name))).mtimeMs >= startedAt) written.push(name);
  }
  const tasks = results.filter((r) => r.file).length;
  console.log(`\n${written.length} screenshots (${tasks} task pages and ${written.length - tasks} of the side panel and Verify) in ${relative(ROOT, shotsDir) || shotsDir}/ (${shotsDir})`);
  const missing = results.filter((r) => r.note);
  if (missing.length) console.log(`${missing.length} with notes (see above): ${missing.map((r) => r.taskId).join(', ')}`);
  console.log(verified);
  printManualLoad();
  // A failed Verify on the demo account means `npm start` did not deliver what it promises.
  if (!verified.startsWith('Done: ') || !/ 0 with problems/.test(verified)) process.exitCode = 1;
}
