// SendGrid checks only the parent account's key can answer: plan proxies, dedicated IP, subuser, domain, rDNS, warmup.
import type { z } from 'zod';
import type { Endpoint } from '../http';
import type { CallOutcome } from '../types';
import type { CheckContext } from './define';
import { defineCheck, ENGAGE_SUBUSER_PREFIX } from './define';
import * as sg from './sendgrid-endpoints';

const PARENT_WHY = 'The subuser key cannot see the parent account: plan, IPs, subusers, domains and warmup live there.';

/** The Engage subuser as the parent account lists it (by name when known, else by prefix). */
async function engageSubuser(ctx: CheckContext) {
  const r = await ctx.call(sg.subusers);
  if (!r.ok) return r;
  const known = ctx.values.subuserName;
  const match = r.data.find((s) => (known ? s.username === known : s.username.startsWith(ENGAGE_SUBUSER_PREFIX)));
  return { ok: true as const, data: match };
}

/**
 * The dedicated IP (the first of /v3/ips) beside a list keyed by IP, fetched together. `ip` is undefined
 * when the account has none; failures of either call come back as they are.
 */
async function dedicatedIpWith<S extends z.ZodType>(ctx: CheckContext, e: Endpoint<S>): Promise<CallOutcome<{ ip?: string; list: z.infer<S> }>> {
  const [ipList, other] = await Promise.all([ctx.call(sg.ips, { auth: 'parent' }), ctx.call(e, { auth: 'parent' })]);
  if (!ipList.ok) return ipList;
  if (!other.ok) return other;
  return { ok: true, data: { ip: ipList.data[0]?.ip, list: other.data } };
}

export const planPaid = defineCheck({
  id: 'sendgrid.plan.paid',
  taskId: 'sendgrid.plan',
  title: 'The account is on a paid plan',
  needs: 'parent',
  why: PARENT_WHY,
  proxy: 'No SendGrid API names the plan "Pro": we read `type == "paid"` from /v3/user/account.',
  api: ['GET /v3/user/account'],
  messages: {
    free: () =>
      'The account is on the free plan. In SendGrid, open Settings > Account Details > Your Products and upgrade to **Pro** (Engage needs subusers and a dedicated IP).',
  },
  async run(ctx, v) {
    const r = await ctx.call(sg.userAccount, { auth: 'parent' });
    if (!r.ok) return r.failure;
    return r.data.type === 'paid' ? v.pass('account type paid') : v.fail('free');
  },
});

export const planSubusers = defineCheck({
  id: 'sendgrid.plan.subusers',
  taskId: 'sendgrid.plan',
  title: 'The plan allows subusers',
  needs: 'parent',
  why: PARENT_WHY,
  proxy: 'Subusers need Pro or Premier: the subuser list answering is a sign of the plan, not a statement of it.',
  api: ['GET /v3/subusers'],
  messages: {},
  async run(ctx, v) {
    const r = await ctx.call(sg.subusers, { auth: 'parent' });
    return r.ok ? v.pass(`subuser list answers (${r.data.length} subusers)`) : r.failure;
  },
});

export const dedicatedIp = defineCheck({
  id: 'sendgrid.plan.dedicatedIp',
  taskId: 'sendgrid.plan',
  title: 'A dedicated IP is assigned to the account',
  needs: 'parent',
  why: PARENT_WHY,
  proxy: 'SendGrid gives a dedicated IP with Pro 100k and above: an assigned IP is a sign of the plan.',
  api: ['GET /v3/ips'],
  messages: {
    none: () =>
      'No dedicated IP is assigned. Pro plans include one: check Settings > IP Addresses, or ask SendGrid support to assign it.',
  },
  async run(ctx, v) {
    const r = await ctx.call(sg.ips, { auth: 'parent' });
    if (!r.ok) return r.failure;
    return r.data.length ? v.pass(`dedicated IP ${r.data[0]!.ip}`) : v.fail('none');
  },
});

export const subuserExists = defineCheck({
  id: 'sendgrid.subuser.exists',
  taskId: 'sendgrid.subuser',
  title: `The subuser ${ENGAGE_SUBUSER_PREFIX}… exists and is enabled`,
  needs: 'parent',
  why: PARENT_WHY,
  api: ['GET /v3/subusers'],
  messages: {
    missing: () =>
      `No subuser starts with \`${ENGAGE_SUBUSER_PREFIX}\`. In Settings > Subuser Management, click **Create New Subuser** and name it ${ENGAGE_SUBUSER_PREFIX}<your workspace>.`,
    disabled: (name) => `The subuser ${name} is disabled. Enable it in Settings > Subuser Management.`,
  },
  async run(ctx, v) {
    const r = await engageSubuser(ctx);
    if (!r.ok) return r.failure;
    if (!r.data) return v.fail('missing');
    return r.data.disabled ? v.fail('disabled', r.data.username) : v.pass(`subuser ${r.data.username}, enabled`);
  },
});

export const subuserHasIp = defineCheck({
  id: 'sendgrid.subuser.ip',
  taskId: 'sendgrid.subuser',
  title: 'The subuser may send from the dedicated IP',
  needs: 'parent',
  why: PARENT_WHY,
  api: ['GET /v3/subusers', 'GET /v3/ips'],
  messages: {
    noSubuser: () => `There is no \`${ENGAGE_SUBUSER_PREFIX}\` subuser to give the IP to yet.`,
    noIp: (name) =>
      `The subuser ${name} has no dedicated IP. In Settings > Subuser Management, open ${name} and tick the dedicated IP under **IP Addresses**.`,
  },
  async run(ctx, v) {
    const [sub, list] = await Promise.all([engageSubuser(ctx), ctx.call(sg.ips, { auth: 'parent' })]);
    if (!sub.ok) return sub.failure;
    if (!list.ok) return list.failure;
    if (!sub.data) return v.fail('noSubuser');
    const name = sub.data.username;
    const ip = list.data.find((i) => i.subusers.includes(name));
    return ip ? v.pass(`${name} sends from ${ip.ip}`) : v.fail('noIp', name);
  },
});

export const domainAuth = defineCheck({
  id: 'sendgrid.domain.auth',
  taskId: 'sendgrid.domain',
  title: 'An authenticated domain is valid',
  needs: 'parent',
  why: PARENT_WHY,
  api: ['GET /v3/whitelabel/domains'],
  messages: {
    none: () => 'No domain is authenticated. In Settings > Sender Authentication, click **Authenticate Your Domain**.',
    invalid: (detail) =>
      `Domain authentication is not valid yet: ${detail}. Add these CNAME records at your DNS host exactly as SendGrid shows them, wait for DNS, then click **Verify** in SendGrid.`,
  },
  async run(ctx, v) {
    const r = await ctx.call(sg.domains, { auth: 'parent' });
    if (!r.ok) return r.failure;
    if (!r.data.length) return v.fail('none');
    const good = r.data.find((d) => d.valid);
    if (good) return v.pass(`${good.subdomain}.${good.domain} valid`);
    const d = r.data[0]!;
    const bad = Object.values(d.dns).filter((rec) => !rec.valid).map((rec) => rec.host);
    return v.fail('invalid', `${d.domain}: ${bad.length ? bad.join(', ') : 'records'} not validated`);
  },
});

export const linkBranding = defineCheck({
  id: 'sendgrid.domain.links',
  taskId: 'sendgrid.domain',
  title: 'Link branding for the authenticated domain is valid',
  needs: 'parent',
  why: PARENT_WHY,
  api: ['GET /v3/whitelabel/domains', 'GET /v3/whitelabel/links'],
  messages: {
    none: (domain) =>
      `No link branding exists for ${domain}. In Settings > Sender Authentication, click **Brand Your Links** for the same domain.`,
    invalid: (detail) =>
      `Link branding is not valid yet: ${detail}. Add the two link CNAME records at your DNS host, then click **Verify** in SendGrid.`,
  },
  async run(ctx, v) {
    const [doms, lks] = await Promise.all([ctx.call(sg.domains, { auth: 'parent' }), ctx.call(sg.links, { auth: 'parent' })]);
    if (!doms.ok) return doms.failure;
    if (!lks.ok) return lks.failure;
    const domain = (doms.data.find((d) => d.valid) ?? doms.data[0])?.domain;
    const forDomain = lks.data.filter((l) => !domain || l.domain === domain);
    if (!forDomain.length) return v.fail('none', domain ?? 'your domain');
    const good = forDomain.find((l) => l.valid);
    if (good) return v.pass(`links on ${good.subdomain ? `${good.subdomain}.` : ''}${good.domain} valid`);
    const l = forDomain[0]!;
    const bad = [l.dns.domain_cname, l.dns.owner_cname].filter((rec) => rec && !rec.valid).map((rec) => rec!.host);
    return v.fail('invalid', `${l.domain}: ${bad.join(', ') || 'records'} not validated`);
  },
});

export const reverseDns = defineCheck({
  id: 'sendgrid.rdns.valid',
  taskId: 'sendgrid.rdns',
  title: 'Reverse DNS of the dedicated IP is valid',
  needs: 'parent',
  why: PARENT_WHY,
  api: ['GET /v3/ips', 'GET /v3/whitelabel/ips'],
  messages: {
    noIp: () => 'There is no dedicated IP to set reverse DNS on yet.',
    missing: (ip) => `No reverse DNS is set up for ${ip}. In Settings > Sender Authentication, click **Set Up Reverse DNS** for ${ip}.`,
    invalid: (detail) => `Reverse DNS is not valid yet: ${detail}. Add the A record at your DNS host, then click **Verify** in SendGrid.`,
  },
  async run(ctx, v) {
    const r = await dedicatedIpWith(ctx, sg.reverseDns);
    if (!r.ok) return r.failure;
    const { ip, list } = r.data;
    if (!ip) return v.fail('noIp');
    const entry = list.find((x) => x.ip === ip);
    if (!entry) return v.fail('missing', ip);
    return entry.valid ? v.pass(`${entry.rdns} → ${ip} valid`) : v.fail('invalid', `${entry.a_record.host} → ${ip}`);
  },
});

export const warmup = defineCheck({
  id: 'sendgrid.warmup.automated',
  taskId: 'sendgrid.warmup',
  title: 'Automated IP warmup is on for the dedicated IP',
  needs: 'parent',
  why: PARENT_WHY,
  api: ['GET /v3/ips', 'GET /v3/ips/warmup'],
  messages: {
    noIp: () => 'There is no dedicated IP to warm up yet.',
    off: (ip) =>
      `${ip} is not in automated warmup. In Settings > IP Addresses, edit ${ip}, tick **Use Automated IP warmup** and ` +
      '**Allow my subusers to send mail using this IP address**, then **Save**. (Warmup lasts about 30 days; after it ends the IP leaves this list.)',
  },
  async run(ctx, v) {
    const r = await dedicatedIpWith(ctx, sg.ipWarmup);
    if (!r.ok) return r.failure;
    const { ip, list } = r.data;
    if (!ip) return v.fail('noIp');
    const entry = list.find((w) => w.ip === ip);
    return entry ? v.pass(`${ip} warming up since ${new Date(entry.start_date * 1000).toISOString().slice(0, 10)}`) : v.fail('off', ip);
  },
});

export const parentKeyChecks = [planPaid, planSubusers, dedicatedIp, subuserExists, subuserHasIp, domainAuth, linkBranding, reverseDns, warmup];
