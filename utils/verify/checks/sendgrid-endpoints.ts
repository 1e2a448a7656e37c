// The SendGrid endpoints the checks call, with the zod schema of each 200 body and how each list pages (docs/verify.md).
import { z } from 'zod';
import { endpoint } from '../http';
import { listEndpoint } from '../paging';

const sg = { vendor: 'sendgrid', base: 'sendgrid' } as const;

export const userAccount = endpoint({
  ...sg,
  template: '/v3/user/account',
  scope: 'user.account.read',
  schema: z.object({ type: z.enum(['free', 'paid']), reputation: z.number() }),
});

export const userUsername = endpoint({
  ...sg,
  template: '/v3/user/username',
  scope: 'user.username.read',
  schema: z.object({ username: z.string(), user_id: z.number().int() }),
});

export const scopes = endpoint({ ...sg, template: '/v3/scopes', schema: z.object({ scopes: z.array(z.string()) }) });

/**
 * SendGrid documents no default page size for most lists; we ask for 100 a page (and take a shorter page as the
 * last). `/v3/api_keys` and `/v3/whitelabel/links` take a `limit` but no `offset`.
 */
export const SENDGRID_PAGE_SIZE = 100;

export const apiKeys = listEndpoint({
  ...sg,
  template: '/v3/api_keys',
  scope: 'api_keys.read',
  paging: { style: 'limitOnly', limit: SENDGRID_PAGE_SIZE },
  noun: 'API keys',
  schema: z.object({ result: z.array(z.object({ api_key_id: z.string(), name: z.string() })) }),
  items: (page) => page.result,
});

export const subscriptionTracking = endpoint({
  ...sg,
  template: '/v3/tracking_settings/subscription',
  scope: 'tracking_settings.subscription.read',
  schema: z.object({ enabled: z.boolean() }),
});

/** The 11 event booleans the guide's "Select All" turns on. `account_status_change` is opt-in and not required. */
export const WEBHOOK_EVENTS = [
  'processed',
  'dropped',
  'deferred',
  'bounce',
  'delivered',
  'open',
  'click',
  'spam_report',
  'unsubscribe',
  'group_unsubscribe',
  'group_resubscribe',
] as const;

/** The spec marks every field of a webhook optional: an event that is absent is an event not sent. */
const WebhookSchema = z.object({
  id: z.string().optional(),
  enabled: z.boolean().optional(),
  url: z.string().optional(),
  oauth_client_id: z.string().nullish(),
  ...Object.fromEntries(WEBHOOK_EVENTS.map((e) => [e, z.boolean().optional()])),
}) as z.ZodType<{ id?: string; enabled?: boolean; url?: string; oauth_client_id?: string | null } & Partial<Record<(typeof WEBHOOK_EVENTS)[number], boolean>>>;
export type Webhook = z.infer<typeof WebhookSchema>;

export const eventWebhooks = endpoint({
  ...sg,
  template: '/v3/user/webhooks/event/settings/all',
  scope: 'user.webhooks.event.settings.read',
  // "Zero Webhooks" in the spec comes back as `[{}]`: an entry without a URL is no webhook, not a malformed one.
  schema: z.object({
    max_allowed: z.number().optional(),
    webhooks: z.array(WebhookSchema),
  }),
});

const SubuserSchema = z.object({
  id: z.number(),
  username: z.string(),
  email: z.string(),
  disabled: z.boolean(),
  /** Only with `include_region=true`. */
  region: z.enum(['global', 'eu']).optional(),
});
export type Subuser = z.infer<typeof SubuserSchema>;

/** `username=` narrows the list to one name; `include_region=true` adds each subuser's region. */
export const subusers = listEndpoint({
  ...sg,
  template: '/v3/subusers',
  scope: 'subusers.read',
  paging: { style: 'offset', limit: SENDGRID_PAGE_SIZE },
  noun: 'subusers',
  schema: z.array(SubuserSchema),
  items: (page) => page,
});

/** The account's dedicated IPs with their subusers, rDNS and warmup state. `subuser=` narrows to one subuser's IPs. */
export const ips = listEndpoint({
  ...sg,
  template: '/v3/ips',
  scope: 'ips.read',
  paging: { style: 'offset', limit: SENDGRID_PAGE_SIZE },
  noun: 'IP addresses',
  schema: z.array(
    z.object({
      ip: z.string(),
      subusers: z.array(z.string()),
      rdns: z.string().optional(),
      warmup: z.boolean(),
      start_date: z.number().nullable(),
      whitelabeled: z.boolean(),
    }),
  ),
  items: (page) => page,
});
export type IpEntry = z.infer<typeof ips.schema>[number];

const DnsRecord = z.object({ valid: z.boolean(), type: z.string(), host: z.string(), data: z.string() });

/**
 * Both documented DNS shapes: `mail_cname`/`dkim1`/`dkim2` (automated security on) and
 * `mail_server`/`subdomain_spf`/`domain_spf`/`dkim` (off). Any record map is read the same way.
 */
export const domains = listEndpoint({
  ...sg,
  template: '/v3/whitelabel/domains',
  scope: 'whitelabel.read',
  paging: { style: 'offset', limit: SENDGRID_PAGE_SIZE },
  noun: 'authenticated domains',
  schema: z.array(
    z.object({
      id: z.number(),
      domain: z.string(),
      subdomain: z.string().optional(),
      username: z.string(),
      valid: z.boolean(),
      subusers: z.array(z.object({ username: z.string() })).optional(),
      dns: z.record(z.string(), DnsRecord),
    }),
  ),
  items: (page) => page,
});
export type Domain = z.infer<typeof domains.schema>[number];

export const links = listEndpoint({
  ...sg,
  template: '/v3/whitelabel/links',
  scope: 'whitelabel.read',
  paging: { style: 'limitOnly', limit: SENDGRID_PAGE_SIZE },
  noun: 'branded links',
  schema: z.array(
    z.object({
      id: z.number(),
      domain: z.string(),
      subdomain: z.string().optional(),
      username: z.string(),
      valid: z.boolean(),
      dns: z.object({ domain_cname: DnsRecord, owner_cname: DnsRecord.partial({ type: true }).optional() }),
    }),
  ),
  items: (page) => page,
});

export const reverseDns = listEndpoint({
  ...sg,
  template: '/v3/whitelabel/ips',
  scope: 'whitelabel.read',
  paging: { style: 'offset', limit: SENDGRID_PAGE_SIZE },
  noun: 'reverse DNS records',
  schema: z.array(z.object({ id: z.number(), ip: z.string(), rdns: z.string(), valid: z.boolean(), a_record: DnsRecord })),
  items: (page) => page,
});

/** Only the IPs warming up right now: an IP leaves this list when its warmup ends (about 30 days). */
export const ipWarmup = endpoint({
  ...sg,
  template: '/v3/ips/warmup',
  scope: 'ips.warmup.read',
  schema: z.array(z.object({ ip: z.string(), start_date: z.number() })),
});
