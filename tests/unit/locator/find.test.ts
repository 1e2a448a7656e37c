import { beforeEach, describe, expect, it } from 'vitest';
import { findAll, findTarget } from '../../../utils/locator/find';
import { normalize } from '../../../utils/locator/text';
import { fakeLayout } from './geometry';

const field = (labels: string[], extra: object = {}) => ({ kind: 'field' as const, labels, ...extra });

beforeEach(() => {
  fakeLayout();
  document.body.innerHTML = '';
});

describe('normalize', () => {
  it('ignores case, spacing, required markers and slash spacing', () => {
    expect(normalize('  HTTP   Post URL *')).toBe('http post url');
    expect(normalize('Trait / Property key')).toBe(normalize('Trait/Property key'));
    expect(normalize('Friendly name (optional)')).toBe('friendly name');
    expect(normalize('Subuser\u200B name:')).toBe('subuser name');
  });
});

describe('findTarget', () => {
  it("finds Evergreen's Subuser name field through label[for] with a generated id and a required star", () => {
    document.body.innerHTML = `<div><label for="TextInputField-7">Subuser name <span title="This field is required.">*</span></label>
      <input id="TextInputField-7" placeholder="Enter subuser name"></div>`;
    expect(findTarget(document, field(['Subuser name']))?.element.id).toBe('TextInputField-7');
  });

  it("finds Paste's Friendly name input with a :r1: id and the required dot", () => {
    document.body.innerHTML = `<label data-paste-element="LABEL" for=":r1:"><span data-paste-element="MEDIA_OBJECT">
      <span data-paste-element="LABEL_REQUIRED_DOT_WRAPPER"><span data-paste-element="LABEL_REQUIRED_DOT">•</span></span>
      <span data-paste-element="MEDIA_BODY">Friendly name</span></span></label><input data-paste-element="INPUT_ELEMENT" id=":r1:">`;
    expect(findTarget(document, field(['Friendly name']))?.element.id).toBe(':r1:');
  });

  it('uses textContent, so CSS text-transform on a label does not matter', () => {
    document.body.innerHTML = `<label style="text-transform:uppercase" for="a">http post url</label><input id="a">`;
    expect(findTarget(document, field(['HTTP Post URL']))?.element.id).toBe('a');
  });

  it('finds by aria-labelledby, aria-label, wrapping label and placeholder', () => {
    document.body.innerHTML = `<span id="lb">Request URL</span><input id="x1" aria-labelledby="lb">
      <input id="x2" aria-label="Fallback URL"><label>API Key Secret <input id="x3"></label>
      <input id="x4" placeholder="Enter API Key ID">`;
    expect(findTarget(document, field(['Request URL']))?.via).toBe('labelledby');
    expect(findTarget(document, field(['Fallback URL']))?.element.id).toBe('x2');
    expect(findTarget(document, field(['API Key Secret']))?.element.id).toBe('x3');
    expect(findTarget(document, field(['Subuser API Key ID'], { placeholders: ['Enter API Key ID'] }))?.element.id).toBe('x4');
  });

  it('finds a button by its text and a menu item by role', () => {
    document.body.innerHTML = `<button id="b1"><svg></svg> Create New Subuser</button>
      <div role="menu"><div role="menuitem" id="m1">Custom identifiers</div></div>`;
    expect(findTarget(document, { kind: 'button', labels: ['Create New Subuser'] })?.element.id).toBe('b1');
    expect(findTarget(document, { kind: 'button', labels: ['Custom identifiers'], role: 'menuitem' })?.element.id).toBe('m1');
  });

  it('never chooses a honeypot with the same label: hidden, invisible, aria-hidden, inert, zero-size or off-screen', () => {
    document.body.innerHTML = `
      <div style="display:none"><label for="h1">Username</label><input id="h1"></div>
      <label for="h2">Username</label><input id="h2" style="visibility:hidden">
      <div aria-hidden="true"><label for="h3">Username</label><input id="h3"></div>
      <div inert><label for="h4">Username</label><input id="h4"></div>
      <label for="h5">Username</label><input id="h5" style="width:0px">
      <label for="h6">Username</label><input id="h6" style="position:absolute;left:-9999px">
      <input type="hidden" name="Username" aria-label="Username">
      <label for="real">Username</label><input id="real">`;
    const all = findAll(document, field(['Username']));
    expect(all.map((f) => f.element.id)).toEqual(['real']);
  });

  it('scopes to the named dialog and, when a modal is open, ignores the page behind it', () => {
    document.body.innerHTML = `<label for="p">Username</label><input id="p"><button id="open">Create New Subuser</button>
      <div role="dialog" aria-modal="true" aria-labelledby="t"><h2 id="t">Create New Subuser</h2>
        <label for="d">Username</label><input id="d"></div>`;
    expect(findTarget(document, field(['Username'], { scope: { title: ['Create New Subuser'] } }))?.element.id).toBe('d');
    expect(findTarget(document, { kind: 'button', labels: ['Create New Subuser'] })).toBeNull();
    expect(findTarget(document, field(['Username'], { scope: { title: ['Edit Subuser'] } }))).toBeNull();
  });

  it('keeps two forms apart by their section heading', () => {
    document.body.innerHTML = `
      <section><h2>Enter your SendGrid Subuser API Key information</h2><label for="a">API Key</label><input id="a"></section>
      <section><h2>Enter your Twilio API Key information</h2><label for="b">API Key</label><input id="b"></section>`;
    const t = (s: string) => field(['API Key'], { scope: { section: [s] } });
    expect(findTarget(document, t('Enter your Twilio API Key information'))?.element.id).toBe('b');
    expect(findTarget(document, t('Enter your SendGrid Subuser API Key information'))?.element.id).toBe('a');
  });

  it('does not borrow a neighbouring form while the named section is still loading its fields', () => {
    document.body.innerHTML = `<main>
      <h3>Enter your Twilio test credentials</h3><label for="t">Account SID</label><input id="t">
      <h3>Enter your Twilio API Key information</h3><p>Loading…</p></main>`;
    const t = field(['Account SID'], { scope: { section: ['Enter your Twilio API Key information'] } });
    expect(findTarget(document, t)).toBeNull();
    document.querySelector('p')!.outerHTML = '<label for="r">Account SID</label><input id="r">';
    expect(findTarget(document, t)?.element.id).toBe('r');
  });

  it('looks inside open shadow roots', () => {
    const host = document.createElement('div');
    document.body.append(host);
    host.attachShadow({ mode: 'open' }).innerHTML = '<label for="s">Request URL</label><input id="s">';
    expect(findTarget(document, field(['Request URL']))?.element.id).toBe('s');
  });

  it('rings the visible label of a styled-away checkbox, but never a hidden text field', () => {
    document.body.innerHTML = `<h3>Deliverability Data</h3><label id="l"><input type="checkbox" id="c" style="opacity:0"> Select All</label>`;
    const f = findTarget(document, { kind: 'checkbox', labels: ['Select All'], scope: { section: ['Deliverability Data'] } });
    expect(f?.element.id).toBe('c');
    expect(f?.anchor.id).toBe('l');
  });
});

describe('prefix labels the data marks with …', () => {
  // "Edit" is generic: like the guide's data, these say where the pencil is.
  const button = (labels: string[]) => ({ kind: 'button' as const, labels, scope: { section: ['IP Addresses'] } });

  it("finds SendGrid's IP pencil named \"Edit 149.72.134.21\" from the data's \"Edit …\"", () => {
    document.body.innerHTML = `<h1>IP Addresses</h1><table><tr><td>149.72.134.21</td><td><button aria-label="Edit 149.72.134.21"><svg aria-hidden="true"></svg></button></td></tr></table>`;
    expect(findTarget(document, button(['Edit', 'Edit …']))?.element.getAttribute('aria-label')).toBe('Edit 149.72.134.21');
  });

  it('prefers an exact "Edit" over a longer name when both are on the page', () => {
    document.body.innerHTML = `<h1>IP Addresses</h1><button aria-label="Edit 149.72.134.21" id="ip"></button><button id="plain">Edit</button>`;
    expect(findTarget(document, button(['Edit', 'Edit …']))?.element.id).toBe('plain');
  });

  it('without the mark a label stays exact: "Subuser API Key" never matches "Subuser API Key ID"', () => {
    document.body.innerHTML = `<label for="id">Subuser API Key ID</label><input id="id">`;
    expect(findTarget(document, field(['Subuser API Key']))).toBeNull();
  });

  it('a prefix needs a whole extra word: "Edit …" does not match "Editor"', () => {
    document.body.innerHTML = `<h1>IP Addresses</h1><button>Editor</button>`;
    expect(findTarget(document, button(['Edit …']))).toBeNull();
  });
});

describe('guide data against both shapes of a console screen', () => {
  it('finds Twilio\'s SID and Secret under "Copy secret key" whether that screen is a page or a dialog', async () => {
    const { taskById } = await import('../../../utils/guide/index');
    const targets = taskById('twilio.apikey').targets.filter((t) => t.key === 'sid' || t.key === 'secret');
    const fields = '<label for="a">SID</label><input id="a" value="SK0123" readonly><label for="b">Secret</label><input id="b" value="s3cret" readonly>';
    document.body.innerHTML = `<main><h1>Copy secret key</h1>${fields}</main>`;
    expect(targets.map((t) => findTarget(document, t)?.element.id)).toEqual(['a', 'b']);
    document.body.innerHTML = `<div role="dialog" aria-modal="true"><h2>Copy secret key</h2>${fields}</div>`;
    expect(targets.map((t) => findTarget(document, t)?.element.id)).toEqual(['a', 'b']);
  });
});
