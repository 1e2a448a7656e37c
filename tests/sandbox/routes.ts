// The sandbox consoles' pages as data: host → the paths its router answers. The apps' routers are typed against
// this table, and the completeness test checks every guided task lands on one of these pages.
import type { TaskId } from '../../utils/guide/schema.ts';
import { matchPath } from './apps/shared/router.ts';

/**
 * Paths use the router's syntax (`/:param/…`); a trailing `/*` also answers every path below it (the legacy
 * Twilio wizard keeps its steps in sub-paths). `/` is each console's landing page.
 */
export const SANDBOX_ROUTES = {
  'app.segment.com': [
    '/',
    '/:ws/unify/spaces/:space/settings/identity-resolution',
    '/:ws/engage/spaces/:space/settings/channels',
    '/:ws/engage/spaces/:space/settings/channels/sendgrid',
    '/:ws/engage/spaces/:space/settings/channels/twilio',
  ],
  'app.sendgrid.com': [
    '/',
    '/account/details',
    '/account/products',
    '/settings/subusers',
    '/settings/sender_auth',
    '/settings/sender_auth/domain/create',
    '/settings/sender_auth/reverse_dns',
    '/settings/tracking',
    '/settings/mail_settings',
    '/settings/mail_settings/webhook_settings',
    '/settings/api_keys',
    '/settings/ip_addresses',
  ],
  'console.twilio.com': [
    '/',
    '/us1/account/keys-credentials/api-keys',
    '/us1/account/keys-credentials/api-keys/create',
    '/us1/develop/phone-numbers/manage/search',
    '/us1/develop/sms/regulatory-compliance/a2p-10dlc-overview',
    '/us1/develop/sms/services',
    '/us1/develop/sms/services/create',
  ],
  'www.twilio.com': ['/console/sms/services/create/*'],
} as const satisfies Record<string, readonly string[]>;

export type SandboxRouteHost = keyof typeof SANDBOX_ROUTES;
/** The paths one console's router must answer (apps type their route maps with this). */
export type SandboxPath<H extends SandboxRouteHost> = Exclude<(typeof SANDBOX_ROUTES)[H][number], '/'>;

/** The table's route that serves `url`, or null when no sandbox page answers it. */
export function sandboxRouteFor(url: string): { host: SandboxRouteHost; route: string } | null {
  const { host, pathname } = new URL(url);
  if (!Object.hasOwn(SANDBOX_ROUTES, host)) return null;
  const path = pathname.replace(/\/+$/, '') || '/';
  for (const route of SANDBOX_ROUTES[host as SandboxRouteHost] as readonly string[]) {
    const hit = route.endsWith('/*')
      ? path === route.slice(0, -2) || path.startsWith(route.slice(0, -1))
      : route === '/' ? path === '/' : matchPath(route, path) !== null;
    if (hit) return { host: host as SandboxRouteHost, route };
  }
  return null;
}

/**
 * Tasks whose first target is not on their deep link's first screen: where a person meets it, what they do first
 * there (fill these labelled fields, then click this button), and, when the page opens past the task's first
 * target, the key of the target it shows first. Everything else starts at its deep link with its first target.
 */
export const FIRST_TARGET_AT: Partial<
  Record<TaskId, { url: string; fill?: [label: string, value: string][]; click?: string; target?: string }>
> = {
  // After Next the form's fields are behind the person: the records screen's Verify is what is left.
  'sendgrid.rdns': { url: 'https://app.sendgrid.com/settings/sender_auth/reverse_dns', fill: [['Domain', 'example.com']], click: 'Next', target: 'verify' },
  // "Get Started" sits on the channels page, where segment.email's own "Get Started" comes first. On the SMS page
  // the ring starts at Copy webhook URL (the guide's step 3): the URL is kept before the credentials are filled.
  'segment.sms': { url: 'https://app.segment.com/acme/engage/spaces/default/settings/channels/twilio', target: 'copyWebhookUrl' },
  'twilio.webhook': { url: 'https://www.twilio.com/console/sms/services/create/integration?__override_layout__=embed&x-target-region=us1' },
  // Opened at step 4 itself, so the step's own button is what is left to do.
  'twilio.compliance': {
    url: 'https://www.twilio.com/console/sms/services/create/compliance?__override_layout__=embed&x-target-region=us1',
    target: 'complete',
  },
};
