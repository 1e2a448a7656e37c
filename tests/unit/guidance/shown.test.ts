// Controls the console labels by their value: the subuser's IP checkbox, the API Key ID shown as text in the list.
import { beforeEach, describe, expect, it } from 'vitest';
import { taskById } from '../../../utils/guide/index';
import { findTarget } from '../../../utils/locator/find';
import { findShown } from '../../../utils/guidance/shown';
import { fakeLayout } from '../locator/geometry';

const target = (taskId: Parameters<typeof taskById>[0], key: string) => taskById(taskId).targets.find((t) => t.key === key)!;
const find = (t: ReturnType<typeof target>) => findTarget(document, t) ?? findShown(document, t);

beforeEach(() => fakeLayout());

describe('targets found by where they sit', () => {
  it('the dedicated-IP checkbox in Create New Subuser, labelled only by the address', () => {
    document.body.innerHTML = `<dialog open aria-labelledby="h"><h2 id="h">Create New Subuser</h2>
      <label for="u">Username</label><input id="u">
      <fieldset><legend>Add IP Addresses</legend><label><input type="checkbox" id="ip1"> 149.72.134.21</label><label><input type="checkbox"> 149.72.134.22</label></fieldset>
      <button>Create Subuser</button></dialog>`;
    expect(find(target('sendgrid.subuser', 'dedicatedIp'))?.element).toBe(document.getElementById('ip1'));
  });

  it('not while the addresses are still loading (no checkbox in the section yet)', () => {
    document.body.innerHTML = `<dialog open aria-labelledby="h"><h2 id="h">Create New Subuser</h2>
      <fieldset><legend>Add IP Addresses</legend><p>Loading IP addresses…</p></fieldset></dialog>`;
    expect(find(target('sendgrid.subuser', 'dedicatedIp'))).toBeNull();
  });

  it('the API Key ID: the value under the column header, never the header or a button', () => {
    document.body.innerHTML = `<table><thead><tr><th>Name</th><th>API Key ID</th><th>Action</th></tr></thead>
      <tbody><tr><td>k</td><td><code id="id1">abcdefghijklmnopqrstuv</code></td><td><button>Delete</button></td></tr></tbody></table>`;
    expect(find(target('sendgrid.apikey', 'apiKeyId'))?.element).toBe(document.getElementById('id1'));
  });

  it('no API Key ID on a page without that column', () => {
    document.body.innerHTML = '<p>Get started creating API Keys</p>';
    expect(find(target('sendgrid.apikey', 'apiKeyId'))).toBeNull();
  });
});

describe('behind an open dialog', () => {
  it('the API Key ID in the list behind the key dialog is not the next control', () => {
    fakeLayout();
    document.body.innerHTML = `<table><thead><tr><th>Name</th><th>API Key ID</th></tr></thead>
      <tbody><tr><td>k</td><td><code>abcdefghijklmnopqrstuv</code></td></tr></tbody></table>
      <dialog open aria-modal="true" aria-labelledby="h"><h2 id="h">API Key Created</h2><button>Done</button></dialog>`;
    expect(find(target('sendgrid.apikey', 'apiKeyId'))).toBeNull();
  });
});
