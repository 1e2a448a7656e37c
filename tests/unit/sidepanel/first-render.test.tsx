// The side panel's first render from its early storage read (entrypoints/panel-early.ts): the checklist in the very
// first render, the focus left where the browser put it, and every way the early read can fail or go stale.
import { render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import App from '../../../components/App';
import { takeEarlyRead } from '../../../components/hooks/earlyRead';
import { startEachTestFresh, store } from './harness';

vi.mock('../../../utils/messaging/protocol', async () => {
  const h = await import('./harness');
  return { sendMessage: (type: string, data: unknown) => h.sendMessageMock(type, data), onMessage: () => () => undefined };
});

startEachTestFresh();
afterEach(() => {
  delete window.engageEarlyRead;
});

/** What panel-early.js does: start reading both items from storage.local. */
const startEarlyRead = () => {
  window.engageEarlyRead = fakeBrowser.storage.local.get(['progress', 'progressNotices']);
};

describe('the first render', () => {
  it('shows the checklist in the first render when the early read found valid progress, and leaves the focus alone', async () => {
    await store.current.read(); // a first run: the background has written a fresh onboarding
    startEarlyRead();
    const first = await takeEarlyRead(250);
    expect(first?.progress?.onboardings).toHaveLength(1);
    render(<App first={first} />);
    // No waiting: the checklist and the open card's primary button are there after the first render.
    expect(screen.getByRole('region', { name: 'Checklist' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Mark done' })).toBeTruthy();
    expect(screen.queryByText('Loading your progress…')).toBeNull();
    expect(document.documentElement.dataset.panelReady).toBe('true');
    // The first card does not take the focus (a card that replaces another does).
    await new Promise((r) => setTimeout(r, 50));
    expect(document.activeElement).toBe(document.body);
  });

  it('moves to a newer state written after the early read, before the panel watched storage', async () => {
    await store.current.read();
    startEarlyRead();
    const first = await takeEarlyRead(250);
    const before = first!.progress!;
    await store.current.run({ type: 'createOnboarding', name: 'Globex', region: 'eu' });
    render(<App first={first} />);
    expect(within(screen.getByRole('combobox', { name: 'Onboarding' })).getAllByRole('option')).toHaveLength(before.onboardings.length);
    await waitFor(() => expect(within(screen.getByRole('combobox', { name: 'Onboarding' })).getAllByRole('option')).toHaveLength(2));
    expect(screen.getByRole('combobox', { name: 'Onboarding' })).toHaveProperty('value', expect.stringMatching(/^ob-/));
  });

  it('falls back to loading and reading itself when the early read is missing, failed, slow or found nothing usable', async () => {
    expect(await takeEarlyRead(250)).toBeNull();

    window.engageEarlyRead = Promise.reject(new Error('storage is not available'));
    expect(await takeEarlyRead(250)).toBeNull();

    window.engageEarlyRead = new Promise(() => undefined);
    expect(await takeEarlyRead(10)).toBeNull();

    // Stored progress the background must repair first: no state from the early read, so the panel asks it.
    await fakeBrowser.storage.local.set({ progress: { activeId: 'gone', onboardings: [] } });
    startEarlyRead();
    const first = await takeEarlyRead(250);
    expect(first).toStrictEqual({ progress: null, notices: [] });
    render(<App first={first} />);
    expect(screen.getByText('Loading your progress…')).toBeTruthy();
    await screen.findByRole('region', { name: 'Checklist' });
  });
});
