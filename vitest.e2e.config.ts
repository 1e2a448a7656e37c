// End-to-end tests: the built extension in Debian's Chromium, on the sandbox consoles. One file at a time.
import './tests/node-polyfills';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // A test that fails is run once more, and the run lists it as retried: on a loaded 2-core CI machine a
    // browser can miss a beat, and one such beat must not fail the whole suite. A real failure fails twice.
    retry: 1,
    // A loaded CI machine can take seconds to wake the service worker; a poll that passes returns at once.
    expect: { poll: { timeout: 5_000 } },
  },
});
