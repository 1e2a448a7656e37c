// Using the side panel as a person would: onboardings, marking tasks, skipping, undo, counts, keyboard.
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import App from '../../../components/App';
import { STATUS_MS } from '../../../components/hooks/useProgress';
import { ProgressStateSchema } from '../../../utils/progress/model';
import { background, freshStore, opened, renderPanel, sendMessageMock, startEachTestFresh, store } from './harness';

vi.mock('../../../utils/messaging/protocol', async () => {
  const h = await import('./harness');
  return { sendMessage: (type: string, data: unknown) => h.sendMessageMock(type, data), onMessage: () => () => undefined };
});

startEachTestFresh();

const stored = async () => ProgressStateSchema.parse((await fakeBrowser.storage.local.get('progress')).progress);
/** The panel's own status line (other panels mounted in the App have theirs). */
const statusText = () => within(screen.getByRole('contentinfo')).getByRole('status').textContent?.trim();
const checklist = () => screen.getByRole('region', { name: 'Checklist' });
const stage = (name: RegExp) => within(checklist()).getByRole('region', { name });

describe('side panel', () => {
  it('shows each stage with its count and the first task as the next task', async () => {
    await renderPanel();
    expect(within(stage(/SendGrid/)).getByRole('heading', { level: 3 }).textContent).toMatch(/0 of 11$/);
    expect(within(stage(/Twilio/)).getByRole('heading', { level: 3 }).textContent).toMatch(/0 of 8$/);
    expect(screen.getByText(/^Next task/)).toBeTruthy();
    const steps = screen.getByRole('heading', { level: 2, name: /identif/i }).closest('section')!;
    // Bold labels and code from the guide render as <strong> and <code>, not as literal asterisks.
    expect(steps.querySelector('strong')).not.toBeNull();
    expect(steps.textContent).not.toMatch(/\*\*/);
  });

  it('marks the next task done, moves on, updates the count, and undoes it from the status bar', async () => {
    const user = userEvent.setup();
    await renderPanel();
    await user.click(screen.getByRole('button', { name: 'Mark done' }));
    await waitFor(() => expect(within(stage(/Segment|Personas/)).getByRole('heading', { level: 3 }).textContent).toMatch(/1 of 1$/));
    expect(statusText()).toMatch(/^Marked “.+” done\.$/);
    const sendgridFirst = within(stage(/SendGrid/)).getAllByRole('button')[0]!.textContent!.replace(/, to do.*$/, '').slice(1);
    expect(screen.getByRole('heading', { level: 2, name: sendgridFirst })).toBeTruthy();
    // The new card takes the focus so a keyboard user lands on what changed.
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: sendgridFirst }));
    await user.click(within(screen.getByRole('contentinfo')).getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await stored()).onboardings[0]!.tasks).toEqual({}));
    await waitFor(() => expect(within(stage(/Segment|Personas/)).getByRole('heading', { level: 3 }).textContent).toMatch(/0 of 1$/));
  });

  it('opens any task from the checklist, and skips a conditional task only with a reason', async () => {
    const user = userEvent.setup();
    await renderPanel();
    await user.click(within(stage(/Twilio/)).getByRole('button', { name: /register/i }));
    expect(screen.getByText(/^Task ·/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Skip…' }));
    await user.click(screen.getByRole('button', { name: 'Skip task' }));
    expect(statusText()).toMatch(/Say why you are skipping/);
    await user.type(screen.getByLabelText('Why are you skipping this task?'), 'Toll-free number, registered already');
    await user.click(screen.getByRole('button', { name: 'Skip task' }));
    await waitFor(() => expect(screen.getByText(/Reason: Toll-free number, registered already/)).toBeTruthy());
    expect((await stored()).onboardings[0]!.tasks['twilio.register']).toMatchObject({ status: 'skipped', skipReason: 'Toll-free number, registered already' });
    expect(within(stage(/Twilio/)).getByRole('heading', { level: 3 }).textContent).toMatch(/1 of 8$/);
    // A required task offers no skip at all.
    await user.click(within(stage(/Twilio/)).getByRole('button', { name: /API key/i }));
    expect(screen.queryByRole('button', { name: 'Skip…' })).toBeNull();
    // Undo on the card brings the skipped task back.
    await user.click(within(stage(/Twilio/)).getByRole('button', { name: /register/i }));
    await user.click(within(screen.getByRole('main')).getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await stored()).onboardings[0]!.tasks['twilio.register']).toBeUndefined());
  });

  it('a task that can only finish after a later one says so on its card, naming that task', async () => {
    const user = userEvent.setup();
    await renderPanel();
    await user.click(within(stage(/Twilio/)).getByRole('button', { name: /Connect Twilio to Segment/i }));
    expect(screen.getByText(/Its last steps need what “Create a Messaging Service” creates, later in this list/)).toBeTruthy();
    await user.click(within(stage(/Twilio/)).getByRole('button', { name: /Buy a phone number/i }));
    expect(screen.queryByText(/Its last steps need/)).toBeNull();
  });

  it('keeps the keyboard focus on the card: Mark done on a chosen task, and Enter on the row of the task already open', async () => {
    const user = userEvent.setup();
    await renderPanel();
    // A task chosen from the list stays open once done; its "Mark done" button goes, the focus must not.
    const row = within(stage(/Twilio/)).getByRole('button', { name: /API key/i });
    row.focus();
    await user.keyboard('{Enter}');
    const heading = () => screen.getByRole('heading', { level: 2, name: /API key/i });
    await waitFor(() => expect(document.activeElement).toBe(heading()));
    await user.tab();
    expect(document.activeElement?.textContent).toBe('Mark done');
    await user.keyboard(' ');
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Mark done' })).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(heading()));
    // Enter on the row of the card that is already open moves the focus into that card.
    within(stage(/Twilio/)).getByRole('button', { name: /API key/i }).focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(document.activeElement).toBe(heading()));
  });

  it('reopens a done task that has no earlier state to undo to (a Verify result undone), and can undo that', async () => {
    const user = userEvent.setup();
    const ob = { id: 'ob-1', name: 'Acme', region: 'us', createdAt: 1, tasks: { 'segment.identifiers': { status: 'done', source: 'api', evidence: 'verified', at: 2 } } };
    await fakeBrowser.storage.local.set({ progress: { activeId: 'ob-1', onboardings: [ob] }, progress$: { v: 2 } });
    freshStore();
    await renderPanel();
    await user.click(within(checklist()).getByRole('button', { name: /identif/i }));
    const card = screen.getByRole('heading', { level: 2, name: /identif/i }).closest('section')!;
    expect(within(card).queryByRole('button', { name: 'Undo' })).toBeNull();
    await user.click(within(card).getByRole('button', { name: 'Mark not done' }));
    await waitFor(async () => expect((await stored()).onboardings[0]!.tasks['segment.identifiers']).toMatchObject({ status: 'todo', source: 'manual' }));
    expect(statusText()).toMatch(/is to do again\.$/);
    // Now there is a state to go back to: Undo puts the Verify result back.
    await user.click(within(screen.getByRole('heading', { level: 2, name: /identif/i }).closest('section')!).getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect((await stored()).onboardings[0]!.tasks['segment.identifiers']).toMatchObject({ status: 'done', source: 'api' }));
  });

  it('"Open in console" asks the background for the task\'s page; guide links open in a new tab', async () => {
    const user = userEvent.setup();
    await renderPanel();
    await user.click(screen.getByRole('button', { name: /^Open in console/ }));
    expect(opened).toEqual(['segment.identifiers']);
    expect(statusText()).toMatch(/Opened the console page in a new tab/);
    const link = screen.getByRole('link', { name: /Read in the guide/ });
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
  });

  it('clears an "ok" status after a few seconds, so it does not stay over the panel all session', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
      await renderPanel();
      await user.click(screen.getByRole('button', { name: /^Open in console/ }));
      expect(statusText()).toMatch(/Opened the console page in a new tab/);
      await act(() => vi.advanceTimersByTimeAsync(STATUS_MS + 100));
      await waitFor(() => expect(statusText()).toBe(''));
      expect(screen.getByRole('contentinfo').className).toBe('footer-empty');
    } finally {
      vi.useRealTimers();
    }
  });

  it('names each way to open a page once, says where it goes, and labels the 2025 wording before the 2022 steps', async () => {
    const user = userEvent.setup();
    await renderPanel();
    const card = () => document.querySelector('section.task-card') as HTMLElement;
    expect(card().textContent).toMatch(/On today’s consoles \(2025 guide\):.*Unify > Unify settings > Identity resolution.*The 2022 guide’s steps:/);
    expect(card().textContent).toContain('Open in console goes to Unify > Unify settings > Identity resolution.');
    await user.click(within(stage(/SendGrid/)).getByRole('button', { name: /Engage team/ }));
    // Not a console: the button is named by its page, and the card says plainly what each guide asks.
    expect(within(card()).queryByRole('button', { name: /Open/ })).toBeNull();
    expect(within(card()).getByRole('button', { name: 'Contact the Twilio Engage team' })).toBeTruthy();
    expect(card().textContent).toMatch(/2025 guide no longer has this step.*The 2022 guide requires it/);
    expect(screen.getByRole('button', { name: 'Show the next task instead' })).toBeTruthy();
  });

  it('creates an onboarding with settings, switches back, renames, resets and deletes it, all by keyboard', async () => {
    const user = userEvent.setup();
    await renderPanel();
    const newButton = screen.getByRole('button', { name: 'New onboarding…' });
    newButton.focus();
    await user.keyboard('{Enter}');
    // The form's code arrives just after the first screen: the dialog may take a moment the first time.
    const dialog = await screen.findByRole('dialog', { name: 'New onboarding' });
    expect(document.activeElement).toBe(within(dialog).getByLabelText('Name'));
    await user.keyboard('Acme EU');
    await user.click(within(dialog).getByLabelText(/^EU/));
    await user.type(within(dialog).getByLabelText(/workspace slug/), 'Acme Workspace');
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));
    // A slug that is not a slug is explained, and the field takes the focus.
    expect(within(dialog).getByText(/lower-case slug.*you typed `Acme Workspace`/)).toBeTruthy();
    expect(document.activeElement).toBe(within(dialog).getByLabelText(/workspace slug/));
    await user.clear(within(dialog).getByLabelText(/workspace slug/));
    await user.type(within(dialog).getByLabelText(/workspace slug/), 'acme{Enter}');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.activeElement).toBe(newButton);
    let state = await stored();
    expect(state.onboardings[1]).toMatchObject({ name: 'Acme EU', region: 'eu', workspace: 'acme' });
    expect(state.activeId).toBe(state.onboardings[1]!.id);

    // Progress in one onboarding does not touch the other.
    await user.click(screen.getByRole('button', { name: 'Mark done' }));
    await user.selectOptions(screen.getByLabelText('Onboarding'), 'ob-1');
    await waitFor(async () => expect((await stored()).activeId).toBe('ob-1'));
    expect(screen.getByText(/^Next task/).textContent).toBeTruthy();
    expect((await stored()).onboardings[0]!.tasks).toEqual({});
    await user.selectOptions(screen.getByLabelText('Onboarding'), state.onboardings[1]!.id);

    await user.click(screen.getByRole('button', { name: 'Settings…' }));
    const settings = screen.getByRole('dialog', { name: /Settings of “Acme EU”/ });
    await user.clear(within(settings).getByLabelText('Name'));
    await user.type(within(settings).getByLabelText('Name'), 'Acme Europe');
    await user.click(within(settings).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByRole('option', { name: 'Acme Europe (EU)' })).toBeTruthy());

    // Esc cancels a confirmation and gives the focus back; Reset empties only this onboarding.
    const reset = screen.getByRole('button', { name: 'Reset…' });
    await user.click(reset);
    expect(screen.getByRole('alertdialog', { name: /Reset “Acme Europe”\?/ })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Cancel' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(document.activeElement).toBe(reset);
    expect(Object.keys((await stored()).onboardings[1]!.tasks)).toHaveLength(1);
    await user.click(reset);
    await user.click(screen.getByRole('button', { name: 'Reset progress' }));
    await waitFor(async () => expect((await stored()).onboardings[1]!.tasks).toEqual({}));

    await user.click(screen.getByRole('button', { name: 'Delete…' }));
    await user.click(screen.getByRole('button', { name: 'Delete onboarding' }));
    await waitFor(async () => expect((await stored()).onboardings.map((o) => o.name)).toEqual(['My onboarding']));
    state = await stored();
    expect(screen.getByLabelText('Onboarding')).toHaveProperty('value', state.activeId);
  });

  it('keeps Tab inside an open dialog', async () => {
    const user = userEvent.setup();
    await renderPanel();
    await user.click(screen.getByRole('button', { name: 'Delete…' }));
    const dialog = screen.getByRole('alertdialog');
    await user.tab();
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Delete onboarding' }));
    await user.tab();
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    await user.tab({ shift: true });
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Delete onboarding' }));
  });

  it('keeps two open panels in sync: a change in one shows at once in the other', async () => {
    const user = userEvent.setup();
    const a = render(<App />);
    const b = render(<App />);
    await within(a.container).findByRole('heading', { name: 'Checklist' });
    await within(b.container).findByRole('heading', { name: 'Checklist' });
    await user.click(within(a.container).getByRole('button', { name: 'Mark done' }));
    await waitFor(() => expect(within(b.container).getAllByRole('heading', { level: 3 })[0]!.textContent).toMatch(/1 of 1$/));
    await user.click(within(b.container).getByRole('button', { name: 'Mark done' }));
    await waitFor(() => expect(within(a.container).getAllByRole('heading', { level: 3 })[1]!.textContent).toMatch(/1 of 11$/));
  });

  it('shows a notice after replacing corrupted progress, until it is dismissed', async () => {
    const user = userEvent.setup();
    await fakeBrowser.storage.local.set({ progress: 'garbage{', progress$: { v: 2 } });
    freshStore();
    await renderPanel();
    const notices = await screen.findByRole('region', { name: /Notices about your saved progress/ });
    const alert = within(notices).getByRole('alert');
    expect(alert.textContent).toMatch(/could not be read.*started a fresh onboarding/);
    await user.click(within(alert).getByRole('button', { name: /Dismiss/ }));
    await waitFor(() => expect(screen.queryByRole('region', { name: /Notices about/ })).toBeNull());
  });

  it('says so and offers to try again when the background cannot be reached, never a blank panel', async () => {
    let down = true;
    sendMessageMock.mockImplementation(async (type, data) => {
      if (type === 'progress.get' && down) {
        down = false;
        throw new Error('Could not establish connection');
      }
      return background(type, data);
    });
    await act(async () => {
      render(<App />);
    });
    // Storage is empty (first run), so only the background could answer.
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/Could not reach the extension's background: Could not establish connection/);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByRole('heading', { name: 'Checklist' });
    expect(store.current).toBeTruthy();
  });
});
