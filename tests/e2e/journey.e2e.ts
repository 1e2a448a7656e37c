// The whole journey, as a person walks it: one browser, one onboarding, all 20 tasks in guide order on the sandbox.
// At every step: the ring is on the control the guide names next, the callout names it and hides neither it nor its
// label, nothing says "Couldn't find", and each task is done before the next begins and never starts over.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TaskId } from '../../utils/guide/schema.ts';
import { DEMO } from '../fake-apis/demo.ts';
import { demoHosts, seedDemoAccount } from '../sandbox/demo-verify.ts';
import { allTasks } from '../../utils/guide/index.ts';
import { clickOverlay, vaultSection, vaultValues } from './carry-helpers.ts';
import { calloutText, highlighted, taskState, until } from './guidance-helpers.ts';
import { CLIPBOARD_READ, launchBrowser, openPanel, startSandbox, type ExtensionBrowser, type Sandbox, type SidePanel } from './harness/index.ts';
import { expectGuided, expectNoRestart, Journey, SHOTS } from './journey-helpers.ts';
import { twilioStage } from './journey-twilio.ts';

const SEGMENT = 'https://app.segment.com/acme';
const SPACE = `${SEGMENT}/engage/spaces/default/settings`;
const SG = 'https://app.sendgrid.com';
const HL = '[data-engage-copilot-task]';

export interface Walk {
  browser: ExtensionBrowser;
  panel: SidePanel;
  j: Journey;
  /** Opens a console page in a fresh tab, as a person following the checklist does. */
  open(url: string): Promise<Page>;
  /** The task is done (by the page, the person's click or the API) before the next one begins. */
  done(task: TaskId, source?: 'page' | 'manual'): Promise<void>;
  /** A task the copilot has nothing to show on a console for: the person marks it done in the checklist. */
  markInPanel(task: TaskId): Promise<void>;
}

/** Types like a person into the ringed field (select all, then type). */
export async function typeHere(where: Page | import('playwright-core').Frame, text: string): Promise<void> {
  const field = where.locator(HL).first();
  await field.click();
  await field.press('ControlOrMeta+a');
  await field.pressSequentially(text, { delay: 2 });
}

describe('the whole journey', () => {
  // The fake vendor APIs as npm start's demo account: they answer for the keys the sandbox consoles hand out.
  let { demo, hosts } = demoHosts();
  let sandbox: Sandbox | undefined;
  let w: Walk;
  const started = Date.now();
  const journey = new Journey();
  console.log(`[journey] screenshots: ${SHOTS}`);

  /** A fresh sandbox, fake APIs and browser profile, with the onboarding "Acme" created. */
  async function launch(): Promise<void> {
    sandbox = await startSandbox({ hosts });
    const browser = await launchBrowser({ sandbox, grant: CLIPBOARD_READ });
    await seedDemoAccount(browser);
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const panel = await openPanel(browser);
    await panel.createOnboarding({ name: 'Acme', workspace: 'acme', space: 'default', region: 'US' });
    let last: Page | null = null;
    w = {
      browser, panel, j: journey,
      async open(url) {
        await last?.close();
        last = await browser.openConsole(url);
        return last;
      },
      async done(task, source) {
        await until(() => taskState(browser, task), { timeout: 10_000 }).toMatchObject({ status: 'done', ...(source ? { source } : {}) });
      },
      async markInPanel(task) {
        await panel.page.bringToFront();
        await panel.markDone(task);
      },
    };
  }
  async function shutDown(): Promise<void> {
    await w?.browser.close();
    await sandbox?.close();
  }

  beforeAll(launch);
  afterAll(async () => {
    console.log(`[journey] ran ${((Date.now() - started) / 1000).toFixed(1)} s`);
    await shutDown();
  });

  async function sendgridStage(): Promise<void> {
    const { j } = w;
    let p = await w.open(`${SEGMENT}/unify/spaces/default/settings/identity-resolution`);
    await j.step('segment.identifiers', 'Add Identifier', p, async () => {
      await expectGuided(p, p, 'segment.identifiers', /Add Identifier/i, /Add Identifier/);
      await p.locator(HL).click();
    });
    await j.step('segment.identifiers', 'Custom Identifiers', p, async () => {
      await expectGuided(p, p, 'segment.identifiers', /Custom Identifiers/i, /Custom Identifiers/);
      await p.locator(HL).click();
    });
    await j.step('segment.identifiers', 'trait key', p, async () => {
      await expectGuided(p, p, 'segment.identifiers', /Trait \/ Property key/i, /phone/);
      await typeHere(p, 'phone');
      await until(async () => (await highlighted(p))?.state).toBe('valid');
    });
    await j.step('segment.identifiers', 'Add new identifier', p, async () => {
      await p.keyboard.press('Tab');
      await expectGuided(p, p, 'segment.identifiers', /Add new identifier/i, /Add new identifier/);
      await p.locator(HL).click();
      await w.done('segment.identifiers', 'page');
      await expectNoRestart(p, 'segment.identifiers');
    });

    await w.markInPanel('sendgrid.account');

    p = await w.open(`${SG}/account/products`);
    await j.step('sendgrid.plan', 'Change Plan', p, async () => {
      await expectGuided(p, p, 'sendgrid.plan', 'Change Plan', /Change Plan/);
      await p.locator(HL).click();
    });
    await j.step('sendgrid.plan', 'Pro option', p, async () => {
      await expectGuided(p, p, 'sendgrid.plan', /^Pro/, /Pro/);
      await p.getByRole('dialog').getByText('Pro 100K').click();
    });
    await j.step('sendgrid.plan', 'Confirm Plan', p, async () => {
      await expectGuided(p, p, 'sendgrid.plan', 'Confirm Plan', /Confirm Plan/);
      await p.locator(HL).click();
      await w.done('sendgrid.plan', 'page');
      await until(() => calloutText(p)).toMatch(/Plan changed: Pro 100K\. Next: Create a subuser/);
      await expectNoRestart(p, 'sendgrid.plan');
      // Another screen in the same tab (the console's own link, no reload): the last screen's message goes.
      await p.getByRole('link', { name: 'Dashboard' }).click();
      await until(() => calloutText(p)).not.toMatch(/Plan changed/);
    });

    p = await w.open(`${SG}/settings/subusers`);
    await j.step('sendgrid.subuser', 'Create New Subuser', p, async () => {
      await expectGuided(p, p, 'sendgrid.subuser', 'Create New Subuser', /Create New Subuser/);
      await p.locator(HL).click();
    });
    for (const [label, value, says] of [
      ['Username', 'twilio_engage_app_acme', /username/],
      ['Email', 'engage@example.com', /email/],
      ['Password', 'correct horse battery', /password/],
      ['Confirm Password', 'correct horse battery', /password again/],
    ] as const) {
      await j.step('sendgrid.subuser', label, p, async () => {
        await expectGuided(p, p, 'sendgrid.subuser', label, says);
        await typeHere(p, value);
        await until(async () => (await highlighted(p))?.state).toBe('valid');
        await p.keyboard.press('Tab');
      });
    }
    await j.step('sendgrid.subuser', 'dedicated IP', p, async () => {
      await expectGuided(p, p, 'sendgrid.subuser', /149\.72\.134\.21/, /dedicated IP/);
      await p.getByText('149.72.134.21').click();
    });
    await j.step('sendgrid.subuser', 'Create Subuser', p, async () => {
      await expectGuided(p, p, 'sendgrid.subuser', 'Create Subuser', /Create Subuser/);
      await p.locator(HL).click();
      await w.done('sendgrid.subuser', 'page');
      await until(() => calloutText(p)).toMatch(/Subuser created: twilio_engage_app_acme/);
      await expectNoRestart(p, 'sendgrid.subuser');
    });

    p = await w.open(`${SG}/settings/sender_auth`);
    await j.step('sendgrid.domain', 'Authenticate Your Domain', p, async () => {
      await expectGuided(p, p, 'sendgrid.domain', 'Authenticate Your Domain', /domain authentication/);
      await p.locator(HL).click();
    });
    await j.step('sendgrid.domain', 'Domain You Send From', p, async () => {
      await expectGuided(p, p, 'sendgrid.domain', 'Domain You Send From', /domain you send from/);
      await typeHere(p, 'example.com');
      await p.keyboard.press('Tab');
    });
    await j.step('sendgrid.domain', 'Brand links: Yes', p, async () => {
      await expectGuided(p, p, 'sendgrid.domain', 'Yes', /brand the links for this domain/);
      await p.locator(HL).click();
    });
    await j.step('sendgrid.domain', 'Next', p, async () => {
      await expectGuided(p, p, 'sendgrid.domain', 'Next', /Next/);
      await p.locator(HL).click();
    });
    await j.step('sendgrid.domain', 'Verify', p, async () => {
      await expectGuided(p, p, 'sendgrid.domain', 'Verify', /Verify/);
      await p.locator(HL).click();
      await w.done('sendgrid.domain', 'page');
      await expectNoRestart(p, 'sendgrid.domain');
    });

    p = await w.open(`${SG}/settings/sender_auth/reverse_dns`);
    await j.step('sendgrid.rdns', 'Domain', p, async () => {
      await expectGuided(p, p, 'sendgrid.rdns', 'Domain', /domain you authenticated/);
      await typeHere(p, 'example.com');
      await p.keyboard.press('Tab');
    });
    await j.step('sendgrid.rdns', 'Next', p, async () => {
      await expectGuided(p, p, 'sendgrid.rdns', 'Next', /Next/);
      await p.locator(HL).click();
    });
    await j.step('sendgrid.rdns', 'Verify', p, async () => {
      await expectGuided(p, p, 'sendgrid.rdns', 'Verify', /Verify/);
      await p.locator(HL).click();
      await w.done('sendgrid.rdns', 'page');
      await expectNoRestart(p, 'sendgrid.rdns');
    });

    p = await w.open(`${SG}/settings/tracking`);
    for (const [name, says] of [['Subscription Tracking', /Subscription Tracking/], ['Setting State', /Setting State/], ['Save', /Save/]] as const) {
      await j.step('sendgrid.subscription', name, p, async () => {
        await expectGuided(p, p, 'sendgrid.subscription', new RegExp(name), says);
        await p.locator(HL).click();
      });
    }
    await w.done('sendgrid.subscription', 'page');
    await expectNoRestart(p, 'sendgrid.subscription');

    p = await w.open(`${SG}/settings/mail_settings`);
    await j.step('sendgrid.webhook', 'Edit Event Webhook', p, async () => {
      await expectGuided(p, p, 'sendgrid.webhook', /Event Webhook/, /pencil icon/);
      await p.locator(HL).click();
    });
    await j.step('sendgrid.webhook', 'HTTP Post URL', p, async () => {
      await expectGuided(p, p, 'sendgrid.webhook', /HTTP Post URL/, /HTTP Post URL/);
      await typeHere(p, 'https://engage-ma-webhook-api.engage.segment.com/sendgrid');
      await until(async () => (await highlighted(p))?.state).toBe('valid');
      await p.keyboard.press('Tab');
    });
    for (const [name, says] of [[/Select All/i, /Deliverability Data/], [/Select All/i, /Engagement Data/], [/Event Webhook Status|Enabled|Status/, /Enabled/], [/^Save$/, /Save/]] as const) {
      await j.step('sendgrid.webhook', String(says.source), p, async () => {
        await expectGuided(p, p, 'sendgrid.webhook', name, says);
        await p.locator(HL).click();
      });
    }
    await w.done('sendgrid.webhook', 'page');
    await expectNoRestart(p, 'sendgrid.webhook');

    p = await w.open(`${SG}/settings/api_keys`);
    await j.step('sendgrid.apikey', 'Create API Key', p, async () => {
      await expectGuided(p, p, 'sendgrid.apikey', 'Create API Key', /Create API Key/);
      await p.locator(HL).click();
    });
    await j.step('sendgrid.apikey', 'API Key Name', p, async () => {
      await expectGuided(p, p, 'sendgrid.apikey', 'API Key Name', /Name the key/);
      await typeHere(p, 'twilio_engage_app_key');
      await until(async () => (await highlighted(p))?.state).toBe('valid');
      await p.keyboard.press('Tab');
    });
    await j.step('sendgrid.apikey', 'Full Access', p, async () => {
      await expectGuided(p, p, 'sendgrid.apikey', /Full Access/, /Full Access/);
      await p.getByRole('dialog').getByText('Full Access', { exact: true }).click();
    });
    await j.step('sendgrid.apikey', 'Create & View', p, async () => {
      await expectGuided(p, p, 'sendgrid.apikey', 'Create & View', /Create & View/);
      await p.locator(HL).click();
    });
    await j.step('sendgrid.apikey', 'keep the key', p, async () => {
      await expectGuided(p, p, 'sendgrid.apikey', /click to copy/, /only once/);
      expect((await taskState(w.browser, 'sendgrid.apikey'))?.status).not.toBe('done');
      // SendGrid's own click-to-copy: the copilot keeps what that click copied.
      await p.locator(HL).click();
      await until(async () => (await vaultValues(w.browser))['sendgrid.apiKey']).toMatch(/^SG\./);
    });
    await j.step('sendgrid.apikey', 'Done', p, async () => {
      await expectGuided(p, p, 'sendgrid.apikey', 'Done', /Done/);
      await p.locator(HL).click();
    });
    await j.step('sendgrid.apikey', 'keep the API Key ID', p, async () => {
      await expectGuided(p, p, 'sendgrid.apikey', /^[\w-]{22}$/, /API Key ID/);
      expect((await taskState(w.browser, 'sendgrid.apikey'))?.status).not.toBe('done');
      await clickOverlay(p, 'Keep for Segment');
      await w.done('sendgrid.apikey', 'page');
      await expectNoRestart(p, 'sendgrid.apikey');
    });

    p = await w.open(`${SPACE}/channels`);
    await j.step('segment.email', 'Get Started', p, async () => {
      await expectGuided(p, p, 'segment.email', 'Get Started', /Get Started/);
      await p.locator(HL).click();
    });
    for (const [name, fill] of [
      [/Subuser name/i, 'Fill SendGrid subuser name'],
      [/Subuser API Key ID/i, 'Fill SendGrid API Key ID'],
      [/^Subuser API Key$/i, 'Fill SendGrid API key'],
    ] as const) {
      await j.step('segment.email', String(name.source), p, async () => {
        await expectGuided(p, p, 'segment.email', name, /you kept earlier/);
        await clickOverlay(p, fill);
        // Filled and valid: the walk moves on by itself.
        await until(async () => (await highlighted(p))?.name ?? '').not.toMatch(name);
      });
    }
    for (const name of ['Verify', 'Save']) {
      await j.step('segment.email', name, p, async () => {
        await expectGuided(p, p, 'segment.email', name, new RegExp(name));
        await p.locator(HL).click();
      });
    }
    await w.done('segment.email', 'page');
    await until(() => calloutText(p)).toMatch(/Email connected: twilio_engage_app_acme/);
  }

  async function secondOnboarding(): Promise<void> {
    const { panel } = w;
    await panel.page.bringToFront();
    await panel.createOnboarding({ name: 'Beta', workspace: 'beta', space: 'default', region: 'US' });
    // Acme's console tab is still open; nothing of Acme shows up in Beta.
    await new Promise((r) => setTimeout(r, 1_500));
    for (const id of ['segment.identifiers', 'sendgrid.plan', 'sendgrid.apikey', 'segment.email'] as const) {
      expect(await panel.statusOf(id), id).toBe('to do');
    }
    await panel.switchTo('Acme');
    expect(await panel.statusOf('segment.email')).toBe('done');
  }

  async function betaVault(): Promise<void> {
    const { panel } = w;
    await panel.page.bringToFront();
    await panel.switchTo('Beta');
    try {
      await expect.poll(() => vaultSection(panel.page).innerText(), { timeout: 3_000 }).not.toMatch(/SendGrid API key|SendGrid subuser name/);
    } finally {
      await panel.switchTo('Acme');
    }
  }

  async function twilioAndVerify(): Promise<void> {
    await twilioStage(w);
    // Verify all against the fake vendor APIs, with the keys kept on the way; only the parent key is no console's to show.
    const { panel } = w;
    await panel.page.bringToFront();
    const verify = panel.page.getByRole('region', { name: 'Verify with the SendGrid and Twilio APIs' });
    await verify.getByLabel('Parent API key', { exact: true }).fill(DEMO.parentKey);
    await verify.getByLabel('Keep the parent key for this session').check();
    await verify.getByRole('button', { name: 'Keep these keys' }).click();
    await verify.getByRole('button', { name: 'Verify all' }).click();
    await verify.locator('output.verify-status').filter({ hasText: /^Done: / }).waitFor({ timeout: 30_000 });
    await w.j.shot(panel.page, 'verify-all');
    const verdicts = await verify.locator('li[data-task][data-verdict]').evaluateAll((rows) =>
      rows.map((r) => `${r.getAttribute('data-task')} ${r.getAttribute('data-verdict')}`));
    expect(verdicts.length).toBeGreaterThan(5);
    expect(verdicts.filter((v) => !v.endsWith(' verified'))).toEqual([]);
    expect(demo.learned.apiKeySecret).toBe((await vaultValues(w.browser))['twilio.apiKeySecret']);
    await w.j.shot(panel.page, 'verify-all');
    await verify.getByRole('button', { name: 'Readiness report' }).click();
    // The Markdown source sits in a closed "Markdown source" disclosure under the preview.
    await verify.getByText('Markdown source', { exact: true }).click();
    const report = await verify.getByRole('textbox', { name: 'Readiness report (Markdown)' }).inputValue();
    expect(report).toMatch(/Acme/);
    expect(report).not.toContain(demo.learned.apiKeySecret ?? '(no secret)');
    // Beta stays empty: Acme's console tabs (the wizard's last screen among them) count for nothing there.
    await panel.switchTo('Beta');
    await new Promise((r) => setTimeout(r, 1_500));
    for (const t of allTasks()) expect(await panel.statusOf(t.id), t.id).toBe('to do');
  }

  // Each stage starts where the one before it left the browser. A failed stage leaves it anywhere, so whatever runs
  // next (its retry, or the next stage) starts over: a fresh sandbox and profile, and the stages before it walked
  // again, with all their checks. A retry is then a real second walk, not a walk from a broken middle.
  const stages = [
    { name: 'walks Segment identifiers and the whole SendGrid stage', run: sendgridStage },
    { name: 'midway, a second onboarding starts empty and stays so', run: secondOnboarding },
    { name: 'midway, Beta’s panel offers none of Acme’s kept values', run: betaVault },
    { name: 'walks warmup, the notice and the whole Twilio stage, then verifies and reports', run: twilioAndVerify },
  ];
  let walked = 0;
  for (const [i, stage] of stages.entries()) {
    it(stage.name, { timeout: 360_000 }, async () => {
      const before = walked;
      walked = -1;
      if (before !== i) {
        console.log(`[journey] starting over for “${stage.name}”: a fresh browser, and ${i} earlier stage(s) walked again`);
        await shutDown();
        ({ demo, hosts } = demoHosts());
        await launch();
        for (const earlier of stages.slice(0, i)) await earlier.run();
      }
      await stage.run();
      walked = i + 1;
    });
  }
});
