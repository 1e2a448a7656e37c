// @vitest-environment happy-dom
// Reading SendGrid's record tables by the column names a person reads, whatever the markup.
import { beforeEach, describe, expect, it } from 'vitest';
import { readRecordTables } from '../../../utils/dns/page';
import { fakeLayout } from '../locator/geometry';

beforeEach(() => fakeLayout());

const rows = (html: string) => {
  document.body.innerHTML = html;
  return readRecordTables(document);
};

describe('readRecordTables', () => {
  it('reads an HTML table with Type, Host and Value columns, leaving out the copy buttons', () => {
    expect(
      rows(`<h2>Install DNS Records</h2><table><thead><tr><th>Type</th><th>Host</th><th>Value</th></tr></thead>
        <tbody><tr><td>CNAME</td><td>em1234.example.com <button>Copy</button></td><td>u1234.wl.sendgrid.net <button>Copy</button></td></tr></tbody></table>`),
    ).toEqual([{ type: 'CNAME', host: 'em1234.example.com', value: 'u1234.wl.sendgrid.net' }]);
  });
  it('reads an ARIA grid whose columns come in another order, with values in read-only inputs', () => {
    expect(
      rows(`<div role="table"><div role="row"><span role="columnheader">VALUE</span><span role="columnheader">TYPE</span><span role="columnheader">HOST</span></div>
        <div role="row"><span role="cell"><input readonly value="149.72.134.21"></span><span role="cell">A</span><span role="cell">o1.email.example.com</span></div></div>`),
    ).toEqual([{ type: 'A', host: 'o1.email.example.com', value: '149.72.134.21' }]);
  });
  it('ignores tables that are not record tables, and hidden ones', () => {
    expect(rows(`<table><tr><th>Status</th><th>Domain</th></tr><tr><td>Pending</td><td>example.com</td></tr></table>`)).toEqual([]);
    expect(rows(`<table style="display:none"><tr><th>Type</th><th>Host</th><th>Value</th></tr><tr><td>A</td><td>o1.x.com</td><td>1.2.3.4</td></tr></table>`)).toEqual([]);
  });
});
