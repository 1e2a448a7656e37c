// `npm test`: type check, lint, unit tests, builds, build tests, end-to-end tests in Chromium and Firefox — stopping
// at the first failure. Steps in one group run side by side: the unit tests beside the builds, and beside the
// Chromium files the one end-to-end file that mostly waits (a real one-minute expiry), then the Firefox lane.
// A step's output is kept whole: the group's first step streams it, the others print theirs when the group ends.
import { spawn } from 'node:child_process';

/** The file that sleeps through a real vault expiry: it runs in its own process, beside the rest. */
const WAITING = 'tests/e2e/carry-leaks.e2e.ts';
const e2e = ['vitest', 'run', '--config', 'vitest.e2e.config.ts'];

/**
 * Each entry is one step, or a list of steps that run at the same time (each a chain of commands in order). A step's
 * env applies to all its commands; a command may add its own (the lane of the browser it drives).
 */
const plan = [
  ['type check', [['npx', ['tsc', '--noEmit']]]],
  ['lint', [['npx', ['oxlint', '--deny-warnings']]]],
  [
    ['unit tests', [['npx', ['vitest', 'run']]]],
    [
      'builds, zips, build tests, sandbox',
      [
        // `wxt zip` builds, then packs what each store takes (Firefox: also the sources zip).
        ['npx', ['wxt', 'zip']],
        ['npx', ['wxt', 'zip', '-b', 'firefox']],
        // Manifests, icons, web-ext lint.
        ['npx', ['vitest', 'run', '--config', 'vitest.build.config.ts']],
        ['npx', ['tsx', 'tests/sandbox/build.ts']],
      ],
    ],
  ],
  [
    ['end-to-end tests (Chromium)', [['npx', [...e2e, '--exclude', WAITING]]], { ENGAGE_LANES: 'chromium' }],
    [
      'end-to-end test with a real expiry (Chromium), then the Firefox lane',
      [
        ['npx', [...e2e, WAITING], { ENGAGE_LANES: 'chromium' }],
        // The cross-browser flows (tests/e2e/cross) again, in Firefox ESR over WebDriver BiDi: beside the long
        // Chromium step, once the expiry test has slept through its minute.
        ['npx', [...e2e, 'tests/e2e/cross'], { ENGAGE_LANES: 'firefox' }],
      ],
    ],
  ],
];

/** Runs one command; `buffer`: collect its output (for a step beside others) instead of streaming it. */
function run(cmd, args, env, buffer) {
  return new Promise((done) => {
    const child = spawn(cmd, args, { stdio: buffer ? ['ignore', 'pipe', 'pipe'] : 'inherit', env: { ...process.env, FORCE_COLOR: '0', ...env } });
    const out = [];
    child.stdout?.on('data', (d) => out.push(d));
    child.stderr?.on('data', (d) => out.push(d));
    child.on('close', (code, signal) => done({ code: code ?? 1, signal, output: Buffer.concat(out).toString() }));
  });
}

async function step([name, commands, env = {}], buffer) {
  const t0 = Date.now();
  if (!buffer) console.log(`\n▶ ${name}`);
  let output = '';
  for (const [cmd, args, own = {}] of commands) {
    if (!buffer) console.log(`  $ ${cmd} ${args.join(' ')}`);
    const r = await run(cmd, args, { ...env, ...own }, buffer);
    output += `$ ${cmd} ${args.join(' ')}\n${r.output}`;
    if (r.code !== 0) return { name, ok: false, seconds: (Date.now() - t0) / 1000, output, why: `exit ${r.signal ?? r.code}` };
  }
  return { name, ok: true, seconds: (Date.now() - t0) / 1000, output };
}

const started = Date.now();
let passed = 0;
let failed = 0;
for (const entry of plan) {
  const group = Array.isArray(entry[0]) ? entry : [entry];
  const side = group.length > 1;
  if (side) console.log(`\n▶ side by side: ${group.map((s) => s[0]).join(' | ')}`);
  // The first step of a group streams its output as it runs (the long one, so progress shows); the others' output
  // is printed when the group ends.
  const results = await Promise.all(group.map((s, i) => step(s, side && i > 0)));
  for (const [i, r] of results.entries()) {
    if (side && i > 0) console.log(`\n── ${r.name} ──\n${r.output}`);
    if (r.ok) passed++;
    else failed++;
    console.log(r.ok ? `✔ ${r.name} (${r.seconds.toFixed(1)} s)` : `✖ ${r.name} failed (${r.why}, ${r.seconds.toFixed(1)} s)`);
  }
  if (failed) break;
}
console.log(`\nnpm test wall time: ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`steps: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
