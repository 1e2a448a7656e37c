// The threat model, attacked for real: every attempt is refused and nothing of a kept value reaches the page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { CLIPBOARD_READ, launchBrowser, type ExtensionBrowser } from './harness/index.ts';
import {
  captureAccountSid,
  captureTwilioKey,
  captureWebhookUrl,
  openSmsForm,
  overlayButton,
  pageVisibleText,
  sendFromContentScript,
  vaultValues,
} from './carry-helpers.ts';

const SMS = 'https://app.segment.com/acme/engage/spaces/default/settings/channels/twilio';
const LEGACY_INTEGRATION = 'https://www.twilio.com/console/sms/services/create/integration?__override_layout__=embed&x-target-region=us1';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Text inside our overlay's shadow root (banners say why a click was ignored). */
function overlayTextOf(where: Page | Frame): Promise<string> {
  return where.locator('engage-copilot-overlay').evaluate((h) => h.shadowRoot?.textContent ?? '').catch(() => '');
}

describe('attacks on the vault', () => {
  let browser: ExtensionBrowser;
  let secrets: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser({ grant: CLIPBOARD_READ });
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const key = await captureTwilioKey(browser);
    const account = await captureAccountSid(browser);
    const url = await captureWebhookUrl(browser);
    secrets = [key.sid, key.secret, account, url];
    expect(Object.values(await vaultValues(browser)).sort()).toEqual([...secrets].sort());
    // Pages an attacker controls: one framing Twilio's legacy form, one framing Segment's form.
    browser.sandbox.registerHost('evil.example.test', (req, res) => {
      const src = req.url?.startsWith('/segment') ? SMS : LEGACY_INTEGRATION;
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(`<!doctype html><title>Totally Twilio</title><h1>Win a prize</h1><iframe src="${src}" style="width:100%;height:700px"></iframe>`);
    });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('ignores a page script that clicks our Fill button, dispatches synthetic events, or posts messages', async () => {
    const page = await openSmsForm(browser, SMS);
    await overlayButton(page, 'Fill Twilio Account SID').waitFor();
    await sleep(600);
    const reach = await page.evaluate(() => {
      const host = document.querySelector('engage-copilot-overlay');
      const buttons = [...(host?.shadowRoot?.querySelectorAll('button') ?? [])].filter((b) => b.textContent?.startsWith('Fill'));
      for (const b of buttons) {
        b.click();
        const r = b.getBoundingClientRect();
        b.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: r.x + 2, clientY: r.y + 2 }));
      }
      window.postMessage({ id: 1, type: 'vault.fill', data: { taskId: 'segment.sms', targetKey: 'accountSid', trusted: true, frameOrigin: location.origin }, timestamp: Date.now() }, '*');
      const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime;
      return { clicked: buttons.length, pageHasRuntimeMessaging: typeof runtime?.sendMessage === 'function' };
    });
    expect(reach.clicked).toBeGreaterThan(0);
    expect(reach.pageHasRuntimeMessaging).toBe(false);
    await sleep(1500);
    expect(await page.getByRole('textbox', { name: 'Account SID' }).inputValue()).toBe('');
    expect(await overlayTextOf(page)).toContain('Ignored: that click did not come from you.');
    const seen = await pageVisibleText(page);
    for (const s of secrets) expect(seen).not.toContain(s);
    await page.close();
  });

  it('does nothing on lookalike hosts app-segment.com and app.sendgrid.com.example.test', async () => {
    const fake = await browser.openConsole('https://app-segment.com/acme/engage/spaces/default/settings/channels/twilio');
    await fake.getByRole('textbox', { name: 'Account SID' }).waitFor();
    await sleep(1500);
    expect(await fake.locator('engage-copilot-overlay').count()).toBe(0);
    const seen = await pageVisibleText(fake);
    for (const s of secrets) expect(seen).not.toContain(s);
    await fake.close();

    const before = await vaultValues(browser);
    const sg = await browser.openConsole('https://app.sendgrid.com.example.test/settings/api_keys');
    await sg.getByRole('button', { name: 'Create API Key' }).click();
    await sg.getByLabel('API Key Name').fill('twilio_engage_app_x');
    await sg.getByRole('radio', { name: /Full Access/ }).check();
    await sg.getByRole('button', { name: 'Create & View' }).click();
    await sg.getByRole('button', { name: /click to copy/ }).click();
    await sleep(1000);
    expect(await sg.locator('engage-copilot-overlay').count()).toBe(0);
    expect(await vaultValues(browser)).toEqual(before);
    await sg.close();
  });

  it('refuses Twilio’s real legacy form framed by a wrong page, whether clicked or asked directly', async () => {
    const page = await browser.openConsole('https://evil.example.test/');
    await expect.poll(() => page.frames().some((f) => f.url().startsWith('https://www.twilio.com/'))).toBe(true);
    const frame = page.frames().find((f) => f.url().startsWith('https://www.twilio.com/'))!;
    // A real click first gives the framed document the keyboard, as a person's first click would.
    await frame.getByRole('heading', { name: 'Integration' }).click();
    await frame.getByRole('radio', { name: 'Send a webhook' }).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    const fill = overlayButton(frame, 'Fill Segment webhook URL');
    if (await fill.isVisible().catch(() => false)) {
      await sleep(600);
      await fill.click();
      await sleep(1000);
    }
    const reply = await sendFromContentScript(frame, 'vault.fill', {
      taskId: 'twilio.webhook', targetKey: 'requestUrl', trusted: true, frameOrigin: 'https://www.twilio.com',
    });
    expect(reply).toMatchObject({ res: { ok: false, code: 'refused' } });
    expect(JSON.stringify(reply)).toContain('evil.example.test');
    const requestUrl = frame.getByRole('textbox', { name: 'Request URL' });
    if (await requestUrl.count()) expect(await requestUrl.inputValue()).toBe('');
    for (const s of secrets) expect(JSON.stringify(reply) + (await pageVisibleText(frame)) + (await pageVisibleText(page))).not.toContain(s);
    await page.close();
  });

  it('does not run in Segment’s form framed by a wrong page', async () => {
    const page = await browser.openConsole('https://evil.example.test/segment');
    await expect.poll(() => page.frames().some((f) => f.url().startsWith('https://app.segment.com/'))).toBe(true);
    const frame = page.frames().find((f) => f.url().startsWith('https://app.segment.com/'))!;
    await frame.waitForLoadState('load');
    await sleep(2500);
    // Whatever the framed app renders there, Engage Copilot does not run in it and no value reaches it.
    expect(await frame.locator('engage-copilot-overlay').count()).toBe(0);
    const seen = (await pageVisibleText(frame)) + (await pageVisibleText(page));
    for (const s of secrets) expect(seen).not.toContain(s);
    await page.close();
  });

  it('refuses a sandboxed frame on the real console, even when its content script asks directly', async () => {
    const page = await browser.openConsole('https://console.twilio.com/');
    await page.evaluate((src) => {
      const frame = document.createElement('iframe');
      frame.setAttribute('sandbox', 'allow-scripts allow-forms');
      frame.src = src;
      frame.style.cssText = 'width:900px;height:600px';
      document.body.append(frame);
    }, LEGACY_INTEGRATION);
    await expect.poll(() => page.frames().some((f) => f.url().startsWith('https://www.twilio.com/'))).toBe(true);
    const frame = page.frames().find((f) => f.url().startsWith('https://www.twilio.com/'))!;
    await frame.waitForLoadState('load');
    await sleep(1500);
    expect(await overlayButton(frame, 'Fill Segment webhook URL').count()).toBe(0);
    const reply = await sendFromContentScript(frame, 'vault.fill', {
      taskId: 'twilio.webhook', targetKey: 'requestUrl', trusted: true, frameOrigin: 'https://www.twilio.com',
    });
    expect(reply).toMatchObject({ res: { ok: false, code: 'refused' } });
    expect(JSON.stringify(reply)).toContain('sandboxed');
    for (const s of secrets) expect(JSON.stringify(reply) + (await pageVisibleText(frame))).not.toContain(s);
    await page.close();
  });

  it('ignores a real click when the page fades our overlay', async () => {
    const page = await openSmsForm(browser, SMS);
    const fill = overlayButton(page, 'Fill Twilio Account SID');
    await fill.waitFor();
    await sleep(600);
    await page.evaluate(() => { document.body.style.opacity = '0.05'; });
    await fill.click();
    await sleep(800);
    expect(await page.getByRole('textbox', { name: 'Account SID' }).inputValue()).toBe('');
    expect(await overlayTextOf(page)).toContain('hidden or faded');
    await page.close();
  });

  it('never receives a click the page covers with its own element', async () => {
    const page = await openSmsForm(browser, SMS);
    const fill = overlayButton(page, 'Fill Twilio Account SID');
    await fill.waitFor();
    await sleep(600);
    const box = (await fill.boundingBox())!;
    await page.evaluate(() => {
      const cover = document.createElement('div');
      cover.textContent = 'Click here to win';
      cover.style.cssText = 'position:fixed;inset:0;z-index:2147483647;background:rgba(255,255,255,0.01)';
      document.body.append(cover);
    });
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await sleep(800);
    expect(await page.getByRole('textbox', { name: 'Account SID' }).inputValue()).toBe('');
    await page.close();
  });

  it('ignores a click that passes through a page layer drawn over our button (pointer-events: none)', async () => {
    const page = await openSmsForm(browser, SMS);
    const fill = overlayButton(page, 'Fill Twilio Account SID');
    await fill.waitFor();
    const box = (await fill.boundingBox())!;
    await page.evaluate((b) => {
      const decoy = document.createElement('div');
      decoy.textContent = 'Claim your prize';
      decoy.style.cssText = `position:fixed;left:${b.x - 20}px;top:${b.y - 20}px;width:${b.width + 40}px;height:${b.height + 40}px;` +
        'z-index:2147483647;background:#fc0;pointer-events:none';
      document.body.append(decoy);
    }, box);
    await sleep(800);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await sleep(800);
    expect(await page.getByRole('textbox', { name: 'Account SID' }).inputValue()).toBe('');
    expect(await overlayTextOf(page)).toContain('covers the Engage Copilot button');
    await page.close();
  });

  it('refuses a content script that asks for a value bound elsewhere, or for the side panel’s reveal', async () => {
    const twilio = await browser.openConsole('https://console.twilio.com/');
    await twilio.getByRole('textbox', { name: 'Account SID' }).waitFor();
    const elsewhere = await sendFromContentScript(twilio, 'vault.fill', {
      taskId: 'segment.sms', targetKey: 'apiKeySecret', trusted: true, frameOrigin: 'https://console.twilio.com',
    });
    expect(elsewhere).toMatchObject({ res: { ok: false, code: 'refused' } });
    const reveal = await sendFromContentScript(twilio, 'vault.reveal', { name: 'twilio.apiKeySecret' });
    expect(reveal).toMatchObject({ res: { ok: false } });
    const list = await sendFromContentScript(twilio, 'vault.list', undefined);
    expect(list).toMatchObject({ res: { items: [] } });
    for (const s of secrets) expect(JSON.stringify([elsewhere, reveal, list])).not.toContain(s);
    await twilio.close();

    // On Segment's own SMS page: a target the locator is not highlighting, and a request without a click.
    const segment = await openSmsForm(browser, SMS);
    const notHighlighted = await sendFromContentScript(segment, 'vault.fill', {
      taskId: 'segment.sms', targetKey: 'apiKeySecret', trusted: true, frameOrigin: 'https://app.segment.com',
    });
    expect(notHighlighted).toMatchObject({ res: { ok: false, code: 'refused' } });
    const noClick = await sendFromContentScript(segment, 'vault.fill', {
      taskId: 'segment.sms', targetKey: 'accountSid', trusted: false, frameOrigin: 'https://app.segment.com',
    });
    expect(noClick).toMatchObject({ res: { ok: false, code: 'refused' } });
    for (const s of secrets) expect(JSON.stringify([notHighlighted, noClick])).not.toContain(s);
    await segment.close();
  });
});
