// In both browsers: highlight, live validation and page-detected done on each console, Twilio's framed wizard included.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lanes, launchDriver, type Driver } from '../harness/driver.ts';
import { HIGHLIGHT, button, calloutText, clickOverlay, field, frameAt, highlighted, highlightedName, taskState, until } from './steps.ts';

describe.each(lanes())('guidance in %s', (lane) => {
  let driver: Driver;
  beforeAll(async () => {
    driver = await launchDriver(lane);
  });
  afterAll(async () => {
    await driver?.close();
  });

  it('SendGrid: rings Create New Subuser, then checks Username as the person types', async () => {
    const page = await driver.openConsole('https://app.sendgrid.com/settings/subusers?reset=1');
    await until(() => highlightedName(page)).toMatch(/Create New Subuser/);
    await page.click(HIGHLIGHT);
    await until(() => highlightedName(page)).toMatch(/Username/);
    await page.typeInto(HIGHLIGHT, 'twilio-engage-app-acme');
    await until(async () => (await highlighted(page))?.state).toBe('invalid');
    expect(await calloutText(page)).toContain('twilio_engage_app_');
    await page.typeInto(HIGHLIGHT, 'twilio_engage_app_acme');
    await until(async () => (await highlighted(page))?.state).toBe('valid');
    await page.close();
  });

  it('SendGrid: the reverse DNS page reading Verified marks sendgrid.rdns done', async () => {
    const page = await driver.openConsole('https://app.sendgrid.com/settings/sender_auth/reverse_dns?reset=1');
    await page.typeInto(field(/^Domain$/), 'example.com');
    await page.click(button(/^Next$/));
    await until(() => highlighted(page)).toMatchObject({ task: 'sendgrid.rdns', name: expect.stringMatching(/Verify/) });
    await page.click(HIGHLIGHT);
    await until(() => taskState(driver, 'sendgrid.rdns'), { timeout: 10_000 }).toMatchObject({ status: 'done', source: 'page' });
    await page.close();
  });

  it('Segment: walks Add Identifier to the trait key, validates it, and notices the identifier in the table', async () => {
    const page = await driver.openConsole('https://app.segment.com/acme/unify/spaces/default/settings/identity-resolution?reset=1');
    await until(() => highlightedName(page)).toMatch(/Add Identifier/i);
    await page.click(HIGHLIGHT);
    await until(() => highlightedName(page)).toMatch(/Custom Identifiers/i);
    await page.click(HIGHLIGHT);
    await until(() => highlightedName(page)).toMatch(/Trait \/ Property key/i);
    await page.typeInto(HIGHLIGHT, 'Phone ');
    await until(async () => (await highlighted(page))?.state).toBe('invalid');
    await page.typeInto(HIGHLIGHT, 'phone');
    await until(async () => (await highlighted(page))?.state).toBe('valid');
    await page.click(button(/Add new identifier/i));
    await until(() => taskState(driver, 'segment.identifiers'), { timeout: 10_000 }).toMatchObject({ status: 'done', source: 'page' });
    await page.close();
  });

  it('Twilio: guides the wizard framed from www.twilio.com; the API key is done once its SID and secret are kept', async () => {
    const wizard = await driver.openConsole('https://console.twilio.com/us1/develop/sms/services?reset=1');
    await until(() => highlightedName(wizard)).toMatch(/Create Messaging Service/);
    await wizard.click(HIGHLIGHT);
    const frame = await frameAt(wizard, 'https://www.twilio.com/console/');
    await until(() => highlightedName(frame)).toMatch(/Messaging Service friendly name/);
    await frame.typeInto(HIGHLIGHT, 'Engage SMS');
    await until(async () => (await highlighted(frame))?.state).toBe('valid');
    await wizard.close();

    const keys = await driver.openConsole('https://console.twilio.com/us1/account/keys-credentials/api-keys/create?reset=1');
    await until(() => highlightedName(keys)).toMatch(/Friendly name/);
    await keys.typeInto(HIGHLIGHT, 'engage');
    // The guide asks for a Main key; a secret shown once is done only when both values are kept.
    await keys.click({ css: 'label', name: /^Main/ });
    await keys.click(button(/^Create API Key$/));
    await until(() => highlightedName(keys)).toBe('SID');
    expect((await taskState(driver, 'twilio.apikey'))?.status).not.toBe('done');
    await clickOverlay(keys, /^Keep for/);
    await until(() => highlightedName(keys)).toBe('Secret');
    await clickOverlay(keys, /^Keep for/);
    await until(() => taskState(driver, 'twilio.apikey'), { timeout: 10_000 }).toMatchObject({ status: 'done', source: 'page' });
    await keys.close();
  });

  it('printed no error, and no script was stopped for running too long (tabs closed mid-pass included)', () => {
    expect(driver.problems()).toEqual([]);
  });
});
