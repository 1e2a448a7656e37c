// The SendGrid endpoints the checks call, with the zod schema of each 200 body (fields per vendor-apis.md §1).
import { z } from 'zod';
import { endpoint } from '../http';

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

export const apiKeys = endpoint({
  ...sg,
  template: '/v3/api_keys',
  scope: 'api_keys.read',
  schema: z.object({ result: z.array(z.object({ api_key_id: z.string(), name: z.string() })) }),
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

const WebhookSchema = z.object({
  id: z.string().optional(),
  enabled: z.boolean(),
  url: z.string(),
  oauth_client_id: z.string().nullish(),
  processed: z.boolean(),
  dropped: z.boolean(),
  deferred: z.boolean(),
  bounce: z.boolean(),
  delivered: z.boolean(),
  open: z.boolean(),
  click: z.boolean(),
  spam_report: z.boolean(),
  unsubscribe: z.boolean(),
  group_unsubscribe: z.boolean(),
  group_resubscribe: z.boolean(),
});

export const eventWebhooks = endpoint({
  ...sg,
  template: '/v3/user/webhooks/event/settings/all',
  scope: 'user.webhooks.event.settings.read',
  // "Zero Webhooks" in the spec comes back as `[{}]`: an empty object means no webhook, not a malformed one.
  schema: z.object({
    max_allowed: z.number().optional(),
    webhooks: z.array(z.union([WebhookSchema, z.object({}).strict()])),
  }),
});

export const subusers = endpoint({
  ...sg,
  template: '/v3/subusers',
  scope: 'subusers.read',
  schema: z.array(z.object({ id: z.number(), username: z.string(), email: z.string(), disabled: z.boolean() })),
});

/** The account's dedicated IPs with their subusers, rDNS and warmup flag (S2b): one call serves S2, S3b, S5 and S9. */
export const ips = endpoint({
  ...sg,
  template: '/v3/ips',
  scope: 'ips.read',
  schema: z.array(
    z.object({
      ip: z.string(),
      subusers: z.array(z.string()),
      rdns: z.string().optional(),
      warmup: z.boolean(),
      whitelabeled: z.boolean(),
    }),
  ),
});

const DnsRecord = z.object({ valid: z.boolean(), type: z.string(), host: z.string(), data: z.string() });

export const domains = endpoint({
  ...sg,
  template: '/v3/whitelabel/domains',
  scope: 'whitelabel.read',
  schema: z.array(
    z.object({
      id: z.number(),
      domain: z.string(),
      subdomain: z.string(),
      username: z.string(),
      valid: z.boolean(),
      dns: z.object({ mail_cname: DnsRecord, dkim1: DnsRecord, dkim2: DnsRecord }),
    }),
  ),
});

export const links = endpoint({
  ...sg,
  template: '/v3/whitelabel/links',
  scope: 'whitelabel.read',
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
});

export const reverseDns = endpoint({
  ...sg,
  template: '/v3/whitelabel/ips',
  scope: 'whitelabel.read',
  schema: z.array(z.object({ id: z.number(), ip: z.string(), rdns: z.string(), valid: z.boolean(), a_record: DnsRecord })),
});

export const ipWarmup = endpoint({
  ...sg,
  template: '/v3/ips/warmup',
  scope: 'ips.warmup.read',
  schema: z.array(z.object({ ip: z.string(), start_date: z.number() })),
});
