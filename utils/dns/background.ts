// The background's DNS service: keep captured records per onboarding, read them from a page or the API, check them live.
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { z } from 'zod';
import type { TaskId } from '../guide/schema';
import { handle } from '../messaging/handle';
import { sendMessage } from '../messaging/protocol';
import { activeOnboarding, type ProgressState } from '../progress/model';
import { readProgress } from '../progress/store';
import { readSecret } from '../vault/store';
import { callEndpoint, limiter, type Transport } from '../verify/http';
import { liveTransport } from '../verify/transport';
import { domainsEndpoint, linksEndpoint, recordsFromApi, reverseDnsEndpoint } from './api';
import { allRight, RecordStateSchema, type RecordState } from './compare';
import { checkRecord, RESOLVER_ORIGINS, type Fetch } from './doh';
import type { DnsReply, DnsView, PageRead, VerifyNote } from './messages';
import { guessZone, normalizeName } from './names';
import { makeRecord, type DnsRecord } from './records';
import { readCaptures, writeCapture, type Capture } from './store';

const ResultsSchema = z.record(z.string(), z.object({ checkedAt: z.number(), states: z.record(z.string(), RecordStateSchema) }));
/** Live results per onboarding: in memory only (storage.session), a check is cheap to repeat. */
const resultsItem = storage.defineItem<unknown>('session:dns.results', { fallback: {}, version: 1 });

export interface DnsDeps {
  readProgress(): Promise<ProgressState>;
  readParentKey(): Promise<string | undefined>;
  transport(parentKey: string, region: 'us' | 'eu'): Transport;
  fetch: Fetch;
  hasResolverAccess(): Promise<boolean>;
  /** SendGrid tabs, most recently used first. */
  sendgridTabs(): Promise<number[]>;
  readPage(tabId: number): Promise<PageRead | undefined>;
  now(): number;
}

export function createDnsService(deps: DnsDeps) {
  async function active() {
    const state = await deps.readProgress();
    return { onboarding: activeOnboarding(state), ids: state.onboardings.map((o) => o.id) };
  }
  async function readResults() {
    const parsed = ResultsSchema.safeParse(await resultsItem.getValue());
    return parsed.success ? parsed.data : {};
  }
  async function setResults(id: string, entry: z.infer<typeof ResultsSchema>[string] | undefined) {
    const all = await readResults();
    if (entry) all[id] = entry;
    else delete all[id];
    await resultsItem.setValue(all);
  }

  async function view(): Promise<DnsView> {
    const { onboarding } = await active();
    const [captures, results, live] = await Promise.all([readCaptures(), readResults(), deps.hasResolverAccess()]);
    const r = results[onboarding.id];
    return { capture: captures[onboarding.id] ?? null, live, results: r?.states ?? null, checkedAt: r?.checkedAt };
  }

  async function keep(capture: Capture): Promise<DnsReply> {
    const { onboarding, ids } = await active();
    await writeCapture(onboarding.id, capture, ids);
    await setResults(onboarding.id, undefined);
    return { ok: true, view: await view() };
  }

  /** Reads the record table of the SendGrid tab the person used last; replaces that page's task's records. */
  async function capturePage(): Promise<DnsReply> {
    let read: PageRead | undefined;
    for (const tab of await deps.sendgridTabs()) {
      read = await deps.readPage(tab).catch(() => undefined);
      if (read?.rows.length) break;
    }
    if (!read?.rows.length)
      return { ok: false, message: 'No SendGrid tab shows DNS records. Open the “Install DNS Records” step of domain authentication or reverse DNS in SendGrid, then try again.' };
    const hosts = read.rows.map((r) => r.host);
    const { onboarding } = await active();
    const before = (await readCaptures())[onboarding.id];
    const zone = before && hosts.every((h) => normalizeName(h).endsWith(`.${before.zone}`)) ? before.zone : guessZone(hosts);
    const made = read.rows.map((r, i) => makeRecord({ id: `page.${i}.${normalizeName(r.host)}`, ...r, zone }));
    const bad = made.find((m) => !m.ok);
    if (bad && !bad.ok) return { ok: false, message: `SendGrid's table has a row we cannot use: ${bad.message}` };
    const records = made.flatMap((m) => (m.ok ? [m.record] : []));
    const tasks = new Set(records.map((r) => r.taskId));
    const kept = (before?.zone === zone ? before.records : []).filter((r) => !tasks.has(r.taskId));
    return keep({ source: 'page', capturedAt: deps.now(), zone, records: [...kept, ...records] });
  }

  async function captureApi(): Promise<DnsReply> {
    const key = await deps.readParentKey();
    if (!key) return { ok: false, message: 'Reading the records through the API needs the SendGrid parent account API key: enter it under Verify, then try again.' };
    const { onboarding } = await active();
    const wire = deps.transport(key, onboarding.region);
    const call = { transport: wire, limit: limiter(3), region: onboarding.region };
    const req = (path: string) => ({ vendor: 'sendgrid' as const, auth: 'parent' as const, base: 'sendgrid' as const, path, query: { limit: '50' } });
    const [domains, links, reverseDns] = await Promise.all([
      callEndpoint(domainsEndpoint, req('/v3/whitelabel/domains'), call),
      callEndpoint(linksEndpoint, req('/v3/whitelabel/links'), call),
      callEndpoint(reverseDnsEndpoint, req('/v3/whitelabel/ips'), call),
    ]);
    const failed = [domains, links, reverseDns].find((o) => !o.ok);
    if (failed && !failed.ok) return { ok: false, message: failed.failure.message };
    if (!domains.ok || !links.ok || !reverseDns.ok) return { ok: false, message: 'SendGrid did not answer.' };
    const got = recordsFromApi({ domains: domains.data, links: links.data, reverseDns: reverseDns.data });
    if (!got?.records.length) return { ok: false, message: 'SendGrid lists no authenticated domain or reverse DNS for this account yet. Start domain authentication in SendGrid first.' };
    const notes = [
      got.others ? `${got.others} other authenticated domain${got.others === 1 ? '' : 's'} left out` : '',
      got.refused ? `${got.refused} record${got.refused === 1 ? '' : 's'} that are not DNS names left out` : '',
    ].filter(Boolean);
    return keep({ source: 'api', capturedAt: deps.now(), zone: got.zone, records: got.records, ...(notes.length ? { note: `${notes.join('; ')}.` } : {}) });
  }

  async function forget(): Promise<DnsReply> {
    const { onboarding, ids } = await active();
    await writeCapture(onboarding.id, undefined, ids);
    await setResults(onboarding.id, undefined);
    return { ok: true, view: await view() };
  }

  /** Live check of every record: only when the person turned it on, only record names, only the two resolvers. */
  async function check(): Promise<DnsReply> {
    if (!(await deps.hasResolverAccess())) return { ok: false, message: 'Turn on the live DNS check first.' };
    const { onboarding } = await active();
    const capture = (await readCaptures())[onboarding.id];
    if (!capture?.records.length) return { ok: false, message: 'No records yet: read them from SendGrid first.' };
    const limit = limiter(3);
    const states: Record<string, RecordState> = {};
    await Promise.all(capture.records.map((r) => limit(async () => (states[r.id] = await checkRecord(deps.fetch, r)))));
    await setResults(onboarding.id, { checkedAt: deps.now(), states });
    return { ok: true, view: await view() };
  }

  /** For the overlay on SendGrid's Verify button: the last check's verdict for this task's records. */
  async function verifyNote(taskId: DnsRecord['taskId']): Promise<VerifyNote | null> {
    const v = await view();
    const records = v.capture?.records.filter((r) => r.taskId === taskId) ?? [];
    // No claim from a check the person has since turned off.
    if (!v.live || !records.length || !v.results) return null;
    const states = records.map((r) => v.results?.[r.id]).filter((s): s is RecordState => !!s);
    if (states.length < records.length) return null;
    const n = records.length;
    if (allRight(states)) return { allRight: true, text: `All ${n} DNS record${n === 1 ? '' : 's'} resolve as SendGrid expects (live check). Click Verify.` };
    const wrong = states.filter((s) => s.state !== 'ok').length;
    return { allRight: false, text: `${wrong} of ${n} DNS records are not right yet; the Engage Copilot side panel says which.` };
  }

  return { view, capturePage, captureApi, forget, check, verifyNote };
}

export type DnsService = ReturnType<typeof createDnsService>;

const VerifyNoteSchema = z.object({ taskId: z.enum(['sendgrid.domain', 'sendgrid.rdns'] as const satisfies readonly TaskId[]) });

export function registerDnsHandlers(overrides: Partial<DnsDeps> = {}): DnsService {
  const service = createDnsService({
    readProgress,
    readParentKey: () => readSecret('sendgrid.parentApiKey'),
    transport: (parent, region) => liveTransport({ sendgrid: { parent }, region }),
    fetch: (url, init) => fetch(url, { ...init, credentials: 'omit', cache: 'no-store' }),
    hasResolverAccess: () => browser.permissions.contains({ origins: RESOLVER_ORIGINS }),
    sendgridTabs: async () => {
      const tabs = await browser.tabs.query({ url: 'https://app.sendgrid.com/*' });
      return tabs
        .sort((a, b) => Number(b.active) - Number(a.active) || (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))
        .flatMap((t) => (t.id === undefined ? [] : [t.id]));
    },
    readPage: (tabId) => sendMessage('dns.readPage', undefined, tabId),
    now: () => Date.now(),
    ...overrides,
  });
  const failed = () => ({ ok: false as const, message: 'That did not work because of an internal error; try again.' });
  // Side panel only, except SendGrid's content script asking for the Verify button's note (SENDERS).
  handle('dns.get', () => service.view());
  handle('dns.capturePage', () => service.capturePage().catch(failed));
  handle('dns.captureApi', () => service.captureApi().catch(failed));
  handle('dns.check', () => service.check().catch(failed));
  handle('dns.forget', () => service.forget().catch(failed));
  // A yes/no about records the page never sees; nothing it sends is kept.
  handle('dns.verifyNote', ({ data }) => service.verifyNote(data.taskId).catch(() => null), VerifyNoteSchema);
  return service;
}
