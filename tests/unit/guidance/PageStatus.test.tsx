// The side panel's "On this page" section, as a person reads and uses it.
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import PageStatus from '../../../components/guidance/PageStatus';
import { pageStatusItem } from '../../../utils/guidance/status';
import { freshOnboarding, type ProgressState } from '../../../utils/progress/model';
import { pageScopeItem } from '../../../utils/progress/pageScope';

const sent = vi.hoisted(() => [] as Array<{ type: string; data: unknown; to: unknown }>);
vi.mock('../../../utils/messaging/protocol', () => ({
  sendMessage: async (type: string, data: unknown, to: unknown) => (sent.push({ type, data, to }), { ok: true }),
  onMessage: () => () => undefined,
}));

let tabId: number;
beforeEach(async () => {
  fakeBrowser.reset();
  sent.length = 0;
  const tab = await fakeBrowser.tabs.create({ url: 'https://app.sendgrid.com/settings/subusers', active: true });
  tabId = tab.id!;
});
afterEach(() => cleanup());

const frame = (over: object) => ({
  url: 'https://app.sendgrid.com/settings/subusers', taskId: 'sendgrid.subuser', earlierOpen: ['segment.identifiers'],
  targetKey: 'username', targetLabel: 'Username', found: true, at: 1, ...over,
});

describe('On this page', () => {
  it("says it couldn't find the field, keeps the instructions, and offers show me the field", async () => {
    await pageStatusItem.setValue({ [String(tabId)]: { frames: { '0': frame({ found: false }) } } });
    render(<PageStatus />);
    expect(await screen.findByText(/Couldn’t find “Username”/)).toBeTruthy();
    expect(screen.getByText(/Earlier steps still open/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Show me the field' }));
    expect(sent.at(-1)).toEqual({ type: 'guidance.pickField', data: { taskId: 'sendgrid.subuser', targetKey: 'username' }, to: tabId });
  });

  it('says how the page showed a step is done, and lets the person undo it', async () => {
    await pageStatusItem.setValue({ [String(tabId)]: { frames: { '0': frame({ taskId: null, doneTaskId: 'sendgrid.webhook', doneEvidence: '“Event Webhook” reads “Enabled”.' }) } } });
    render(<PageStatus />);
    expect(await screen.findByText(/reads “Enabled”/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: /Undo/ }));
    expect(sent.at(-1)?.type).toBe('guidance.undoDone');
  });

  it('prefers the frame that found the field (Twilio frames its legacy form)', async () => {
    await pageStatusItem.setValue({
      [String(tabId)]: { frames: { '0': frame({ found: false }), '7': frame({ found: true, state: 'invalid' }) } },
    });
    render(<PageStatus />);
    expect(await screen.findByText(/its value needs a fix/)).toBeTruthy();
  });

  it('offers "Not this field? Show me the field", the words the callout uses', async () => {
    await pageStatusItem.setValue({ [String(tabId)]: { frames: { '0': frame({}) } } });
    render(<PageStatus />);
    expect(await screen.findByRole('button', { name: 'Not this field? Show me the field' })).toBeTruthy();
  });

  it('says why the page guides a task other than the checklist’s next one, and opens it in the panel', async () => {
    await pageStatusItem.setValue({ [String(tabId)]: { frames: { '0': frame({}) } } });
    const opened: string[] = [];
    render(<PageStatus nextId="segment.identifiers" onOpen={(id) => opened.push(id)} />);
    expect(
      await screen.findByText(/The next task in the checklist, “Check and add the Engage identifiers”, happens on .+; this page is where “Create a subuser with a dedicated IP” happens\./),
    ).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Show “Create a subuser with a dedicated IP” in the panel' }));
    expect(opened).toEqual(['sendgrid.subuser']);
  });

  it('says a tab opened under another onboarding counts for nothing here, and offers to switch back', async () => {
    const acme = freshOnboarding('a', 1, 'Acme');
    const state: ProgressState = { activeId: 'b', onboardings: [acme, freshOnboarding('b', 2, 'Beta')] };
    await pageStatusItem.setValue({ [String(tabId)]: { frames: { '0': frame({ taskId: null, doneTaskId: 'sendgrid.subuser', doneEvidence: 'Row twilio_engage_app_acme.' }) } } });
    await pageScopeItem.setValue({ tabs: { [String(tabId)]: 'a' }, undone: [] });
    const applied: unknown[] = [];
    render(<PageStatus state={state} apply={async (a) => (applied.push(a), true)} />);
    expect(await screen.findByText('This tab was opened while “Acme” was open. Reload it to work on “Beta” here. Nothing on it counts for this onboarding.')).toBeTruthy();
    // Acme's page-detected "done" is not offered for undoing under Beta.
    expect(screen.queryByText(/Row twilio_engage_app_acme/)).toBeNull();
    expect(screen.queryByRole('button', { name: /^Undo/ })).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Switch to “Acme”' }));
    expect(applied).toEqual([{ type: 'switchOnboarding', onboardingId: 'a' }]);
  });
});
