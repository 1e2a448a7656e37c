// axe-core on the rendered side panel (happy-dom): the panel, a task with its skip form, and an open dialog.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderPanel, startEachTestFresh } from './harness';

vi.mock('../../../utils/messaging/protocol', async () => {
  const h = await import('./harness');
  return { sendMessage: (type: string, data: unknown) => h.sendMessageMock(type, data), onMessage: () => () => undefined };
});

startEachTestFresh();
beforeEach(() => {
  // What entrypoints/sidepanel/index.html gives the real page; Testing Library's document starts without them.
  const html = readFileSync(resolve(process.cwd(), 'entrypoints/sidepanel/index.html'), 'utf8');
  document.documentElement.lang = /<html lang="([^"]+)"/.exec(html)?.[1] ?? '';
  document.title = /<title>([^<]+)<\/title>/.exec(html)?.[1] ?? '';
});

/**
 * happy-dom has no layout or computed colours, so `color-contrast` cannot be judged here (the e2e axe run in
 * Chromium covers it); every other rule runs.
 */
async function violations(): Promise<string[]> {
  const result = await axe.run(document.documentElement, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('side panel accessibility (axe-core)', () => {
  it('does catch violations in this DOM (so the empty results below mean something)', async () => {
    document.body.innerHTML = '<main><input type="text"><button></button></main>';
    const found = await violations();
    expect(found.some((v) => v.startsWith('label:'))).toBe(true);
    expect(found.some((v) => v.startsWith('button-name:'))).toBe(true);
    document.body.innerHTML = '';
  });

  it('finds no violations on the panel as it opens', async () => {
    await renderPanel();
    expect(await violations()).toEqual([]);
  });

  it('finds no violations with a conditional task open and its skip form showing', async () => {
    const user = userEvent.setup();
    await renderPanel();
    await user.click(within(screen.getByRole('region', { name: 'Checklist' })).getByRole('button', { name: /register/i }));
    await user.click(screen.getByRole('button', { name: 'Skip…' }));
    expect(await violations()).toEqual([]);
  });

  it('finds no violations with the new-onboarding dialog open, errors showing', async () => {
    const user = userEvent.setup();
    await renderPanel();
    await user.click(screen.getByRole('button', { name: 'New onboarding…' }));
    // The form's code arrives just after the first screen: the dialog may take a moment the first time.
    await user.click(await screen.findByRole('button', { name: 'Create' }));
    expect(screen.getByText('give the onboarding a name')).toBeTruthy();
    expect(await violations()).toEqual([]);
  });
});
