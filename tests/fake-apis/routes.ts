// The routes the fakes answer: each documented filter applied to the state, lists paged as the vendor documents.
import type { FakePaging } from './paging';
import type { RouteKey } from './scenarios';
import type { FakeState } from './state';

export type Who = 'subuser' | 'parent' | 'twilio' | 'twilioStandard' | 'twilioRestricted' | 'anonymous';

type Item = Record<string, unknown>;
export interface Route {
  key: RouteKey;
  host: 'sendgrid' | 'twilioApi' | 'twilioMessaging';
  path: RegExp;
  /** SendGrid routes only the parent account may call (403 for a subuser key). */
  parentOnly?: boolean;
  /** A plain answer. */
  answer?: (s: FakeState, m: RegExpMatchArray, who: Who, url: URL) => unknown;
  /** A list answer: the filtered items, paged by `paging`, under `listKey` (a SendGrid list without one is a bare array). */
  list?: (s: FakeState, m: RegExpMatchArray, who: Who, url: URL) => Item[];
  paging?: FakePaging;
  listKey?: string;
}

const SID = `(AC[0-9a-f]{32})`;
const q = (url: URL, name: string) => url.searchParams.get(name);
const on = (url: URL, name: string) => q(url, name) === 'true';
/** A copy without one field. */
const omit = (o: Item, key: string): Item => Object.fromEntries(Object.entries(o).filter(([k]) => k !== key));

const parentView = {
  username: (s: FakeState) => ({ username: s.sendgrid.parentName, user_id: 1 }),
  webhooks: { max_allowed: 5, webhooks: [] },
  subscription: { enabled: false },
};

export const ROUTES: Route[] = [
  { key: 'sg.account', host: 'sendgrid', path: /^\/v3\/user\/account$/, answer: (s, _m, who) => (who === 'parent' ? s.sendgrid.account : { type: 'paid', reputation: 100 }) },
  { key: 'sg.username', host: 'sendgrid', path: /^\/v3\/user\/username$/, answer: (s, _m, who) => (who === 'parent' ? parentView.username(s) : s.sendgrid.username) },
  { key: 'sg.scopes', host: 'sendgrid', path: /^\/v3\/scopes$/, answer: (s) => s.sendgrid.scopes },
  { key: 'sg.apiKeys', host: 'sendgrid', path: /^\/v3\/api_keys$/, paging: 'sendgridLimit', listKey: 'result', list: (s) => s.sendgrid.apiKeys },
  { key: 'sg.subscription', host: 'sendgrid', path: /^\/v3\/tracking_settings\/subscription$/, answer: (s, _m, who) => (who === 'parent' ? parentView.subscription : s.sendgrid.subscription) },
  { key: 'sg.webhooks', host: 'sendgrid', path: /^\/v3\/user\/webhooks\/event\/settings\/all$/, answer: (s, _m, who) => (who === 'parent' ? parentView.webhooks : s.sendgrid.webhooks) },
  {
    key: 'sg.subusers',
    host: 'sendgrid',
    path: /^\/v3\/subusers$/,
    parentOnly: true,
    paging: 'sendgridOffset',
    list: (s, _m, _w, url) => {
      const name = q(url, 'username');
      const region = q(url, 'region') ?? 'all';
      return s.sendgrid.subusers
        .filter((u) => (!name || u.username === name) && (region === 'all' || u.region === region))
        .map((u) => (on(url, 'include_region') ? u : omit(u, 'region')));
    },
  },
  { key: 'sg.ipsAssigned', host: 'sendgrid', path: /^\/v3\/ips\/assigned$/, parentOnly: true, answer: (s) => s.sendgrid.ips.map((i) => ({ ip: i.ip, pools: i.pools, warmup: i.warmup, start_date: i.start_date ?? 0 })) },
  {
    key: 'sg.ips',
    host: 'sendgrid',
    path: /^\/v3\/ips$/,
    parentOnly: true,
    paging: 'sendgridOffset',
    list: (s, _m, _w, url) => {
      const ip = q(url, 'ip');
      const subuser = q(url, 'subuser');
      return s.sendgrid.ips
        .filter((i) => (!ip || i.ip === ip) && (!subuser || (i.subusers as string[]).includes(subuser)))
        .map((i) => (on(url, 'exclude_whitelabels') ? omit(i, 'rdns') : i));
    },
  },
  {
    key: 'sg.domains',
    host: 'sendgrid',
    path: /^\/v3\/whitelabel\/domains$/,
    parentOnly: true,
    paging: 'sendgridOffset',
    list: (s, _m, _w, url) => {
      const username = q(url, 'username');
      const domain = q(url, 'domain');
      return s.sendgrid.domains.filter(
        (d) =>
          (!on(url, 'exclude_subusers') || d.username === s.sendgrid.parentName) &&
          (!username || d.username === username) &&
          (!domain || String(d.domain).includes(domain)),
      );
    },
  },
  { key: 'sg.links', host: 'sendgrid', path: /^\/v3\/whitelabel\/links$/, parentOnly: true, paging: 'sendgridLimit', list: (s) => s.sendgrid.links },
  {
    key: 'sg.reverseDns',
    host: 'sendgrid',
    path: /^\/v3\/whitelabel\/ips$/,
    parentOnly: true,
    paging: 'sendgridOffset',
    // `ip` is documented as a prefix search.
    list: (s, _m, _w, url) => s.sendgrid.reverseDns.filter((r) => !q(url, 'ip') || String(r.ip).startsWith(q(url, 'ip')!)),
  },
  { key: 'sg.warmup', host: 'sendgrid', path: /^\/v3\/ips\/warmup$/, parentOnly: true, answer: (s) => s.sendgrid.warmup },
  { key: 'tw.account', host: 'twilioApi', path: new RegExp(`^/2010-04-01/Accounts/${SID}\\.json$`), answer: (s) => s.twilio.account },
  {
    key: 'tw.numbers',
    host: 'twilioApi',
    path: new RegExp(`^/2010-04-01/Accounts/${SID}/IncomingPhoneNumbers\\.json$`),
    paging: 'twilio2010',
    listKey: 'incoming_phone_numbers',
    list: (s, _m, _w, url) =>
      s.twilio.numbers.filter((n) => (!q(url, 'PhoneNumber') || String(n.phone_number).includes(q(url, 'PhoneNumber')!)) && (!q(url, 'FriendlyName') || n.friendly_name === q(url, 'FriendlyName'))),
  },
  { key: 'tw.services', host: 'twilioMessaging', path: /^\/v1\/Services$/, paging: 'twilioV1', listKey: 'services', list: (s) => s.twilio.services },
  { key: 'tw.pool', host: 'twilioMessaging', path: /^\/v1\/Services\/(MG[0-9a-f]{32})\/PhoneNumbers$/, paging: 'twilioV1', listKey: 'phone_numbers', list: (s, m) => s.twilio.pool.filter((p) => p.service_sid === m[1]) },
  { key: 'tw.senders', host: 'twilioMessaging', path: /^\/v1\/Services\/(MG[0-9a-f]{32})\/ChannelSenders$/, paging: 'twilioV1', listKey: 'senders', list: (s, m) => s.twilio.senders.filter((p) => p.messaging_service_sid === m[1]) },
  { key: 'tw.usa2p', host: 'twilioMessaging', path: /^\/v1\/Services\/(MG[0-9a-f]{32})\/Compliance\/Usa2p$/, paging: 'twilioV1', listKey: 'compliance', list: (s, m) => s.twilio.campaigns.filter((c) => c.messaging_service_sid === m[1]) },
  { key: 'tw.brands', host: 'twilioMessaging', path: /^\/v1\/a2p\/BrandRegistrations$/, paging: 'twilioV1', listKey: 'data', list: (s) => s.twilio.brands },
  {
    key: 'tw.tollfree',
    host: 'twilioMessaging',
    path: /^\/v1\/Tollfree\/Verifications$/,
    paging: 'twilioV1',
    listKey: 'verifications',
    list: (s, _m, _w, url) =>
      s.twilio.tollfree.filter((v) => (!q(url, 'TollfreePhoneNumberSid') || v.tollfree_phone_number_sid === q(url, 'TollfreePhoneNumberSid')) && (!q(url, 'Status') || v.status === q(url, 'Status'))),
  },
];
