// Benchmark: "Verify all" wall time against the fake APIs at 150 ms per call, versus one call; and how many calls it makes.
// Two measurements: in-process (runner + checks + fakes, no browser) and in Chromium (built extension, HTTPS fakes, the panel's button).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { allChecks } from '../../utils/verify/checks/index.ts';
import { userUsername } from '../../utils/verify/checks/sendgrid-endpoints.ts';
import { callEndpoint, limiter } from '../../utils/verify/http.ts';
import { runChecks } from '../../utils/verify/runner.ts';
import { FAKE } from '../fake-apis/credentials.ts';
import { createFakeApis, FAKE_HOSTS } from '../fake-apis/fake.ts';
import { ALL_CREDS, fakeTransport } from '../fake-apis/transport.ts';

export const LATENCY_MS = 150;
const RUNS = 5;

export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  target?: string;
  note?: string;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function inProcess(): Promise<BenchRow[]> {
  const fake = createFakeApis({ latencyMs: LATENCY_MS });
  const transport = fakeTransport(fake, ALL_CREDS);
  const one: number[] = [];
  const all: number[] = [];
  let calls = 0;
  for (let i = 0; i < RUNS; i++) {
    let t = performance.now();
    await callEndpoint(userUsername, { vendor: 'sendgrid', auth: 'subuser', base: 'sendgrid', path: '/v3/user/username' }, { transport, limit: limiter(4), region: 'us' });
    one.push(performance.now() - t);
    t = performance.now();
    const r = await runChecks({
      checks: allChecks,
      region: 'us',
      have: { subuser: true, parent: true, twilio: true },
      values: { accountSid: FAKE.accountSid, twilioWebhookUrl: FAKE.twilioWebhookUrl },
      deps: { transport },
    });
    all.push(performance.now() - t);
    calls = r.calls;
    if (r.results.some((x) => x.status !== 'pass')) throw new Error('bench set-up is not all good');
  }
  const ratio = median(all) / median(one);
  return [
    { name: 'verify: one call (in-process)', value: Math.round(median(one)), unit: 'ms', note: `median of ${RUNS}, ${LATENCY_MS} ms fake latency` },
    { name: 'verify: "Verify all" (in-process)', value: Math.round(median(all)), unit: 'ms', note: `median of ${RUNS}` },
    { name: 'verify: "Verify all" / one call (in-process)', value: Number(ratio.toFixed(2)), unit: '×', target: '≤ 3×' },
    { name: 'verify: API calls per "Verify all"', value: calls, unit: 'calls', note: `${allChecks.length} checks, ≤4 in flight per vendor` },
  ];
}

async function inChromium(): Promise<BenchRow[]> {
  const extDir = resolve(process.env.ENGAGE_EXT_DIR ?? '.output/chrome-mv3');
  if (!existsSync(resolve(extDir, 'manifest.json'))) return [{ name: 'verify: Chromium measurement', value: 0, unit: 'skipped', note: `no build at ${extDir}` }];
  const { launchBrowser, openPanel, startSandbox } = await import('../e2e/harness/index.ts');
  const fake = createFakeApis({ latencyMs: LATENCY_MS });
  const sandbox = await startSandbox({ hosts: Object.fromEntries(FAKE_HOSTS.map((h) => [h, fake.nodeHandler])) });
  const browser = await launchBrowser({ sandbox, extensionDir: extDir });
  try {
    const { page } = await openPanel(browser);
    const section = page.getByRole('region', { name: 'Verify with the SendGrid and Twilio APIs' });
    const fill = (label: string, value: string) => section.getByLabel(label, { exact: true }).fill(value);
    await fill('SendGrid subuser API key', FAKE.subuserKey);
    await fill('Parent API key', FAKE.parentKey);
    await section.getByLabel('Keep the parent key for this session').check();
    await fill('Twilio Account SID', FAKE.accountSid);
    await fill('Twilio API Key SID', FAKE.apiKeySid);
    await fill('Twilio API Key secret', FAKE.apiKeySecret);
    await section.getByRole('button', { name: 'Keep these keys' }).click();
    const status = section.locator('output.verify-status');
    await status.getByText('Kept for this browser session.').waitFor();
    // Clicks a button and times until the panel prints the run's summary (which arrives when the run's reply does).
    const timed = async (button: ReturnType<typeof section.getByRole>) => {
      const before = fake.log.length;
      const t = performance.now();
      await button.click();
      await status.filter({ hasText: /^Done: / }).waitFor({ timeout: 30_000 });
      const ms = performance.now() - t;
      await status.filter({ hasText: /^$/ }).waitFor({ state: 'detached' }).catch(() => undefined);
      return { ms, calls: fake.log.length - before };
    };
    const one: number[] = [];
    const all: number[] = [];
    let calls = 0;
    for (let i = 0; i < RUNS; i++) {
      // sendgrid.subscription with the subuser key is exactly one call.
      one.push((await timed(section.locator('li[data-task="sendgrid.subscription"]').getByRole('button', { name: /^Verify / }))).ms);
      const r = await timed(section.getByRole('button', { name: 'Verify all' }));
      all.push(r.ms);
      calls = r.calls;
    }
    return [
      { name: 'verify: one-task Verify, 1 call (Chromium, click → result)', value: Math.round(median(one)), unit: 'ms', note: `median of ${RUNS}` },
      { name: 'verify: "Verify all" (Chromium, click → result)', value: Math.round(median(all)), unit: 'ms', note: `median of ${RUNS}` },
      { name: 'verify: "Verify all" / one call (Chromium)', value: Number((median(all) / median(one)).toFixed(2)), unit: '×', target: '≤ 3×' },
      { name: 'verify: API calls per "Verify all" (Chromium)', value: calls, unit: 'calls' },
    ];
  } finally {
    await browser.close();
    await sandbox.close();
  }
}

export default async function bench(): Promise<BenchRow[]> {
  return [...(await inProcess()), ...(await inChromium())];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const row of await bench()) console.log(`${row.name}: ${row.value} ${row.unit}${row.target ? ` (target ${row.target})` : ''}${row.note ? ` — ${row.note}` : ''}`);
}
