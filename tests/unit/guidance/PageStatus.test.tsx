// The side panel's "On this page" section, as a person reads and uses it.
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import PageStatus from '../../../components/guidance/PageStatus';
import { pageStatusItem } from '../../../utils/guidance/status';

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
});
