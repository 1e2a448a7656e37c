import { beforeEach, describe, expect, it } from 'vitest';
import { describeElement, pickOnce, resolveDescription } from '../../../utils/locator/pick';
import { fakeLayout } from './geometry';

beforeEach(() => fakeLayout());

describe('show me the field', () => {
  it('remembers the second of two same-labelled fields by label and position, not by its generated id', () => {
    const page = (n: number) => `<form><label for="a${n}">API Key</label><input id="a${n}" name="key"></form>
      <form><label for="b${n}">API Key</label><input id="b${n}" name="key"></form>`;
    document.body.innerHTML = page(1);
    const d = describeElement(document, document.getElementById('b1')!);
    expect(d).toEqual({ tag: 'input', label: 'api key', name: 'key', nth: 1 });
    expect(JSON.stringify(d)).not.toContain('b1');
    document.body.innerHTML = page(2); // a reload: every id changed
    expect(resolveDescription(document, d)?.id).toBe('b2');
  });

  it('ignores a click a page script fakes, and takes the next real one', async () => {
    document.body.innerHTML = '<input id="x" aria-label="Request URL">';
    const c = new AbortController();
    const picked = pickOnce(document, c.signal, () => false);
    document.getElementById('x')!.click(); // isTrusted is false
    c.abort();
    expect(await picked).toBeNull();
  });
});
