// Any string may be typed or pasted into a console field: the rules answer every one, quickly, and recognise valid values.
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RULE_FOR_VALUE, RuleResultSchema, checkValue, checkValueFor, recognizeValue } from '../../../utils/guide/rules';
import { RULE_IDS, type ValueName } from '../../../utils/guide/schema';

const rule = fc.constantFrom(...RULE_IDS);
const region = fc.constantFrom('us' as const, 'eu' as const);
const TRICKY = ['\u200B', '\u200E', '\u202E', '\u2066', '\uFEFF', '\u00AD', ' ', '\n', '\t', '\u00A0', '`', '<script>', '</p>', '&amp;', 'שלום', 'مرحبا', '•••', 'SG.', 'AC', 'SK', 'twilio_engage_app_', 'https://', '.segment.com', '\uD83D\uDE00', '\uD800'];
/** Strings mixing ordinary text with the characters that break naive validators. */
const anyText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.array(fc.oneof(fc.constantFrom(...TRICKY), fc.string({ maxLength: 5 })), { maxLength: 40 }).map((a) => a.join('')),
);

const hex = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: n, maxLength: n });
const b64url = (n: number) =>
  fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-'), minLength: n, maxLength: n });
const alnum = (n: number) =>
  fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'), minLength: n, maxLength: n });

/** Generators of valid values, by the name the guide carries them under. */
const VALID: Record<ValueName, fc.Arbitrary<string>> = {
  'sendgrid.subuserName': fc.stringMatching(/^[a-z0-9]{1,40}$/).map((s) => `twilio_engage_app_${s}`),
  'sendgrid.apiKeyId': b64url(22).filter((s) => !/^(AC|SK)/.test(s)),
  'sendgrid.apiKey': fc.tuple(b64url(22), b64url(43)).map(([id, secret]) => `SG.${id}.${secret}`),
  'twilio.accountSid': hex(32).map((h) => `AC${h}`),
  'twilio.apiKeySid': hex(32).map((h) => `SK${h}`),
  'twilio.apiKeySecret': alnum(32).filter((s) => !/^(AC|SK)[0-9a-fA-F]{32}$/.test(s)),
  'segment.twilioWebhookUrl': fc.stringMatching(/^[a-z0-9]{1,12}$/).map((p) => `https://engage-webhooks.segment.com/twilio/${p}`),
};

describe('checkValue on anything a person might paste', () => {
  it('never throws and always answers in the RuleResult shape', () => {
    fc.assert(
      fc.property(rule, anyText, region, (r, input, reg) => {
        const result = checkValue(r, input, { region: reg });
        expect(RuleResultSchema.safeParse(result).success).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps every message short and free of invisible or direction characters', () => {
    fc.assert(
      fc.property(rule, anyText, region, (r, input, reg) => {
        const result = checkValue(r, input, { region: reg });
        const all = result.ok ? result.warnings : result.issues;
        for (const issue of all) {
          expect(issue.message.length).toBeLessThan(400);
          expect(issue.message).not.toMatch(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('answers 1 MB of text, RTL, zero-width and HTML within a few milliseconds per rule', () => {
    const huge = [
      'x'.repeat(1 << 20),
      '\u200B'.repeat(1 << 20),
      '<img src=x onerror=alert(1)>'.repeat(40_000),
      'שלום\u202E'.repeat(200_000),
      ' '.repeat(1 << 20),
      // Just under the cap: the full hygiene scan runs.
      `${'\u200B '.repeat(4_999)}x`,
    ];
    for (const input of huge) {
      for (const r of RULE_IDS) {
        const t0 = performance.now();
        const result = checkValue(r, input, { region: 'us' });
        expect(performance.now() - t0, `${r} on ${input.length} chars`).toBeLessThan(100);
        expect(result.ok).toBe(false);
      }
    }
  });

  it('never answers with a secret inside a message', () => {
    fc.assert(
      fc.property(VALID['sendgrid.apiKey'], VALID['twilio.apiKeySecret'], rule, (key, secret, r) => {
        for (const input of [key, `${key} `, `\u200B${secret}`, ` ${secret}`]) {
          const result = checkValue(r, input, { region: 'us' });
          const text = (result.ok ? result.warnings : result.issues).map((i) => i.message).join(' ');
          expect(text).not.toContain(key.slice(3));
          expect(text).not.toContain(secret);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('recognizeValue and valid values', () => {
  it.each(Object.keys(VALID) as ValueName[])('recognises a generated %s and its rule accepts it', (name) => {
    fc.assert(
      fc.property(VALID[name], region, (value, reg) => {
        expect(recognizeValue(value)).toBe(name);
        expect(recognizeValue(` ${value}\u200B`)).toBe(name);
        const result = checkValueFor(name, value, { region: reg });
        expect(result.ok).toBe(true);
        expect(result.ok && result.value).toBe(value);
        expect(RULE_FOR_VALUE[name]).toBeDefined();
      }),
      { numRuns: 200 },
    );
  });

  it('offers fixes that the rule then accepts', () => {
    const dirty = fc.tuple(
      fc.constantFrom(...(Object.keys(VALID) as ValueName[])),
      fc.constantFrom(' ', '\u200B', '\n', '\uFEFF', '  '),
      fc.boolean(),
    );
    fc.assert(
      fc.property(dirty.chain(([name, junk, front]) => VALID[name].map((v) => [name, front ? junk + v : v + junk] as const)), ([name, input]) => {
        let current = input;
        // Apply one-click fixes until the value passes: a mechanical fix never needs the person's judgement.
        for (let i = 0; i < 3; i++) {
          const result = checkValueFor(name, current, { region: 'us' });
          if (result.ok) return;
          const fix = result.issues.find((x) => x.fix)?.fix;
          expect(fix, `${name} ${JSON.stringify(current)}`).toBeDefined();
          current = fix!.value;
        }
        expect(checkValueFor(name, current, { region: 'us' }).ok).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('gives up on long or empty input instead of guessing', () => {
    expect(recognizeValue('')).toBeNull();
    expect(recognizeValue('x'.repeat(1 << 20))).toBeNull();
    expect(recognizeValue('hello world')).toBeNull();
    expect(recognizeValue('https://engage-ma-webhook-api.engage.segment.com/sendgrid')).toBeNull();
  });
});
