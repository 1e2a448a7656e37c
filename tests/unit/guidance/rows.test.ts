import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { taskById } from '../../../utils/guide/index';
import { detectDone } from '../../../utils/guidance/done';
import { isOn } from '../../../utils/guidance/judge';
import { chooseRow, rememberedAt, rowNotes, rowValueOf, tickedRows, valuesIn, withRows } from '../../../utils/guidance/rows';
import { wantsFor } from '../../../utils/guidance/check';
import { findAll } from '../../../utils/locator/find';
import { fakeLayout } from '../locator/geometry';

const warmup = taskById('sendgrid.warmup');
const editIp = warmup.targets.find((t) => t.key === 'editIp')!;
const senders = taskById('twilio.service').targets.find((t) => t.key === 'senderNumber')!;
const IP = { value: '149.72.134.21', for: 'twilio_engage_app_acme' };

// The real console may list the IPs in any order: .22 comes first here.
const ipList = (warming: string[] = []) => `<h2>IP Addresses</h2><table><tr><th>IP Address</th><th>Warmup</th></tr>
  ${['149.72.134.22', '149.72.134.21'].map((ip) => `<tr><td>${ip}</td><td>${warming.includes(ip) ? 'Warming up' : 'Not warming up'}</td>
  <td><button aria-label="Edit ${ip}">✎</button></td></tr>`).join('')}</table>`;
const numbers = (ticked: string[] = []) => `<div role="dialog" aria-modal="true" aria-labelledby="h"><h2 id="h">Add Senders</h2>
  ${['+1 415 555 0142', '+1 415 555 0187', '+1 628 555 0103'].map((n, i) => `<div><input type="checkbox" id="n${i}" ${ticked.includes(n) ? 'checked' : ''}><label for="n${i}">${n}</label></div>`).join('')}</div>`;

beforeEach(() => fakeLayout());
afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('which row is this onboarding’s', () => {
  it('reads IPs and numbers by value, a number by its digits, and no IP inside a longer one', () => {
    expect(valuesIn('Edit 149.72.134.21 or 149.72.134.210', 'engageIp')).toEqual(['149.72.134.21', '149.72.134.210']);
    expect(valuesIn('+1 (415) 555-0187', 'engageNumber')).toEqual(['14155550187']);
  });

  it('prefers the pencil in the remembered IP’s row, wherever the list puts it', () => {
    document.body.innerHTML = ipList();
    const all = findAll(document, editIp);
    expect(all).toHaveLength(2);
    expect(chooseRow(all, 'engageIp', IP)?.element.getAttribute('aria-label')).toBe('Edit 149.72.134.21');
    // Nothing remembered: today's behaviour, the first.
    expect(chooseRow(all, 'engageIp', undefined)?.element.getAttribute('aria-label')).toBe('Edit 149.72.134.22');
  });

  it('prefers the checkbox of the number bought, not the first number', () => {
    document.body.innerHTML = numbers();
    const found = chooseRow(findAll(document, senders), 'engageNumber', { value: '+1 415 555 0187' });
    expect(rowValueOf(found!.element, 'engageNumber')).toBe('14155550187');
  });

  it('names the right number when the person ticked another', () => {
    document.body.innerHTML = numbers(['+1 415 555 0142']);
    const all = findAll(document, senders);
    const mine = chooseRow(all, 'engageNumber', { value: '+1 415 555 0187' })!;
    expect(rowNotes(mine, all, 'engageNumber', { value: '+1 415 555 0187' }, isOn)).toEqual([
      'You ticked +1 415 555 0142; you bought +1 415 555 0187 for this onboarding: untick it and tick +1 415 555 0187.',
    ]);
    expect(rowNotes(all[0]!, [], 'engageIp', IP, isOn)).toEqual([]);
  });

  it('says which IP the ring is on when it is not the subuser’s', () => {
    document.body.innerHTML = ipList();
    const other = findAll(document, editIp)[0]!;
    expect(rowNotes(other, [], 'engageIp', IP, isOn)).toEqual(['This is 149.72.134.22; the subuser twilio_engage_app_acme uses 149.72.134.21.']);
  });
});

describe('warmup is done only on the remembered IP’s row', () => {
  const shows = warmup.success!.shows;
  it('another IP warming up is refused; the subuser’s IP warming up is done', () => {
    document.body.innerHTML = ipList(['149.72.134.22']);
    expect(detectDone(document, shows, () => 'Allow … was ticked', { engageIp: IP })).toBeNull();
    document.body.innerHTML = ipList(['149.72.134.22', '149.72.134.21']);
    expect(detectDone(document, shows, () => 'Allow … was ticked', { engageIp: IP })).toMatch(/“Warming up” for 149\.72\.134\.21/);
  });
});

describe('remembering the choice', () => {
  const subuser = taskById('sendgrid.subuser');
  const g = { task: subuser, wants: wantsFor(subuser, 'us'), watchDone: true };
  const dialog = (ticked: string[]) => `<div role="dialog" aria-modal="true" aria-labelledby="t"><h2 id="t">Create New Subuser</h2>
    <fieldset><legend>Add IP Addresses</legend>${['149.72.134.21', '149.72.134.22'].map((ip, i) =>
      `<label for="ip${i}">${ip}</label><input type="checkbox" id="ip${i}" ${ticked.includes(ip) ? 'checked' : ''}>`).join('')}</fieldset></div>`;
  const target = subuser.targets.find((t) => t.remembers)!;

  it('keeps the one IP ticked, with the subuser’s name; several ticked forget it', () => {
    document.body.innerHTML = dialog(['149.72.134.21']);
    const ticked = new Map([[`sendgrid.subuser ${target.key}`, tickedRows(document, target, isOn)!]]);
    expect(rememberedAt(g, 'twilio_engage_app_acme', ticked)).toEqual({ name: 'engageIp', value: '149.72.134.21', for: 'twilio_engage_app_acme' });
    document.body.innerHTML = dialog(['149.72.134.21', '149.72.134.22']);
    ticked.set(`sendgrid.subuser ${target.key}`, tickedRows(document, target, isOn)!);
    expect(rememberedAt(g, 'twilio_engage_app_acme', ticked)).toEqual({ name: 'engageIp' });
  });

  it('keeps the number the success screen quotes', () => {
    const number = taskById('twilio.number');
    expect(rememberedAt({ task: number, wants: {}, watchDone: true }, '+1 415 555 0187', new Map())).toEqual({ name: 'engageNumber', value: '+1 415 555 0187' });
  });

  it('the callout names the remembered IP; without one it says in plain words which to choose', () => {
    const g2 = { task: warmup, wants: wantsFor(warmup, 'us'), watchDone: true };
    const known = withRows(g2, { engageIp: IP });
    expect(known.task.targets[0]!.instruction).toMatch(/next to the IP address you gave the Engage subuser\. Yours is \*\*149\.72\.134\.21\*\*: the subuser twilio_engage_app_acme uses it\./);
    expect(known.rows).toEqual({ engageIp: IP });
    const unknown = withRows(g2, {});
    expect(unknown.rows).toBeUndefined();
    expect(unknown.task.targets[0]!.instruction).toBe('Click the pencil icon next to the IP address you gave the Engage subuser.');
  });
});
