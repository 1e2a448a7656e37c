// Twilio checks: key type, account type, SMS number, the Engage messaging service, its webhook, and registration.
import { TWILIO_KEY_TYPE_2022, TWILIO_KEY_TYPE_2025 } from '../../guide/data/literals';
import type { CallOutcome, Failure } from '../types';
import type { CheckContext } from './define';
import { defineCheck } from './define';
import * as tw from './twilio-endpoints';
import { engageService, smsNumbers, type EngageService } from './twilio-service';

const sidParams = (ctx: CheckContext) => ({ params: { AccountSid: ctx.values.accountSid ?? '' } });

/** US toll-free area codes; used only when Twilio gives the number no `type`. */
const TOLL_FREE = /^\+1(800|833|844|855|866|877|888)\d{7}$/;
type NumberKind = 'tollFree' | 'longCode' | 'other';

/** Which registration a number needs: from its `type`, else from its area code. */
export function numberKind(n: Pick<tw.IncomingNumber, 'phone_number' | 'type'>): NumberKind {
  const e164 = n.phone_number ?? '';
  const nanp = /^\+1\d{10}$/.test(e164);
  const type = n.type?.toLowerCase().replace(/[^a-z]/g, '');
  if (type === 'tollfree') return 'tollFree';
  if (type === 'local' || type === 'mobile') return nanp ? 'longCode' : 'other';
  if (TOLL_FREE.test(e164)) return 'tollFree';
  return nanp ? 'longCode' : 'other';
}

/** What the key may do: Main reads the account; Standard is refused /Accounts only; otherwise the SID is the problem. */
type KeyKind = { kind: 'main' } | { kind: 'standard' } | { kind: 'sidMismatch' } | { kind: 'failed'; failure: Failure };

async function keyKind(ctx: CheckContext): Promise<KeyKind> {
  const account = await ctx.call(tw.account, sidParams(ctx));
  if (account.ok) return { kind: 'main' };
  if (account.failure.kind !== 'unauthorized') return { kind: 'failed', failure: account.failure };
  // 401/20003 on /Accounts: a Standard key still reads the account's numbers; a key of another account does not.
  const [numbers, messaging] = await Promise.all([smsNumbers(ctx), ctx.list(tw.services)]);
  if (numbers.ok) return { kind: 'standard' };
  if (messaging.ok && (numbers.failure.kind === 'unauthorized' || numbers.failure.kind === 'notFound')) return { kind: 'sidMismatch' };
  return { kind: 'failed', failure: account.failure };
}

/** The guide decides the key type: the current guide's, with the 2022 guide's explained. */
const STANDARD =
  `This is a **${TWILIO_KEY_TYPE_2022}** API key. The current guide (and Segment's form) asks for a **${TWILIO_KEY_TYPE_2025}** key; ` +
  `${TWILIO_KEY_TYPE_2022} was the 2022 guide's choice. A ${TWILIO_KEY_TYPE_2022} key cannot read the account's details or ` +
  'its keys (Twilio refuses them with error 20003), so Verify cannot check whether the account is Full or Trial. In Account > API keys & tokens, create ' +
  `a key of type **${TWILIO_KEY_TYPE_2025}** and enter it instead.`;
const SID_MISMATCH =
  'This Account SID does not match the key: Twilio refuses both the account and its phone numbers for it, while the key itself ' +
  'works. Copy the Account SID from the Console home page of the account where you created the API key.';

export const twilioApiKey = defineCheck({
  id: 'twilio.apikey.valid',
  taskId: 'twilio.apikey',
  title: `Twilio accepts the API key, and it is a ${TWILIO_KEY_TYPE_2025} key`,
  needs: 'twilio',
  proxy: "Twilio does not say whether a key is Main or Standard: a key allowed to read the account's details is Main; one refused only there is Standard.",
  api: ['GET /v1/Services', 'GET /2010-04-01/Accounts/{AccountSid}.json'],
  messages: {
    standard: () => STANDARD,
  },
  async run(ctx, v) {
    const [probe, key] = await Promise.all([ctx.list(tw.services), keyKind(ctx)]);
    if (!probe.ok) return probe.failure;
    if (key.kind === 'failed') return key.failure;
    if (key.kind === 'standard') return v.fail('standard');
    // The key works; the Account SID entered is another account's. Not a failure of this task (it would reopen
    // "Generate a Twilio API key" for a mistyped SID): it could not be checked, and the message says why.
    if (key.kind === 'sidMismatch') return { kind: 'unauthorized', status: 401, message: SID_MISMATCH };
    return v.pass(`Twilio accepts the key, and it may read the account's details, so it is a ${TWILIO_KEY_TYPE_2025} key`);
  },
});

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
    const key = await keyKind(ctx);
    if (key.kind === 'standard') {
      const failure: Failure = {
        kind: 'unauthorized',
        status: 401,
        message: `${STANDARD} Until then, check Console > Admin > Account billing yourself (it must not say Trial).`,
      };
      return failure;
    }
    if (key.kind === 'sidMismatch') return { kind: 'unauthorized', status: 401, message: SID_MISMATCH };
    return r.failure;
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
    const r = await smsNumbers(ctx);
    if (!r.ok) return r.failure;
    const sms = r.data.filter((n) => n.capabilities?.sms);
    return sms.length ? v.pass(`${sms.length} SMS-capable number(s)`) : v.fail('none', String(r.data.length));
  },
});

export const twilioService = defineCheck({
  id: 'twilio.service.marketing',
  taskId: 'twilio.service',
  title: 'A messaging service for marketing has one of your SMS numbers in its sender pool',
  needs: 'twilio',
  api: ['GET /v1/Services', 'GET /v1/Services/{ServiceSid}/PhoneNumbers', 'GET /2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers.json'],
  messages: {
    none: (names) =>
      `No messaging service has the use case "Market my services" (found: ${names || 'none'}). In Messaging > Services, ` +
      'click **Create Messaging Service** and choose **Market my services**.',
    pool: (name) =>
      `The service "${name}" has none of your SMS numbers in its sender pool (WhatsApp senders do not count). Open it, go to ` +
      '**Sender Pool**, click **Add Senders** and add your number.',
  },
  async run(ctx, v) {
    const svc = await engageService(ctx);
    if (!svc.ok) return svc.failure;
    const { service, pooled, all } = svc.data;
    if (service?.usecase !== 'marketing') return v.fail('none', all.map((s) => `"${s.friendly_name ?? s.sid}"`).join(', '));
    return pooled.length
      ? v.pass(`service "${service.friendly_name ?? ''}" (marketing) sends from ${pooled.map((n) => n.phone_number).join(', ')}`)
      : v.fail('pool', service.friendly_name ?? 'marketing service');
  },
});

export const twilioWebhook = defineCheck({
  id: 'twilio.webhook.inbound',
  taskId: 'twilio.webhook',
  title: "The messaging service sends incoming messages to Segment's webhook with HTTP POST",
  needs: 'twilio',
  proxy:
    'Twilio\'s API has no "Send a webhook" setting as such: a service that does not hand incoming messages to each number\'s own webhook counts as "Send a webhook".',
  api: ['GET /v1/Services'],
  messages: {
    noService: () => 'There is no Messaging Service yet (see “Create a Messaging Service”).',
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

/** The number registration is judged on: the one in the Engage service's pool, else the first SMS number. */
function registeredNumber(svc: EngageService, numbers: tw.IncomingNumber[]) {
  return svc.pooled[0] ?? numbers.find((n) => n.capabilities?.sms && n.phone_number) ?? numbers.find((n) => n.phone_number);
}

type Campaign = ReturnType<typeof tw.usa2p.items>[number];

async function campaignOf(ctx: CheckContext, svc: EngageService): Promise<CallOutcome<Campaign[]>> {
  if (!svc.service) return { ok: true, data: [] };
  return ctx.list(tw.usa2p, { params: { MessagingServiceSid: svc.service.sid } });
}

export const twilioRegister = defineCheck({
  id: 'twilio.register.status',
  taskId: 'twilio.register',
  title: "The service's number is registered (A2P 10DLC brand, or toll-free verification) when its type needs it",
  needs: 'twilio',
  proxy: "The number's type (local or toll-free) is what Twilio says it is, or else what its area code says.",
  api: ['GET /v1/Services/{MessagingServiceSid}/Compliance/Usa2p', 'GET /v1/a2p/BrandRegistrations', 'GET /v1/Tollfree/Verifications?TollfreePhoneNumberSid='],
  messages: {
    noNumber: () => 'There is no phone number to register yet (see “Buy a phone number”).',
    brand: (detail) =>
      `A2P 10DLC brand registration is ${detail}. In Messaging > Regulatory Compliance, finish the brand registration; approval can take days.`,
    tollfree: (detail) =>
      `Toll-free verification of the service's number is ${detail}. In Phone Numbers > Regulatory Compliance > Toll-Free Verifications, submit or fix the verification.`,
  },
  async run(ctx, v) {
    // The brand list is read alongside the service (it does not depend on it): registration then needs no extra round.
    const brandList = ctx.list(tw.brandRegistrations);
    const [svc, nums] = await Promise.all([engageService(ctx), smsNumbers(ctx)]);
    if (!svc.ok) return svc.failure;
    if (!nums.ok) return nums.failure;
    const num = registeredNumber(svc.data, nums.data);
    if (!num?.phone_number) return v.fail('noNumber');
    const kind = numberKind(num);
    if (kind === 'other') return v.notNeeded('Not a US/Canada number: no A2P 10DLC or toll-free registration applies.');
    if (kind === 'tollFree') {
      const r = await ctx.list(tw.tollfreeVerifications, { query: { TollfreePhoneNumberSid: num.sid } });
      if (!r.ok) return r.failure;
      if (r.data.some((x) => x.status === 'TWILIO_APPROVED')) return v.pass(`toll-free verification of ${num.phone_number} approved`);
      const ver = r.data[0];
      return v.fail('tollfree', ver ? ver.status + (ver.rejection_reason ? ` (${ver.rejection_reason})` : '') : 'not submitted');
    }
    // A2P 10DLC: the brand the service's campaign names, not any brand on the account.
    const [campaigns, brands] = await Promise.all([campaignOf(ctx, svc.data), brandList]);
    if (!campaigns.ok) return campaigns.failure;
    if (!brands.ok) return brands.failure;
    const brandSid = campaigns.data.find((c) => c.brand_registration_sid)?.brand_registration_sid;
    if (!brandSid) return v.fail('brand', 'not linked to the service yet: no A2P campaign on it names a brand (see “Add compliance info”)');
    const b = brands.data.find((x) => x.sid === brandSid);
    if (b?.status === 'APPROVED') return v.pass(`A2P 10DLC brand of the service's campaign approved (${num.phone_number})`);
    return v.fail('brand', b ? b.status + (b.failure_reason ? ` (${b.failure_reason})` : '') : "missing: the campaign's brand is not on this account");
  },
});

export const twilioCompliance = defineCheck({
  id: 'twilio.compliance.campaign',
  taskId: 'twilio.compliance',
  title: 'The messaging service has a verified A2P 10DLC campaign (long codes only)',
  needs: 'twilio',
  api: ['GET /v1/Services', 'GET /v1/Services/{MessagingServiceSid}/Compliance/Usa2p'],
  messages: {
    noService: () => 'There is no Messaging Service yet (see “Create a Messaging Service”).',
    campaign: (detail) =>
      `The A2P 10DLC campaign is ${detail}. Open the service, click **Step 4: Add compliance info**, register the campaign and wait for it to be verified.`,
  },
  async run(ctx, v) {
    const [svc, nums] = await Promise.all([engageService(ctx), smsNumbers(ctx)]);
    if (!svc.ok) return svc.failure;
    if (!nums.ok) return nums.failure;
    const num = registeredNumber(svc.data, nums.data);
    if (num?.phone_number && numberKind(num) !== 'longCode') {
      return v.notNeeded('The number is not a US long code, so no A2P 10DLC campaign is needed.');
    }
    const s = svc.data.service;
    if (!s) return v.fail('noService');
    if (s.us_app_to_person_registered) return v.pass('service registered for A2P 10DLC');
    const r = await campaignOf(ctx, svc.data);
    if (!r.ok) return r.failure;
    if (r.data.some((c) => c.campaign_status === 'VERIFIED')) return v.pass('A2P 10DLC campaign verified');
    const c = r.data[0];
    return v.fail('campaign', c ? (c.campaign_status ?? 'pending') : 'not registered');
  },
});

export const twilioChecks = [twilioAccount, twilioApiKey, twilioNumber, twilioService, twilioWebhook, twilioRegister, twilioCompliance];
