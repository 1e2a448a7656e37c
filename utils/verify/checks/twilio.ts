// Twilio checks: account type, API key, SMS number, marketing messaging service, its webhook, and registration.
import type { Failure } from '../types';
import type { CheckContext } from './define';
import { defineCheck } from './define';
import * as tw from './twilio-endpoints';

const sidParams = (ctx: CheckContext) => ({ params: { AccountSid: ctx.values.accountSid ?? '' } });

/** US toll-free area codes; anything else under +1 is a long code that needs A2P 10DLC (inference, see twilio.register). */
const TOLL_FREE = /^\+1(800|833|844|855|866|877|888)\d{7}$/;
type NumberKind = 'tollFree' | 'longCode' | 'other';
export function numberKind(e164: string): NumberKind {
  if (TOLL_FREE.test(e164)) return 'tollFree';
  return /^\+1\d{10}$/.test(e164) ? 'longCode' : 'other';
}

/**
 * The Engage service: the marketing one (preferring the one whose webhook is Segment's URL). Without a
 * marketing service, the other checks still look at the best candidate so each problem shows under its own task.
 */
async function engageService(ctx: CheckContext) {
  const r = await ctx.call(tw.services, { query: { PageSize: '1000' } });
  if (!r.ok) return r;
  const all = r.data.services;
  const url = ctx.values.twilioWebhookUrl;
  const marketing = all.filter((s) => s.usecase === 'marketing');
  const byUrl = (list: tw.Service[]) => list.find((s) => url && s.inbound_request_url === url);
  const service = byUrl(marketing) ?? marketing[0] ?? byUrl(all) ?? all[0];
  return { ok: true as const, data: { service, all } };
}

/**
 * The number that decides which registration applies: the first SMS-capable one, else the first one
 * (a missing SMS capability is twilio.number's problem, not registration's).
 */
async function smsNumber(ctx: CheckContext) {
  const nums = await ctx.call(tw.incomingNumbers, { ...sidParams(ctx), query: { PageSize: '1000' } });
  if (!nums.ok) return nums;
  const withNumber = nums.data.incoming_phone_numbers.filter((n) => n.phone_number);
  return { ok: true as const, data: withNumber.find((n) => n.capabilities?.sms) ?? withNumber[0] };
}

export const twilioAccount = defineCheck({
  id: 'twilio.account.full',
  taskId: 'twilio.account',
  title: 'The Twilio account is Full (not Trial) and active',
  needs: 'twilio',
  api: ['GET /2010-04-01/Accounts/{AccountSid}.json'],
  messages: {
    trial: () =>
      'The account is a Trial account: Engage cannot send from it. In the Twilio Console, click **Upgrade** and add billing details.',
    inactive: (status) => `The account is ${status}, not active. Contact Twilio support to reactivate it.`,
  },
  async run(ctx, v) {
    const r = await ctx.call(tw.account, sidParams(ctx));
    if (r.ok) {
      if (r.data.status !== 'active') return v.fail('inactive', r.data.status);
      return r.data.type === 'Full' ? v.pass('Full account, active (Main key)') : v.fail('trial');
    }
    if (r.failure.kind !== 'unauthorized') return r.failure;
    // 401/20003 is also what a Standard key gets here: if the same key may list services, the key is fine but Standard.
    const probe = await ctx.call(tw.services, { query: { PageSize: '1000' } });
    if (!probe.ok) return r.failure;
    const standard: Failure = {
      kind: 'unauthorized',
      status: 401,
      message:
        'Your API key is a Standard key: Twilio does not let Standard keys read /Accounts (401, error 20003), so whether the ' +
        'account is Full or Trial cannot be checked with it. The other Twilio checks ran with your Account SID. To check it, ' +
        'look at Console > Admin > Account billing (it must not say Trial), or create a **Main** key as the current guide asks.',
    };
    return standard;
  },
});

export const twilioApiKey = defineCheck({
  id: 'twilio.apikey.valid',
  taskId: 'twilio.apikey',
  title: 'Twilio accepts the API Key SID and secret',
  needs: 'twilio',
  proxy: 'No field says Main or Standard: an authenticated call proves the SID and secret match.',
  api: ['GET /v1/Services'],
  messages: {},
  async run(ctx, v) {
    const r = await ctx.call(tw.services, { query: { PageSize: '1000' } });
    return r.ok ? v.pass('API key accepted') : r.failure;
  },
});

export const twilioNumber = defineCheck({
  id: 'twilio.number.sms',
  taskId: 'twilio.number',
  title: 'An SMS-capable phone number is on the account',
  needs: 'twilio',
  api: ['GET /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers.json'],
  messages: {
    none: (count) =>
      `No SMS-capable number is on the account (${count} numbers found). In Phone Numbers > Buy a number, tick **SMS** under Capabilities and buy one.`,
  },
  async run(ctx, v) {
    const r = await ctx.call(tw.incomingNumbers, { ...sidParams(ctx), query: { PageSize: '1000' } });
    if (!r.ok) return r.failure;
    const sms = r.data.incoming_phone_numbers.filter((n) => n.capabilities?.sms);
    return sms.length ? v.pass(`${sms.length} SMS-capable number(s)`) : v.fail('none', String(r.data.incoming_phone_numbers.length));
  },
});

export const twilioService = defineCheck({
  id: 'twilio.service.marketing',
  taskId: 'twilio.service',
  title: 'A messaging service for marketing has your number in its sender pool',
  needs: 'twilio',
  api: ['GET /v1/Services', 'GET /v1/Services/{ServiceSid}/PhoneNumbers', 'GET /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers.json'],
  messages: {
    none: (names) =>
      `No messaging service has the use case "Market my services" (found: ${names || 'none'}). In Messaging > Services, ` +
      'click **Create Messaging Service** and choose **Market my services**.',
    pool: (name) =>
      `The service "${name}" has none of your numbers in its sender pool. Open it, go to **Sender Pool**, click **Add Senders** and add your number.`,
  },
  async run(ctx, v) {
    const svc = await engageService(ctx);
    if (!svc.ok) return svc.failure;
    const service = svc.data.service;
    if (service?.usecase !== 'marketing') return v.fail('none', svc.data.all.map((s) => `"${s.friendly_name ?? s.sid}"`).join(', '));
    const [pool, nums] = await Promise.all([
      ctx.call(tw.servicePhoneNumbers, { params: { ServiceSid: service.sid } }),
      ctx.call(tw.incomingNumbers, { ...sidParams(ctx), query: { PageSize: '1000' } }),
    ]);
    if (!pool.ok) return pool.failure;
    if (!nums.ok) return nums.failure;
    const mine = new Set(nums.data.incoming_phone_numbers.map((n) => n.sid));
    const pooled = pool.data.phone_numbers.filter((p) => mine.has(p.sid));
    return pooled.length
      ? v.pass(`service "${service.friendly_name ?? ''}" (marketing) sends from ${pooled.length} number(s)`)
      : v.fail('pool', service.friendly_name ?? 'marketing service');
  },
});

export const twilioWebhook = defineCheck({
  id: 'twilio.webhook.inbound',
  taskId: 'twilio.webhook',
  title: "The messaging service sends incoming messages to Segment's webhook with HTTP POST",
  needs: 'twilio',
  proxy:
    'The "Send a webhook" radio is read as `use_inbound_webhook_on_number == false` (inferred from the field descriptions).',
  api: ['GET /v1/Services'],
  messages: {
    noService: () => 'There is no messaging service yet (see twilio.service).',
    url: (detail) =>
      `The service's **Request URL** is ${detail}. In Segment, click **Copy webhook URL**, then in the service's Integration step select **Send a webhook** and paste it.`,
    method: (method) => `The Request URL method is ${method}. Choose **HTTP Post** next to the Request URL and save.`,
    defer: () =>
      'The service defers to the number\'s own webhook ("Defer to sender\'s webhook"). Select **Send a webhook** instead.',
  },
  async run(ctx, v) {
    const svc = await engageService(ctx);
    if (!svc.ok) return svc.failure;
    const s = svc.data.service;
    if (!s) return v.fail('noService');
    const want = ctx.values.twilioWebhookUrl;
    if (!s.inbound_request_url) return v.fail('url', 'empty');
    if (want && s.inbound_request_url !== want) return v.fail('url', `not the URL Segment gave you`);
    if (s.inbound_method !== 'POST') return v.fail('method', s.inbound_method ?? 'unset');
    if (s.use_inbound_webhook_on_number) return v.fail('defer');
    return v.pass(want ? "Segment's webhook URL, HTTP POST" : 'a webhook URL with HTTP POST (Segment URL not captured, so not compared)');
  },
});

export const twilioRegister = defineCheck({
  id: 'twilio.register.status',
  taskId: 'twilio.register',
  title: 'The number is registered (A2P 10DLC brand, or toll-free verification) when its type needs it',
  needs: 'twilio',
  proxy: 'The number type is read from its area code (US toll-free codes vs other +1 numbers).',
  api: ['GET /v1/a2p/BrandRegistrations', 'GET /v1/Tollfree/Verifications'],
  messages: {
    noNumber: () => 'There is no phone number to register yet (see twilio.number).',
    brand: (detail) =>
      `A2P 10DLC brand registration is ${detail}. In Messaging > Regulatory Compliance, finish the brand registration; approval can take days.`,
    tollfree: (detail) =>
      `Toll-free verification is ${detail}. In Phone Numbers > Regulatory Compliance > Toll-Free Verifications, submit or fix the verification.`,
  },
  async run(ctx, v) {
    const num = await smsNumber(ctx);
    if (!num.ok) return num.failure;
    if (!num.data?.phone_number) return v.fail('noNumber');
    const kind = numberKind(num.data.phone_number);
    if (kind === 'other') return v.notNeeded('Not a US/Canada number: no A2P 10DLC or toll-free registration applies.');
    if (kind === 'tollFree') {
      const r = await ctx.call(tw.tollfreeVerifications, { query: { TollfreePhoneNumberSid: num.data.sid } });
      if (!r.ok) return r.failure;
      const ver = r.data.verifications[0];
      if (!ver) return v.fail('tollfree', 'not submitted');
      if (ver.status === 'TWILIO_APPROVED') return v.pass('toll-free verification approved');
      return v.fail('tollfree', ver.status + (ver.rejection_reason ? ` (${ver.rejection_reason})` : ''));
    }
    const r = await ctx.call(tw.brandRegistrations);
    if (!r.ok) return r.failure;
    if (r.data.data.some((b) => b.status === 'APPROVED')) return v.pass('A2P 10DLC brand approved');
    const b = r.data.data[0];
    return v.fail('brand', b ? b.status + (b.failure_reason ? ` (${b.failure_reason})` : '') : 'not submitted');
  },
});

export const twilioCompliance = defineCheck({
  id: 'twilio.compliance.campaign',
  taskId: 'twilio.compliance',
  title: 'The messaging service has a verified A2P 10DLC campaign (long codes only)',
  needs: 'twilio',
  api: ['GET /v1/Services', 'GET /v1/Services/{MessagingServiceSid}/Compliance/Usa2p'],
  messages: {
    noService: () => 'There is no messaging service yet (see twilio.service).',
    campaign: (detail) =>
      `The A2P 10DLC campaign is ${detail}. Open the service, click **Step 4: Add compliance info**, register the campaign and wait for it to be verified.`,
  },
  async run(ctx, v) {
    const [svc, num] = await Promise.all([engageService(ctx), smsNumber(ctx)]);
    if (!svc.ok) return svc.failure;
    if (!num.ok) return num.failure;
    if (num.data?.phone_number && numberKind(num.data.phone_number) !== 'longCode') {
      return v.notNeeded('The number is not a US long code, so no A2P 10DLC campaign is needed.');
    }
    const s = svc.data.service;
    if (!s) return v.fail('noService');
    if (s.us_app_to_person_registered) return v.pass('service registered for A2P 10DLC');
    const r = await ctx.call(tw.usa2p, { params: { MessagingServiceSid: s.sid } });
    if (!r.ok) return r.failure;
    const c = r.data.compliance[0];
    if (c?.campaign_status === 'VERIFIED') return v.pass('A2P 10DLC campaign verified');
    return v.fail('campaign', c ? (c.campaign_status ?? 'pending') : 'not registered');
  },
});

export const twilioChecks = [twilioAccount, twilioApiKey, twilioNumber, twilioService, twilioWebhook, twilioRegister, twilioCompliance];
