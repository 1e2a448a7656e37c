// The Verify panel as a person uses it: keys typed into password fields go to the vault, Verify all, results, undo, report.
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import VerifyPanel from '../../../components/verify/VerifyPanel';
import { createProgressStore, type ProgressStore } from '../../../utils/progress/store';
import { forgetAll, forgetSecret, keepSecret, readSecret } from '../../../utils/vault/store';
import { createVerifyService, type VerifyService } from '../../../utils/verify/service';
import { FAKE, SECRETS } from '../../fake-apis/credentials';
import { createFakeApis, type FakeApis } from '../../fake-apis/fake';
import { fakeTransport } from '../../fake-apis/transport';

// The background, in-process: the real service, vault and progress store; only the wire is replaced.
const bg: { service?: VerifyService; progress?: ProgressStore; fake?: FakeApis } = {};
vi.mock('../../../utils/messaging/protocol', () => ({
  sendMessage: async (type: string, data: unknown) => {
    const s = bg.service!;
    const routes: Record<string, () => Promise<unknown>> = {
      'verify.status': () => s.status(),
      'verify.keepCredentials': () => s.keepCredentials(data),
      'verify.run': () => s.runThenStatus(data),
      'verify.undo': () => s.undo(data),
      'verify.report': () => s.report(),
      'verify.forgetParent': () => s.forgetParent(),
    };
    return routes[type]!();
  },
  onMessage: () => () => undefined,
}));

beforeEach(() => {
  fakeBrowser.reset();
  let n = 0;
  bg.fake = createFakeApis();
  bg.progress = createProgressStore({ now: () => 1_700_000_000_000, newId: () => `ob-${++n}` });
  const progress = bg.progress;
  bg.service = createVerifyService({
    readSecret,
    keepSecret,
    forgetSecret,
    applyProgress: async (a) => (await progress.run(a)).state,
    readProgress: () => progress.read(),
    transport: ({ sendgrid, twilio }) => fakeTransport(bg.fake!, { subuserKey: sendgrid.subuser, parentKey: sendgrid.parent, twilio }),
    now: () => new Date(2026, 10, 29, 14, 2),
    isOffline: () => false,
  });
});
afterEach(() => cleanup());

async function enterKeys(user: ReturnType<typeof userEvent.setup>) {
  const section = await screen.findByRole('region', { name: 'Verify with the SendGrid and Twilio APIs' });
  // The form appears once the background has said which keys it already holds.
  await within(section).findByLabelText('SendGrid subuser API key');
  const type = (label: string, v: string) => user.type(within(section).getByLabelText(label), v);
  await type('SendGrid subuser API key', FAKE.subuserKey);
  await type('Parent API key', FAKE.parentKey);
  await type('Twilio Account SID', FAKE.accountSid);
  await type('Twilio API Key SID', FAKE.apiKeySid);
  await type('Twilio API Key secret', FAKE.apiKeySecret);
  await user.click(within(section).getByRole('button', { name: 'Keep these keys' }));
  await within(section).findByText('Kept for this browser session.');
  return section;
}

describe('Verify panel', () => {
  it('asks for keys in password fields, says why the parent key is needed, and keeps them only in the session vault', async () => {
    const user = userEvent.setup();
    render(<VerifyPanel />);
    const section = await screen.findByRole('region', { name: 'Verify with the SendGrid and Twilio APIs' });
    await within(section).findByLabelText('SendGrid subuser API key');
    for (const label of ['SendGrid subuser API key', 'Parent API key', 'Twilio API Key secret', 'Twilio API Key SID', 'Twilio Account SID']) {
      expect(within(section).getByLabelText(label).getAttribute('type')).toBe('password');
    }
    expect(section.textContent).toMatch(/Needed for the plan, dedicated IP, subuser, domain authentication.*the subuser key cannot see the parent account/);
    await enterKeys(user);
    expect(await readSecret('sendgrid.apiKey')).toBe(FAKE.subuserKey);
    const local = JSON.stringify(await fakeBrowser.storage.local.get(null));
    for (const s of SECRETS) expect(local).not.toContain(s);
    // The form is gone once every key is kept; the inputs never held on to the values.
    await waitFor(() => expect(within(section).queryByLabelText('SendGrid subuser API key')).toBeNull());
  });

  it('verifies everything, shows each task green, and offers the report to copy and download', async () => {
    const user = userEvent.setup();
    render(<VerifyPanel />);
    const section = await enterKeys(user);
    await user.click(within(section).getByRole('button', { name: 'Verify all' }));
    await within(section).findByText(/^Done: 16 verified, 0 with problems \(17 API calls\)\.$/);
    const rows = section.querySelectorAll('li[data-task]');
    expect([...rows].every((r) => r.getAttribute('data-verdict') === 'verified')).toBe(true);
    // Results read as plain words: no expressions, API paths or literal Markdown.
    const words = section.querySelector('.verify-tasks')!.textContent!;
    expect(words).not.toMatch(/==|`|\*\*|\/v3\/|\/Accounts|\(see [a-z]+\.[a-z]+\)/);
    expect(words).toContain('SendGrid says the account is on a paid plan');
    await user.click(within(section).getByRole('button', { name: 'Readiness report' }));
    // The report opens where the person is (it takes the focus), readable: a table and lists, not raw Markdown.
    const shown = await within(section).findByRole('region', { name: 'Readiness report' });
    expect(document.activeElement).toBe(within(shown).getByRole('heading', { name: 'Readiness report' }));
    const preview = shown.querySelector('.verify-report-preview')!;
    expect(within(preview as HTMLElement).getByRole('columnheader', { name: 'Task' })).toBeTruthy();
    expect(within(preview as HTMLElement).getByRole('heading', { name: /^Engage readiness report/ }).tagName).toBe('H4');
    expect(preview.textContent).not.toMatch(/\*\*|\|---|^#|```/);
    const report = (within(section).getByRole('textbox', { name: 'Readiness report (Markdown)' }) as HTMLTextAreaElement).value;
    expect(report).toContain('# Engage readiness report');
    for (const s of SECRETS) expect(report).not.toContain(s);
    expect(within(section).getByRole('link', { name: 'Download report' }).getAttribute('download')).toBe('engage-readiness-report.md');
    await user.click(within(shown).getByRole('button', { name: 'Close report' }));
    expect(document.activeElement).toBe(within(section).getByRole('button', { name: 'Readiness report' }));
  });

  it('reopens a task marked done by hand when its check fails, and Undo puts it back', async () => {
    const user = userEvent.setup();
    render(<VerifyPanel />);
    const section = await enterKeys(user);
    await bg.progress!.run({ type: 'setTaskState', taskId: 'sendgrid.webhook', status: 'done', source: 'manual' });
    bg.fake!.setScenario('sendgrid.webhook.oauth');
    await user.click(within(section).getByRole('button', { name: 'Verify Enable the event webhook' }));
    const row = section.querySelector('li[data-task="sendgrid.webhook"]') as HTMLElement;
    await waitFor(() => expect(row.getAttribute('data-verdict')).toBe('failed'));
    // The fix names the console's labels in bold, as the guide does.
    expect(within(row).getByText('Authorization Method').tagName).toBe('STRONG');
    expect(row.textContent).toMatch(/uses OAuth\. Set Authorization Method to None/);
    await user.click(within(row).getByRole('button', { name: 'Undo' }));
    await waitFor(async () => {
      const ob = (await bg.progress!.read()).onboardings[0]!;
      expect(ob.tasks['sendgrid.webhook']).toMatchObject({ status: 'done', source: 'manual' });
    });
  });

  it('says in words why Verify all is disabled until a key is kept, and asks for keys again after Forget all', async () => {
    render(<VerifyPanel />);
    const section = await screen.findByRole('region', { name: 'Verify with the SendGrid and Twilio APIs' });
    const all = await within(section).findByRole('button', { name: 'Verify all' });
    await waitFor(() => expect(all).toHaveProperty('disabled', true));
    // The reason is visible text the button points at, not a tooltip.
    const reason = () => section.querySelector(`#${all.getAttribute('aria-describedby')}`)?.textContent;
    expect(reason()).toBe('Verify needs a key first: keep a SendGrid or Twilio key in the fields above, or from the console page that shows it.');
    // "Above" is where the key fields are.
    const keyField = within(section).getByLabelText('SendGrid subuser API key');
    const reasonEl = section.querySelector(`#${all.getAttribute('aria-describedby')}`)!;
    expect(keyField.compareDocumentPosition(reasonEl) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // A key kept from a console page (not typed here) enables it at once.
    await keepSecret('sendgrid.apiKey', FAKE.subuserKey, { origin: 'https://app.sendgrid.com', taskId: 'sendgrid.apikey' });
    await waitFor(() => expect(all).toHaveProperty('disabled', false));
    expect(all.getAttribute('aria-describedby')).toBeNull();
    expect(within(section).queryByLabelText('SendGrid subuser API key')).toBeNull();
    // Forget all (in the Kept credentials section) brings the key field back and disables Verify again.
    await forgetAll();
    await within(section).findByLabelText('SendGrid subuser API key');
    await waitFor(() => expect(all).toHaveProperty('disabled', true));
    expect(reason()).toMatch(/^Verify needs a key first/);
  });

  it('says nothing was checked, never "0 verified (0 API calls)", when no check had its keys', async () => {
    const user = userEvent.setup();
    await keepSecret('sendgrid.apiKey', FAKE.subuserKey, { origin: 'https://app.sendgrid.com', taskId: 'sendgrid.apikey' });
    render(<VerifyPanel />);
    const section = await screen.findByRole('region', { name: 'Verify with the SendGrid and Twilio APIs' });
    const verifyNumber = await within(section).findByRole('button', { name: 'Verify Buy a phone number' });
    await waitFor(() => expect(verifyNumber).toHaveProperty('disabled', false));
    await user.click(verifyNumber);
    await within(section).findByText('Nothing was checked: keep the Twilio keys above, then press Verify again.');
    expect(section.textContent).not.toMatch(/0 verified/);
    // "Tasks no API can check" names tasks by title, not by id.
    expect(within(section).getByText('Tasks no API can check').parentElement!.textContent).not.toMatch(/\b(segment|sendgrid|twilio|engage)\.[a-z]/);
  });

  it('uses a parent key typed but not kept, and the summary counts the checks it skipped', async () => {
    const user = userEvent.setup();
    await keepSecret('sendgrid.apiKey', FAKE.subuserKey, { origin: 'https://app.sendgrid.com', taskId: 'sendgrid.apikey' });
    render(<VerifyPanel />);
    const section = await screen.findByRole('region', { name: 'Verify with the SendGrid and Twilio APIs' });
    await user.type(await within(section).findByLabelText('Parent API key'), FAKE.parentKey);
    expect(section.textContent).toContain('Verify uses the keys you typed: pressing Verify keeps them first (the parent key only until that check ends).');
    await user.click(within(section).getByRole('button', { name: 'Verify all' }));
    const summary = await within(section).findByText(/^Done: /);
    // No parent check was skipped (the typed key was used); the Twilio ones were, and the summary says so.
    expect(section.querySelector('[data-check][data-status="skipped"]')?.textContent).toMatch(/Twilio/);
    expect(summary.textContent).toMatch(/^Done: \d+ verified, 0 with problems, \d+ checks skipped: keep the Twilio keys above to run them \(\d+ API calls\)\.$/);
    expect(section.querySelector('[data-task="sendgrid.plan"]')?.getAttribute('data-verdict')).toBe('verified');
    // The parent key was not asked to be kept: it is gone after the run.
    expect(await readSecret('sendgrid.parentApiKey')).toBeUndefined();
    expect((within(section).getByLabelText('Parent API key') as HTMLInputElement).value).toBe('');
  });

  it('keeps a parent key with a trailing space in its field, names the problem beside it, and removes the space in one click', async () => {
    const user = userEvent.setup();
    await keepSecret('sendgrid.apiKey', FAKE.subuserKey, { origin: 'https://app.sendgrid.com', taskId: 'sendgrid.apikey' });
    render(<VerifyPanel />);
    const section = await screen.findByRole('region', { name: 'Verify with the SendGrid and Twilio APIs' });
    const field = (await within(section).findByLabelText('Parent API key')) as HTMLInputElement;
    await user.type(field, `${FAKE.parentKey} `);
    await user.click(within(section).getByRole('button', { name: 'Verify all' }));
    await within(section).findByText('SendGrid parent API key: This has a trailing space. What you typed is still in the field.');
    expect(field.value).toBe(`${FAKE.parentKey} `);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(field);
    // The issue sits beside the field and is read with it.
    expect(field.getAttribute('aria-describedby')?.split(' ').map((id) => document.getElementById(id)?.textContent)).toContain('This has a trailing space. Remove the space');
    expect(await readSecret('sendgrid.parentApiKey')).toBeUndefined();
    await user.click(within(section).getByRole('button', { name: 'Remove the space' }));
    expect(field.value).toBe(FAKE.parentKey);
    expect(field.getAttribute('aria-invalid')).toBeNull();
    await user.click(within(section).getByRole('button', { name: 'Verify all' }));
    await within(section).findByText(/^Done: /);
    expect(section.querySelector('[data-task="sendgrid.plan"]')?.getAttribute('data-verdict')).toBe('verified');
  });

  it.each([
    ['Twilio Account SID', FAKE.accountSid, 'Twilio Account SID'],
    ['Twilio API Key SID', FAKE.apiKeySid, 'Twilio API Key SID'],
    ['Twilio API Key secret', FAKE.apiKeySecret, 'Twilio API Key secret'],
    ['SendGrid subuser API key', FAKE.subuserKey, 'SendGrid subuser API key'],
  ])('keeps a %s with a stray space in its field on "Keep these keys", and keeps it trimmed after the fix', async (label, value, named) => {
    const user = userEvent.setup();
    render(<VerifyPanel />);
    const section = await screen.findByRole('region', { name: 'Verify with the SendGrid and Twilio APIs' });
    const field = (await within(section).findByLabelText(label)) as HTMLInputElement;
    await user.type(field, ` ${value}`);
    await user.click(within(section).getByRole('button', { name: 'Keep these keys' }));
    await within(section).findByText(`${named}: This starts with a space. What you typed is still in the field.`);
    expect(field.value).toBe(` ${value}`);
    await user.click(within(section).getByRole('button', { name: 'Remove the space' }));
    expect(field.value).toBe(value);
    // No issue is left, and the trimmed value is what the vault keeps (never on disk).
    await user.click(within(section).getByRole('button', { name: 'Keep these keys' }));
    await within(section).findByText('Kept for this browser session.');
    expect(section.querySelector('.verify-issue')).toBeNull();
    const local = JSON.stringify(await fakeBrowser.storage.local.get(null));
    expect(local).not.toContain(value);
  });
});
