// SendGrid checks that Engage's own key (the subuser's Full Access key) can answer; two also run with the parent key for the subuser.
import { SENDGRID_WEBHOOK_URL } from '../../guide/data/literals';
import type { Region } from '../../guide/schema';
import { defineCheck, ENGAGE_SUBUSER_PREFIX, last4 } from './define';
import * as sg from './sendgrid-endpoints';

/** The Engage event-webhook URL per region: the guide data's literal, so the check and the guidance agree. */
export const ENGAGE_WEBHOOK_URL: Record<Region, string> = SENDGRID_WEBHOOK_URL;

/**
 * No flag says "Full Access", so we require the scopes Engage visibly uses.
 * Full Access never includes billing, so billing scopes mean a hand-picked key.
 */
export const ENGAGE_SCOPES = [
  'mail.send',
  'user.webhooks.event.settings.read',
  'tracking_settings.subscription.read',
  'api_keys.read',
  'user.username.read',
  'user.account.read',
  'asm.groups.read',
] as const;

export const sendgridAccount = defineCheck({
  id: 'sendgrid.account.exists',
  taskId: 'sendgrid.account',
  title: 'The SendGrid account answers with your key',
  needs: 'parentOrSubuser',
  api: ['GET /v3/user/account'],
  messages: {},
  async run(ctx, v) {
    const r = await ctx.call(sg.userAccount);
    return r.ok ? v.pass(`SendGrid accepts the key (the account is on a ${r.data.type} plan)`) : r.failure;
  },
});

export const subuserUsername = defineCheck({
  id: 'sendgrid.subuser.username',
  taskId: 'sendgrid.subuser',
  title: `The API key belongs to a subuser named ${ENGAGE_SUBUSER_PREFIX}…`,
  needs: 'subuser',
  api: ['GET /v3/user/username'],
  messages: {
    prefix: (name) =>
      `The key belongs to \`${name}\`, which does not start with \`${ENGAGE_SUBUSER_PREFIX}\`. Create the subuser ` +
      `${ENGAGE_SUBUSER_PREFIX}<your workspace> (Settings > Subuser Management), then create the API key while logged in as it.`,
  },
  async run(ctx, v) {
    const r = await ctx.call(sg.userUsername);
    if (!r.ok) return r.failure;
    const name = r.data.username;
    return name.startsWith(ENGAGE_SUBUSER_PREFIX) ? v.pass(name) : v.fail('prefix', name);
  },
});

export const apiKeyScopes = defineCheck({
  id: 'sendgrid.apikey.fullAccess',
  taskId: 'sendgrid.apikey',
  title: 'The API key has Full Access',
  needs: 'subuser',
  proxy: 'SendGrid has no "Full Access" flag: we check the scopes Engage uses and that no billing scope is present.',
  api: ['GET /v3/scopes'],
  messages: {
    missing: (list) =>
      `The key lacks ${list}. Engage needs a Full Access key: in the subuser's Settings > API Keys, create a key with ` +
      '**Full Access** and enter it again.',
    billing: (list) =>
      `The key has billing scopes (${list}), which a Full Access key never has: it was built by hand. Create a key with **Full Access** instead.`,
  },
  async run(ctx, v) {
    const r = await ctx.call(sg.scopes);
    if (!r.ok) return r.failure;
    const have = new Set(r.data.scopes);
    const missing = ENGAGE_SCOPES.filter((s) => !have.has(s));
    if (missing.length) return v.fail('missing', missing.map((s) => `\`${s}\``).join(', '));
    const billing = r.data.scopes.filter((s) => s.startsWith('billing.'));
    if (billing.length) return v.fail('billing', billing.join(', '));
    return v.pass(`${r.data.scopes.length} scopes, including every scope Engage uses`);
  },
});

export const apiKeyName = defineCheck({
  id: 'sendgrid.apikey.name',
  taskId: 'sendgrid.apikey',
  title: `An API key named ${ENGAGE_SUBUSER_PREFIX}… exists on the subuser`,
  needs: 'subuser',
  api: ['GET /v3/api_keys'],
  messages: {
    name: (names) =>
      `No API key name starts with \`${ENGAGE_SUBUSER_PREFIX}\` (found: ${names || 'none'}). Name the Engage key ` +
      `${ENGAGE_SUBUSER_PREFIX}<your workspace> so the Engage team can recognise it.`,
    id: (id) =>
      `The API Key ID you entered (${id}) is not among this subuser's keys. Copy the ID of the key you gave Engage.`,
  },
  async run(ctx, v) {
    const r = await ctx.list(sg.apiKeys);
    if (!r.ok) return r.failure;
    const engage = r.data.filter((k) => k.name.startsWith(ENGAGE_SUBUSER_PREFIX));
    if (!engage.length) return v.fail('name', r.data.map((k) => k.name).join(', '));
    const id = ctx.values.apiKeyId;
    if (id && !r.data.some((k) => k.api_key_id === id)) return v.fail('id', last4(id));
    return v.pass(engage[0]!.name);
  },
});

export const subscriptionTracking = defineCheck({
  id: 'sendgrid.subscription.enabled',
  taskId: 'sendgrid.subscription',
  title: 'Subscription tracking is enabled on the subuser',
  needs: 'subuserOrParent',
  api: ['GET /v3/tracking_settings/subscription'],
  messages: {
    off: () =>
      'Subscription tracking is off. In SendGrid, open Settings > Tracking, edit **Subscription Tracking**, switch it to ' +
      '**Enabled** and click **Save**.',
  },
  async run(ctx, v) {
    const r = await ctx.call(sg.subscriptionTracking);
    if (!r.ok) return r.failure;
    return r.data.enabled ? v.pass('subscription tracking enabled') : v.fail('off');
  },
});

/** What a webhook set-up lacks, in guide order; undefined when it is right. */
function webhookProblem(h: sg.Webhook): { code: 'disabled' | 'events' | 'oauth'; detail?: string } | undefined {
  if (!h.enabled) return { code: 'disabled' };
  const off = sg.WEBHOOK_EVENTS.filter((e) => !h[e]);
  if (off.length) return { code: 'events', detail: off.map((e) => `\`${e}\``).join(', ') };
  if (h.oauth_client_id) return { code: 'oauth' };
  return undefined;
}

/** How a URL nearly matches Engage's, in words; undefined when it is not a near miss. */
export function nearMiss(got: string, want: string): string | undefined {
  const t = got.trim();
  const canon = (u: string) => u.replace(/\/+$/, '').replace(/^http:/i, 'https:').toLowerCase();
  if (got === want || canon(t) !== canon(want)) return undefined;
  const how: string[] = [];
  if (got !== t) how.push('it has spaces around it');
  if (/\/+$/.test(t)) how.push('it ends with a slash');
  if (/^http:/i.test(t)) how.push('it starts with http: instead of https:');
  if (!how.length) how.push('its letter case differs');
  return how.join(' and ');
}

export const eventWebhook = defineCheck({
  id: 'sendgrid.webhook.settings',
  taskId: 'sendgrid.webhook',
  title: "An enabled event webhook posts every event to Engage's URL, without OAuth",
  needs: 'subuserOrParent',
  api: ['GET /v3/user/webhooks/event/settings/all'],
  messages: {
    missing: (url) =>
      `No event webhook posts to ${url}. In Settings > Mail Settings > Event Webhook, set **HTTP Post URL** to ${url}.`,
    nearMiss: (detail) => `${detail} Replace the **HTTP Post URL** with exactly Engage's URL and click **Save**.`,
    region: (detail) =>
      `An event webhook posts to ${detail}: Engage's URL for the other Segment region. Set **HTTP Post URL** to the URL for this workspace's region and click **Save**.`,
    disabled: () => 'The Engage event webhook is disabled. Switch **Event Webhook Status** to **Enabled** and click **Save**.',
    events: (list) =>
      `The Engage event webhook does not send ${list}. Under **Deliverability Data** and **Engagement Data**, click **Select All**, then **Save**.`,
    oauth: () =>
      'The Engage event webhook uses OAuth. Set **Authorization Method** to **None**: Engage does not accept OAuth tokens.',
  },
  async run(ctx, v) {
    const r = await ctx.call(sg.eventWebhooks);
    if (!r.ok) return r.failure;
    const url = ENGAGE_WEBHOOK_URL[ctx.region];
    // "Zero webhooks" comes back as `[{}]`: only entries with a URL are webhooks.
    const hooks = r.data.webhooks.filter((h) => h.url);
    const exact = hooks.filter((h) => h.url === url);
    if (!exact.length) {
      for (const h of hooks) {
        const how = nearMiss(h.url!, url);
        if (how) return v.fail('nearMiss', `An event webhook posts to ${h.url!.trim()}, which is nearly Engage's ${url}: ${how}.`);
      }
      const other = ENGAGE_WEBHOOK_URL[ctx.region === 'eu' ? 'us' : 'eu'];
      if (hooks.some((h) => h.url === other)) return v.fail('region', `${other} instead of ${url}`);
      return v.fail('missing', url);
    }
    // Several webhooks may post to the URL (a disabled copy, an older one): any right one will do.
    if (exact.some((h) => !webhookProblem(h))) return v.pass(`webhook to ${url}: enabled, all 11 events, no OAuth`);
    const best = exact.find((h) => h.enabled) ?? exact[0]!;
    const problem = webhookProblem(best)!;
    return v.fail(problem.code, problem.detail);
  },
});

export const subuserKeyChecks = [sendgridAccount, subuserUsername, apiKeyScopes, apiKeyName, subscriptionTracking, eventWebhook];
