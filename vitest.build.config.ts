// Build tests: what `wxt build` wrote (manifests, icons, web-ext lint). `npm test` runs them after both builds.
import './tests/node-polyfills';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/build/**/*.build.ts'],
    testTimeout: 120_000,
  },
});
