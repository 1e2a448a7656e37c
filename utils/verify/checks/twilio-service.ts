// Which messaging service is Engage's: the marketing one whose sender pool holds one of the account's SMS numbers.
import type { CallOutcome } from '../types';
import type { CheckContext } from './define';
import * as tw from './twilio-endpoints';

export interface EngageService {
  /** The service judged (undefined when the account has none). */
  service?: tw.Service;
  /** The account's numbers in its sender pool, SMS-capable ones first (a pool without SMS is twilio.number's problem). */
  pooled: tw.IncomingNumber[];
  all: tw.Service[];
}

/** Every phone number on the account, every page. */
export function smsNumbers(ctx: CheckContext) {
  return ctx.list(tw.incomingNumbers, { params: { AccountSid: ctx.values.accountSid ?? '' } });
}

const isWhatsApp = (s: tw.Service) => /whatsapp/i.test(s.friendly_name ?? '');

/**
 * Reads every service's sender pool at once and picks, in order: a marketing service whose pool holds an SMS
 * number (the one posting to Segment's URL first; then one holding any of the account's numbers); a marketing service without one (so the pool is what gets
 * reported), not the WhatsApp one if there is another; else any service. A WhatsApp-only service has no
 * numbers in its pool, so it is never chosen over the SMS one.
 */
export async function engageService(ctx: CheckContext): Promise<CallOutcome<EngageService>> {
  // The numbers page on while the services' pools are read: neither waits for the other.
  const numbers = smsNumbers(ctx);
  const svcs = await ctx.list(tw.services);
  if (!svcs.ok) return svcs;
  const all = svcs.data;
  const marketing = all.filter((s) => s.usecase === 'marketing');
  // The campaign of each marketing service is fetched beside the pools, so registration needs no extra round.
  for (const s of marketing) void ctx.list(tw.usa2p, { params: { MessagingServiceSid: s.sid } });
  const [nums, pools] = await Promise.all([numbers, Promise.all(all.map((s) => ctx.list(tw.servicePhoneNumbers, { params: { ServiceSid: s.sid } })))]);
  if (!nums.ok) return nums;
  const mine = new Map(nums.data.map((n) => [n.sid, n]));
  const failed = pools.find((p) => !p.ok);
  if (failed && !failed.ok) return failed;
  const pooledOf = (i: number) =>
    (pools[i]!.ok ? pools[i]!.data : []).flatMap((p) => mine.get(p.sid) ?? []).sort((a, b) => Number(!!b.capabilities?.sms) - Number(!!a.capabilities?.sms));
  const candidates = all.map((service, i) => ({ service, pooled: pooledOf(i) }));
  const url = ctx.values.twilioWebhookUrl;
  const sending = candidates
    .filter((c) => c.service.usecase === 'marketing' && c.pooled.length)
    .sort((a, b) => Number(!!b.pooled[0]!.capabilities?.sms) - Number(!!a.pooled[0]!.capabilities?.sms));
  const chosen =
    sending.find((c) => url && c.service.inbound_request_url === url) ??
    sending[0] ??
    candidates.find((c) => c.service.usecase === 'marketing' && url && c.service.inbound_request_url === url) ??
    candidates.find((c) => c.service.usecase === 'marketing' && !isWhatsApp(c.service)) ??
    candidates.find((c) => c.service.usecase === 'marketing') ??
    candidates.find((c) => c.pooled.length) ??
    candidates[0];
  return { ok: true, data: { service: chosen?.service, pooled: chosen?.pooled ?? [], all } };
}
