// The e2e harness in one import: launch Chromium with the extension on the sandbox, and the helpers tests share.
export { launchBrowser, ExtensionBrowser, type LaunchOptions } from './browser.ts';
export { CLIPBOARD_READ, recordGrant, type PermissionGrant } from './grants.ts';
export { SidePanel, openPanel, type RowStatus } from './sidePanel.ts';
export { runAxe, describeViolations, type AxeViolation } from './axe.ts';
export { measureFirstRender, type FirstRender } from './timing.ts';
export { dumpStorage, searchProfile, areasContaining, type StorageDump } from './storage.ts';
export { ConsoleLog, type LogEntry } from './logs.ts';
export type { StoppedServiceWorker } from './serviceWorker.ts';
export { extensionDir, hostResolverRules, chromiumFlags, REPO_ROOT } from './chromium.ts';
export { startSandbox, type Sandbox, type HostHandler } from '../../sandbox/server.ts';
