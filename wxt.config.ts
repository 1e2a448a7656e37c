// Build configuration: one manifest for Chrome MV3 (side panel) and Firefox (sidebar).
import { defineConfig } from 'wxt';
import { RESOLVER_ORIGINS } from './utils/dns/origins';

export default defineConfig({
  // A private output folder lets several builds (e.g. parallel test runs) coexist.
  outDir: process.env.ENGAGE_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Engage Copilot',
    description:
      'Guides you through Twilio Engage onboarding across the Segment, SendGrid and Twilio consoles.',
    // sidePanel: the checklist beside the console. storage: progress (local) and the vault (session).
    // tabs: focus an existing console tab for "Open in console". Chrome-only permissions are
    // dropped for Firefox, which uses sidebar_action instead.
    // Vault: alarms purge expired credentials even when nothing reads them; clipboardRead/Write clear a
    // copied secret after 60 s only if the clipboard still holds it, and read what a console's copy
    // button copied; offscreen (Chrome) hosts that clipboard work, which a service worker cannot do.
    permissions: browser === 'firefox'
      ? ['storage', 'tabs', 'alarms', 'clipboardRead', 'clipboardWrite']
      : ['storage', 'tabs', 'sidePanel', 'alarms', 'clipboardRead', 'clipboardWrite', 'offscreen'],
    action: { default_title: 'Open Engage Copilot' },
    // Verify: the service worker reads the set-up through the vendor APIs (never from content scripts).
    host_permissions: [
      'https://api.sendgrid.com/*', // SendGrid v3 API, US region
      'https://api.eu.sendgrid.com/*', // SendGrid v3 API, EU region subusers
      'https://api.twilio.com/*', // Twilio 2010-04-01 API: account type, phone numbers
      'https://messaging.twilio.com/*', // Twilio Messaging v1: services, sender pool, A2P/toll-free status
    ],
    // Live DNS check (off until the person turns it on): record names go to these two DoH resolvers only.
    // Manifest V2 (Firefox) lists optional hosts under optional_permissions.
    ...(browser === 'firefox'
      ? { optional_permissions: RESOLVER_ORIGINS }
      : { optional_host_permissions: RESOLVER_ORIGINS }),
    ...(browser === 'firefox'
      ? {
          sidebar_action: {
            default_title: 'Engage Copilot',
            default_panel: 'sidepanel.html',
          },
          browser_specific_settings: {
            gecko: {
              id: 'engage-copilot@example.org',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
