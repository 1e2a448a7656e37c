// Issue classes 1 and 2: a scope names what the person reads (a title), and the locator finds whatever holds it.
import { beforeEach, describe, expect, it } from 'vitest';
import { findTarget } from '../../../utils/locator/find';
import { fakeLayout } from './geometry';

beforeEach(() => {
  fakeLayout();
  document.body.innerHTML = '';
});

const TITLE = ['Set up your email service', 'Set up and validate your SendGrid account'];
const subuser = { kind: 'field' as const, labels: ['Subuser name'], scope: { title: TITLE } };
const verify = { kind: 'button' as const, labels: ['Verify'], scope: { title: TITLE } };
const smsVerify = { kind: 'button' as const, labels: ['Verify'], scope: { section: ['Enter your Twilio API Key information'] } };
const form = '<label for="n">Subuser name</label><input id="n"><button id="v">Verify</button>';

describe('a scope titled by what the person sees', () => {
  it('finds the form in a role=dialog labelled by its title', () => {
    document.body.innerHTML = `<div role="dialog" aria-modal="true" aria-labelledby="t"><h4 id="t">Set up your email service</h4>${form}</div>`;
    expect(findTarget(document, subuser)?.element.id).toBe('n');
  });

  it('finds it in a native <dialog> and in an aria-modal box named by aria-label', () => {
    document.body.innerHTML = `<dialog open><h2>Set up your email service</h2>${form}</dialog>`;
    expect(findTarget(document, verify)?.element.id).toBe('v');
    document.body.innerHTML = `<div aria-modal="true" aria-label="Set up and validate your SendGrid account">${form}</div>`;
    expect(findTarget(document, verify)?.element.id).toBe('v');
  });

  it('finds it in a side sheet with no role=dialog: an absolutely placed pane in a fixed backdrop', () => {
    document.body.innerHTML = `<main><h1>Channels</h1><button>Get Started</button></main>
      <div style="position:fixed"><div style="position:absolute"><h2>Set up your email service</h2>${form}</div></div>`;
    expect(findTarget(document, subuser)?.element.id).toBe('n');
    expect(findTarget(document, verify)?.element.id).toBe('v');
  });

  it('finds it on a full page whose heading carries the title, but not above that heading', () => {
    document.body.innerHTML = `<nav><button>Verify</button></nav><main><h1>Set up and validate your SendGrid account</h1>
      <section><h3>Enter your SendGrid Subuser API Key information</h3>${form}</section></main>`;
    expect(findTarget(document, subuser)?.element.id).toBe('n');
    expect(findTarget(document, verify)?.element.id).toBe('v');
  });

  it('finds it in a card named by aria-labelledby among similar cards', () => {
    const card = (title: string, id: string) =>
      `<section aria-labelledby="h-${id}"><h2 id="h-${id}">${title}</h2><button id="${id}">Get Started</button></section>`;
    document.body.innerHTML = `<main><h1>Channels</h1>${card('Send emails with SendGrid', 'email')}${card('Send SMS messages with Twilio', 'sms')}${card('Send WhatsApp messages', 'wa')}</main>`;
    const start = (s: string) => ({ kind: 'button' as const, labels: ['Get Started'], scope: { section: [s] } });
    expect(findTarget(document, start('Send SMS messages with Twilio'))?.element.id).toBe('sms');
    expect(findTarget(document, start('Send emails with SendGrid'))?.element.id).toBe('email');
  });

  it('finds nothing when no screen carries the title', () => {
    document.body.innerHTML = `<main><h1>Channels</h1>${form}</main>`;
    expect(findTarget(document, subuser)).toBeNull();
  });

  it('prefers the topmost open layer when the page behind carries the same title', () => {
    document.body.innerHTML = `<main><h1>Set up your email service</h1><label for="p">Subuser name</label><input id="p"></main>
      <div style="position:fixed"><div style="position:absolute"><h2>Set up your email service</h2>${form}</div></div>`;
    expect(findTarget(document, subuser)?.element.id).toBe('n');
  });
});

describe('no target without a scope', () => {
  it("never lends another task's Verify: the SMS form's Verify is not the SendGrid sheet's", () => {
    document.body.innerHTML = `<div style="position:fixed"><div style="position:absolute"><h2>Set up your email service</h2>${form}</div></div>`;
    expect(findTarget(document, smsVerify)).toBeNull();
    expect(findTarget(document, verify)?.element.id).toBe('v');
  });

  it('does not look for a generic label without a scope, and drops generic aliases when unscoped', () => {
    document.body.innerHTML = `<button id="s">Save</button><label for="t"><input type="checkbox" id="t" role="switch">Enabled</label>`;
    expect(findTarget(document, { kind: 'button', labels: ['Save'] })).toBeNull();
    expect(findTarget(document, { kind: 'toggle', labels: ['Event Webhook Status', 'Enabled'] })).toBeNull();
  });
});
