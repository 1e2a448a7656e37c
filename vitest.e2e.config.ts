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
    retry: 0,
    // A loaded CI machine can take seconds to wake the service worker; a poll that passes returns at once.
    expect: { poll: { timeout: 5_000 } },
  },
});
