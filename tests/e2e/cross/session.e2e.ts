// In both browsers: carry a value between consoles with a real click, progress in two panel tabs, and what a browser
// restart keeps (progress) and forgets (the vault, which never reaches disk).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { taskById } from '../../../utils/guide/index.ts';
import { lanes, launchDriver, type Driver, type DriverPage, type Find } from '../harness/driver.ts';
import { button, calloutText, clickOverlay, field, keptValues, until } from './steps.ts';

const NAME = 'twilio_engage_app_lanecarry';
const TASK = 'segment.identifiers';
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The checklist row of a task; its name ends with ", to do", ", done" or ", skipped" (a screen reader hears it). */
const row = (status: string): Find => ({ css: '.checklist button', name: new RegExp(`^${escape(taskById(TASK).title)}\\s*,\\s*${status}$`) });
const rowStatus = (panel: DriverPage) =>
  panel.run((title) => {
    const rows = Array.from(document.querySelectorAll('.checklist button'));
    const el = rows.find((b) => b.textContent?.includes(title));
    return el?.querySelector('.visually-hidden')?.textContent?.replace(/^,\s*/, '') ?? null;
  }, taskById(TASK).title);

describe.each(lanes())('carry and progress in %s', (lane) => {
  let driver: Driver;
  beforeAll(async () => {
    driver = await launchDriver(lane);
  });
  afterAll(async () => {
    await driver?.close();
  });

  it('keeps the subuser name typed on SendGrid and fills it into Segment’s email form on a real click, not while the page fades our button', async () => {
    const sendgrid = await driver.openConsole('https://app.sendgrid.com/settings/subusers?reset=1');
    await sendgrid.click(button(/^Create New Subuser$/));
    await sendgrid.typeInto(field(/^Username/), NAME);
    await sendgrid.press('Tab');
    await until(async () => (await keptValues(driver))['sendgrid.subuserName']).toBe(NAME);
    await sendgrid.close();

    const segment = await driver.openConsole('https://app.segment.com/acme/engage/spaces/default/settings/channels/sendgrid?reset=1');
    // Without IntersectionObserver v2 (Firefox) the guard's own checks still refuse a faded button.
    await segment.run(() => void (document.body.style.opacity = '0.05'), undefined);
    await clickOverlay(segment, /^Fill SendGrid subuser name/);
    await until(() => calloutText(segment)).toContain('Ignored: the Engage Copilot button was hidden or faded.');
    expect(await segment.run((name) => Array.from(document.querySelectorAll('input')).some((i) => i.value === name), NAME)).toBe(false);
    await segment.run(() => void (document.body.style.opacity = ''), undefined);
    await clickOverlay(segment, /^Fill SendGrid subuser name/);
    await until(() => segment.run((name) => Array.from(document.querySelectorAll('input')).some((i) => i.value === name), NAME)).toBe(true);
    await segment.close();
  });

  // clipboardRead is optional in both browsers: the panel asks for it on the person's click.
  it('without clipboardRead a console copy button keeps nothing and says where to allow it; once allowed in the panel the same click keeps Segment’s webhook URL', async () => {
    const SMS = 'https://app.segment.com/acme/engage/spaces/default/settings/channels/twilio';
    const segment = await driver.openConsole(`${SMS}?reset=1`);
    await segment.click(button(/^Copy webhook URL$/));
    await until(() => calloutText(segment)).toMatch(/may not read the clipboard yet\. In the Engage Copilot panel, under “Kept credentials”, click “Allow reading copied values”/);
    expect((await keptValues(driver))['segment.twilioWebhookUrl']).toBeUndefined();
    await segment.close();

    const panel = await driver.openPanel();
    await panel.click(button(/^Allow reading copied values$/));
    // Firefox grants at once (its prompt is turned off in the test profile) and the panel says so; Chromium shows a
    // prompt no automation reaches, so the driver records the person's "Allow" in the profile and relaunches.
    if (driver.lane === 'firefox') await until(() => panel.run(() => document.body.innerText, undefined)).toMatch(/Allowed\. Click the console’s copy button again/);
    await driver.acceptPermissionPrompt({ permissions: ['clipboardRead'] });
    if (driver.lane === 'firefox') await panel.close();
    const after = await driver.openPanel();
    const held = () => after.run(() => {
      type Api = { permissions: { contains(p: { permissions: string[] }): Promise<boolean> } };
      const g = globalThis as unknown as { browser?: Api; chrome: Api };
      return (g.browser ?? g.chrome).permissions.contains({ permissions: ['clipboardRead'] });
    }, undefined);
    await until(held).toBe(true);
    await new Promise((r) => setTimeout(r, 500));
    expect(await after.run(() => document.body.innerText.includes('Allow reading copied values'), undefined)).toBe(false);
    await after.close();

    const again = await driver.openConsole(SMS);
    await again.click(button(/^Copy webhook URL$/));
    await until(async () => (await keptValues(driver))['segment.twilioWebhookUrl'], { timeout: 10_000 })
      .toMatch(/^https:\/\/engage-ma-webhook-api\.engage\.segment\.com\/twilio\//);
    await again.close();
  });
  it('shows a task marked done in one panel tab at once in another', async () => {
    const left = await driver.openPanel();
    const right = await driver.openPanel();
    expect(await rowStatus(right)).toBe('to do');
    await left.click(row('to do'));
    await left.click(button(/^Mark done$/));
    await until(() => rowStatus(left)).toBe('done');
    await until(() => rowStatus(right), { timeout: 3_000 }).toBe('done');
    await left.close();
    await right.close();
  });

  it('after a browser restart on the same profile: progress is kept, the vault is empty, and no file of ours holds a kept value', async () => {
    await driver.restart();
    const panel = await driver.openPanel();
    expect(await rowStatus(panel)).toBe('done');
    await panel.close();
    expect(await keptValues(driver)).toEqual({});
    expect(JSON.stringify((await driver.storage()).local)).not.toContain(NAME);
    expect(await driver.searchOurFiles(NAME)).toEqual([]);
  });
});
