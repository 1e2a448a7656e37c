// A radio the guide wants says which option is expected and why when another one of its group is chosen.
import { describe, expect, it } from 'vitest';
import { taskById } from '../../../utils/guide/index';
import { expectedLine } from '../../../utils/guidance/check';
import { judge } from '../../../utils/guidance/judge';

const keyType = taskById('twilio.apikey').targets.find((t) => t.key === 'keyType')!;

describe('the Twilio key type radio', () => {
  const group = (chosen: string) => {
    document.body.innerHTML = `<fieldset><legend>Key type</legend>${['Standard', 'Main', 'Restricted']
      .map((t) => `<input type="radio" name="key-type" id="r-${t}" value="${t}" ${t === chosen ? 'checked' : ''}><label for="r-${t}">${t}</label>`)
      .join('')}</fieldset>`;
    return document.getElementById('r-Main')!;
  };
  const verdict = (chosen: string) => judge(keyType, undefined, group(chosen), () => undefined);

  it('Standard chosen: invalid, naming Main and why', () => {
    const v = verdict('Standard')!;
    expect(v.state).toBe('invalid');
    expect(v.issues[0]!.message).toMatch(/\*\*Standard\*\* is selected; choose \*\*Main\*\*: only a Main key can read the account/);
  });

  it('Main chosen: valid; nothing chosen yet: no verdict', () => {
    expect(verdict('Main')!.state).toBe('valid');
    expect(verdict('')!.state).toBeNull();
  });

  it('the callout names the option it expects', () => {
    expect(expectedLine(keyType, 'us')).toBe('Expected: **Main** selected');
  });

  it('a prefix label reads as what it means, never as the pattern "Pro …"', () => {
    const pro = taskById('sendgrid.plan').targets.find((t) => t.labels[0] === 'Pro …')!;
    expect(expectedLine(pro, 'us')).toBe('Expected: an option starting with **Pro** selected');
  });
});

describe('the SendGrid plan radio', () => {
  const pro = taskById('sendgrid.plan').targets.find((t) => t.labels[0] === 'Pro …')!;
  const plans = (chosen: string) => {
    document.body.innerHTML = `<div role="dialog" aria-label="Email API Plans">${['Free', 'Essentials 50K', 'Pro 100K', 'Premier']
      .map((p, i) => `<label><input type="radio" name="plan" value="plan-${i}" ${p === chosen ? 'checked' : ''}>${p}</label>`)
      .join('')}</div>`;
    return document.querySelectorAll('input')[2]!;
  };
  const verdict = (chosen: string) => judge(pro, undefined, plans(chosen), () => undefined)!;

  it('Premier serves as well as Pro: subusers need Pro or higher', () => {
    expect(verdict('Premier')).toMatchObject({ state: 'valid', satisfied: true });
    expect(verdict('Pro 100K')).toMatchObject({ state: 'valid', satisfied: true });
  });

  it('a lower plan is named by what the person reads, never by the form value behind it', () => {
    const v = verdict('Essentials 50K');
    expect(v.state).toBe('invalid');
    expect(v.issues[0]!.message).toMatch(/^\*\*Essentials 50K\*\* is selected; choose an option starting with \*\*Pro\*\*/);
    expect(v.issues[0]!.message).not.toContain('plan-1');
  });
});
