// Vite config for one sandbox console app: assets live under /__sandbox/ so they never collide with console routes.
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import type { InlineConfig } from 'vite';

export const SANDBOX_APPS = ['segment', 'sendgrid', 'twilio', 'twilio-legacy'] as const;
export type SandboxApp = (typeof SANDBOX_APPS)[number];

/** Folder under `.sandbox-build/` and the prefix every built asset URL starts with. */
export const ASSET_PREFIX = '/__sandbox/';

export function sandboxConfig(app: SandboxApp, outRoot: string): InlineConfig {
  return {
    configFile: false,
    root: resolve(import.meta.dirname, 'apps', app),
    base: '/',
    logLevel: 'warn',
    plugins: [react()],
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      outDir: resolve(outRoot, app),
      emptyOutDir: true,
      assetsDir: ASSET_PREFIX.slice(1, -1),
      chunkSizeWarningLimit: 4000,
      sourcemap: false,
    },
  };
}
