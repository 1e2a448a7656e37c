// Which hostnames the sandbox answers as, and what each one serves. One table; the server and the harness read it.

/** Console hosts → the `.sandbox-build/<console>` folder that holds that console's built React app. */
export const CONSOLE_HOSTS = {
  'app.segment.com': 'segment',
  // Only the CORS allow-list of Segment's own code names it (docs/console-labels.md, "EU app host"): EU workspaces may live here.
  'eu1.app.segment.com': 'segment',
  'app.sendgrid.com': 'sendgrid',
  'console.twilio.com': 'twilio',
  '1console.twilio.com': 'twilio',
  // Twilio's console frames its legacy pages from www.twilio.com/console/… (docs/console-labels.md, "Frames").
  'www.twilio.com': 'twilio-legacy',
} as const satisfies Record<string, string>;
export type ConsoleHost = keyof typeof CONSOLE_HOSTS;
export type ConsoleName = (typeof CONSOLE_HOSTS)[ConsoleHost];

/** Vendor API hosts. The fake APIs (tests/fake-apis/) plug in with `sandbox.registerHost`. */
export const API_HOSTS = [
  'api.sendgrid.com',
  'api.eu.sendgrid.com',
  'api.twilio.com',
  'messaging.twilio.com',
] as const;

/**
 * Hosts for attack tests (docs/threat-model.md). Lookalikes serve the console they imitate, so a test
 * proves the extension refuses a page whose DOM is identical to the real console's. `null`: no default
 * content; a test registers its own page with `sandbox.registerHost`.
 */
export const FIXTURE_HOSTS = {
  'app.sendgrid.com.example.test': 'sendgrid',
  'app-segment.com': 'segment',
  'evil.example.test': null,
} as const satisfies Record<string, ConsoleName | null>;

/** Every host the sandbox answers as; the browser maps all of them to the sandbox's port. */
export const SANDBOX_HOSTS: readonly string[] = [
  ...Object.keys(CONSOLE_HOSTS),
  ...API_HOSTS,
  ...Object.keys(FIXTURE_HOSTS),
];

/** The folder a host serves by default, if any. */
export function consoleFor(host: string): ConsoleName | null {
  if (Object.hasOwn(CONSOLE_HOSTS, host)) return CONSOLE_HOSTS[host as ConsoleHost];
  if (Object.hasOwn(FIXTURE_HOSTS, host)) return FIXTURE_HOSTS[host as keyof typeof FIXTURE_HOSTS];
  return null;
}

/** `Host: app.segment.com:443` → `app.segment.com` (lower case, no port, no trailing dot). */
export function hostOf(header: string | undefined): string {
  const raw = (header ?? '').trim().toLowerCase();
  const withoutPort = raw.startsWith('[') ? raw.slice(0, raw.indexOf(']') + 1) : raw.replace(/:\d+$/, '');
  return withoutPort.replace(/\.$/, '');
}
