// Issue class 4: a select's option is compared with the guide's choice as a person reads it.
import { describe, expect, it } from 'vitest';
import { choiceKey, compareChoice } from '../../../utils/guide/rules-choice';
import { judge } from '../../../utils/guidance/judge';
import { resolveWant, taskById } from '../../../utils/guide';

describe('choice comparison', () => {
  it('ignores case, surrounding whitespace, trailing punctuation and typographic quotes', () => {
    for (const shown of ['Market my services.', '  market my services  ', 'MARKET MY SERVICES!', 'Market my services…']) {
      expect(compareChoice(shown, 'Market my services')).toEqual({ ok: true });
    }
    expect(compareChoice('Defer to sender’s webhook', "Defer to sender's webhook")).toEqual({ ok: true });
    expect(compareChoice('“HTTP Post”', '"HTTP Post"')).toEqual({ ok: true });
    expect(choiceKey('HTTP  Post ')).toBe('http post');
  });

  it('still tells different choices apart, and says what was expected', () => {
    expect(compareChoice('HTTP Get', 'HTTP Post')).toEqual({ ok: false, message: 'Choose `HTTP Post`: this shows `HTTP Get`' });
    expect(compareChoice('Market my services and more', 'Market my services').ok).toBe(false);
  });

  it("judges Twilio's select showing the API's wording with a full stop as the guide's choice", () => {
    const target = taskById('twilio.service').targets.find((t) => t.key === 'messagingUse')!;
    document.body.innerHTML = '<select><option>Notify my users</option><option selected>Market my services.</option></select>';
    const select = document.querySelector('select')!;
    const want = { want: resolveWant(target, 'us') };
    expect(judge(target, want, select, () => undefined)).toMatchObject({ state: 'valid', satisfied: true });
    document.body.innerHTML = '<select><option selected>Notify my users</option><option>Market my services.</option></select>';
    const wrong = judge(target, want, document.querySelector('select')!, () => undefined);
    expect(wrong).toMatchObject({ state: 'invalid', satisfied: false });
    expect(wrong?.issues[0]?.message).toBe('Choose `Market my services`: this shows `Notify my users`');
  });
});
