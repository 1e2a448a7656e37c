import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildOverlay } from '../../../utils/overlay/overlay';
import { setNativeValue } from '../../../utils/overlay/fill';
import { preview } from '../../../utils/overlay/text';
import { OVERLAY_CSS } from '../../../utils/overlay/styles';
import { fakeLayout } from '../locator/geometry';

let controller: AbortController;
const handlers = { onShowMe: vi.fn(), onForgetPick: vi.fn(), onDismiss: vi.fn() };

function mount() {
  const container = document.createElement('div');
  document.documentElement.append(container);
  return buildOverlay(container, handlers, controller.signal);
}

beforeEach(() => {
  fakeLayout();
  document.body.innerHTML = '<label for="f">Request URL</label><input id="f">';
  controller = new AbortController();
});
afterEach(() => controller.abort());

describe('overlay', () => {
  it('shows page and typed strings as text, never as markup', () => {
    const o = mount();
    const anchor = document.getElementById('f')!;
    o.show({ anchor, title: '<img src=x onerror=alert(1)>', instruction: 'Paste into **Request URL** <b>now</b>', remembered: false });
    o.setValidation('invalid', [{ message: 'you typed `<script>alert(1)</script>`' }]);
    expect(o.root.querySelector('img,script,b')).toBeNull();
    expect(o.root.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(o.root.querySelector('strong')?.textContent).toBe('Request URL');
  });

  it('truncates a 1 MB paste and makes zero-width characters visible', () => {
    const huge = 'a'.repeat(1_000_000);
    expect(preview(huge).length).toBeLessThan(300);
    expect(preview('abc\u200Bdef')).toBe('abc\\u200Bdef');
    const o = mount();
    const t0 = performance.now();
    o.setValidation('invalid', [{ message: `you typed ${huge}` }]);
    expect(performance.now() - t0).toBeLessThan(500);
    expect(o.root.textContent!.length).toBeLessThan(2000);
  });

  it('Esc dismisses it without stopping the console from seeing Esc', () => {
    const o = mount();
    o.show({ anchor: document.getElementById('f')!, title: 't', instruction: 'i', remembered: false });
    const seen = vi.fn();
    document.addEventListener('keydown', seen);
    const esc = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    document.body.dispatchEvent(esc);
    expect(handlers.onDismiss).toHaveBeenCalled();
    expect(seen).toHaveBeenCalled();
    expect(esc.defaultPrevented).toBe(false);
    expect((o.root.querySelector('.callout') as HTMLElement).hidden).toBe(true);
  });

  it('hands an added action the real click event, so the vault can insist on isTrusted', () => {
    const o = mount();
    o.show({ anchor: document.getElementById('f')!, title: 't', instruction: 'i', remembered: false });
    const onActivate = vi.fn();
    const remove = o.addAction({ label: 'Fill', onActivate });
    const button = [...o.root.querySelectorAll('button')].find((b) => b.textContent === 'Fill')!;
    const click = new MouseEvent('click', { bubbles: true });
    button.dispatchEvent(click);
    expect(onActivate.mock.calls[0]![0]).toBe(click);
    remove();
    expect([...o.root.querySelectorAll('button')].some((b) => b.textContent === 'Fill')).toBe(false);
  });

  it('never blocks the page: only the callout takes pointer events; dark mode and reduced motion are styled', () => {
    expect(OVERLAY_CSS).toMatch(/:host \{[^}]*pointer-events: none/);
    expect(OVERLAY_CSS).toMatch(/\.ring \{[^}]*pointer-events: none/);
    expect(OVERLAY_CSS).toContain('prefers-color-scheme: dark');
    expect(OVERLAY_CSS).toContain('prefers-reduced-motion: reduce');
  });

  it('a note about a field stays while the ring follows the person through that form, and goes when they leave it', () => {
    document.body.innerHTML =
      '<form><label for="u">Username</label><input id="u"><label for="e">Email</label><input id="e"></form><button id="next">Next page</button>';
    const [user, email, next] = ['u', 'e', 'next'].map((id) => document.getElementById(id)!) as [HTMLElement, HTMLElement, HTMLElement];
    const o = mount();
    const note = () => [...o.root.querySelectorAll<HTMLElement>('.banner')].find((b) => b.textContent?.includes('Not kept'));
    // The refusal can arrive before or after the ring moves to Email.
    for (const order of ['before', 'after'] as const) {
      o.show({ anchor: user, title: 'Subuser', instruction: 'Type a username', remembered: false });
      if (order === 'after') o.show({ anchor: email, title: 'Subuser', instruction: 'Add an email', remembered: false });
      o.showBanner('Not kept: the name must start with twilio_engage_app_.', { about: user });
      o.show({ anchor: email, title: 'Subuser', instruction: 'Add an email', remembered: false });
      expect(note()?.hidden, order).toBe(false);
      o.show({ anchor: next, title: 'Next', instruction: 'Go on', remembered: false });
      expect(note()?.hidden, order).toBe(true);
    }
    // A note about nothing in particular goes as soon as the ring moves.
    o.show({ anchor: user, title: 'Subuser', instruction: 'Type a username', remembered: false });
    o.showBanner('Not kept: capture needs your own copy or click.');
    o.show({ anchor: email, title: 'Subuser', instruction: 'Add an email', remembered: false });
    expect(note()?.hidden).toBe(true);
  });

  it('never moves focus when it shows', () => {
    const input = document.getElementById('f') as HTMLInputElement;
    input.focus();
    const o = mount();
    o.show({ anchor: input, title: 't', instruction: 'i', remembered: false });
    o.showMissing({ title: 't', label: 'x', instruction: 'i' });
    expect(document.activeElement).toBe(input);
  });
});

describe('setNativeValue', () => {
  it("sets a value through the native setter so React's value tracker sees the change", () => {
    const input = document.getElementById('f') as HTMLInputElement;
    const events: string[] = [];
    input.addEventListener('input', () => events.push('input'));
    input.addEventListener('change', () => events.push('change'));
    // React-like tracker: an own `value` property that swallows plain assignment.
    let tracked = '';
    Object.defineProperty(input, 'value', { configurable: true, get: () => tracked, set: (v: string) => {
        tracked = v;
      } });
    setNativeValue(input, 'twilio_engage_app_acme');
    expect(events).toEqual(['input', 'change']);
    expect(tracked).toBe('');
    delete (input as { value?: string }).value;
    expect(input.value).toBe('twilio_engage_app_acme');
  });
  it('the person can collapse the callout to one line and expand it again, by keyboard-reachable buttons', () => {
    const o = mount();
    o.show({ anchor: document.getElementById('f')!, title: 'Set up the webhook', instruction: 'Paste into **Request URL**', remembered: false });
    const fold = o.root.querySelector<HTMLButtonElement>('button[aria-controls="ec-body"]')!;
    const body = o.root.querySelector<HTMLElement>('#ec-body')!;
    expect(fold.getAttribute('aria-expanded')).toBe('true');
    fold.click();
    expect(body.hidden).toBe(true);
    expect(fold.getAttribute('aria-expanded')).toBe('false');
    expect(fold.getAttribute('aria-label')).toBe('Expand guidance');
    expect(o.root.querySelector('.callout')?.textContent).toContain('Set up the webhook');
    fold.click();
    expect(body.hidden).toBe(false);
  });

  it('only its own boxes take pointer events: the host and the ring let clicks through to the console', () => {
    expect(OVERLAY_CSS).toMatch(/:host \{[^}]*pointer-events: none !important/);
    expect(OVERLAY_CSS).toMatch(/\.ring \{[^}]*pointer-events: none/);
  });
});
