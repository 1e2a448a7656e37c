// Each sandbox form in each layout it has (dialog, side sheet without role, page): the right element, the right task, alone.
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, type ExpectStatic } from 'vitest';
import { launchBrowser, openPanel, type ExtensionBrowser } from './harness/index.ts';
import { calloutText, highlighted, typeInto, until } from './guidance-helpers.ts';
import { covered } from './journey-helpers.ts';

const SEG = 'https://app.segment.com/acme';
const CHANNELS = `${SEG}/engage/spaces/default/settings/channels`;
const SG = 'https://app.sendgrid.com';
const TW = 'https://console.twilio.com/us1';
const HL = '[data-engage-copilot-task]';

type Layout = 'dialog' | 'sheet' | 'page';
/**
 * After the first ring: type a wrong then a right value, or tick a box. null: the form has nothing to validate
 * (pressing its Verify would mark the task done for the later layouts sharing this profile).
 */
type Check = { field: string; bad: string; good: string } | { tick: string } | null;
type Step = { role: 'button' | 'menuitem'; name: string | RegExp } | { fill: string; value: string };
interface FormCase {
  task: string;
  url: string;
  layouts: Layout[];
  /** What the person clicks to open the form (accessible names). */
  open?: Step[];
  /** The screen's title and the first control the copilot should ring in it. */
  title: string;
  first: RegExp;
  check: Check;
  /** The form lives in Twilio's www.twilio.com frame. */
  framed?: boolean;
}

const FORMS: FormCase[] = [
  {
    task: 'segment.identifiers', url: `${SEG}/unify/spaces/default/settings/identity-resolution`, layouts: ['dialog', 'sheet'],
    open: [{ role: 'button', name: /Add Identifier/i }, { role: 'menuitem', name: /Custom Identifiers/i }],
    // The guide's own label wins over the alias "Identifier Name", which comes first in the form.
    title: 'Custom Identifier', first: /Trait \/ Property key/, check: { field: 'Trait / Property key to match on', bad: 'Phone ', good: 'phone' },
  },
  {
    task: 'segment.email', url: `${CHANNELS}/sendgrid`, layouts: ['dialog', 'sheet', 'page'],
    title: 'Set up your email service', first: /Subuser name/, check: { field: 'Subuser name', bad: 'twilio-engage-app-acme', good: 'twilio_engage_app_acme' },
  },
  {
    task: 'segment.sms', url: `${CHANNELS}/twilio`, layouts: ['page', 'sheet'],
    title: 'Set up your SMS service', first: /Copy webhook URL/,
    check: { field: 'Account SID', bad: 'SK0123456789abcdef0123456789abcdef', good: 'AC0123456789abcdef0123456789abcdef' },
  },
  {
    task: 'sendgrid.subuser', url: `${SG}/settings/subusers`, layouts: ['dialog', 'sheet', 'page'],
    open: [{ role: 'button', name: 'Create New Subuser' }],
    title: 'Create New Subuser', first: /^Username/, check: { field: 'Username', bad: 'acme', good: 'twilio_engage_app_acme' },
  },
  {
    task: 'sendgrid.domain', url: `${SG}/settings/sender_auth/domain/create`, layouts: ['page', 'dialog', 'sheet'],
    open: [{ fill: 'Domain You Send From', value: 'example.com' }, { role: 'button', name: 'Next' }],
    title: 'Authenticate Your Domain', first: /^Verify$/, check: null,
  },
  {
    task: 'sendgrid.rdns', url: `${SG}/settings/sender_auth/reverse_dns`, layouts: ['page', 'dialog', 'sheet'],
    open: [{ fill: 'Domain', value: 'example.com' }, { role: 'button', name: 'Next' }],
    title: 'Reverse DNS', first: /^Verify$/, check: null,
  },
  {
    task: 'sendgrid.subscription', url: `${SG}/settings/tracking`, layouts: ['dialog', 'sheet', 'page'],
    open: [{ role: 'button', name: 'Subscription Tracking' }],
    title: 'Subscription Tracking', first: /Setting State/, check: { tick: 'Setting State' },
  },
  {
    task: 'sendgrid.webhook', url: `${SG}/settings/mail_settings`, layouts: ['dialog', 'sheet', 'page'],
    open: [{ role: 'button', name: 'Edit Event Webhook' }],
    title: 'Event Webhook', first: /Authorization Method|HTTP Post URL/,
    check: { field: 'HTTP Post URL', bad: 'http://example.com/hook', good: 'https://engage-ma-webhook-api.engage.segment.com/sendgrid' },
  },
  {
    task: 'sendgrid.apikey', url: `${SG}/settings/api_keys`, layouts: ['dialog', 'sheet', 'page'],
    open: [{ role: 'button', name: 'Create API Key' }],
    title: 'Create API Key', first: /API Key Name/, check: { field: 'API Key Name', bad: 'engage key', good: 'twilio_engage_app_acme' },
  },
  {
    task: 'sendgrid.warmup', url: `${SG}/settings/ip_addresses`, layouts: ['dialog', 'sheet', 'page'],
    open: [{ role: 'button', name: 'Edit 149.72.134.21' }],
    title: 'Edit Your Dedicated IP Address', first: /Use Automated IP warmup/, check: { tick: 'Use Automated IP warmup' },
  },
  {
    task: 'twilio.apikey', url: `${TW}/account/keys-credentials/api-keys/create`, layouts: ['page', 'dialog'],
    title: 'Create new API key', first: /Friendly name/, check: { field: 'Friendly name', bad: 'engage ', good: 'engage' },
  },
  {
    task: 'twilio.service', url: `${TW}/develop/sms/services/create`, layouts: ['page', 'dialog'], framed: true,
    title: 'Step 1: Create Messaging Service', first: /Messaging Service friendly name/,
    check: { field: 'Messaging Service friendly name', bad: '   ', good: 'Engage SMS' },
  },
];

type Where = Page | Frame;

/** `until` bound to a concurrent test's own `expect` (a shared one cannot tell side-by-side tests apart). */
type Until = typeof until;
const untilFor = (e: ExpectStatic): Until => ((fn, opts = {}) => e.poll(fn, { timeout: opts.timeout ?? 8_000, interval: 100 })) as Until;

/** The wizard's frame, served from www.twilio.com inside console.twilio.com. */
async function frameOf(page: Page, waitUntil: Until): Promise<Frame> {
  const isWizard = (f: Frame) => f.url().startsWith('https://www.twilio.com/console/');
  await waitUntil(() => page.frames().some(isWizard)).toBe(true);
  return page.frames().find(isWizard)!;
}

/** Where the ringed element sits, read off the page: the kind of container around it and that container's text. */
function placeOf(page: Where): Promise<{ layout: Layout; text: string } | null> {
  return page.evaluate((sel) => {
    const all: Element[] = [];
    const walk = (root: Document | ShadowRoot) => {
      all.push(...Array.from(root.querySelectorAll(sel)));
      for (const e of Array.from(root.querySelectorAll('*'))) if (e.shadowRoot && e.localName !== 'engage-copilot-overlay') walk(e.shadowRoot);
    };
    walk(document);
    const el = all[0];
    if (!el) return null;
    const up = (e: Element): Element | null => e.parentElement ?? ((e.getRootNode() as ShadowRoot).host ?? null);
    let fixed: Element | null = null;
    for (let e: Element | null = el; e; e = up(e)) {
      if (e.matches('[role="dialog"],dialog,[aria-modal="true"]')) return { layout: 'dialog' as const, text: e.textContent ?? '' };
      if (getComputedStyle(e).position === 'fixed') fixed = e;
    }
    if (fixed) return { layout: 'sheet' as const, text: fixed.textContent ?? '' };
    const h1 = Array.from(document.querySelectorAll('h1')).filter((h) => h.checkVisibility()).map((h) => h.textContent).join(' | ');
    return { layout: 'page' as const, text: h1 };
  }, HL);
}

async function validate(page: Where, check: Check, waitUntil: Until, assert: ExpectStatic): Promise<void> {
  if (!check) return;
  if ('tick' in check) {
    // Switched on, the target is satisfied and the walk moves on to the next control of the same form.
    await page.getByText(check.tick, { exact: true }).first().click();
    await waitUntil(async () => (await highlighted(page))?.name).not.toMatch(check.tick);
    assert(await page.getByRole('checkbox', { name: check.tick }).or(page.getByRole('switch', { name: check.tick })).first().isChecked()).toBe(true);
    return;
  }
  const field = page.getByLabel(check.field, { exact: true });
  await field.click();
  await waitUntil(async () => (await highlighted(page))?.name).toMatch(new RegExp(check.field.replace(/[/]/g, '\\/')));
  await typeInto(page, HL, check.bad);
  await waitUntil(async () => (await highlighted(page))?.state).toBe('invalid');
  assert(await calloutText(page)).not.toBe('');
  await typeInto(page, HL, check.good);
  await waitUntil(async () => (await highlighted(page))?.state).toBe('valid');
}

const rows = FORMS.flatMap((f) => f.layouts.map((layout) => ({ ...f, layout, label: `${f.task} as a ${layout}` })));

// One browser for the whole file: every case opens its own page with `?reset=1`.
let browser: ExtensionBrowser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('guidance holds in every layout of every sandbox form', () => {

  // Rows run side by side, each in its own tab; none of them completes a task, so they share the profile safely.
  it.concurrent.for(rows)('$label: rings $first for $task alone, inside the $layout, uncovered, and judges what is typed there', async (row, { expect: assert }) => {
    const waitUntil = untilFor(assert);
    const top = await browser.openConsole(`${row.url}?reset=1&layout=${row.layout}`);
    const page = row.framed ? await frameOf(top, waitUntil) : top;
    for (const step of row.open ?? []) {
      if ('fill' in step) {
        await page.getByLabel(step.fill, { exact: true }).click();
        await page.getByLabel(step.fill, { exact: true }).pressSequentially(step.value, { delay: 5 });
      } else await page.getByRole(step.role, { name: step.name }).first().click();
    }
    await waitUntil(() => highlighted(page), { timeout: 10_000 }).toMatchObject({ task: row.task, name: assert.stringMatching(row.first), count: 1 });
    // The callout hides neither the ringed control nor its label, in every layout.
    await waitUntil(() => covered(page)).toEqual([]);
    const place = await placeOf(page);
    assert(place?.layout).toBe(row.layout);
    assert(place?.text).toContain(row.title);
    await validate(page, row.check, waitUntil, assert);
    assert((await highlighted(page))?.count).toBe(1);
    // Nor after the verdict changed the callout's words (and its height).
    await waitUntil(() => covered(page)).toEqual([]);
    await top.close();
  });
});

describe('the hard cases of real consoles', () => {
  /** The heading of the card (section) that holds the ringed element. */
  const cardOf = (page: Page) => page.evaluate((sel) => document.querySelector(sel)?.closest('section')?.querySelector('h2')?.textContent ?? null, HL);

  it('a side sheet over the cards: the covered Get Started is passed and the ring moves into the sheet', async () => {
    const page = await browser.openConsole(`${CHANNELS}?reset=1&layout=sheet`);
    await until(() => highlighted(page)).toMatchObject({ task: 'segment.email', name: 'Get Started' });
    await page.getByRole('region', { name: 'Send emails with SendGrid' }).getByRole('button', { name: 'Get Started' }).click();
    await until(() => highlighted(page), { timeout: 10_000 }).toMatchObject({ task: 'segment.email', name: /Subuser name/, count: 1 });
    // The person's click on the sheet's field lands on the field, not on our callout or the page behind.
    await page.getByLabel('Subuser name', { exact: true }).click();
    await until(async () => page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, HL)).toBe(true);
    await page.close();
  });

  it('the window narrows under a ringed field (the side panel opens, the console re-centres its dialog): the callout moves off the field and its label', async () => {
    const page = await browser.openConsole(`${CHANNELS}/sendgrid?reset=1`);
    await until(() => highlighted(page), { timeout: 10_000 }).toMatchObject({ task: 'segment.email', name: /Subuser name/, count: 1 });
    await until(() => covered(page)).toEqual([]);
    for (const width of [1000, 860, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await until(() => covered(page)).toEqual([]);
    }
    await page.close();
  });

  it('re-render while typing: the field is replaced every few keys, the ring follows and the value is judged whole', async () => {
    const page = await browser.openConsole(`${CHANNELS}/sendgrid?reset=1&fixture=retype`);
    await until(() => highlighted(page), { timeout: 10_000 }).toMatchObject({ task: 'segment.email', name: /Subuser name/ });
    const first = await page.locator(HL).elementHandle();
    await page.locator(HL).click();
    await page.keyboard.type('twilio-engage', { delay: 20 });
    await until(async () => (await highlighted(page))?.state).toBe('invalid');
    expect(await first?.evaluate((e) => e.isConnected)).toBe(false);
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('twilio_engage_app_acme', { delay: 20 });
    await until(() => highlighted(page)).toMatchObject({ name: /Subuser name/, state: 'valid', count: 1 });
    expect(await page.locator(HL).inputValue()).toBe('twilio_engage_app_acme');
    await page.close();
  });

  it('decoys with the same text (tooltip, table header, template, aria-hidden clone) are never ringed; a shadow-root field named by two ids is', async () => {
    const page = await browser.openConsole(`${CHANNELS}/twilio?reset=1&fixture=decoys`);
    await until(() => highlighted(page), { timeout: 10_000 }).toMatchObject({ task: 'segment.sms', name: /Copy webhook URL/ });
    const real = page.locator('input:not([readonly])[placeholder="Enter Account SID"]');
    await real.click();
    await until(() => highlighted(page)).toMatchObject({ name: 'Account SID', count: 1 });
    await typeInto(page, HL, 'AC0123456789abcdef0123456789abcdef');
    await until(async () => (await highlighted(page))?.state).toBe('valid');
    expect(await page.locator(`[data-sandbox-fixture="decoys"] ${HL}`).count()).toBe(0);
    await page.keyboard.press('Tab');
    await until(() => highlighted(page)).toMatchObject({ task: 'segment.sms', inShadow: true, count: 1 });
    await page.keyboard.type('AC0123456789abcdef0123456789abcdef', { delay: 5 });
    await until(async () => (await highlighted(page))?.state).toBe('invalid');
    expect(await calloutText(page)).toMatch(/API Key SID|SK/);
    await page.close();
  });

  // Last: it marks segment.email done in this profile.
  it("the Channels page's three look-alike cards: each task rings its own card's Get Started, never WhatsApp's", async () => {
    const page = await browser.openConsole(`${CHANNELS}?reset=1`);
    await until(() => highlighted(page)).toMatchObject({ task: 'segment.email', name: 'Get Started', count: 1 });
    expect(await cardOf(page)).toBe('Send emails with SendGrid');
    // Opening the SMS set-up and coming back: the SMS task's own card, by its title, not by order.
    await page.getByRole('region', { name: 'Send SMS messages with Twilio' }).getByRole('button', { name: 'Get Started' }).click();
    await until(() => highlighted(page), { timeout: 10_000 }).toMatchObject({ task: 'segment.sms', name: /Copy webhook URL/ });
    await page.getByRole('link', { name: 'Back to Channels' }).click();
    await until(() => highlighted(page)).toMatchObject({ task: 'segment.email', name: 'Get Started', count: 1 });
    expect(await cardOf(page)).toBe('Send emails with SendGrid');
    // With the SendGrid task done, the next task's Get Started is the one in its own card.
    const panel = await openPanel(browser);
    await panel.markDone('segment.email');
    await page.bringToFront();
    await page.reload();
    await until(() => highlighted(page), { timeout: 10_000 }).toMatchObject({ task: 'segment.sms', name: 'Get Started', count: 1 });
    expect(await cardOf(page)).toBe('Send SMS messages with Twilio');
    await page.close();
  });
});
