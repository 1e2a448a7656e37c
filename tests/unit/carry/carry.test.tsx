// Carry in the page: React-safe fill, which field a copy belongs to, and refusing scripted clicks.
import { act, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { fieldBox, shownValue, targetFor, type CaptureTarget } from '../../../utils/carry/capture';
import { fillField } from '../../../utils/carry/fill';
import { checkGenuineClick, MIN_DWELL_MS } from '../../../utils/carry/guard';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function ControlledField({ onValue }: { onValue(v: string): void }) {
  const [value, setValue] = useState('');
  return (
    <label>
      Subuser API Key
      <input value={value} onChange={(e) => { setValue(e.target.value); onValue(e.target.value); }} />
    </label>
  );
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('fill', () => {
  it('fills the SendGrid API key into a React-controlled field so React’s own state holds it', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    let seen = '';
    const root = createRoot(host);
    await act(async () => root.render(<ControlledField onValue={(v) => (seen = v)} />));
    const input = host.querySelector('input')!;
    const key = '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';
    let outcome;
    await act(async () => {
      outcome = await fillField(input, key);
    });
    expect(outcome).toEqual({ ok: true });
    expect(seen).toBe(key);
    expect(input.value).toBe(key);
    // Kept out of the browser's form memory (session restore, autofill) by the HTML autocomplete rule.
    expect(input.getAttribute('autocomplete')).toBe('off');
    await act(async () => root.unmount());
  });

  it('refuses a read-only field instead of pretending', async () => {
    const input = document.createElement('input');
    input.readOnly = true;
    document.body.append(input);
    expect(await fillField(input, 'x')).toEqual({ ok: false, message: 'This field is read-only right now.' });
    expect(await fillField(document.createElement('div'), 'x')).toMatchObject({ ok: false });
  });

  it('reports a form that keeps throwing the value away after one retry', async () => {
    const input = document.createElement('input');
    document.body.append(input);
    // A controlled input whose state never changes: it resets on every input event.
    input.addEventListener('input', () => queueMicrotask(() => { input.value = ''; }));
    expect(await fillField(input, 'AC0123456789abcdef0123456789abcdef')).toMatchObject({ ok: false });
  });
});

describe('capture', () => {
  it('reads a field’s value untrimmed, a text’s value trimmed, and nothing from a copy button', () => {
    const input = document.createElement('input');
    input.value = ' padded ';
    const span = document.createElement('span');
    span.textContent = '\n  SKfedcba9876543210fedcba9876543210  ';
    expect(shownValue(input)).toBe(' padded ');
    expect(shownValue(span)).toBe('SKfedcba9876543210fedcba9876543210');
    expect(shownValue(document.createElement('button'))).toBeNull();
  });

  it('relates a copy-icon click to the field in the same box, not to its neighbour', () => {
    document.body.innerHTML = `
      <div class="field"><label>SID</label><div><input id="sid" readonly value="SK1"><button id="copy-sid">copy</button></div></div>
      <div class="field"><label>Secret</label><div><input id="secret" readonly value="s"><button id="copy-secret">copy</button></div></div>`;
    const sid = document.getElementById('sid')!;
    const secret = document.getElementById('secret')!;
    const targets = [
      { taskId: 'twilio.apikey', target: { key: 'sid' }, element: sid },
      { taskId: 'twilio.apikey', target: { key: 'secret' }, element: secret },
    ] as unknown as CaptureTarget[];
    expect(targetFor(document.getElementById('copy-sid'), targets)?.target.key).toBe('sid');
    expect(targetFor(document.getElementById('copy-secret'), targets)?.target.key).toBe('secret');
    expect(fieldBox(sid, [sid, secret]).contains(secret)).toBe(false);
    expect(targetFor(document.body, targets)).toBeUndefined();
  });
});

describe('genuine click', () => {
  it('ignores a click a page script dispatched (isTrusted is false)', () => {
    const button = document.createElement('button');
    document.body.append(button);
    const event = new MouseEvent('click', { clientX: 5, clientY: 5 });
    expect(checkGenuineClick(event, button, 0, 10_000)).toEqual({ ok: false, message: 'Ignored: that click did not come from you.' });
  });

  it('ignores a trusted click on a button that only just appeared under the cursor', () => {
    const button = document.createElement('button');
    const trusted = { isTrusted: true, clientX: 5, clientY: 5, detail: 1 } as MouseEvent;
    expect(checkGenuineClick(trusted, button, 1000, 1000 + MIN_DWELL_MS - 1)).toMatchObject({ ok: false });
  });

  it('ignores a trusted click when something else is on top at the click point', () => {
    const button = document.createElement('button');
    const cover = document.createElement('div');
    document.body.append(button, cover);
    document.elementFromPoint = () => cover;
    const trusted = { isTrusted: true, clientX: 5, clientY: 5, detail: 1 } as MouseEvent;
    expect(checkGenuineClick(trusted, button, 0, 10_000)).toEqual({
      ok: false,
      message: 'Ignored: something on the page covers the Engage Copilot button.',
    });
  });
});
