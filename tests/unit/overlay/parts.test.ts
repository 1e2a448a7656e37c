// The overlay's parts on their own: where the callout may go, the ring, the callout, the missing box, actions.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { taskById } from '../../../utils/guide/index';
import { addAction } from '../../../utils/overlay/actions';
import { buildCallout } from '../../../utils/overlay/callout';
import { makeDom } from '../../../utils/overlay/dom';
import { buildMissing } from '../../../utils/overlay/missing';
import { candidatesFor } from '../../../utils/overlay/placement';
import { buildRing } from '../../../utils/overlay/ring';
import { fakeLayout } from '../locator/geometry';

let controller: AbortController;
beforeEach(() => {
  fakeLayout();
  document.body.innerHTML = '';
  controller = new AbortController();
});
afterEach(() => controller.abort());

const box = (left: number, width: number) => ({ left, right: left + width, top: 10, bottom: 34, width, height: 24, x: left, y: 10, toJSON() {} }) as DOMRect;

describe('candidatesFor', () => {
  it('prefers beside the field, right then left, each narrowed to the room there; below and above always remain', () => {
    // A form taller than the field: the field's row is the field alone.
    document.body.innerHTML = '<form style="height:300px"><input id="f" style="left:400px;width:200px"></form>';
    const f = document.getElementById('f')!;
    const c = candidatesFor(f, box(400, 200), 1000, 8);
    expect(c.map((x) => x.placement)).toEqual(['right-start', 'left-start', 'bottom-start', 'top-start']);
    // 1000 − 600 − 12 − 8 = 380 to the right, capped at 360; 400 − 12 − 8 = 380 to the left, capped too.
    expect(c.map((x) => x.maxWidth)).toEqual([360, 360, 360, 360]);
  });

  it('drops a side narrower than 200 px, and clears a copy button that shares the field’s row', () => {
    document.body.innerHTML =
      '<form style="height:300px"><div style="left:40px;width:700px"><input id="f" style="left:40px;width:500px"></div></form>';
    const f = document.getElementById('f')!;
    const c = candidatesFor(f, box(40, 500), 1000, 8);
    expect(c.map((x) => x.placement)).toEqual(['right-start', 'bottom-start', 'top-start']);
    // The row ends at 740: the callout starts past it (offset from the field's own edge) and fits 1000 − 740 − 20.
    expect(c[0]).toEqual({ placement: 'right-start', maxWidth: 240, offset: 12 + 200 });
  });
});

describe('the parts', () => {
  const dom = () => makeDom(document, controller.signal);

  it('the ring sits 2 px outside the target (a label just above stays clear), hidden from assistive tech, coloured by the validation state', () => {
    const ring = buildRing(dom(), document.body);
    ring.around(box(100, 50));
    expect(ring.el.style.transform).toBe('translate(98px, 8px)');
    expect([ring.el.style.width, ring.el.style.height]).toEqual(['54px', '28px']);
    expect(ring.el.getAttribute('aria-hidden')).toBe('true');
    ring.setState('invalid');
    expect(ring.el.dataset.state).toBe('invalid');
    ring.setState(null);
    expect(ring.el.dataset.state).toBe('');
  });

  it('the callout shows the guide’s text, offers "show me" or "forget" by where the field came from, and asks to be placed again when folded', () => {
    const handlers = { onShowMe: vi.fn(), onForgetPick: vi.fn(), onDismiss: vi.fn(), onResize: vi.fn() };
    const callout = buildCallout(dom(), document.body, handlers);
    const anchor = document.createElement('input');
    callout.show({ anchor, title: 'Subuser', instruction: 'Type **Username**', expected: 'Expected: `x`', remembered: true });
    const buttons = () => [...callout.el.querySelectorAll('button')].filter((b) => !b.hidden).map((b) => b.textContent);
    expect(buttons()).toContain('Forget my choice');
    expect(buttons()).not.toContain('Not this field? Show me the field');
    expect(callout.el.querySelector('strong')?.textContent).toBe('Username');
    callout.el.querySelector<HTMLButtonElement>('button[aria-controls="ec-body"]')!.click();
    expect(handlers.onResize).toHaveBeenCalledTimes(1);
    callout.el.querySelector<HTMLButtonElement>('button[aria-label^="Dismiss"]')!.click();
    expect(handlers.onDismiss).toHaveBeenCalledTimes(1);
  });

  it('the missing box names what was looked for, as text', () => {
    const onShowMe = vi.fn();
    const missing = buildMissing(dom(), document.body, onShowMe);
    missing.el.hidden = true;
    missing.show({ title: 'Subuser', label: '<b>Username</b>', instruction: 'Open the dialog' });
    expect(missing.el.hidden).toBe(false);
    expect(missing.el.querySelector('b')).toBeNull();
    expect(missing.el.textContent).toContain("Couldn't find <b>Username</b> on this page.");
    missing.el.querySelector('button')!.click();
    expect(onShowMe).toHaveBeenCalled();
    // Where the control is when it is not here: said only for a step whose data says so, and gone for the next.
    const webhook = taskById('twilio.webhook').targets[0]!;
    missing.show({ title: 'Point the Messaging Service at Segment', label: webhook.labels[0]!, instruction: webhook.instruction, elsewhere: webhook.elsewhere! });
    expect(missing.el.textContent).toMatch(/open it from Messaging > Services, then its Integration settings/);
    missing.show({ title: 'Subuser', label: 'Username', instruction: 'Open the dialog' });
    expect(missing.el.textContent).not.toMatch(/Integration settings/);
  });

  it('an action’s label is shortened, its button removable, and it stops listening when the overlay goes', () => {
    const row = document.createElement('div');
    const onActivate = vi.fn();
    const remove = addAction(dom(), row, { label: 'K'.repeat(100), onActivate });
    const b = row.querySelector('button')!;
    expect(b.textContent!.length).toBeLessThan(100);
    controller.abort();
    b.click();
    expect(onActivate).not.toHaveBeenCalled();
    remove();
    expect(row.children.length).toBe(0);
  });
});
