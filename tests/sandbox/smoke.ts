// Self-check of the sandbox consoles in Chromium, no extension: every guided page renders and its form reports what it got.
// Run: npx tsx tests/sandbox/build.ts && npx tsx tests/sandbox/smoke.ts   (SANDBOX_SHOTS=<dir> also writes screenshots)
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { startSandbox } from './server.ts';

type Check = [name: string, run: (page: Page) => Promise<void>];
const SEG = 'https://app.segment.com/acme';
const SG = 'https://app.sendgrid.com';
const TW = 'https://console.twilio.com';

function expect(ok: boolean, what: string): void {
  if (!ok) throw new Error(what);
}
const status = (page: Page, name: string) => page.locator(`[data-sandbox-status="${name}"]`).textContent();

const checks: Check[] = [
  ['segment: a custom "phone" identifier is added and survives a reload', async (page) => {
    await page.goto(`${SEG}/unify/spaces/default/settings/identity-resolution?reset=1`);
    await page.getByRole('button', { name: 'Add Identifier' }).click();
    await page.getByRole('menuitem', { name: 'Custom Identifiers' }).click();
    await page.getByLabel('Trait / Property key to match on').fill('phone');
    await page.getByRole('button', { name: 'Add new identifier' }).click();
    await page.reload();
    await page.getByRole('cell', { name: 'phone', exact: true }).waitFor();
  }],
  ['segment: a plain .value assignment does not reach the email form', async (page) => {
    await page.goto(`${SEG}/engage/spaces/default/settings/channels/sendgrid?reset=1`);
    await page.getByLabel('Subuser name').evaluate((el) => { (el as HTMLInputElement).value = 'twilio_engage_app_x'; });
    await page.getByLabel('Subuser API Key ID').fill('abcdefghijklmnopqrstuv');
    await page.getByLabel('Subuser API Key', { exact: true }).fill(`SG.abcdefghijklmnopqrstuv.${'x'.repeat(43)}`);
    expect(await page.getByRole('button', { name: 'Verify' }).isDisabled(), 'Verify should stay disabled');
  }],
  ['segment: Verify shows the console error for a bad prefix, then the exact values', async (page) => {
    await page.goto(`${SEG}/engage/spaces/default/settings/channels?reset=1`);
    await page.getByRole('button', { name: 'Get Started' }).first().click();
    await page.getByLabel('Subuser name').fill('twilio-engage-app-x');
    await page.getByLabel('Subuser API Key ID').fill('abcdefghijklmnopqrstuv');
    await page.getByLabel('Subuser API Key', { exact: true }).fill(`SG.abcdefghijklmnopqrstuv.${'x'.repeat(43)}`);
    await page.getByRole('button', { name: 'Verify' }).click();
    expect((await status(page, 'email'))?.includes('must start with twilio_engage_app_') ?? false, 'prefix error');
    await page.getByLabel('Subuser name').fill('twilio_engage_app_x');
    await page.getByRole('button', { name: 'Verify' }).click();
    const got = await status(page, 'email');
    expect(got === 'Verified: subuser twilio_engage_app_x, key ID abcdefghijklmnopqrstuv, key SG.…xxxx (69 characters)', `got ${got}`);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Connected as twilio_engage_app_x').waitFor();
  }],
  ['segment: Copy webhook URL puts the space webhook on the clipboard', async (page) => {
    await page.goto(`${SEG}/engage/spaces/default/settings/channels/twilio`);
    await page.getByRole('button', { name: 'Copy webhook URL' }).click();
    const url = await page.evaluate(() => navigator.clipboard.readText());
    expect(/^https:\/\/engage-ma-webhook-api\.engage\.segment\.com\/twilio\/spa_\w{22}$/.test(url), `clipboard ${url}`);
    await page.getByRole('button', { name: 'Copied' }).waitFor();
  }],
  ['segment: the two-forms fixture has two "Account SID" fields', async (page) => {
    await page.goto(`${SEG}/engage/spaces/default/settings/channels/twilio?fixture=two-forms`);
    await page.getByRole('heading', { name: 'Enter your Twilio API Key information' }).waitFor();
    await page.waitForTimeout(900);
    expect((await page.getByLabel('Account SID').count()) === 2, 'two Account SID fields');
  }],
  ['sendgrid: Create New Subuser persists the subuser', async (page) => {
    await page.goto(`${SG}/settings/subusers?reset=1`);
    await page.getByRole('button', { name: 'Create New Subuser' }).click();
    const d = page.getByRole('dialog', { name: 'Create New Subuser' });
    await d.getByLabel('Username').fill('twilio_engage_app_acme');
    await d.getByLabel('Email').fill('ops@acme.test');
    await d.getByLabel('Password', { exact: true }).fill('correct horse');
    await d.getByLabel('Confirm Password').fill('correct horse');
    await d.getByLabel('149.72.134.21').check();
    await d.getByRole('button', { name: 'Create Subuser' }).click();
    await page.reload();
    await page.getByRole('cell', { name: 'twilio_engage_app_acme' }).waitFor();
  }],
  ['sendgrid: Event Webhook rejects a non-http URL, then saves all 11 events enabled (field remounted every 200 ms)', async (page) => {
    await page.goto(`${SG}/settings/mail_settings?fixture=rerender`);
    await page.getByRole('button', { name: 'Edit Event Webhook' }).click();
    const m = page.getByRole('dialog', { name: 'Event Webhook' });
    const first = await m.getByLabel('HTTP Post URL').elementHandle();
    await page.waitForTimeout(450);
    expect(!(await first?.evaluate((e) => e.isConnected)), 'the URL input should have been remounted');
    await m.getByLabel('HTTP Post URL').fill('ftp://nope');
    await m.getByRole('button', { name: 'Save' }).click();
    await m.getByText('Not saved').waitFor();
    await m.getByLabel('HTTP Post URL').fill('https://engage-ma-webhook-api.engage.segment.com/sendgrid');
    for (const i of [0, 1]) await m.getByLabel('Select All').nth(i).check();
    await m.getByRole('switch', { name: 'Event Webhook Status' }).check();
    await m.getByRole('button', { name: 'Save' }).click();
    const got = await status(page, 'webhook');
    expect(got === 'Saved: url https://engage-ma-webhook-api.engage.segment.com/sendgrid, auth None, events 11 of 11, status Enabled', `got ${got}`);
  }],
  ['sendgrid: Create & View shows a 69-character key once; the list shows its ID (name field in a shadow root)', async (page) => {
    await page.goto(`${SG}/settings/api_keys?fixture=shadow`);
    await page.getByRole('button', { name: 'Create API Key' }).click();
    const name = page.getByLabel('API Key Name');
    expect(await name.evaluate((e) => e.getRootNode() instanceof ShadowRoot), 'name field in a shadow root');
    await name.fill('twilio_engage_app_key');
    await page.getByLabel('Full Access').check();
    await page.getByRole('button', { name: 'Create & View' }).click();
    const key = (await page.locator('.key-box').textContent()) ?? '';
    expect(/^SG\.[\w-]{22}\.[\w-]{43}$/.test(key), `key shape ${key.length}`);
    await page.getByRole('button', { name: 'Done' }).click();
    await page.getByRole('cell', { name: key.slice(3, 25) }).waitFor();
  }],
  ['sendgrid: Subscription Tracking and IP warmup save and show', async (page) => {
    await page.goto(`${SG}/settings/tracking`);
    await page.getByRole('button', { name: 'Subscription Tracking', exact: true }).click();
    await page.getByRole('switch', { name: 'Setting State' }).check();
    await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
    expect((await status(page, 'tracking')) === 'Subscription Tracking enabled', 'tracking');
    await page.goto(`${SG}/settings/ip_addresses`);
    await page.getByRole('button', { name: 'Edit 149.72.134.21' }).click();
    await page.getByLabel('Use Automated IP warmup').check();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('cell', { name: 'Warming up', exact: true }).waitFor();
  }],
  ['twilio: the Account SID is AC+32 hex and stable across reloads', async (page) => {
    await page.goto(`${TW}/`);
    const sid = await page.getByLabel('Account SID').inputValue();
    expect(/^AC[0-9a-f]{32}$/.test(sid), `sid ${sid}`);
    await page.reload();
    expect((await page.getByLabel('Account SID').inputValue()) === sid, 'stable');
  }],
  ['twilio: Create API Key shows an SK SID and a 32-character secret with copy buttons', async (page) => {
    await page.goto(`${TW}/us1/account/keys-credentials/api-keys/create`);
    await page.getByLabel('Friendly name').fill('engage');
    await page.getByText('Main', { exact: true }).click();
    await page.getByRole('button', { name: 'Create API Key' }).click();
    const sk = await page.getByLabel('SID', { exact: true }).inputValue();
    const secret = await page.getByLabel('Secret', { exact: true }).inputValue();
    expect(/^SK[0-9a-f]{32}$/.test(sk) && /^[A-Za-z0-9]{32}$/.test(secret), 'shapes');
    await page.getByRole('button', { name: 'Copy Secret' }).click();
    expect((await page.evaluate(() => navigator.clipboard.readText())) === secret, 'clipboard');
  }],
  ['twilio: the framed wizard creates a service with a webhook and it is listed', async (page) => {
    await page.goto(`${TW}/us1/develop/sms/services?reset=1`);
    await page.getByRole('button', { name: 'Create Messaging Service' }).click();
    const f = page.frameLocator('iframe[title="Create Messaging Service"]');
    await f.getByLabel('Messaging Service friendly name').fill('Engage SMS');
    await f.getByLabel('Select what you want to use Messaging for').selectOption({ label: 'Market my services' });
    await f.getByRole('button', { name: 'Create Messaging Service' }).click();
    await f.getByRole('button', { name: 'Step 3: Set up Integration' }).click();
    await f.getByText('Send a webhook', { exact: true }).click();
    await f.getByLabel('Request URL', { exact: true }).fill('https://engage-ma-webhook-api.engage.segment.com/twilio/spa_x');
    await f.getByRole('button', { name: 'Step 4: Add compliance info' }).click();
    await f.getByRole('button', { name: 'Complete Messaging Service Setup' }).click();
    const got = await f.locator('[data-sandbox-status="service"]').textContent();
    expect(got === 'Created Engage SMS: use Market my services, senders 0, incoming Send a webhook, Request URL https://engage-ma-webhook-api.engage.segment.com/twilio/spa_x (HTTP Post)', `got ${got}`);
    await page.goto(`${TW}/us1/develop/sms/services`);
    await page.getByRole('cell', { name: 'Engage SMS' }).waitFor();
  }],
];

const sandbox = await startSandbox();
const rules = sandbox.hosts.map((h) => `MAP ${h} 127.0.0.1:${sandbox.port}`).join(', ');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', `--host-resolver-rules=${rules}, EXCLUDE localhost`, '--ignore-certificate-errors'],
});
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
await context.grantPermissions(['clipboard-read', 'clipboard-write']);
context.setDefaultTimeout(10_000);
const shots = process.env.SANDBOX_SHOTS;
if (shots) mkdirSync(shots, { recursive: true });
let failed = 0;
for (const [i, [name, run]] of checks.entries()) {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  try {
    await run(page);
    if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
    console.log(`✔ ${name}`);
  } catch (error) {
    failed++;
    console.log(`✖ ${name}\n    ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  if (shots) await page.screenshot({ path: join(shots, `${String(i + 1).padStart(2, '0')}.png`), fullPage: true });
  await page.close();
}
await browser.close();
await sandbox.close();
console.log(`${checks.length - failed} of ${checks.length} sandbox checks passed`);
process.exit(failed > 0 ? 1 : 0);
