// Benchmark: "Verify all" wall time against the fake APIs at 150 ms per call, versus one call; and how many calls it makes.
// Two measurements: in-process (runner + checks + fakes, no browser) and in Chromium (built extension, HTTPS fakes, the panel's button).
// The account is the fakes' busy one (several of everything, every list read through its paging, all done). Floor: two
// rounds of calls (the subuser's name, then its IPs; the services, then their pools), so ≈ 2×. A second row adds
// 1,200 numbers, whose second page is a further sequential call; it is reported without a budget.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from '../e2e/harness/chromium.ts';
import { ms, ratio, report, type BenchRow } from './report.ts';
import { allChecks } from '../../utils/verify/checks/index.ts';
import { userUsername } from '../../utils/verify/checks/sendgrid-endpoints.ts';
import { callEndpoint, limiter } from '../../utils/verify/http.ts';
import { MAX_PARALLEL_PER_VENDOR, runChecks } from '../../utils/verify/runner.ts';
import { FAKE } from '../fake-apis/credentials.ts';
import { createFakeApis, FAKE_HOSTS } from '../fake-apis/fake.ts';
import { ALL_CREDS, fakeTransport } from '../fake-apis/transport.ts';

export const LATENCY_MS = 150;
const RUNS = 5;
const BUDGET = 2;
const SCENARIOS = [
  { name: 'busyAccount', label: 'busy account', budget: BUDGET },
  { name: 'busyAccount.manyNumbers', label: 'busy account + 1,200 numbers (2 pages)', budget: undefined },
] as const;
type Bench = (typeof SCENARIOS)[number];
const budgetOf = (b: Bench, all: number, one: number) => (b.budget ? { budget: `≤ ${b.budget}×`, ok: all / one <= b.budget } : {});

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function inProcess(b: Bench): Promise<BenchRow[]> {
  const fake = createFakeApis({ scenario: b.name, latencyMs: LATENCY_MS });
  const transport = fakeTransport(fake, ALL_CREDS);
  const one: number[] = [];
  const all: number[] = [];
  let calls = 0;
  for (let i = 0; i < RUNS; i++) {
    let t = performance.now();
    await callEndpoint(userUsername, { vendor: 'sendgrid', auth: 'subuser', base: 'sendgrid', path: '/v3/user/username' }, { transport, limit: limiter(4) });
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
    if (r.results.some((x) => x.status !== 'pass')) throw new Error(`bench set-up is not all good: ${r.results.filter((x) => x.status !== 'pass').map((x) => x.checkId).join(', ')}`);
  }
  const one1 = median(one);
  const all1 = median(all);
  return [
    {
      metric: `"Verify all" vs one call, in-process, ${b.label}, ${LATENCY_MS} ms/call (median of ${RUNS})`,
      with: ms(all1),
      without: ms(one1),
      ratio: ratio(all1, one1),
      // No budget here: the floor is two rounds of calls (2×) plus the checks' own work; the budget is on the
      // Chromium row, where the person's click and the panel's answer are part of both figures.
    },
    { metric: `API calls per "Verify all" (${allChecks.length} checks, ${b.label}, ≤ ${MAX_PARALLEL_PER_VENDOR} in flight per vendor)`, with: `${calls} calls` },
  ];
}

/** The build to measure: $ENGAGE_EXT_DIR, else a private build made now (never a teammate's folder). */
function buildExtension(): string {
  if (process.env.ENGAGE_EXT_DIR) return join(REPO_ROOT, process.env.ENGAGE_EXT_DIR);
  execFileSync('npx', ['wxt', 'build'], { cwd: REPO_ROOT, env: { ...process.env, ENGAGE_OUT_DIR: '.output-bench-verify' }, stdio: 'ignore' });
  return join(REPO_ROOT, '.output-bench-verify', 'chrome-mv3');
}

async function inChromium(): Promise<BenchRow[]> {
  const extDir = buildExtension();
  const { launchBrowser, openPanel, startSandbox } = await import('../e2e/harness/index.ts');
  const fake = createFakeApis({ scenario: SCENARIOS[0].name, latencyMs: LATENCY_MS });
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
    // Clicks a button and times, in the panel's own clock, from the click event to the mutation that prints this
    // run's "Done:" line. (Playwright's waits poll with a back-off of up to 500 ms, too coarse to time with.)
    const timed = async (button: ReturnType<typeof section.getByRole>) => {
      const before = fake.log.length;
      const watch = status.evaluate((out) => new Promise<number>((done, fail) => {
        let clickedAt: number | null = null;
        out.ownerDocument.addEventListener('click', (e) => (clickedAt ??= e.timeStamp), { capture: true, once: true });
        const seen = new MutationObserver(() => {
          if (clickedAt === null || !out.textContent?.startsWith('Done: ')) return;
          seen.disconnect();
          done(performance.now() - clickedAt);
        });
        // The click replaces the last run's "Done:" line at once, so only a later one counts.
        seen.observe(out, { childList: true, characterData: true, subtree: true });
        setTimeout(() => fail(new Error('no "Done:" within 30 s')), 30_000);
      }));
      await button.click();
      const elapsed = await watch;
      return { elapsed, calls: fake.log.length - before };
    };
    const rows: BenchRow[] = [];
    for (const b of SCENARIOS) {
      fake.setScenario(b.name);
      const one: number[] = [];
      const all: number[] = [];
      let calls = 0;
      for (let i = 0; i < RUNS; i++) {
        // sendgrid.subscription with the subuser key is exactly one call.
        one.push((await timed(section.locator('li[data-task="sendgrid.subscription"]').getByRole('button', { name: /^Verify / }))).elapsed);
        const r = await timed(section.getByRole('button', { name: 'Verify all' }));
        all.push(r.elapsed);
        calls = r.calls;
      }
      const one1 = median(one);
      const all1 = median(all);
      rows.push({
        metric: `"Verify all" vs a one-call Verify, Chromium click → result, ${b.label}, ${LATENCY_MS} ms/call (median of ${RUNS})`,
        with: ms(all1),
        without: ms(one1),
        ratio: ratio(all1, one1),
        ...budgetOf(b, all1, one1),
      });
      // The first run also writes 16 tasks to progress (later runs in the same minute have nothing to write).
      if (b === SCENARIOS[0]) rows.push({ metric: 'first "Verify all" in Chromium (also marks 16 tasks done)', with: ms(all[0]!), without: ms(one[0]!), ratio: ratio(all[0]!, one[0]!) });
      rows.push({ metric: `API calls per "Verify all" (Chromium, ${b.label})`, with: `${calls} calls` });
    }
    return rows;
  } finally {
    await browser.close();
    await sandbox.close();
  }
}

for (const row of [...(await inProcess(SCENARIOS[0])), ...(await inProcess(SCENARIOS[1])), ...(await inChromium())]) report(row);
