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

const KEY = `SG.${'a'.repeat(22)}.${'b'.repeat(43)}`;
function Leaky(): never {
  // What V8 says when JSON.parse meets a pasted key: the text itself is in the message.
  throw new SyntaxError(`Unexpected token 'S', "${KEY}" is not valid JSON`);
}

it('never logs or shows a key that an error message quotes', () => {
  const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  render(
    <ErrorBoundary>
      <Leaky />
    </ErrorBoundary>,
  );
  const alert = screen.getByRole('alert').textContent ?? '';
  expect(alert).toMatch(/Details: .*not valid JSON/);
  expect(alert).not.toContain(KEY);
  const ours = errors.mock.calls.filter((args) => args[0] === 'Engage Copilot panel error:');
  expect(ours).toHaveLength(1);
  expect(ours[0]).toContain('SyntaxError');
  expect(JSON.stringify(ours)).not.toContain('aaaaaaaa');
  errors.mockRestore();
});
