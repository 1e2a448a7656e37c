// Unit tests: happy-dom, WXT's fake browser and auto-imports. End-to-end tests have their own config.
import './tests/node-polyfills';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/unit/setup.ts'],
    restoreMocks: true,
    // The panel tests render the whole side panel in happy-dom; on a loaded 2-core machine one can take 5–6 s.
    testTimeout: 20_000,
  },
});
