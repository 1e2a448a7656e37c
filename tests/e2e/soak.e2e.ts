// The soak: the journey on the sandbox while the service worker is stopped at random points and the browser is
// restarted on the same profile, two side panels open throughout. Short inside `npm test`; `npm run soak` is long.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createFakeApis, FAKE_HOSTS } from '../fake-apis/fake.ts';
import { CLIPBOARD_READ, launchBrowser, startSandbox, type ExtensionBrowser, type Sandbox } from './harness/index.ts';
import { audit, freshExpectation, JOURNEY, openPanels, type Loss, type Session } from './soak-journey.ts';

const LONG = process.env.ENGAGE_SOAK === 'long';
const PLAN = LONG ? { stops: 50, restarts: 5 } : { stops: 3, restarts: 1 };
/** Seeded, so a failing run can be repeated with ENGAGE_SOAK_SEED. */
const SEED = Number(process.env.ENGAGE_SOAK_SEED ?? Date.now() % 100_000);

function random(seed: number): () => number {
  let x = seed || 1;
  return () => ((x = (x * 48271) % 2147483647) / 2147483647);
}

describe(`soak (${LONG ? 'long' : 'short'}: ${PLAN.stops} worker stops, ${PLAN.restarts} browser restarts, seed ${SEED})`, () => {
  let sandbox: Sandbox | undefined;
  let browser: ExtensionBrowser | undefined;
  let profile = '';
  afterAll(async () => {
    await browser?.close();
    await sandbox?.close();
    if (profile) await rm(profile, { recursive: true, force: true });
  });

  it('loses nothing: progress, undone detections, Verify results, kept values (gone only after a restart)', async () => {
    const started = Date.now();
    const rand = random(SEED);
    const log = (line: string) => console.log(`[soak ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);
    const fake = createFakeApis();
    sandbox = await startSandbox({ hosts: Object.fromEntries(FAKE_HOSTS.map((h) => [h, fake.nodeHandler])) });
    profile = await mkdtemp(join(tmpdir(), 'engage-soak-'));
    browser = await launchBrowser({ sandbox, userDataDir: profile, grant: CLIPBOARD_READ });
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const s: Session = { browser, panels: await openPanels(browser), expected: freshExpectation() };
    const losses: Array<Loss & { when: string }> = [];
    const checked = { audits: 0, stops: 0, midStep: 0, restarts: 0, steps: 0 };

    const stopAndAudit = async (when: string, during?: Promise<void>) => {
      const stopped = await s.browser.stopServiceWorker();
      checked.stops++;
      if (during) {
        checked.midStep++;
        await during;
      }
      await s.panels[0].reload();
      await stopped.restarted(20_000);
      const found = await audit(s, { afterRestart: false });
      checked.audits++;
      losses.push(...found.map((l) => ({ ...l, when })));
      log(`worker stop ${checked.stops}/${PLAN.stops} ${when}: ${found.length ? found.map((l) => `${l.what}: ${l.detail}`).join('; ') : 'nothing lost'}`);
    };

    // Spread the stops over the rounds (one round = the journey, then a restart), each at a random step,
    // half of them while that step is running.
    const rounds = PLAN.restarts + 1;
    for (let round = 0; round < rounds; round++) {
      const stopsHere = Math.round((PLAN.stops * (round + 1)) / rounds) - Math.round((PLAN.stops * round) / rounds);
      const at = Array.from({ length: stopsHere }, () => Math.floor(rand() * JOURNEY.length));
      for (const [i, step] of JOURNEY.entries()) {
        const here = at.filter((n) => n === i).length;
        const midStep = here > 0 && rand() < 0.5;
        log(`round ${round + 1}/${rounds}, step ${i + 1}: ${step.name}`);
        const running = step.run(s);
        if (midStep) {
          await new Promise((r) => setTimeout(r, Math.floor(rand() * 1_500)));
          await stopAndAudit(`during "${step.name}"`, running);
        } else await running;
        checked.steps++;
        for (let k = midStep ? 1 : 0; k < here; k++) await stopAndAudit(`after "${step.name}"`);
      }
      if (round === rounds - 1) break;
      await s.browser.restart();
      checked.restarts++;
      s.panels = await openPanels(s.browser);
      // A new browser session: undo memory, Verify results and kept values end with the old one; progress stays.
      s.expected = freshExpectation(s.expected.done);
      const found = await audit(s, { afterRestart: true });
      checked.audits++;
      losses.push(...found.map((l) => ({ ...l, when: `after restart ${checked.restarts}` })));
      log(`browser restart ${checked.restarts}/${PLAN.restarts}: ${found.length ? found.map((l) => `${l.what}: ${l.detail}`).join('; ') : 'nothing lost; kept values gone as they must be'}`);
    }

    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    log(
      `done in ${seconds} s: ${checked.steps} journey steps, ${checked.stops} worker stops (${checked.midStep} mid-step), ` +
        `${checked.restarts} browser restarts, ${checked.audits} audits of progress, undone detections, Verify results and kept values`,
    );
    for (const l of losses) log(`LOST ${l.what} ${l.when}: ${l.detail}`);
    log(losses.length ? `${losses.length} losses (seed ${SEED})` : 'nothing lost');
    expect(losses).toEqual([]);
  }, LONG ? 3_600_000 : 300_000);
});
