// `npm test`: type check, lint, unit tests, builds, build tests, end-to-end tests in Chromium then Firefox — in that order, stopping at the first failure.
import { spawnSync } from 'node:child_process';

const steps = [
  ['type check', 'npx', ['tsc', '--noEmit']],
  ['lint', 'npx', ['oxlint', '--deny-warnings']],
  ['unit tests', 'npx', ['vitest', 'run']],
  // `wxt zip` builds, then packs what each store takes (Firefox: also the sources zip).
  ['build and zip (chrome)', 'npx', ['wxt', 'zip']],
  ['build and zip (firefox)', 'npx', ['wxt', 'zip', '-b', 'firefox']],
  ['build tests: manifests, icons, web-ext lint', 'npx', ['vitest', 'run', '--config', 'vitest.build.config.ts']],
  ['build the sandbox consoles', 'npx', ['tsx', 'tests/sandbox/build.ts']],
  ['end-to-end tests (Chromium)', 'npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts'], { ENGAGE_LANES: 'chromium' }],
  // The cross-browser flows (tests/e2e/cross) again, in Firefox ESR over WebDriver BiDi.
  ['end-to-end tests (Firefox)', 'npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts', 'tests/e2e/cross'], { ENGAGE_LANES: 'firefox' }],
];

const started = Date.now();
let passed = 0;
let failed = 0;
for (const [name, cmd, args, env = {}] of steps) {
  const t0 = Date.now();
  console.log(`\n▶ ${name}: ${cmd} ${args.join(' ')}`);
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0', ...env } });
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  if (result.status === 0) {
    passed++;
    console.log(`✔ ${name} (${seconds} s)`);
  } else {
    failed++;
    console.log(`✖ ${name} failed (exit ${result.status ?? result.signal}, ${seconds} s)`);
    break;
  }
}
console.log(`\nnpm test wall time: ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`steps: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
