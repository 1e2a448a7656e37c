// Guidance benchmark on the sandbox in Chromium: content-script size, insertion→highlight latency, main-thread
// time under DOM churn, and JS heap per console tab, each against the same page without the extension.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { BASE_FLAGS, CHROMIUM_PATH, hostResolverRules, REPO_ROOT } from '../e2e/harness/chromium.ts';
import { launchBrowser, startSandbox, type ExtensionBrowser } from '../e2e/harness/index.ts';
import { kb, mb, ms, percentile, ratio, report } from './report.ts';

const TASK_PAGE = 'https://console.twilio.com/us1/account/keys-credentials/api-keys/create';
const NO_TASK_PAGE = 'https://app.sendgrid.com/';
const HEAP_PAGES = {
  segment: 'https://app.segment.com/acme/engage/spaces/default/settings/channels',
  sendgrid: 'https://app.sendgrid.com/settings/subusers',
  twilio: TASK_PAGE,
};
const CHURN_SECONDS = 10;

/** The build to measure: $ENGAGE_EXT_DIR, else a private build made now (never a teammate's folder). */
function buildExtension(): string {
  if (process.env.ENGAGE_EXT_DIR) return join(REPO_ROOT, process.env.ENGAGE_EXT_DIR);
  execFileSync('npx', ['wxt', 'build'], { cwd: REPO_ROOT, env: { ...process.env, ENGAGE_OUT_DIR: '.output-bench' }, stdio: 'ignore' });
  return join(REPO_ROOT, '.output-bench', 'chrome-mv3');
}

function sizes(extDir: string): void {
  const dir = join(extDir, 'content-scripts');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
    const gz = gzipSync(readFileSync(join(dir, file)), { level: 9 }).length;
    report({ metric: `gzip size of content-scripts/${file}`, with: kb(gz), budget: '≤ 40 KB', ok: gz <= 40 * 1024 });
  }
}

/** Chromium's own counters for the page's renderer (main thread, JS heap). Enabling resets them, so enable once. */
async function meter(page: Page): Promise<{ read(): Promise<Record<string, number>>; close(): Promise<void> }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return {
    read: async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((x) => [x.name, x.value])),
    close: () => cdp.detach(),
  };
}

async function open(ctx: BrowserContext, url: string, settleMs = 2500): Promise<Page> {
  const page = await ctx.newPage();
  await page.goto(`${url}${url.includes('?') ? '&' : '?'}reset=1`, { waitUntil: 'load' });
  await page.waitForTimeout(settleMs);
  return page;
}

/** 100 times: insert a "Friendly name" field, time until the console element carries the task attribute. */
async function latency(ext: ExtensionBrowser): Promise<void> {
  const page = await open(ext.context, TASK_PAGE);
  const times = await page.evaluate(async () => {
    // Hide the console's own form so the task waits for a field; then insert one, again and again.
    (document.getElementById('root') as HTMLElement).style.display = 'none';
    await new Promise((r) => setTimeout(r, 500));
    const out: number[] = [];
    for (let i = 0; i < 100; i++) {
      const wrap = document.createElement('div');
      wrap.innerHTML = `<label for="bench-${i}">Friendly name</label><input id="bench-${i}" style="width:240px">`;
      const input = wrap.querySelector('input')!;
      const t0 = performance.now();
      const seen = new Promise<number>((resolve) => {
        const mo = new MutationObserver(() => {
          if (!input.hasAttribute('data-engage-copilot-task')) return;
          mo.disconnect();
          resolve(performance.now() - t0);
        });
        mo.observe(input, { attributes: true, attributeFilter: ['data-engage-copilot-task'] });
        setTimeout(() => resolve(Infinity), 2000);
      });
      document.body.append(wrap);
      out.push(await seen);
      wrap.remove();
      await new Promise((r) => setTimeout(r, 80));
    }
    return out;
  });
  await page.close();
  const found = times.filter(Number.isFinite);
  const p50 = percentile(times, 50);
  const p95 = percentile(times, 95);
  report({ metric: `insertion → highlight, median (${found.length}/100 highlighted)`, with: ms(p50) });
  report({ metric: 'insertion → highlight, p95', with: ms(p95), budget: '≤ 50 ms', ok: p95 <= 50 && found.length === 100 });
}

interface ProfileNode { id: number; callFrame: { url: string }; children?: number[] }

/**
 * Milliseconds of the page's main thread spent inside our content scripts (their JS and whatever it
 * calls: layout it forces, DOM reads), from a CPU profile: independent of the page's own noise.
 */
function extensionMs(profile: { nodes: ProfileNode[]; samples?: number[]; timeDeltas?: number[] }): number {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    const known = ours.get(id);
    if (known !== undefined) return known;
    const n = byId.get(id);
    const up = parent.get(id);
    const v = !!n?.callFrame.url.startsWith('chrome-extension://') || (up !== undefined && isOurs(up));
    ours.set(id, v);
    return v;
  };
  let us = 0;
  (profile.samples ?? []).forEach((id, i) => {
    if (isOurs(id)) us += profile.timeDeltas?.[i] ?? 0;
  });
  return us / 1000;
}

/** Main-thread time while the page makes 1,000 DOM mutations a second. */
async function churn(ctx: BrowserContext, url: string, seconds: number): Promise<{ task: number; script: number; mutations: number; ours: number }> {
  const page = await open(ctx, url);
  const m = await meter(page);
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const before = await m.read();
  const mutations = await page.evaluate(async (secs) => {
    const box = document.createElement('div');
    document.body.append(box);
    let n = 0;
    // 10 mutations every 10 ms: 5 inserts and 5 removals.
    const id = setInterval(() => {
      for (let k = 0; k < 5; k++) {
        const s = document.createElement('span');
        s.textContent = `row ${n}`;
        box.append(s);
        n++;
        if (box.childElementCount > 40) {
          box.firstElementChild!.remove();
          n++;
        }
      }
    }, 10);
    await new Promise((r) => setTimeout(r, secs * 1000));
    clearInterval(id);
    return n;
  }, seconds);
  const after = await m.read();
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.detach();
  await m.close();
  await page.close();
  return {
    task: after.TaskDuration! - before.TaskDuration!, script: after.ScriptDuration! - before.ScriptDuration!, mutations,
    ours: extensionMs(profile as unknown as { nodes: ProfileNode[]; samples?: number[]; timeDeltas?: number[] }),
  };
}

async function heap(ctx: BrowserContext, url: string): Promise<number> {
  const page = await open(ctx, url, 3000);
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const used = (await cdp.send('Performance.getMetrics')).metrics.find((x) => x.name === 'JSHeapUsedSize')?.value ?? NaN;
  await cdp.detach();
  await page.close();
  return used;
}

async function main(): Promise<void> {
  const extDir = buildExtension();
  sizes(extDir);
  const sandbox = await startSandbox();
  const ext = await launchBrowser({ sandbox, extensionDir: extDir });
  // The baseline is launched exactly as the harness launches the extension browser, minus the extension.
  const profile = mkdtempSync(join(tmpdir(), 'engage-bench-plain-'));
  let base: BrowserContext | undefined;
  try {
    base = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: [...BASE_FLAGS, `--host-resolver-rules=${hostResolverRules(sandbox.hosts, sandbox.port)}`],
      viewport: { width: 1280, height: 800 },
      ignoreHTTPSErrors: true,
    });

    await latency(ext);

    // The machine is shared: alternate with/without runs and keep the median of each.
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    for (const [label, url, secs, rounds] of [
      ['task page (highlight shown)', TASK_PAGE, CHURN_SECONDS, 3],
      ['page with no task', NO_TASK_PAGE, 5, 3],
    ] as const) {
      const w: number[] = [];
      const wo: number[] = [];
      const ours: number[] = [];
      let rate = 0;
      for (let i = 0; i < rounds; i++) {
        const a = await churn(ext.context, url, secs);
        const b = await churn(base, url, secs);
        w.push(a.task);
        wo.push(b.task);
        ours.push(a.ours);
        rate = Math.round(a.mutations / secs);
      }
      const oursShare = (median(ours) / (secs * 1000)) * 100;
      const extra = ((median(w) - median(wo)) / secs) * 100;
      const isTask = label.startsWith('task');
      report({
        metric: `main-thread time, ${rate} mutations/s for ${secs} s, ${label} (median of ${rounds})`,
        with: ms(median(w) * 1000), without: ms(median(wo) * 1000), ratio: ratio(median(w), median(wo)),
        // No observer and no timers run there (tests/unit/guidance/content.test.ts); what remains is this
        // shared machine's run-to-run noise, about ±2% of the main thread.
        budget: isTask ? '≤ 3% extra' : '0 work (≤ 2% noise)',
        // Judged with the CPU profile below when the with/without difference is lost in the machine's noise.
        ok: isTask ? extra <= 3 || oursShare <= 3 : extra <= 2 || median(ours) < 1,
      });
      report({ metric: `  extra main-thread share, with − without (${label}; noisy on a shared machine)`, with: `${extra.toFixed(2)} %` });
      report({
        metric: `  main-thread time inside our content scripts, CPU profile (${label})`,
        with: `${ms(median(ours))} = ${oursShare.toFixed(2)} %`,
        budget: isTask ? '≤ 3%' : '0', ok: isTask ? oursShare <= 3 : median(ours) < 1,
      });
    }

    for (const [name, url] of Object.entries(HEAP_PAGES)) {
      const w = await heap(ext.context, url);
      const wo = await heap(base, url);
      report({ metric: `JS heap, ${name} console tab`, with: mb(w), without: mb(wo), ratio: ratio(w, wo), budget: '≤ 5 MB extra', ok: w - wo <= 5 * 1024 * 1024 });
    }
  } finally {
    await base?.close();
    rmSync(profile, { recursive: true, force: true });
    await ext.close();
    await sandbox.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
