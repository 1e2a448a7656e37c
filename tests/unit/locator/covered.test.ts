// Issue classes 3, 4 and the hard cases: covered is not visible, aliases are ranked, decoys are not names.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findAll, findTarget } from '../../../utils/locator/find';
import { isCovered } from '../../../utils/locator/layers';
import { fakeLayout } from './geometry';

beforeEach(() => {
  fakeLayout();
  document.body.innerHTML = '';
});
afterEach(() => {
  vi.restoreAllMocks();
  delete (document as { elementsFromPoint?: unknown }).elementsFromPoint;
});

/** The browser's hit test, as a page lays it out: whatever the test says is on top at every point. */
function onTop(el: () => Element | null): void {
  Object.defineProperty(document, 'elementsFromPoint', { configurable: true, value: () => { const e = el(); return e ? [e] : []; } });
}

const getStarted = { kind: 'button' as const, labels: ['Get Started'], scope: { section: ['Send emails with SendGrid'] } };
const CARD = '<section><h2>Send emails with SendGrid</h2><button id="gs">Get Started</button></section>';

describe('covered is not visible', () => {
  it('skips a button under an open side sheet\'s backdrop, and finds it again when the sheet closes', () => {
    document.body.innerHTML = `<main>${CARD}</main><div id="backdrop" style="position:fixed"><div style="position:absolute"><h2>Set up your email service</h2><label for="n">Subuser name</label><input id="n"></div></div>`;
    onTop(() => document.getElementById('backdrop'));
    expect(findTarget(document, getStarted)).toBeNull();
    document.getElementById('backdrop')!.remove();
    onTop(() => document.getElementById('gs'));
    expect(findTarget(document, getStarted)?.element.id).toBe('gs');
  });

  it('moves into the layer that opened: the sheet\'s own field is not covered by its backdrop', () => {
    document.body.innerHTML = `<div id="backdrop" style="position:fixed"><div style="position:absolute"><h2>Set up your email service</h2><label for="n">Subuser name</label><input id="n"></div></div>`;
    onTop(() => document.getElementById('n'));
    expect(findTarget(document, { kind: 'field', labels: ['Subuser name'], scope: { title: ['Set up your email service'] } })?.element.id).toBe('n');
  });

  it('skips the page behind an aria-modal dialog even without a hit test', () => {
    document.body.innerHTML = `<main>${CARD}</main><div role="dialog" aria-modal="true"><h2>Create New Subuser</h2></div>`;
    expect(findTarget(document, getStarted)).toBeNull();
  });

  it('skips inert and aria-hidden page content while a layer is open', () => {
    document.body.innerHTML = `<main inert>${CARD}</main>`;
    expect(findTarget(document, getStarted)).toBeNull();
    document.body.innerHTML = `<main aria-hidden="true">${CARD}</main>`;
    expect(findTarget(document, getStarted)).toBeNull();
  });

  it('is not fooled by a floating label, a tooltip in the page, or our own overlay on top', () => {
    document.body.innerHTML = `<label id="l" for="i">Subuser name</label><input id="i"><div id="tip" role="tooltip" style="position:absolute">hint</div><engage-copilot-overlay id="o"></engage-copilot-overlay>`;
    const input = document.getElementById('i')!;
    for (const top of ['l', 'tip']) {
      onTop(() => document.getElementById(top));
      expect(isCovered(input, [])).toBe(false);
    }
    Object.defineProperty(document, 'elementsFromPoint', { configurable: true, value: () => [document.getElementById('o'), input] });
    expect(isCovered(input, [])).toBe(false);
  });
});

describe('aliases are ranked', () => {
  it('tries the guide\'s own label across the whole scope before an alias that comes first on the page', () => {
    document.body.innerHTML = `<div role="dialog" aria-modal="true"><h2>New Custom Identifier</h2>
      <label for="name">Identifier Name</label><input id="name"><label for="trait">Trait/Property key</label><input id="trait"></div>`;
    const t = { kind: 'field' as const, labels: ['Trait / Property key to match on', 'Trait/Property key', 'Identifier Name'], scope: { title: ['New Custom Identifier'] } };
    expect(findTarget(document, t)?.element.id).toBe('trait');
    expect(findAll(document, t).map((f) => f.element.id)).toEqual(['trait', 'name']);
  });

  it('falls back to the next alias in listed order when the first is absent', () => {
    document.body.innerHTML = `<label for="b">Email Address</label><input id="b"><input id="a" aria-label="Contact">`;
    expect(findTarget(document, { kind: 'field', labels: ['Email', 'Email Address', 'Contact'] })?.element.id).toBe('b');
  });
});

describe('hard cases of real consoles', () => {
  it('finds a field in an open shadow root named by aria-labelledby with two ids', () => {
    const host = document.createElement('div');
    document.body.append(host);
    host.attachShadow({ mode: 'open' }).innerHTML = `<h3 id="card">Enter your Twilio API Key information</h3>
      <span id="lab">API Key SID</span><input id="sid" aria-labelledby="card lab">`;
    const t = { kind: 'field' as const, labels: ['API Key SID'], scope: { section: ['Enter your Twilio API Key information'] } };
    expect(findTarget(document, t)?.element.id).toBe('sid');
    expect(findTarget(document, t)?.via).toBe('labelledby');
  });

  it('ignores decoys with the same text: a tooltip, a table header, a hidden template and an aria-hidden clone', () => {
    document.body.innerHTML = `<div role="tooltip" id="tt">Account SID</div><input id="near-tip" aria-describedby="tt">
      <table><thead><tr><th>Account SID</th></tr></thead><tbody><tr><td><input id="cell"></td></tr></tbody></table>
      <template><label for="tpl">Account SID</label><input id="tpl"></template>
      <div aria-hidden="true"><label for="clone">Account SID</label><input id="clone"></div>
      <span id="lb-tip" role="tooltip">Account SID</span><input id="by-tip" aria-labelledby="lb-tip">
      <label for="real">Account SID</label><input id="real">`;
    expect(findAll(document, { kind: 'field', labels: ['Account SID'] }).map((f) => f.element.id)).toEqual(['real']);
  });

  it('a table header or tooltip reading like a title is not a screen', () => {
    document.body.innerHTML = `<table><tr><th><h4>Set up your email service</h4></th></tr><tr><td><button>Verify</button></td></tr></table>
      <div role="tooltip"><h4>Set up your email service</h4><button>Verify</button></div>`;
    expect(findTarget(document, { kind: 'button', labels: ['Verify'], scope: { title: ['Set up your email service'] } })).toBeNull();
  });
});
