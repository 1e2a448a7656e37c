// `npm start`'s demo account: the fake vendor APIs behind the sandbox, and (headless) a Verify all run as a person
// does it — keys created on the sandbox consoles, typed into the side panel's Verify section — with a screenshot.
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { createDemoApis, DEMO, demoSeedScript } from '../fake-apis/demo.ts';
import { FAKE_HOSTS } from '../fake-apis/fake.ts';
import type { ExtensionBrowser } from '../e2e/harness/browser.ts';
import type { SidePanel } from '../e2e/harness/sidePanel.ts';

/** Host handlers for `startSandbox({ hosts })`: every fake API host answers for the demo account. */
export function demoHosts() {
  const demo = createDemoApis();
  return { demo, hosts: Object.fromEntries(FAKE_HOSTS.map((h) => [h, demo.nodeHandler])) };
}

/** Makes every sandbox page show the demo account's Account SID and space; call before opening pages. */
export async function seedDemoAccount(browser: ExtensionBrowser): Promise<void> {
  await browser.context.addInitScript({ content: demoSeedScript() });
}

export const DEMO_NOTE = [
  'Verify works under npm start: the fake SendGrid and Twilio APIs answer for a demo account.',
  '  • The SendGrid subuser API key and the Twilio API key you create on the sandbox consoles are the demo account’s',
  '    (the first of each that Verify sends; a different second key is refused as a wrong key).',
  `  • The Twilio Account SID the sandbox shows is the demo account’s: ${DEMO.accountSid}.`,
  `  • Its subuser is ${DEMO.subuserName}, as the guide names it for the sandbox workspace acme.`,
  `  • No console shows the parent account's key; for the parent checks, paste: ${DEMO.parentKey}`,
].join('\n');

async function expectChecked(radio: Locator): Promise<void> {
  if (!(await radio.isChecked())) throw new Error('The key type did not switch to Main.');
}

/** Creates a SendGrid API key on the sandbox console, as a person does, and reads it off the "API Key Created" dialog. */
async function createSendGridKey(page: Page): Promise<string> {
  await page.goto('https://app.sendgrid.com/settings/api_keys');
  await page.getByRole('button', { name: 'Create API Key' }).click();
  await page.getByLabel('API Key Name').fill('twilio_engage_app_acme');
  // The radio itself: the copilot's callout sits over the label's text for now.
  await page.getByRole('radio', { name: 'Full Access' }).check();
  await page.getByRole('button', { name: 'Create & View' }).click();
  const key = (await page.getByRole('button', { name: /^API key .*click to copy$/ }).textContent())?.trim() ?? '';
  await page.getByRole('button', { name: 'Done' }).click();
  return key;
}

/** Creates a Main Twilio API key on the sandbox console and reads its SID and secret; reads the Account SID. */
async function createTwilioKey(page: Page): Promise<{ accountSid: string; sid: string; secret: string }> {
  await page.goto('https://console.twilio.com/');
  const accountSid = await page.getByLabel('Account SID').inputValue();
  await page.goto('https://console.twilio.com/us1/account/keys-credentials/api-keys/create');
  await page.getByLabel('Friendly name').fill('Engage');
  // Paste's radio inputs are visually hidden: a person clicks the label.
  const main = page.getByRole('radio', { name: /^Main\b/ });
  await page.locator(`label[for="${await main.getAttribute('id')}"]`).click();
  await expectChecked(main);
  await page.getByRole('button', { name: 'Create API Key' }).click();
  const sid = await page.getByLabel('SID', { exact: true }).inputValue();
  const secret = await page.getByLabel('Secret', { exact: true }).inputValue();
  return { accountSid, sid, secret };
}

/** Headless: keys from the consoles into the panel's Verify section, Verify all, and `verify.png` / `verify-dark.png`. */
export async function verifyDemo(browser: ExtensionBrowser, panel: SidePanel, dir: string, log: (line: string) => void): Promise<string> {
  const page = await browser.context.newPage();
  const sendgridKey = await createSendGridKey(page);
  const twilio = await createTwilioKey(page);
  await page.close();
  const verify = panel.page.getByRole('region', { name: 'Verify with the SendGrid and Twilio APIs' });
  const type = (label: string, value: string) => verify.getByLabel(label, { exact: true }).fill(value);
  await type('SendGrid subuser API key', sendgridKey);
  await type('Parent API key', DEMO.parentKey);
  await type('Twilio Account SID', twilio.accountSid);
  await type('Twilio API Key SID', twilio.sid);
  await type('Twilio API Key secret', twilio.secret);
  await verify.getByRole('button', { name: 'Keep these keys' }).click();
  await verify.locator('output.verify-status').getByText('Kept for this browser session.').waitFor();
  await verify.getByRole('button', { name: 'Verify all' }).click();
  const status = verify.locator('output.verify-status');
  await status.filter({ hasText: /^Done: |^Nothing was checked|^The check/ }).waitFor({ timeout: 60_000 });
  const summary = (await status.textContent()) ?? '';
  await verify.scrollIntoViewIfNeeded();
  await panel.page.screenshot({ path: join(dir, 'verify.png'), fullPage: true });
  await panel.page.emulateMedia({ colorScheme: 'dark' });
  await panel.page.waitForTimeout(300); // the rows' background transition
  await panel.page.screenshot({ path: join(dir, 'verify-dark.png'), fullPage: true });
  await panel.page.emulateMedia({ colorScheme: 'light' });
  log(`Verify all on the demo account: ${summary} → ${join(dir, 'verify.png')} (and verify-dark.png)`);
  return summary;
}
