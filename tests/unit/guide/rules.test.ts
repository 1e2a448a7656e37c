// Value rules: the messages a person sees while typing or pasting into a console field, and the one-click fixes.
import { describe, expect, it } from 'vitest';
import { checkValue, checkValueFor, type RuleResult } from '../../../utils/guide/rules';
import { preview } from '../../../utils/guide/rule-text';
import { RULE_IDS, type RuleId } from '../../../utils/guide/schema';

const us = { region: 'us' } as const;
const eu = { region: 'eu' } as const;
const US_URL = 'https://engage-ma-webhook-api.engage.segment.com/sendgrid';
const EU_URL = 'https://engage-ma-webhook-api.euw1.engage.segment.com/sendgrid';
const KEY_ID = 'qfTQ6KG0QBiwWdJ0-pCLCA';
const SG_KEY = `SG.${KEY_ID}.TwL2iGABf9DHoTf-09kqeF8tAmbihYzrnopKc-1s5cr`;
const ACCOUNT_SID = `AC${'0123456789abcdef'.repeat(2)}`;
const API_KEY_SID = `SK${'fedcba9876543210'.repeat(2)}`;
const SECRET = 'l6LUelKF2BUtMLace5oShZSmRppadYqI';

function issues(r: RuleResult) {
  if (r.ok) throw new Error(`expected issues, got ok for ${r.value}`);
  return r.issues;
}
const messages = (r: RuleResult) => issues(r).map((i) => i.message).join(' | ');

describe('SendGrid subuser and API key names', () => {
  it('says what the prefix must be and quotes what was typed', () => {
    const r = checkValue('subuserName', 'twilio-engage-app-acme', us);
    expect(messages(r)).toBe('Subuser name must start with `twilio_engage_app_`; you typed `twilio-engage-app-acme`');
    expect(issues(r)[0]?.fix).toEqual({ label: 'Use twilio_engage_app_', value: 'twilio_engage_app_acme' });
  });

  it('asks for lower case when the badge’s upper-case prefix was copied', () => {
    const r = checkValue('subuserName', 'TWILIO_ENGAGE_APP_acme', us);
    expect(messages(r)).toContain('in lower case');
    expect(issues(r)[0]?.fix?.value).toBe('twilio_engage_app_acme');
  });

  it('offers to add the prefix, and asks for a name after a bare prefix', () => {
    expect(issues(checkValue('apiKeyName', 'acme', us))[0]?.fix?.value).toBe('twilio_engage_app_acme');
    expect(messages(checkValue('subuserName', 'twilio_engage_app_', us))).toContain('Add a unique name after');
  });

  it('accepts a good subuser name and caps it at 64 characters', () => {
    expect(checkValue('subuserName', 'twilio_engage_app_acme', us)).toEqual({ ok: true, value: 'twilio_engage_app_acme', warnings: [] });
    expect(messages(checkValue('subuserName', `twilio_engage_app_${'a'.repeat(50)}`, us))).toContain('at most 64 characters');
  });
});

describe('stray spaces and invisible characters', () => {
  it('says "this has a trailing space" and fixes it by trimming', () => {
    const r = checkValue('twilioAccountSid', `${ACCOUNT_SID} `, us);
    expect(issues(r)).toEqual([
      { code: 'trailingSpace', message: 'This has a trailing space', fix: { label: 'Remove the space', value: ACCOUNT_SID } },
    ]);
  });

  it('offers "Remove the spaces" only when there is more than one', () => {
    const fix = (v: string) => issues(checkValue('twilioAccountSid', v, us))[0]?.fix?.label;
    expect(fix(`${ACCOUNT_SID}  `)).toBe('Remove the spaces');
    expect(fix(` ${ACCOUNT_SID} `)).toBe('Remove the spaces');
    expect(fix(` ${ACCOUNT_SID}`)).toBe('Remove the space');
  });

  it('names a leading space and a trailing line break', () => {
    expect(messages(checkValue('subuserName', ' twilio_engage_app_a', us))).toBe('This starts with a space');
    expect(messages(checkValue('subuserName', 'twilio_engage_app_a\n', us))).toBe('This ends with a line break');
  });

  it('finds a zero-width character and fixes it by stripping', () => {
    const r = checkValue('twilioApiKeySid', `SK\u200B${API_KEY_SID.slice(2)}`, us);
    expect(issues(r)).toEqual([
      { code: 'invisible', message: 'This has a zero-width character (U+200B)', fix: { label: 'Remove invisible characters', value: API_KEY_SID } },
    ]);
  });

  it('reports a space hidden behind an invisible character', () => {
    const codes = issues(checkValue('subuserName', 'twilio_engage_app_a \u200B', us)).map((i) => i.code);
    expect(codes).toEqual(['invisible', 'trailingSpace']);
  });

  it('treats a value of only spaces as empty', () => {
    expect(issues(checkValue('nonEmpty', ' \u200B ', us))[0]?.code).toBe('empty');
    expect(issues(checkValue('nonEmpty', '', us))[0]?.code).toBe('empty');
  });
});

describe('domain names (domain authentication and reverse DNS)', () => {
  it('takes a bare domain, and warns (with a fix) about a leading www.', () => {
    expect(checkValue('domainName', 'acme.example', us)).toEqual({ ok: true, value: 'acme.example', warnings: [] });
    expect(checkValue('domainName', 'mail.acme.co.uk', us).ok).toBe(true);
    const www = checkValue('domainName', 'www.acme.com', us);
    expect(www.ok && www.warnings[0]?.fix).toEqual({ label: 'Use acme.com', value: 'acme.com' });
  });

  it('says what was pasted instead of a domain, and offers the domain inside it', () => {
    const url = issues(checkValue('domainName', 'https://acme.example/', us));
    expect(url[0]?.message).toBe('Type only the domain, e.g. `example.com`; you typed a web address: `https://acme.example/`');
    expect(url[0]?.fix).toEqual({ label: 'Use acme.example', value: 'acme.example' });
    expect(issues(checkValue('domainName', 'news@acme.example', us))[0]?.fix).toEqual({ label: 'Use acme.example', value: 'acme.example' });
    expect(issues(checkValue('domainName', 'acme.example/email', us))[0]?.message).toMatch(/you typed more than a domain/);
  });

  it('refuses what is not a domain name at all', () => {
    for (const typed of ['acme', 'acme..example', '-acme.example', 'acme.example_1', 'acme .example'])
      expect(issues(checkValue('domainName', typed, us)).map((i) => i.code).join()).toMatch(/notDomain|space/);
  });
});

describe('SendGrid API key and API Key ID', () => {
  it('accepts a 69-character key and a 22-character ID', () => {
    expect(checkValue('sendgridApiKey', SG_KEY, us).ok).toBe(true);
    expect(checkValue('sendgridApiKeyId', KEY_ID, us).ok).toBe(true);
  });

  it('says how long a key must be without quoting the secret', () => {
    const r = checkValue('sendgridApiKey', SG_KEY.slice(0, 68), us);
    expect(messages(r)).toBe('A SendGrid API key is 69 characters (`SG.` + 22 + `.` + 43); this has 68 characters');
    expect(messages(checkValue('sendgridApiKey', `XX${SG_KEY.slice(2)}`, us))).not.toContain(SG_KEY.slice(10, 30));
  });

  it('recognises a whole key pasted into the API Key ID field and offers the ID part', () => {
    const r = checkValue('sendgridApiKeyId', SG_KEY, us);
    expect(messages(r)).toBe('You pasted the whole API key; this field wants the API Key ID (22 characters)');
    expect(messages(r)).not.toContain(SG_KEY);
    expect(issues(r)[0]?.fix?.value).toBe(KEY_ID);
  });

  it('recognises the API Key ID pasted where the key goes', () => {
    expect(messages(checkValue('sendgridApiKey', KEY_ID, us))).toContain('This looks like the API Key ID');
  });
});

describe('Twilio SIDs and secret', () => {
  it('recognises swapped SIDs', () => {
    expect(messages(checkValue('twilioApiKeySid', ACCOUNT_SID, us))).toBe(
      'This is the Account SID; this field wants the API Key SID',
    );
    expect(messages(checkValue('twilioAccountSid', API_KEY_SID, us))).toBe(
      'This is the API Key SID; this field wants the Account SID',
    );
    expect(messages(checkValue('twilioApiKeySecret', API_KEY_SID, us))).toBe(
      'This is the API Key SID; this field wants the API Key Secret',
    );
  });

  it('explains length, digits and the masked on-screen text', () => {
    expect(messages(checkValue('twilioAccountSid', ACCOUNT_SID.slice(0, 33), us))).toContain('this has 33 characters');
    expect(messages(checkValue('twilioAccountSid', `AC${'g'.repeat(32)}`, us))).toContain('`g` is not one');
    expect(issues(checkValue('twilioAccountSid', 'AC••••••••••', us))[0]?.code).toBe('masked');
    expect(issues(checkValue('twilioAccountSid', `ac${ACCOUNT_SID.slice(2)}`, us))[0]?.fix?.value).toBe(ACCOUNT_SID);
  });

  it('only warns about an unusual secret, and never quotes it', () => {
    expect(checkValue('twilioApiKeySecret', SECRET, us)).toEqual({ ok: true, value: SECRET, warnings: [] });
    const short = checkValue('twilioApiKeySecret', SECRET.slice(0, 31), us);
    expect(short.ok).toBe(true);
    expect(short.ok && short.warnings[0]?.message).toContain('this has 31 characters');
    expect(messages(checkValue('twilioApiKeySecret', `${SECRET}\u200B`, us))).not.toContain(SECRET.slice(0, 8));
  });

  it('checks carried values with their own rule', () => {
    expect(checkValueFor('twilio.apiKeySid', API_KEY_SID, us).ok).toBe(true);
    expect(checkValueFor('sendgrid.apiKeyId', KEY_ID, us).ok).toBe(true);
    expect(checkValueFor('twilio.accountSid', API_KEY_SID, us).ok).toBe(false);
  });
});

describe('webhook URLs', () => {
  it('wants the exact SendGrid webhook URL for the region', () => {
    expect(checkValue('sendgridWebhookUrl', US_URL, us).ok).toBe(true);
    expect(checkValue('sendgridWebhookUrl', EU_URL, eu).ok).toBe(true);
    const r = checkValue('sendgridWebhookUrl', US_URL, eu);
    expect(messages(r)).toBe(`EU workspaces use \`${EU_URL}\`; this is the US URL`);
    expect(issues(r)[0]?.fix?.value).toBe(EU_URL);
    expect(messages(checkValue('sendgridWebhookUrl', EU_URL, us))).toContain('US workspaces use');
  });

  it('fixes http, a trailing slash and typos to the exact URL', () => {
    for (const typed of [US_URL.replace('https', 'http'), `${US_URL}/`, US_URL.replace('engage-ma', 'engage_ma')])
      expect(issues(checkValue('sendgridWebhookUrl', typed, us))[0]?.fix?.value).toBe(US_URL);
  });

  it('wants a Segment https URL in Twilio’s Request URL, and spots the SendGrid one', () => {
    expect(checkValue('segmentTwilioWebhookUrl', 'https://webhooks.engage.segment.com/twilio/abc', us).ok).toBe(true);
    expect(messages(checkValue('segmentTwilioWebhookUrl', US_URL, us))).toContain('This is the SendGrid event-webhook URL');
    expect(issues(checkValue('segmentTwilioWebhookUrl', 'https://evil.example/segment.com', us))[0]?.code).toBe('host');
    expect(issues(checkValue('segmentTwilioWebhookUrl', 'https://segment.com.evil.example/', us))[0]?.code).toBe('host');
  });
});

describe('identifier traits', () => {
  it('accepts email and phone only, and fixes case', () => {
    expect(checkValue('identifierTrait', 'email', us).ok).toBe(true);
    expect(checkValue('identifierTrait', 'phone', us).ok).toBe(true);
    expect(issues(checkValue('identifierTrait', 'Phone', us))[0]?.fix?.value).toBe('phone');
    expect(messages(checkValue('identifierTrait', 'user_id', us))).toBe(
      'Engage needs the traits `email` and `phone`; you typed `user_id`',
    );
  });
});

describe('showing input safely', () => {
  it('quotes a truncated preview with invisible and direction characters spelled out', () => {
    const m = messages(checkValue('identifierTrait', `\u202Eevil${'x'.repeat(100)}`, us));
    expect(m).toContain('This has an invisible direction mark (U+202E)');
    expect(m).toContain('you typed `evilxxxx');
    expect(m).toContain('…`');
    expect(m.length).toBeLessThan(200);
    expect(m).not.toMatch(/[\u202A-\u202E\u200B]/);
    expect(preview('a\u200Bb`c\nd')).toBe('`a⟨U+200B⟩bˋc⏎d`');
  });

  it('reports a 1 MB paste by its length at once', () => {
    const t0 = performance.now();
    const r = checkValue('sendgridApiKey', 'A'.repeat(1 << 20), us);
    expect(performance.now() - t0).toBeLessThan(50);
    expect(messages(r)).toBe('This is 1,048,576 characters long; this field wants a SendGrid API key');
  });

  it('knows every rule id of the schema', () => {
    for (const rule of RULE_IDS) expect(() => checkValue(rule as RuleId, 'x', us)).not.toThrow();
  });
});
