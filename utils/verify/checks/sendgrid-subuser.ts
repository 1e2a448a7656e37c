// SendGrid checks that Engage's own key (the subuser's Full Access key) can answer; two also run with the parent key for the subuser.
import { SENDGRID_WEBHOOK_URL } from '../../guide/data/literals';
import type { Region } from '../../guide/schema';
import { defineCheck, ENGAGE_SUBUSER_PREFIX, last4 } from './define';
import * as sg from './sendgrid-endpoints';

/** The Engage event-webhook URL per region: the guide data's literal, so the check and the guidance agree. */
export const ENGAGE_WEBHOOK_URL: Record<Region, string> = SENDGRID_WEBHOOK_URL;

/**
 * No flag says "Full Access" (vendor-apis.md S8), so we require the scopes Engage visibly uses.
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
    return r.ok ? v.pass(`SendGrid account answers (type: ${r.data.type})`) : r.failure;
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
    return name.startsWith(ENGAGE_SUBUSER_PREFIX) ? v.pass(`subuser ${name}`) : v.fail('prefix', name);
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
    const r = await ctx.call(sg.apiKeys);
    if (!r.ok) return r.failure;
    const engage = r.data.result.filter((k) => k.name.startsWith(ENGAGE_SUBUSER_PREFIX));
    if (!engage.length) return v.fail('name', r.data.result.map((k) => k.name).join(', '));
    const id = ctx.values.apiKeyId;
    if (id && !r.data.result.some((k) => k.api_key_id === id)) return v.fail('id', last4(id));
    return v.pass(`key ${engage[0]!.name}`);
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

export const eventWebhook = defineCheck({
  id: 'sendgrid.webhook.settings',
  taskId: 'sendgrid.webhook',
  title: "An enabled event webhook posts every event to Engage's URL, without OAuth",
  needs: 'subuserOrParent',
  api: ['GET /v3/user/webhooks/event/settings/all'],
  messages: {
    missing: (url) =>
      `No event webhook posts to ${url}. In Settings > Mail Settings > Event Webhook, set **HTTP Post URL** to ${url}.`,
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
    const hook = r.data.webhooks.find((h): h is Exclude<typeof h, Record<string, never>> => 'url' in h && h.url === url);
    if (!hook) return v.fail('missing', url);
    if (!hook.enabled) return v.fail('disabled');
    const off = sg.WEBHOOK_EVENTS.filter((e) => !hook[e]);
    if (off.length) return v.fail('events', off.map((e) => `\`${e}\``).join(', '));
    if (hook.oauth_client_id) return v.fail('oauth');
    return v.pass(`webhook to ${url}: enabled, all 11 events, no OAuth`);
  },
});

export const subuserKeyChecks = [sendgridAccount, subuserUsername, apiKeyScopes, apiKeyName, subscriptionTracking, eventWebhook];
