// The panel's kept-values list after keeps in quick succession: the latest read wins, so a value just kept shows at once.
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useVault } from '../../../components/vault/useVault';

// The background's answers to "vault.list", released by the test in the order it chooses.
const answers: Array<(listing: unknown) => void> = [];
vi.mock('../../../utils/messaging/protocol', () => ({
  sendMessage: (type: string) => (type === 'vault.list' ? new Promise((resolve) => answers.push(resolve)) : Promise.resolve({ ok: true })),
}));

function Listing() {
  const v = useVault();
  return <p data-testid="listing">{JSON.stringify(v.listing)}</p>;
}

afterEach(() => {
  cleanup();
  fakeBrowser.reset();
  answers.length = 0;
});

it('shows the newest listing even when an older read answers last', async () => {
  render(<Listing />);
  // Two keeps, two storage changes, two reads in flight.
  await act(() => fakeBrowser.storage.session.set({ engageVault: { a: 1 } }));
  await act(() => fakeBrowser.storage.session.set({ engageVault: { a: 2 } }));
  expect(answers).toHaveLength(3);
  await act(async () => answers[2]!({ entries: ['sid', 'secret'] }));
  expect(screen.getByTestId('listing').textContent).toContain('secret');
  // The first and second reads answer late, with what the vault held before the secret was kept.
  await act(async () => answers[1]!({ entries: ['sid'] }));
  await act(async () => answers[0]!({ entries: [] }));
  expect(screen.getByTestId('listing').textContent).toContain('secret');
});
