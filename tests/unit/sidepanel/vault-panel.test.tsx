// The Kept credentials section over the real vault store and listing: Reveal only where something is masked, and a
// new kept-values duration that says plainly it applies from now on.
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import VaultPanel from '../../../components/vault/VaultPanel';
import { checkValueFor, recognizeValue } from '../../../utils/guide/rules';
import { producerOf } from '../../../utils/guide/index';
import { clock } from '../../../utils/clock';
import { guideFacts } from '../../../utils/vault/background';
import { listing, type VaultDeps } from '../../../utils/vault/handlers';
import { getTtlMinutes, keepSecret, readEntry, readSecret, setTtlMinutes } from '../../../utils/vault/store';
import { FAKE } from '../../fake-apis/credentials';

const deps: VaultDeps = { facts: guideFacts, checkValueFor, recognizeValue, region: async () => 'us', producerTitle: (n) => producerOf(n)?.title };

// The background, in-process: the real vault store behind the panel's messages.
vi.mock('../../../utils/messaging/protocol', () => ({
  sendMessage: async (type: string, data: { name?: never; minutes?: number }) => {
    const routes: Record<string, () => Promise<unknown>> = {
      'vault.list': () => listing(deps),
      'vault.reveal': async () => ({ ok: true, value: await readSecret(data.name!) }),
      'vault.setTtl': () => setTtlMinutes(data.minutes!),
    };
    return routes[type]!();
  },
}));

beforeEach(async () => {
  fakeBrowser.reset();
  await keepSecret('sendgrid.subuserName', FAKE.subuserName, { origin: 'https://app.sendgrid.com', taskId: 'sendgrid.subuser' });
  await keepSecret('segment.twilioWebhookUrl', FAKE.twilioWebhookUrl, { origin: 'https://app.segment.com', taskId: 'segment.sms' });
  await keepSecret('twilio.apiKeySecret', FAKE.apiKeySecret, { origin: 'https://console.twilio.com', taskId: 'twilio.apikey' });
});
afterEach(() => cleanup());

const item = (label: string) => screen.getAllByRole('listitem').find((li) => li.querySelector('.vault-name')?.textContent === label)!;

it('offers Reveal only for a value the list masks; the subuser name and webhook URL are shown in full', async () => {
  render(<VaultPanel />);
  await screen.findByText('Twilio API Key Secret', { selector: '.vault-name' });
  const shownInFull: [string, string][] = [
    ['SendGrid subuser name', FAKE.subuserName],
    ['Segment webhook URL', FAKE.twilioWebhookUrl],
  ];
  for (const [label, full] of shownInFull) {
    expect(item(label).textContent, label).toContain(full);
    expect(within(item(label)).queryByRole('button', { name: /^Reveal/ }), label).toBeNull();
    expect(within(item(label)).getByRole('button', { name: `Copy ${label}` })).toBeTruthy();
  }
  const secret = item('Twilio API Key Secret');
  expect(secret.textContent).not.toContain(FAKE.apiKeySecret);
  await userEvent.setup().click(within(secret).getByRole('button', { name: 'Reveal Twilio API Key Secret' }));
  await waitFor(() => expect(secret.textContent).toContain(FAKE.apiKeySecret));
});

it('says a new duration applies to values kept from now on, and the times shown stay true', async () => {
  const user = userEvent.setup();
  render(<VaultPanel />);
  await screen.findByText('Twilio API Key Secret', { selector: '.vault-name' });
  const before = clock((await readEntry('twilio.apiKeySecret'))!.expiresAt);
  const field = screen.getByLabelText('Forget kept values after (minutes)');
  expect(field.getAttribute('aria-describedby') && document.getElementById(field.getAttribute('aria-describedby')!)?.textContent).toBe(
    'Applies to values kept from now on; values already kept are forgotten at the time shown beside each.',
  );
  await user.clear(field);
  await user.type(field, '60');
  await user.click(screen.getByRole('button', { name: 'Save' }));
  await screen.findByText('Values kept from now on are kept for 60 minutes; values already kept are forgotten at the time shown beside each.');
  expect(await getTtlMinutes()).toBe(60);
  // What the list says is what the vault will do: the value kept before keeps its time.
  expect(clock((await readEntry('twilio.apiKeySecret'))!.expiresAt)).toBe(before);
  expect(item('Twilio API Key Secret').textContent).toContain(`forgotten at ${before}`);
});
