// The optional clipboardRead permission: a copy-button capture without it says how to allow it; the panel asks on a click.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import ClipboardPermission from '../../../components/vault/ClipboardPermission';
import { checkValueFor, recognizeValue } from '../../../utils/guide/rules';
import { producerOf } from '../../../utils/guide/index';
import { guideFacts } from '../../../utils/vault/background';
import { handleCapture, type VaultDeps } from '../../../utils/vault/handlers';
import { CLIPBOARD_NOT_ALLOWED } from '../../../utils/vault/permission';
import { readVault } from '../../../utils/vault/store';
import type { Sender } from '../../../utils/vault/gate';

const EXT = fakeBrowser.runtime.id;
const SMS_PAGE = 'https://app.segment.com/acme/engage/spaces/default/settings/channels/twilio';
const URL_COPIED = 'https://engage-ma-webhook-api.engage.segment.com/twilio/abc123';
const sender: Sender = { id: EXT, url: SMS_PAGE, origin: new URL(SMS_PAGE).origin, frameId: 0, tab: { id: 3, url: SMS_PAGE } };
const copyWebhookUrl = { taskId: 'segment.sms', targetKey: 'copyWebhookUrl', name: 'segment.twilioWebhookUrl', value: '', trusted: true, via: 'clipboard' };

const depsWith = (allowed: boolean, readClipboard: () => Promise<string | undefined>): VaultDeps => ({
  facts: guideFacts,
  checkValueFor,
  recognizeValue,
  region: async () => 'us',
  producerTitle: (name) => producerOf(name)?.title,
  readClipboard,
  clipboardAllowed: async () => allowed,
});

describe('a copy-button capture and the clipboardRead permission', () => {
  beforeEach(() => fakeBrowser.reset());

  it('without the permission: refused with how to allow it, and the clipboard is never read', async () => {
    const read = vi.fn(async () => URL_COPIED);
    const reply = await handleCapture(depsWith(false, read), EXT, sender, copyWebhookUrl);
    expect(reply).toEqual({ ok: false, message: CLIPBOARD_NOT_ALLOWED });
    expect(CLIPBOARD_NOT_ALLOWED).toMatch(/Allow reading copied values.*Ctrl\+C/);
    expect(read).not.toHaveBeenCalled();
    expect(await readVault()).toMatchObject({ entries: {} });
  });

  it('with it: keeps what the copy button copied', async () => {
    const reply = await handleCapture(depsWith(true, async () => URL_COPIED), EXT, sender, copyWebhookUrl);
    expect(reply).toMatchObject({ ok: true, outcome: 'kept' });
  });
});

describe('“Allow reading copied values” in the side panel', () => {
  let granted: boolean;
  beforeEach(() => {
    granted = false;
    vi.spyOn(browser.runtime, 'getManifest').mockReturnValue({ optional_permissions: ['clipboardRead'] } as never);
    Object.assign(browser.permissions, {
      contains: vi.fn(async () => granted),
      onAdded: { addListener: vi.fn(), removeListener: vi.fn() },
      onRemoved: { addListener: vi.fn(), removeListener: vi.fn() },
    });
  });

  it('asks in the click; once granted it says to click the copy button again', async () => {
    const request = vi.fn(async () => (granted = true));
    Object.assign(browser.permissions, { request });
    render(<ClipboardPermission />);
    await userEvent.click(await screen.findByRole('button', { name: 'Allow reading copied values' }));
    expect(request).toHaveBeenCalledWith({ permissions: ['clipboardRead'] });
    expect(await screen.findByText('Allowed. Click the console’s copy button again to keep its value.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Allow reading copied values' })).toBeNull();
  });

  it('refused: says copy buttons will not be kept and what to do instead, and offers the button again', async () => {
    Object.assign(browser.permissions, { request: vi.fn(async () => false) });
    render(<ClipboardPermission />);
    await userEvent.click(await screen.findByRole('button', { name: 'Allow reading copied values' }));
    expect(await screen.findByText(/^Not allowed\. Copy buttons will not be kept; select a value and press Ctrl\+C instead\./)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Allow reading copied values' })).toBeTruthy();
  });

  it('shows nothing once clipboardRead is held (granted earlier, in this panel or another)', async () => {
    granted = true;
    const { container } = render(<ClipboardPermission />);
    await new Promise((r) => setTimeout(r, 20));
    expect(container.textContent).toBe('');
  });
});
