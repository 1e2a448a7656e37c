// A rendering error shows a recoverable message instead of a blank panel.
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../../components/ErrorBoundary';

afterEach(() => cleanup());

let broken = true;
function Flaky() {
  if (broken) throw new Error('task data missing');
  return <p>Checklist is back</p>;
}

it('shows what went wrong and brings the checklist back when the person asks', async () => {
  const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  render(
    <ErrorBoundary>
      <Flaky />
    </ErrorBoundary>,
  );
  expect(screen.getByRole('alert').textContent).toMatch(/Something went wrong.*Your progress is saved.*Details: task data missing/);
  expect(screen.getByRole('heading', { level: 1, name: 'Engage Copilot' })).toBeTruthy();
  broken = false;
  await userEvent.setup().click(screen.getByRole('button', { name: 'Show the checklist again' }));
  expect(screen.getByText('Checklist is back')).toBeTruthy();
  expect(errors).toHaveBeenCalled();
});
