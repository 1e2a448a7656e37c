// The journey's second half: IP warmup, the notice, and the whole Twilio stage up to the Messaging Service's compliance step.
import type { Frame, Page } from 'playwright-core';
import { expect } from 'vitest';
import { clickOverlay, overlayButton, vaultValues } from './carry-helpers.ts';
import { calloutText, highlighted, taskState, until } from './guidance-helpers.ts';
import { expectGuided, expectNoRestart } from './journey-helpers.ts';
import { typeHere, type Walk } from './journey.e2e.ts';

const SG = 'https://app.sendgrid.com';
const TW = 'https://console.twilio.com';
const HL = '[data-engage-copilot-task]';

/** The Messaging Service wizard, framed from www.twilio.com. */
async function wizard(page: Page): Promise<Frame> {
  await until(() => page.frames().some((f) => f.url().startsWith('https://www.twilio.com/console/'))).toBe(true);
  return page.frames().find((f) => f.url().startsWith('https://www.twilio.com/console/'))!;
}

export async function twilioStage(w: Walk): Promise<void> {
  const { j } = w;
  let p = await w.open(`${SG}/settings/ip_addresses`);
  await j.step('sendgrid.warmup', 'pencil', p, async () => {
    await expectGuided(p, p, 'sendgrid.warmup', /Edit 149\.72\.134\.21/, /pencil icon/);
    await p.locator(HL).click();
  });
  for (const name of ['Use Automated IP warmup', 'Allow my subusers to send mail using this IP address', 'Save']) {
    await j.step('sendgrid.warmup', name, p, async () => {
      await expectGuided(p, p, 'sendgrid.warmup', name, new RegExp(name));
      await p.locator(HL).click();
    });
  }
  await w.done('sendgrid.warmup', 'page');
  await until(() => calloutText(p)).toMatch(/Automated IP warmup is on\. Next: Tell the Engage team/);
  await expectNoRestart(p, 'sendgrid.warmup');

  await w.markInPanel('engage.notify');

  p = await w.open(`${TW}/`);
  await j.step('twilio.account', 'Account SID', p, async () => {
    await expectGuided(p, p, 'twilio.account', /Account SID/, /Copy the Account SID/);
    // The Account SID stays on the console's dashboard: no "shown only once" warning.
    expect(await calloutText(p)).not.toMatch(/only once/);
    await clickOverlay(p, /^Keep for/);
    await w.done('twilio.account', 'page');
    await until(() => calloutText(p)).toMatch(/Twilio account ready\. Kept: Twilio Account SID\. Next: Generate a Twilio API key/);
  });

  p = await w.open(`${TW}/us1/account/keys-credentials/api-keys/create`);
  await j.step('twilio.apikey', 'Friendly name', p, async () => {
    await expectGuided(p, p, 'twilio.apikey', 'Friendly name', /Friendly name/);
    await typeHere(p, 'engage');
    await until(async () => (await highlighted(p))?.state).toBe('valid');
    await p.keyboard.press('Tab');
  });
  await j.step('twilio.apikey', 'Main', p, async () => {
    await expectGuided(p, p, 'twilio.apikey', 'Main', /Choose Main.*2022 guide said Standard/);
    await p.locator('#root').getByText('Main', { exact: true }).click();
  });
  await j.step('twilio.apikey', 'Create API Key', p, async () => {
    await expectGuided(p, p, 'twilio.apikey', 'Create API Key', /Create API Key/);
    await p.locator(HL).click();
  });
  for (const name of ['SID', 'Secret']) {
    await j.step('twilio.apikey', `keep the ${name}`, p, async () => {
      // Only the secret is shown once; the SID stays listed with the key.
      await expectGuided(p, p, 'twilio.apikey', name, name === 'Secret' ? /shows it only once\. Keep it before you leave this screen\./ : /Copy the SID/);
      if (name === 'SID') expect(await calloutText(p)).not.toMatch(/only once/);
      expect((await taskState(w.browser, 'twilio.apikey'))?.status).not.toBe('done');
      await clickOverlay(p, /^Keep for/);
    });
  }
  await w.done('twilio.apikey', 'page');
  await until(() => calloutText(p)).toMatch(/API key created\. Kept: Twilio API Key SID and Twilio API Key Secret\. Next: Connect Twilio/);
  await j.shot(p, 'SUCCESS-twilio-key');
  await expectNoRestart(p, 'twilio.apikey');

  p = await w.open('https://app.segment.com/acme/engage/spaces/default/settings/channels');
  await j.step('segment.sms', 'Get Started', p, async () => {
    await expectGuided(p, p, 'segment.sms', 'Get Started', /Get Started/);
    await p.locator(HL).click();
  });
  await j.step('segment.sms', 'Copy webhook URL', p, async () => {
    await expectGuided(p, p, 'segment.sms', /Copy webhook URL/, /Copy webhook URL/);
    await p.locator(HL).click();
    await until(async () => (await vaultValues(w.browser))['segment.twilioWebhookUrl'] ?? '').toMatch(/^https:\/\/engage-ma-webhook-api/);
  });
  for (const [name, fill] of [
    [/^Account SID/, 'Fill Twilio Account SID'],
    [/^API Key SID/, 'Fill Twilio API Key SID'],
    [/^API Key Secret/, 'Fill Twilio API Key Secret'],
  ] as const) {
    await j.step('segment.sms', String(name.source), p, async () => {
      await expectGuided(p, p, 'segment.sms', name, /you kept earlier/);
      await clickOverlay(p, fill);
      await until(async () => (await highlighted(p))?.name ?? '').not.toMatch(name);
    });
  }
  await j.step('segment.sms', 'Verify', p, async () => {
    await expectGuided(p, p, 'segment.sms', 'Verify', /Verify/);
    await p.locator(HL).click();
  });
  await j.step('segment.sms', 'Messaging service', p, async () => {
    await expectGuided(p, p, 'segment.sms', /Messaging service/, /messaging services/);
    await p.locator(HL).selectOption({ index: 1 });
  });
  await j.step('segment.sms', 'Save Twilio Account', p, async () => {
    await expectGuided(p, p, 'segment.sms', 'Save Twilio Account', /Save Twilio Account/);
    await p.locator(HL).click();
    await w.done('segment.sms', 'page');
  });

  p = await w.open(`${TW}/us1/develop/phone-numbers/manage/search`);
  await j.step('twilio.number', 'Search', p, async () => {
    await expectGuided(p, p, 'twilio.number', 'Search', /Search/);
    await p.locator(HL).click();
  });
  await j.step('twilio.number', 'Buy', p, async () => {
    await expectGuided(p, p, 'twilio.number', 'Buy', /Buy/);
    await p.locator(HL).first().click();
  });
  await j.step('twilio.number', 'confirm', p, async () => {
    await expectGuided(p, p, 'twilio.number', /^Buy \+1/, /confirm/);
    await p.locator(HL).click();
    await w.done('twilio.number', 'page');
    await until(() => calloutText(p)).toMatch(/Number bought: \+1 415 555 0142\. Next: Register the number/);
  });
  await j.shot(p, 'SUCCESS-number-bought');
  await expectNoRestart(p, 'twilio.number');

  // Registration depends on the number type: the person says it is done (or not needed) in the checklist.
  await w.markInPanel('twilio.register');

  p = await w.open(`${TW}/us1/develop/sms/services`);
  await j.step('twilio.service', 'Create Messaging Service', p, async () => {
    await expectGuided(p, p, 'twilio.service', 'Create Messaging Service', /Create Messaging Service/);
    await p.locator(HL).click();
  });
  const f = await wizard(p);
  await j.step('twilio.service', 'friendly name', p, async () => {
    await expectGuided(f, p, 'twilio.service', /Messaging Service friendly name/, /name for your Messaging Service/);
    await typeHere(f, 'Engage SMS');
    await until(async () => (await highlighted(f))?.state).toBe('valid');
    await p.keyboard.press('Tab');
  });
  await j.step('twilio.service', 'Messaging use', p, async () => {
    await expectGuided(f, p, 'twilio.service', /Select what you want to use Messaging for/, /Market my services/);
    await f.locator(HL).selectOption({ label: 'Market my services' });
  });
  await j.step('twilio.service', 'step 1 submit', p, async () => {
    await expectGuided(f, p, 'twilio.service', 'Create Messaging Service', /go on to the Sender Pool/);
    await f.locator(HL).click();
  });
  await j.step('twilio.service', 'Add Senders', p, async () => {
    await expectGuided(f, p, 'twilio.service', 'Add Senders', /Add Senders/);
    await f.locator(HL).click();
  });
  await j.step('twilio.service', 'the number', p, async () => {
    await expectGuided(f, p, 'twilio.service', /^\+1 415 555 0142/, /number you bought/);
    await f.getByRole('dialog').getByText('+1 415 555 0142', { exact: true }).click();
  });
  await j.step('twilio.service', 'Add Phone Numbers', p, async () => {
    await expectGuided(f, p, 'twilio.service', 'Add Phone Numbers', /Add Phone Numbers/);
    await f.locator(HL).click();
  });
  await j.step('twilio.service', 'Step 3', p, async () => {
    await expectGuided(f, p, 'twilio.service', 'Step 3: Set up Integration', /Step 3/);
    await f.locator(HL).click();
    await w.done('twilio.service', 'page');
  });

  await j.step('twilio.webhook', 'Send a webhook', p, async () => {
    await expectGuided(f, p, 'twilio.webhook', 'Send a webhook', /Send a webhook/);
    await f.locator('#root').getByText('Send a webhook', { exact: true }).click();
  });
  await j.step('twilio.webhook', 'Request URL', p, async () => {
    await expectGuided(f, p, 'twilio.webhook', 'Request URL', /you kept earlier/);
    await clickOverlay(f, 'Fill Segment webhook URL');
    await until(async () => (await highlighted(f))?.name ?? '').not.toBe('Request URL');
  });
  await j.step('twilio.webhook', 'Step 4', p, async () => {
    await expectGuided(f, p, 'twilio.webhook', 'Step 4: Add compliance info', /Step 4/);
    await f.locator(HL).click();
    // The Integration step's Request URL held Segment's URL: reaching step 4 proves the webhook.
    await w.done('twilio.webhook', 'page');
    await until(() => calloutText(f)).toMatch(/Incoming messages go to Segment\. Next: Add compliance info/);
  });

  await j.step('twilio.compliance', 'Complete Messaging Service Setup', p, async () => {
    await expectGuided(f, p, 'twilio.compliance', 'Complete Messaging Service Setup', /Complete Messaging Service Setup/);
    await f.locator(HL).click();
    // The wizard ends the same way with or without compliance info: the person confirms, by the task's name.
    await until(() => calloutText(f)).toMatch(/Messaging Service set up/);
    expect((await taskState(w.browser, 'twilio.compliance'))?.status).not.toBe('done');
    await overlayButton(f, 'Mark “Add compliance info (if applicable)” done').click();
    await w.done('twilio.compliance', 'manual');
  });
  await j.shot(p, 'SUCCESS-messaging-service');
  await expectNoRestart(f, 'twilio.compliance');
  expect(await calloutText(p)).not.toMatch(/Couldn't find/);
}
