// In both browsers: keep a value on one console, fill it into another with a real click; a restart empties the vault, and nothing reaches disk.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lanes, launchDriver, type Driver } from '../harness/driver.ts';
import { button, calloutText, dwell, field, keptValues, overlayButton, until } from './steps.ts';

const NAME = 'twilio_engage_app_lanecarry';

describe.each(lanes())('carry in %s', (lane) => {
  let driver: Driver;
  beforeAll(async () => {
    driver = await launchDriver(lane);
  });
  afterAll(async () => {
    await driver?.close();
  });

  it('keeps the subuser name typed on SendGrid and fills it into Segment’s email form on a real click', async () => {
    const sendgrid = await driver.openConsole('https://app.sendgrid.com/settings/subusers?reset=1');
    await sendgrid.click(button(/^Create New Subuser$/));
    await sendgrid.typeInto(field(/^Username/), NAME);
    await sendgrid.press('Tab');
    await until(async () => (await keptValues(driver))['sendgrid.subuserName']).toBe(NAME);
    await sendgrid.close();

    const segment = await driver.openConsole('https://app.segment.com/acme/engage/spaces/default/settings/channels/sendgrid?reset=1');
    await dwell();
    await segment.click(overlayButton(/^Fill SendGrid subuser name/));
    await until(() => segment.run((name) => Array.from(document.querySelectorAll('input')).some((i) => i.value === name), NAME)).toBe(true);
    await segment.close();
  });

  it('after a browser restart the vault is empty, and no profile file of ours holds the value', async () => {
    await driver.restart();
    expect(await keptValues(driver)).toEqual({});
    expect(JSON.stringify((await driver.storage()).local)).not.toContain(NAME);
    expect(await driver.searchOurFiles(NAME)).toEqual([]);
  });
});

// Firefox asks for clipboardRead only when the person allows it in the panel (Chrome holds it from install).
describe.each(lanes().filter((l) => l === 'firefox'))('copy-button capture in %s', (lane) => {
  let driver: Driver;
  beforeAll(async () => {
    driver = await launchDriver(lane);
  });
  afterAll(async () => {
    await driver?.close();
  });

  it('says how to allow reading the clipboard, then keeps Segment’s webhook URL once the person allows it in the panel', async () => {
    const segment = await driver.openConsole('https://app.segment.com/acme/engage/spaces/default/settings/channels/twilio?reset=1');
    await segment.click(button(/^Copy webhook URL$/));
    await until(() => calloutText(segment)).toMatch(/may not read the clipboard yet.*Allow reading copied values/);
    expect(await keptValues(driver)).toEqual({});

    const panel = await driver.openPanel();
    await panel.click(button(/^Allow reading copied values$/));
    await until(() => panel.run(() => document.body.innerText, undefined)).toMatch(/Allowed\. Click the console’s copy button again/);

    // The sandbox's button now reads "Copied" until the page loads again, as Segment's does.
    await segment.close();
    const again = await driver.openConsole('https://app.segment.com/acme/engage/spaces/default/settings/channels/twilio');
    await again.click(button(/^Copy webhook URL$/));
    await until(async () => (await keptValues(driver))['segment.twilioWebhookUrl'], { timeout: 10_000 })
      .toMatch(/^https:\/\/engage-ma-webhook-api\.engage\.segment\.com\/twilio\//);
    await panel.close();
    await again.close();
  });
});
