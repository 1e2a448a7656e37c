// Exact values and shared console pages the guide data repeats: written once here so a console change is one edit.
import type { Page, RegionalText } from '../schema';

/** Where each task's section of the (2022) guide lives; anchors are kramdown's heading slugs. */
export const GUIDE_BASE = 'https://segment.com/docs/engage/overview/onboarding/';
export const guideLink = (anchor: string): string => `${GUIDE_BASE}#${anchor}`;

/** Both guide versions as `since` dates for `variants`. */
export const GUIDE_2025 = '2025-10-01';

/** The SendGrid subuser and API key name prefix Engage checks for. */
export const ENGAGE_PREFIX = 'twilio_engage_app_';

/** SendGrid "HTTP Post URL": the 2022 guide gives only the US URL; the 2025 guide adds the EU one. */
export const SENDGRID_WEBHOOK_URL = {
  us: 'https://engage-ma-webhook-api.engage.segment.com/sendgrid',
  eu: 'https://engage-ma-webhook-api.euw1.engage.segment.com/sendgrid',
} as const satisfies RegionalText;

/** Literals the guide puts in bold for selects, radios and dropdowns. */
export const TWILIO_KEY_REGION = 'United States (US1) - Default';
export const TWILIO_KEY_TYPE_2022 = 'Standard';
export const TWILIO_KEY_TYPE_2025 = 'Main';
export const TWILIO_MESSAGING_USE = 'Market my services';
export const TWILIO_WEBHOOK_METHOD = 'HTTP Post';
export const TWILIO_INCOMING = 'Send a webhook';
export const SENDGRID_KEY_PERMISSION = 'Full Access';
export const SENDGRID_AUTH_METHOD = 'None';

/**
 * Segment app hosts. `eu1.app.segment.com` is kept on the strength of Segment's CORS allow-list only
 * (docs/console-labels.md, "EU app host": inferred), so EU workspaces still get guidance if their UI lives there.
 */
const SEGMENT_HOSTS = ['https://app.segment.com', 'https://eu1.app.segment.com'] as const;
const onSegment = (paths: string[]): string[] => SEGMENT_HOSTS.flatMap((h) => paths.map((p) => `${h}${p}`));

/**
 * Engage settings › Channels, where both the SendGrid and the Twilio set-up start (URL inferred; see
 * tests/sandbox/ROUTES.md). Variants: the 2022 "Personas > Campaigns" entry and the May-2022
 * "Personas > Settings > Messaging Service" entry (both inferred paths under the Personas-era space).
 */
export const segmentChannelsPage = (subRoute: 'sendgrid' | 'twilio'): Page => ({
  name: 'Engage > Engage settings > Channels',
  deepLink: 'https://app.segment.com/{workspace}/engage/spaces/{space}/settings/channels',
  matches: onSegment([
    `/*/engage/spaces/*/settings/channels/${subRoute}*`,
    '/*/engage/spaces/*/settings/channels',
    '/*/engage/spaces/*/settings/channels/',
    '/*/personas/spaces/*/campaigns*',
    '/*/personas/spaces/*/settings/messaging*',
  ]),
});

/** Unify › Unify settings › Identity resolution (2022: Personas › Settings › Identity Resolution). */
export const segmentIdentityPage: Page = {
  name: 'Unify > Unify settings > Identity resolution',
  deepLink: 'https://app.segment.com/{workspace}/unify/spaces/{space}/settings/identity-resolution',
  matches: onSegment([
    '/*/unify/spaces/*/settings/identity-resolution*',
    // A second third-party tool uses this shorter path (flagged UNVERIFIED in its own code).
    '/*/unify/spaces/*/identity-resolution*',
    // Personas-era path, before the 2022-09 Personas → Engage rename (inferred).
    '/*/personas/spaces/*/settings/identity-resolution*',
  ]),
};

/**
 * Twilio's Messaging Service pages. Three shapes meet here: the legacy console (`console.twilio.com`,
 * whose forms are iframes from `www.twilio.com/console/...`), the oldest direct links, and the new
 * console (`1console.twilio.com`). The content script runs in the frame, so the frame URL must match too.
 */
export const twilioServicesPage = (name: string): Page => ({
  name,
  deepLink: 'https://console.twilio.com/us1/develop/sms/services',
  matches: [
    'https://console.twilio.com/*/develop/sms/services*',
    'https://console.twilio.com/*/service/sms/*',
    'https://www.twilio.com/console/sms/services*',
    'https://1console.twilio.com/*/develop/sms/services*',
    'https://1console.twilio.com/account/*/messaging/messaging-services*',
  ],
});
