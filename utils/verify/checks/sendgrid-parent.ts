// SendGrid checks only the parent account's key can answer: plan proxies, dedicated IP, subuser, domain, rDNS, warmup.
import type { CallOutcome } from '../types';
import type { CheckContext } from './define';
import { defineCheck, ENGAGE_SUBUSER_PREFIX } from './define';
import * as sg from './sendgrid-endpoints';

const PARENT_WHY = 'The subuser key cannot see the parent account: plan, IPs, subusers, domains and warmup live there.';

/** The Engage subuser as the parent account lists it: `?username=` with its region. `entry` is undefined when absent. */
async function engageSubuser(ctx: CheckContext): Promise<CallOutcome<{ name: string; entry?: sg.Subuser }>> {
  const name = await ctx.subuserName();
  if (!name.ok) return name;
  const r = await ctx.list(sg.subusers, { auth: 'parent', query: { username: name.data, include_region: 'true' } });
  if (!r.ok) return r;
  return { ok: true, data: { name: name.data, entry: r.data.find((s) => s.username === name.data) } };
}

/** The IPs the Engage subuser sends from (`/v3/ips?subuser=`, every page). */
async function engageIps(ctx: CheckContext): Promise<CallOutcome<{ name: string; ips: sg.IpEntry[] }>> {
  const name = await ctx.subuserName();
  if (!name.ok) return name;
  const r = await ctx.list(sg.ips, { auth: 'parent', query: { subuser: name.data } });
  if (!r.ok) return r;
  return { ok: true, data: { name: name.data, ips: r.data.filter((i) => i.subusers.includes(name.data)) } };
}

/**
 * The IPs to judge rDNS and warmup on: the Engage subuser's; while it has none (sendgrid.subuser says so), the
 * account's, any of which may pass (`own` false).
 */
async function judgedIps(ctx: CheckContext): Promise<CallOutcome<{ ips: sg.IpEntry[]; own: boolean }>> {
  const mine = await engageIps(ctx);
  if (mine.ok && mine.data.ips.length) return { ok: true, data: { ips: mine.data.ips, own: true } };
  if (!mine.ok && mine.failure.kind !== 'notFound') return mine;
  const all = await ctx.list(sg.ips, { auth: 'parent' });
  return all.ok ? { ok: true, data: { ips: all.data, own: false } } : all;
}
const notOwn = ' (the Engage subuser has no IP yet: see “Create a subuser with a dedicated IP”)';

/** The domains the Engage subuser sends with: authenticated while signed in as it, or a parent domain assigned to it. */
async function engageDomains(ctx: CheckContext): Promise<CallOutcome<{ name: string; mine: sg.Domain[]; all: sg.Domain[] }>> {
  const [name, all] = await Promise.all([ctx.subuserName(), ctx.list(sg.domains, { auth: 'parent' })]);
  if (!name.ok) return name;
  if (!all.ok) return all;
  const mine = all.data.filter((d) => d.username === name.data || d.subusers?.some((u) => u.username === name.data));
  return { ok: true, data: { name: name.data, mine, all: all.data } };
}

const domainName = (d: sg.Domain) => (d.subdomain ? `${d.subdomain}.${d.domain}` : d.domain);

export const planPaid = defineCheck({
  id: 'sendgrid.plan.paid',
  taskId: 'sendgrid.plan',
  title: 'The account is on a paid plan',
  needs: 'parent',
  why: PARENT_WHY,
  proxy: 'SendGrid\'s API does not name the plan (such as "Pro"), only whether it is paid: a paid plan counts as done.',
  api: ['GET /v3/user/account'],
  messages: {
    free: () =>
      'The account is on the free plan. In SendGrid, open Settings > Account Details > Your Products and upgrade to **Pro** (Engage needs subusers and a dedicated IP).',
  },
  async run(ctx, v) {
    const r = await ctx.call(sg.userAccount, { auth: 'parent' });
    if (!r.ok) return r.failure;
    return r.data.type === 'paid' ? v.pass('SendGrid says the account is on a paid plan') : v.fail('free');
  },
});

export const planSubusers = defineCheck({
  id: 'sendgrid.plan.subusers',
  taskId: 'sendgrid.plan',
  title: 'The plan allows subusers',
  needs: 'parent',
  why: PARENT_WHY,
  proxy: 'Subusers need Pro or Premier: the subuser list answering is a sign of the plan, not a statement of it.',
  api: ['GET /v3/subusers?username='],
  messages: {},
  async run(ctx, v) {
    const r = await engageSubuser(ctx);
    if (!r.ok) return r.failure.kind === 'notFound' ? v.pass('SendGrid lets the account list its subusers') : r.failure;
    return v.pass('SendGrid lets the account list its subusers');
  },
});

export const dedicatedIp = defineCheck({
  id: 'sendgrid.plan.dedicatedIp',
  taskId: 'sendgrid.plan',
  title: 'A dedicated IP is assigned to the account',
  needs: 'parent',
  why: PARENT_WHY,
  proxy: 'SendGrid gives a dedicated IP with Pro 100k and above: an assigned IP is a sign of the plan.',
  api: ['GET /v3/ips?subuser=', 'GET /v3/ips'],
  messages: {
    none: () =>
      'No dedicated IP is assigned. Pro plans include one: check Settings > IP Addresses, or ask SendGrid support to assign it.',
  },
  async run(ctx, v) {
    // The subuser's own IP answers it in the common case; only without one is the whole account read.
    const r = await judgedIps(ctx);
    if (!r.ok) return r.failure;
    return r.data.ips.length ? v.pass(`${r.data.ips[0]!.ip}${r.data.own ? '' : ' on the account'}`) : v.fail('none');
  },
});

export const subuserExists = defineCheck({
  id: 'sendgrid.subuser.exists',
  taskId: 'sendgrid.subuser',
  title: `The subuser ${ENGAGE_SUBUSER_PREFIX}… exists and is enabled`,
  needs: 'parent',
  why: PARENT_WHY,
  api: ['GET /v3/user/username', 'GET /v3/subusers?username=&include_region=true'],
  messages: {
    missing: () =>
      `No subuser starts with \`${ENGAGE_SUBUSER_PREFIX}\`. In Settings > Subuser Management, click **Create New Subuser** and name it ${ENGAGE_SUBUSER_PREFIX}<your workspace>.`,
    disabled: (name) => `The subuser ${name} is disabled. Enable it in Settings > Subuser Management.`,
  },
  async run(ctx, v) {
    const r = await engageSubuser(ctx);
    if (!r.ok) return r.failure.kind === 'notFound' ? v.fail('missing') : r.failure;
    const s = r.data.entry;
    if (!s) return v.fail('missing');
    if (s.disabled) return v.fail('disabled', s.username);
    return v.pass(`${s.username} exists and is enabled${s.region ? `, region ${s.region}` : ''}`);
  },
});

export const subuserHasIp = defineCheck({
  id: 'sendgrid.subuser.ip',
  taskId: 'sendgrid.subuser',
  title: 'The subuser may send from the dedicated IP',
  needs: 'parent',
  why: PARENT_WHY,
  api: ['GET /v3/ips?subuser='],
  messages: {
    noSubuser: () => `There is no \`${ENGAGE_SUBUSER_PREFIX}\` subuser to give the IP to yet.`,
    noIp: (name) =>
      `The subuser ${name} has no dedicated IP. In Settings > Subuser Management, open ${name} and tick the dedicated IP under **IP Addresses**.`,
  },
  async run(ctx, v) {
    const r = await engageIps(ctx);
    if (!r.ok) return r.failure.kind === 'notFound' ? v.fail('noSubuser') : r.failure;
    const { name, ips } = r.data;
    return ips.length ? v.pass(`${name} sends from ${ips.map((i) => i.ip).join(', ')}`) : v.fail('noIp', name);
  },
});

export const domainAuth = defineCheck({
  id: 'sendgrid.domain.auth',
  taskId: 'sendgrid.domain',
  title: 'A domain the Engage subuser sends with is authenticated and valid',
  needs: 'parent',
  why: PARENT_WHY,
  api: ['GET /v3/whitelabel/domains'],
  messages: {
    none: () =>
      'No domain is authenticated. Signed in as the subuser, open Settings > Sender Authentication and click **Authenticate Your Domain**.',
    notEngage: (detail) =>
      `No authenticated domain belongs to the Engage subuser (${detail}). Sign in as the subuser and authenticate the domain there, ` +
      'as the guide says: domains of the parent or of other subusers do not count.',
    invalid: (detail) =>
      `Domain authentication is not valid yet: ${detail}. Add these DNS records at your DNS host exactly as SendGrid shows them, wait for DNS, then click **Verify** in SendGrid.`,
  },
  async run(ctx, v) {
    const r = await engageDomains(ctx);
    if (!r.ok) return r.failure;
    const { name, mine, all } = r.data;
    if (!all.length) return v.fail('none');
    if (!mine.length) return v.fail('notEngage', `${all.length} found, none for ${name}`);
    const good = mine.find((d) => d.valid);
    if (good) return v.pass(`${domainName(good)} valid (${name})`);
    const d = mine[0]!;
    const bad = Object.values(d.dns).filter((rec) => !rec.valid).map((rec) => rec.host);
    return v.fail('invalid', `${d.domain}: ${bad.length ? bad.join(', ') : 'records'} not validated`);
  },
});

export const linkBranding = defineCheck({
  id: 'sendgrid.domain.links',
  taskId: 'sendgrid.domain',
  title: 'Link branding for that domain is valid',
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
    const [doms, lks] = await Promise.all([engageDomains(ctx), ctx.list(sg.links, { auth: 'parent' })]);
    if (!doms.ok) return doms.failure;
    if (!lks.ok) return lks.failure;
    const domain = (doms.data.mine.find((d) => d.valid) ?? doms.data.mine[0])?.domain;
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
  title: "Reverse DNS of the Engage subuser's dedicated IP is valid",
  needs: 'parent',
  why: PARENT_WHY,
  api: ['GET /v3/ips?subuser=', 'GET /v3/whitelabel/ips'],
  messages: {
    noIp: () => 'The Engage subuser has no dedicated IP to set reverse DNS on yet (see “Create a subuser with a dedicated IP”).',
    missing: (ip) => `No reverse DNS is set up for ${ip}. In Settings > Sender Authentication, click **Set Up Reverse DNS** for ${ip}.`,
    invalid: (detail) => `Reverse DNS is not valid yet: ${detail}. Add the A record at your DNS host, then click **Verify** in SendGrid.`,
  },
  async run(ctx, v) {
    // The whole rDNS list is read alongside the subuser's IPs and matched exactly (the API's `ip=` is a prefix search).
    const [judged, list] = await Promise.all([judgedIps(ctx), ctx.list(sg.reverseDns, { auth: 'parent' })]);
    if (!judged.ok) return judged.failure;
    if (!list.ok) return list.failure;
    const { ips, own } = judged.data;
    if (!ips.length) return v.fail('noIp');
    const entries = ips.map(({ ip }) => ({ ip, entry: list.data.find((x) => x.ip === ip) }));
    const good = entries.filter((e) => e.entry?.valid);
    // The subuser's own IPs must all be right; while it has none, any of the account's will do.
    if (own ? good.length === entries.length : good.length) {
      return v.pass(good.map((e) => `${e.entry!.rdns} → ${e.ip} valid`).join('; ') + (own ? '' : notOwn));
    }
    const bad = entries.find((e) => !e.entry?.valid)!;
    return bad.entry ? v.fail('invalid', `${bad.entry.a_record.host} → ${bad.ip}`) : v.fail('missing', bad.ip);
  },
});

const day = (unix: number) => new Date(unix * 1000).toISOString().slice(0, 10);

export const warmup = defineCheck({
  id: 'sendgrid.warmup.automated',
  taskId: 'sendgrid.warmup',
  title: "Automated IP warmup was turned on for the Engage subuser's dedicated IP",
  needs: 'parent',
  why: PARENT_WHY,
  proxy: 'Warmup ends after about 30 days and the IP then leaves the warmup list: a start date on the IP counts as done.',
  api: ['GET /v3/ips?subuser=', 'GET /v3/ips/warmup'],
  messages: {
    noIp: () => 'The Engage subuser has no dedicated IP to warm up yet (see “Create a subuser with a dedicated IP”).',
    off: (ip) =>
      `SendGrid shows no warmup for ${ip}: it is not warming up and has no warmup start date. In Settings > IP Addresses, edit ${ip}, tick ` +
      '**Use Automated IP warmup** and **Allow my subusers to send mail using this IP address**, then **Save**. If you know it was warmed ' +
      'up already, keep the task ticked: Verify does not untick it for this.',
  },
  async run(ctx, v) {
    const r = await judgedIps(ctx);
    if (!r.ok) return r.failure;
    const { ips, own } = r.data;
    if (!ips.length) return v.fail('noIp');
    const said = (i: sg.IpEntry) =>
      i.warmup ? `${i.ip} warming up since ${day(i.start_date ?? 0)}` : `${i.ip}: warmup started ${day(i.start_date!)} and has since finished`;
    const shown = ips.filter((i) => i.warmup || i.start_date != null);
    if (own ? shown.length === ips.length : shown.length) return v.pass(shown.map(said).join('; ') + (own ? '' : notOwn));
    // Only IPs that show nothing are looked up in the list of IPs warming now.
    const list = await ctx.call(sg.ipWarmup, { auth: 'parent' });
    if (!list.ok) return list.failure;
    const warming = (i: sg.IpEntry) => shown.includes(i) || list.data.some((w) => w.ip === i.ip);
    const cold = ips.find((i) => !warming(i));
    if (own ? !cold : ips.some(warming)) return v.pass(`${ips.filter(warming).map((i) => i.ip).join(', ')} warming up${own ? '' : notOwn}`);
    return v.softFail('off', cold!.ip);
  },
});

export const parentKeyChecks = [planPaid, planSubusers, dedicatedIp, subuserExists, subuserHasIp, domainAuth, linkBranding, reverseDns, warmup];
