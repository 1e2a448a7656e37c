// Build configuration: one manifest for Chrome MV3 (side panel) and Firefox (sidebar).
import { defineConfig } from 'wxt';
import { RESOLVER_ORIGINS } from './utils/dns/origins';

const ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };

export default defineConfig({
  // A private output folder lets several builds (e.g. parallel test runs) coexist.
  outDir: process.env.ENGAGE_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // `npm run zip:firefox` also writes the sources zip AMO asks for; it rebuilds the same files (tests/build/sources.build.ts).
  // Tests and screenshots are not needed to build, so reviewers get less to read.
  zip: { excludeSources: ['tests/**', 'docs/*.png', 'screenshots/**'] },
  manifest: ({ browser }) => ({
    name: 'Engage Copilot',
    description:
      'Guides you through Twilio Engage onboarding across the Segment, SendGrid and Twilio consoles.',
    // sidePanel: the checklist beside the console. storage: progress (local) and the vault (session).
    // tabs: focus an existing console tab for "Open in console". Chrome-only permissions are
    // dropped for Firefox, which uses sidebar_action instead.
    // Vault: alarms purge expired credentials even when nothing reads them; clipboardWrite copies a kept
    // value; offscreen (Chrome) hosts the clipboard work, which a service worker cannot do. clipboardRead
    // (optional, asked for in the side panel) reads what a console's copy button copied, and lets the
    // 60-second clearing check the clipboard still holds what we copied.
    permissions: browser === 'firefox'
      ? ['storage', 'tabs', 'alarms', 'clipboardWrite']
      : ['storage', 'tabs', 'sidePanel', 'alarms', 'clipboardWrite', 'offscreen'],
    // One source image (assets/icon.svg, `npm run icons`); the tile has a white rim for dark toolbars.
    icons: ICONS,
    action: { default_title: 'Open Engage Copilot', default_icon: ICONS },
    // The newest API we call: sidePanel.setPanelBehavior and AbortSignal.any (Chrome 116); docs/store.md.
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '116' }),
    // Verify: the service worker reads the set-up through the vendor APIs (never from content scripts).
    host_permissions: [
      'https://api.sendgrid.com/*', // SendGrid v3 API, US region
      'https://api.eu.sendgrid.com/*', // SendGrid v3 API, EU region subusers
      'https://api.twilio.com/*', // Twilio 2010-04-01 API: account type, phone numbers
      'https://messaging.twilio.com/*', // Twilio Messaging v1: services, sender pool, A2P/toll-free status
    ],
    // Live DNS check (off until the person turns it on): record names go to these two DoH resolvers only.
    // Manifest V2 (Firefox) lists optional hosts under optional_permissions, beside clipboardRead.
    ...(browser === 'firefox'
      ? { optional_permissions: ['clipboardRead', ...RESOLVER_ORIGINS] }
      : { optional_permissions: ['clipboardRead'], optional_host_permissions: RESOLVER_ORIGINS }),
    ...(browser === 'firefox'
      ? {
          sidebar_action: {
            default_title: 'Engage Copilot',
            default_panel: 'sidepanel.html',
          },
          browser_specific_settings: {
            // Desktop: data_collection_permissions (140) is the newest key; storage.session 115, AbortSignal.any 124.
            gecko: {
              id: 'engage-copilot@example.org',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 (it has no sidebar; not offered there).
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
