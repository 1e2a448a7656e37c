// A hostile script on the real console host (an XSS, a compromised widget) against carry, while the person uses
// a real mouse and keyboard: the value never reaches an element they did not see, no fill happens without their
// own click or Tab, and nothing the page chose is kept. Each test names the defence it proves (docs/threat-model.md).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Locator, Page } from 'playwright-core';
import { CLIPBOARD_READ, launchBrowser, type ExtensionBrowser } from './harness/index.ts';
import { captureAccountSid, captureWebhookUrl, openSmsForm, overlayButton, pageVisibleText, vaultValues } from './carry-helpers.ts';

const SMS = 'https://app.segment.com/acme/engage/spaces/default/settings/channels/twilio';
const KEYS = 'https://app.sendgrid.com/settings/api_keys';
const LEGACY_INTEGRATION = 'https://www.twilio.com/console/sms/services/create/integration?__override_layout__=embed&x-target-region=us1';
/** An SG. key of the right shape that the attacker owns. */
const ATTACKER_KEY = `SG.${'A'.repeat(22)}.${'B'.repeat(43)}`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Text inside our overlay's shadow root (banners say why something was refused). */
function overlayTextOf(where: Page | Frame): Promise<string> {
  return where.locator('engage-copilot-overlay').evaluate((h) => h.shadowRoot?.textContent ?? '').catch(() => '');
}

/** The centre of our overlay button, for the person's mouse. */
async function centreOf(where: Page | Frame, name: string): Promise<{ x: number; y: number }> {
  const button = overlayButton(where, name);
  await button.waitFor({ state: 'visible' });
  const box = (await button.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** The person clicks our button with the mouse, after it has been on screen a while. */
async function personClicks(page: Page, where: Page | Frame, name: string): Promise<void> {
  const at = await centreOf(where, name);
  await sleep(700);
  await page.mouse.move(at.x, at.y, { steps: 4 });
  await page.mouse.down();
  await page.mouse.up();
}

describe('attacks by a script on the console page itself', () => {
  let browser: ExtensionBrowser;
  let accountSid = '';
  let webhookUrl = '';

  beforeAll(async () => {
    browser = await launchBrowser({ grant: CLIPBOARD_READ });
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    accountSid = await captureAccountSid(browser);
    webhookUrl = await captureWebhookUrl(browser);
    expect(accountSid).toMatch(/^AC/);
    expect(webhookUrl).toMatch(/^https:/);
    // An attacker's page framed inside the real Twilio console, itself framing Twilio's real legacy form.
    browser.sandbox.registerHost('evil.example.test', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(`<!doctype html><title>Widget</title><iframe src="${LEGACY_INTEGRATION}" style="width:100%;height:700px"></iframe>`);
    });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  /** Opens Segment's SMS form and marks its Account SID input for the page script (`window.attackedField`). */
  async function smsPage(): Promise<Page> {
    const page = await openSmsForm(browser, SMS);
    await page.getByRole('textbox', { name: 'Account SID' }).evaluate((el) => {
      (window as unknown as { attackedField: Element }).attackedField = el;
    });
    return page;
  }

  /** Every value the page's own listeners saw reach an Account SID input (the original, a clone, any input), and what they hold now. */
  function fieldValues(page: Page): Promise<string[]> {
    return page.evaluate(() => {
      const w = window as unknown as { attackedField: HTMLInputElement; seenValues?: string[] };
      return [...(w.seenValues ?? []), w.attackedField.value, ...[...document.querySelectorAll('input')].map((i) => i.value)];
    });
  }

  /**
   * Runs `swap` in the page as the composed click on our overlay reaches it, before our handler. The page
   * listens to the original field and to whatever `swap` returns, recording every value written to them.
   */
  function onOverlayClick(page: Page, swap: string): Promise<void> {
    return page.evaluate((body) => {
      const w = window as unknown as { attackedField: HTMLInputElement; seenValues: string[] };
      w.seenValues = [];
      const listen = (el: Element | undefined) => el?.addEventListener('input', (e) => void w.seenValues.push((e.target as HTMLInputElement).value));
      listen(w.attackedField);
      const run = new Function('field', body) as (field: HTMLInputElement) => Element | undefined;
      window.addEventListener('click', (e) => {
        if (e.composedPath().some((n) => (n as Element).tagName === 'ENGAGE-COPILOT-OVERLAY')) listen(run(w.attackedField));
      }, true);
    }, swap);
  }

  async function expectNotFilled(page: Page, message: RegExp): Promise<void> {
    await expect.poll(() => overlayTextOf(page), { timeout: 5000 }).toMatch(message);
    expect(await fieldValues(page)).not.toContain(accountSid);
  }

  it('refuses to fill when the page swaps the field for a clone at the click (defence: fill into the element the person saw)', async () => {
    const page = await smsPage();
    await onOverlayClick(page, 'const clone = field.cloneNode(true); field.replaceWith(clone); return clone;');
    await personClicks(page, page, 'Fill Twilio Account SID');
    await expectNotFilled(page, /Not filled: the field changed as you clicked/);
    await page.close();
  });

  it('refuses to fill when the page makes the field type=hidden at the click and shows a copy', async () => {
    const page = await smsPage();
    await onOverlayClick(page, 'const clone = field.cloneNode(true); field.after(clone); field.type = "hidden"; return clone;');
    await personClicks(page, page, 'Fill Twilio Account SID');
    await expectNotFilled(page, /Not filled: the field (changed as you clicked|is hidden)/);
    await page.close();
  });

  it('refuses to fill when the page moves the field off screen at the click', async () => {
    const page = await smsPage();
    await onOverlayClick(page, 'field.style.cssText = "position:fixed;left:10px;top:5000px";');
    await personClicks(page, page, 'Fill Twilio Account SID');
    await expectNotFilled(page, /Not filled: the field is off screen/);
    await page.close();
  });

  it('takes the value out again when the page hides the field as it is filled (defence: the visible field holds the value)', async () => {
    const page = await smsPage();
    await page.evaluate(() => {
      const field = (window as unknown as { attackedField: HTMLInputElement }).attackedField;
      field.addEventListener('input', () => {
        field.style.visibility = 'hidden';
      });
    });
    await personClicks(page, page, 'Fill Twilio Account SID');
    await expect.poll(() => overlayTextOf(page), { timeout: 5000 }).toMatch(/Not filled: the field was hidden or replaced as Engage Copilot filled it/);
    expect(await page.evaluate(() => (window as unknown as { attackedField: HTMLInputElement }).attackedField.value)).toBe('');
    await page.close();
  });

  it('ignores a click just after the page lifted a pass-through cover off our button (defence: dwell from last visible)', async () => {
    const page = await smsPage();
    const at = await centreOf(page, 'Fill Twilio Account SID');
    await page.evaluate(({ x, y }) => {
      const cover = document.createElement('div');
      cover.textContent = 'Free upgrade!';
      cover.style.cssText = `position:fixed;left:${x - 80}px;top:${y - 30}px;width:160px;height:60px;z-index:2147483647;` +
        'background:#fc0;pointer-events:none';
      document.body.append(cover);
      // Lifted as the pointer arrives, so the person's press lands on a button they barely saw.
      document.addEventListener('pointermove', (e) => {
        if (Math.abs(e.clientX - x) < 60 && Math.abs(e.clientY - y) < 25) cover.remove();
      });
    }, at);
    await sleep(1200);
    await page.mouse.move(at.x, at.y, { steps: 3 });
    await sleep(200);
    await page.mouse.down();
    await page.mouse.up();
    await expectNotFilled(page, /Ignored: (the Engage Copilot button had only just appeared or changed|something on the page covers)/);
    await page.close();
  });

  it('ignores Enter when the page moved the focus to our Fill button while the person typed (defence: focus from the person)', async () => {
    const page = await smsPage();
    await page.evaluate(() => {
      const search = document.createElement('input');
      search.setAttribute('aria-label', 'Search the console');
      search.style.cssText = 'position:fixed;top:8px;left:8px;z-index:10';
      document.body.prepend(search);
      search.addEventListener('keydown', () => {
        const host = document.querySelector('engage-copilot-overlay');
        const fill = [...(host?.shadowRoot?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.startsWith('Fill'));
        fill?.focus();
      });
    });
    await sleep(700);
    await page.getByRole('textbox', { name: 'Search the console' }).click();
    await page.keyboard.type('acme');
    await sleep(600);
    await page.keyboard.press('Enter');
    await expectNotFilled(page, /Ignored: the page moved the focus to the Engage Copilot button/);

    // The person's own Tab from the callout, held a moment, still fills (a click on the console brings the callout back).
    await page.getByRole('textbox', { name: 'Account SID' }).click();
    await page.locator('engage-copilot-overlay').getByText(/^Paste your/).click();
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.locator('engage-copilot-overlay').evaluate((h) => h.shadowRoot?.activeElement?.textContent ?? '');
      if (focused.startsWith('Fill')) break;
    }
    await sleep(600);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('textbox', { name: 'Account SID' }).inputValue()).toBe(accountSid);
    await page.close();
  });

  it('keeps nothing when the page’s copy handler swaps in its own key (defence: a copy is what the person selected)', async () => {
    const before = await vaultValues(browser);
    const page = await browser.openConsole(KEYS);
    await page.getByRole('button', { name: 'Create API Key' }).waitFor();
    await page.evaluate((key) => {
      document.addEventListener('copy', (e) => {
        e.clipboardData?.setData('text/plain', key);
        e.preventDefault();
      });
    }, ATTACKER_KEY);
    await page.getByRole('heading', { level: 1 }).first().click({ clickCount: 3 });
    await page.keyboard.press('Control+C');
    await expect.poll(() => overlayTextOf(page), { timeout: 5000 }).toContain('Not kept: the page changed what you copied');
    expect(await vaultValues(browser)).toEqual(before);
    await page.close();
  });

  it('keeps nothing the page copies with execCommand during the person’s click (defence: only the person’s copy gesture)', async () => {
    const before = await vaultValues(browser);
    const page = await browser.openConsole(KEYS);
    await page.getByRole('button', { name: 'Create API Key' }).waitFor();
    await page.evaluate((key) => {
      const promo = document.createElement('p');
      promo.textContent = key;
      document.body.prepend(promo);
      document.addEventListener('click', () => {
        const range = document.createRange();
        range.selectNodeContents(promo);
        document.getSelection()?.removeAllRanges();
        document.getSelection()?.addRange(range);
        document.execCommand('copy');
      }, true);
    }, ATTACKER_KEY);
    await page.getByRole('heading', { level: 1 }).first().click();
    await sleep(1000);
    expect(await vaultValues(browser)).toEqual(before);
    await page.close();
  });

  it('keeps nothing from a page-drawn “Keep for Segment” look-alike whose key is hidden text (defence: visible text only)', async () => {
    const before = await vaultValues(browser);
    const page = await browser.openConsole(KEYS);
    await page.getByRole('button', { name: 'Create API Key' }).waitFor();
    await page.evaluate((key) => {
      const style = document.createElement('style');
      style.textContent = '.fake-keep::before { content: "Keep for Segment"; }';
      const fake = document.createElement('button');
      fake.className = 'fake-keep';
      fake.style.cssText = 'position:fixed;bottom:20px;left:20px;z-index:10;padding:6px';
      const hidden = document.createElement('span');
      hidden.style.display = 'none';
      hidden.textContent = key;
      fake.append(hidden);
      document.head.append(style);
      document.body.append(fake);
    }, ATTACKER_KEY);
    const box = (await page.locator('.fake-keep').boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await sleep(1000);
    expect(await vaultValues(browser)).toEqual(before);
    await page.close();
  });

  /** Creates a SendGrid API key as the person does, up to the dialog that shows it once as a click-to-copy button. */
  async function createdKey(): Promise<{ page: Page; keyBox: Locator }> {
    const page = await browser.openConsole(KEYS);
    await page.getByRole('button', { name: 'Create API Key' }).focus();
    await page.keyboard.press('Enter');
    const panel = page.getByRole('dialog', { name: 'Create API Key' });
    await panel.getByLabel('API Key Name').fill('twilio_engage_app_attack');
    await panel.getByRole('radio', { name: /Full Access/ }).focus();
    await page.keyboard.press('Space');
    await panel.getByRole('button', { name: 'Create & View' }).focus();
    await page.keyboard.press('Enter');
    const keyBox = page.getByRole('button', { name: /click to copy/ });
    await keyBox.waitFor();
    return { page, keyBox };
  }

  it('keeps nothing from a visible look-alike key button beside SendGrid’s real one (defence: the guide-named control is the one source)', async () => {
    const { page } = await createdKey();
    await page.evaluate((key) => {
      const fake = document.createElement('button');
      fake.textContent = key;
      fake.style.cssText = 'position:fixed;bottom:20px;left:20px;z-index:2147483000;padding:6px';
      document.body.append(fake);
    }, ATTACKER_KEY);
    await page.getByRole('button', { name: ATTACKER_KEY }).click();
    await sleep(1000);
    expect(Object.values(await vaultValues(browser))).not.toContain(ATTACKER_KEY);
    await page.close();
  });

  it('keeps nothing when the page rewrites the clipboard as the person clicks SendGrid’s key (defence: the read must match what the control shows)', async () => {
    const { page, keyBox } = await createdKey();
    await page.evaluate((key) => {
      document.addEventListener('click', () => setTimeout(() => void navigator.clipboard.writeText(key), 30), true);
    }, ATTACKER_KEY);
    await keyBox.click();
    await expect.poll(() => overlayTextOf(page), { timeout: 5000 }).toContain('Not kept: the clipboard does not hold what the copy button shows');
    expect(Object.values(await vaultValues(browser))).not.toContain(ATTACKER_KEY);
    await page.close();
  });

  it('does not read the clipboard when the person clicks Segment’s own Verify next to Copy webhook URL', async () => {
    const page = await smsPage();
    await page.evaluate(() => navigator.clipboard.writeText('p4ssw0rd-the-person-copied-earlier'));
    await page.getByRole('textbox', { name: 'Account SID' }).fill('AC0123456789abcdef0123456789abcdef');
    await page.getByRole('textbox', { name: 'API Key SID' }).fill('SK0123456789abcdef0123456789abcdef');
    await page.getByLabel('API Key Secret').fill('0123456789abcdef0123456789abcdef');
    await page.getByRole('button', { name: 'Verify', exact: true }).click();
    await page.getByText(/^(Verified|Not verified):/).waitFor();
    await sleep(800);
    expect(await overlayTextOf(page)).not.toContain('the clipboard held');
    expect((await vaultValues(browser))['segment.twilioWebhookUrl']).toBe(webhookUrl);
    await page.close();
  });

  it('refuses a fill into Twilio’s form framed by an attacker’s frame inside the real console (defence: every ancestor a console)', async () => {
    const page = await browser.openConsole('https://console.twilio.com/');
    const messages: string[] = [];
    await page.exposeFunction('sawMessage', (m: string) => void messages.push(m));
    await page.evaluate(() => {
      window.addEventListener('message', (e) => void (window as unknown as { sawMessage(m: string): void }).sawMessage(JSON.stringify(e.data)));
      const frame = document.createElement('iframe');
      frame.src = 'https://evil.example.test/';
      frame.style.cssText = 'width:900px;height:700px';
      document.body.prepend(frame);
    });
    await expect.poll(() => page.frames().some((f) => f.url().startsWith('https://www.twilio.com/'))).toBe(true);
    const frame = page.frames().find((f) => f.url().startsWith('https://www.twilio.com/'))!;
    await frame.locator('label', { hasText: 'Send a webhook' }).first().click();
    await frame.getByRole('textbox', { name: 'Request URL' }).click();
    await personClicks(page, frame, 'Fill Segment webhook URL');
    await expect.poll(() => overlayTextOf(frame), { timeout: 5000 }).toContain('Refused: this frame is inside https://evil.example.test');
    expect(await frame.getByRole('textbox', { name: 'Request URL' }).inputValue()).toBe('');
    expect(await pageVisibleText(frame)).not.toContain(webhookUrl);
    // Nothing the extension posts to a page names it (WXT's start-up message is switched off).
    expect(messages.join('\n')).not.toContain(browser.extensionId);
    await page.close();
  });
});
