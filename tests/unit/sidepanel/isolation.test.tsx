// Switching onboardings in the side panel: the next onboarding's Verify and Kept credentials sections start fresh,
// never with the keys typed, the report opened or the status lines of the one before.
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import App from '../../../components/App';
import { createProgressStore, type ProgressStore } from '../../../utils/progress/store';
import type { VerifyService } from '../../../utils/verify/service';
import { FAKE } from '../../fake-apis/credentials';
import { createFakeApis } from '../../fake-apis/fake';
import { serviceOver } from '../verify/demoService';

// The background, in-process: the real progress store and Verify service; only the wire is replaced.
const bg: { progress?: ProgressStore; verify?: VerifyService } = {};
vi.mock('../../../utils/messaging/protocol', () => ({
  sendMessage: async (type: string, data: unknown) => {
    const p = bg.progress!;
    const v = bg.verify!;
    const routes: Record<string, () => Promise<unknown>> = {
      'progress.get': () => p.read(),
      'progress.apply': () => p.run(data as Parameters<ProgressStore['run']>[0]),
      'verify.status': () => v.status(),
      'verify.keepCredentials': () => v.keepCredentials(data),
      'verify.run': () => v.runThenStatus(data),
      'verify.report': () => v.report(),
    };
    const route = routes[type];
    if (!route) throw new Error(`no handler for ${type}`);
    return route();
  },
  onMessage: () => () => undefined,
}));

beforeEach(() => {
  fakeBrowser.reset();
  let n = 0;
  const fake = createFakeApis();
  const progress = (bg.progress = createProgressStore({ now: () => 1_700_000_000_000, newId: () => `ob-${++n}` }));
  bg.verify = serviceOver(fake, progress, () => new Date(2026, 10, 29, 14, 2));
});
afterEach(() => cleanup());

/** The Verify section once its code has loaded and the background has said which keys it holds. */
async function verifySection() {
  await screen.findByLabelText('Twilio API Key secret', {}, { timeout: 5000 });
  return screen.getByRole('region', { name: 'Verify with the SendGrid and Twilio APIs' });
}

describe('switching onboardings', () => {
  it('gives the next onboarding an empty Verify form and no open report', async () => {
    const user = userEvent.setup();
    render(<App />);
    let section = await verifySection();
    // Acme: a key typed but not kept yet, and the Twilio keys kept and verified with the report open.
    await user.type(within(section).getByLabelText('Twilio Account SID'), FAKE.accountSid);
    await user.type(within(section).getByLabelText('Twilio API Key SID'), FAKE.apiKeySid);
    await user.type(within(section).getByLabelText('Twilio API Key secret'), FAKE.apiKeySecret);
    await user.click(within(section).getByRole('button', { name: 'Keep these keys' }));
    await within(section).findByText('Kept for this browser session.');
    await user.type(within(section).getByLabelText('SendGrid subuser API key'), FAKE.subuserKey);
    await user.click(within(section).getByRole('button', { name: 'Readiness report' }));
    await within(section).findByRole('region', { name: 'Readiness report' });

    await bg.progress!.run({ type: 'createOnboarding', name: 'Beta', region: 'eu' });
    await waitFor(() => expect((screen.getByRole('combobox', { name: 'Onboarding' }) as HTMLSelectElement).value).toBe('ob-2'));
    section = await verifySection();
    expect((within(section).getByLabelText('SendGrid subuser API key') as HTMLInputElement).value).toBe('');
    expect(within(section).queryByRole('region', { name: 'Readiness report' })).toBeNull();
    expect(within(section).queryByText('Kept for this browser session.')).toBeNull();
    expect(section.textContent).not.toContain('Acme');
  });

  it('remembers the open card of each onboarding: a new one opens on its first open task, and switching back reopens its own', async () => {
    const user = userEvent.setup();
    render(<App />);
    const checklist = await screen.findByRole('region', { name: 'Checklist' });
    const card = () => document.querySelector('[data-open-card] h2')?.textContent;
    const first = card();
    // Acme: the person opens "Register the number (if necessary)".
    await user.click(within(checklist).getByRole('button', { name: /^Register the number/ }));
    await waitFor(() => expect(card()).toBe('Register the number (if necessary)'));

    await bg.progress!.run({ type: 'createOnboarding', name: 'Beta', region: 'us' });
    await waitFor(() => expect((screen.getByRole('combobox', { name: 'Onboarding' }) as HTMLSelectElement).value).toBe('ob-2'));
    await waitFor(() => expect(card()).toBe(first));
    // Beta: another card.
    await user.click(within(checklist).getByRole('button', { name: /^Buy a phone number/ }));
    await waitFor(() => expect(card()).toBe('Buy a phone number'));

    await bg.progress!.run({ type: 'switchOnboarding', onboardingId: 'ob-1' });
    await waitFor(() => expect(card()).toBe('Register the number (if necessary)'));
    await bg.progress!.run({ type: 'switchOnboarding', onboardingId: 'ob-2' });
    await waitFor(() => expect(card()).toBe('Buy a phone number'));
  });
});
