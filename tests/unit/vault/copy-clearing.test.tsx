// Copy in the panel: the 60-second clearing reads the clipboard first, so without clipboardRead it says it will not clear.
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { useVault } from '../../../components/vault/useVault';
import { COPIED_NOT_CLEARED } from '../../../utils/vault/permission';

const sent: string[] = [];
vi.mock('../../../utils/messaging/protocol', () => ({
  sendMessage: async (type: string) => {
    sent.push(type);
    if (type === 'vault.reveal') return { ok: true, value: 'SKsecret-value' };
    if (type === 'vault.list') return { entries: [], ttlMinutes: 30 };
    return { ok: true };
  },
}));

let granted = false;
const writeText = vi.fn(async () => undefined);

function CopyButton() {
  const v = useVault();
  return (<>
    <button type="button" onClick={() => void v.copy('twilio.apiKeySecret' as never)}>Copy</button>
    <output>{v.status}</output>
  </>);
}

beforeEach(() => {
  sent.length = 0;
  vi.spyOn(browser.runtime, 'getManifest').mockReturnValue({ optional_permissions: ['clipboardRead'] } as never);
  Object.assign(browser.permissions, { contains: vi.fn(async () => granted) });
  Object.defineProperty(navigator, 'clipboard', { value: { writeText, readText: vi.fn() }, configurable: true });
});
afterEach(() => {
  cleanup();
  fakeBrowser.reset();
  writeText.mockClear();
});

it('without clipboardRead: copies, schedules no clearing it could not do, and says where to allow it', async () => {
  granted = false;
  render(<CopyButton />);
  await act(async () => screen.getByRole('button', { name: 'Copy' }).click());
  expect(writeText).toHaveBeenCalledWith('SKsecret-value');
  expect(await screen.findByText(COPIED_NOT_CLEARED)).toBeTruthy();
  expect(COPIED_NOT_CLEARED).toContain('“Allow reading copied values”');
  expect(sent).not.toContain('vault.clearClipboard');
});

it('with it: asks the background to clear it after 60 s if it still holds the value', async () => {
  granted = true;
  render(<CopyButton />);
  await act(async () => screen.getByRole('button', { name: 'Copy' }).click());
  expect(await screen.findByText('Copied. The clipboard is cleared in 60 seconds if it still holds this value.')).toBeTruthy();
  expect(sent).toContain('vault.clearClipboard');
});
