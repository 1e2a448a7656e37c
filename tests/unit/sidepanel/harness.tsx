// Test wiring for the side panel: the real App and the real progress store, with only the message transport replaced.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import App from '../../../components/App';
import type { TaskId } from '../../../utils/guide/schema';
import type { ProgressAction } from '../../../utils/progress/model';
import { createProgressStore, type ProgressStore } from '../../../utils/progress/store';

let n = 0;
export const store: { current: ProgressStore } = {
  current: createProgressStore(),
};
export const opened: TaskId[] = [];

export function freshStore() {
  n = 0;
  opened.length = 0;
  store.current = createProgressStore({ now: () => 1_700_000_000_000, newId: () => `ob-${++n}` });
}

/** Stands in for the background: the same handlers' logic, called directly instead of over runtime messaging. */
export async function background(type: string, data: unknown): Promise<unknown> {
  if (type === 'progress.get') return store.current.read();
  if (type === 'progress.apply') return store.current.run(data as ProgressAction);
  if (type === 'tabs.openConsole') {
    opened.push((data as { taskId: TaskId }).taskId);
    return { ok: true, how: 'opened', url: 'https://example.test/' };
  }
  throw new Error(`no handler for ${type}`);
}

export const sendMessageMock = vi.fn(background);

/** Each test starts with empty storage and a fresh store (as after installing the extension). */
export function startEachTestFresh() {
  beforeEach(() => {
    fakeBrowser.reset();
    freshStore();
  });
  afterEach(() => cleanup());
}

export async function renderPanel() {
  const utils = render(<App />);
  await screen.findByRole('heading', { level: 2, name: /Checklist/ });
  return utils;
}
