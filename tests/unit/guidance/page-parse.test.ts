// The content script's hand-written checks accept and return exactly what their zod schemas do.
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parsePicks, parseTargetRequest } from '../../../utils/guidance/page-parse';
import { TargetRequestSchema } from '../../../utils/guidance/wire';
import { FieldDescriptionSchema, PicksSchema } from '../../../utils/locator/description';
import { parseCarryFillHighlighted } from '../../../utils/vault/nonce';
import { CarryFillHighlightedSchema } from '../../../utils/vault/wire';

/** Strings near each bound, numbers at the integer edges, and stray keys and types. */
const text = fc.oneof(fc.string({ maxLength: 5 }), fc.string({ minLength: 38, maxLength: 42 }), fc.string({ minLength: 62, maxLength: 66 }),
  fc.string({ minLength: 198, maxLength: 202 }), fc.string({ minLength: 299, maxLength: 302 }));
const num = fc.oneof(fc.integer({ min: -3, max: 1e6 }), fc.double(), fc.constantFrom(Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 2, -0, NaN, Infinity));
const junk = fc.oneof(fc.constant(null), fc.constant(undefined), fc.boolean(), num, fc.array(fc.string(), { maxLength: 2 }));
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(fc.oneof(a, junk), { nil: undefined });
const description = fc.record(
  { label: maybe(text), name: maybe(text), placeholder: maybe(text), tag: fc.oneof(text, junk), type: maybe(text), nth: fc.oneof(num, junk), extra: maybe(text) },
  { requiredKeys: [] },
);
const nonce = fc.oneof(fc.stringMatching(/^[0-9a-f]{32}$/), fc.stringMatching(/^[0-9a-fA-F]{31,33}$/), fc.string());

/** Same verdict, and on success the same data (zod keeps an optional key given as undefined; ours leaves it out, which reads the same). */
const seen = { accepted: 0, refused: 0 };
function agrees(mine: unknown, zod: { success: boolean; data?: unknown }): void {
  seen[zod.success ? 'accepted' : 'refused'] += 1;
  expect(mine !== null).toBe(zod.success);
  if (zod.success) expect(mine).toEqual(zod.data);
}

describe('content-script checks match their schemas', () => {
  // Each property must meet both verdicts, or agreeing would prove little.
  beforeEach(() => Object.assign(seen, { accepted: 0, refused: 0 }));
  afterEach(() => {
    expect(seen.accepted).toBeGreaterThan(20);
    expect(seen.refused).toBeGreaterThan(20);
  });

  it('target requests', () => {
    fc.assert(fc.property(fc.oneof(fc.record({ taskId: fc.oneof(text, junk), targetKey: fc.oneof(text, junk), extra: text }, { requiredKeys: [] }), junk), (data) => {
      agrees(parseTargetRequest(data), TargetRequestSchema.safeParse(data));
    }), { numRuns: 2000 });
  });

  it('remembered picks (one description, and whole records)', () => {
    fc.assert(fc.property(description, (d) => {
      agrees(parsePicks({ k: d }), PicksSchema.safeParse({ k: d }));
      const one = FieldDescriptionSchema.safeParse(d);
      if (one.success) expect(parsePicks({ k: d })?.k).toEqual(one.data);
    }), { numRuns: 2000 });
    fc.assert(fc.property(fc.oneof(fc.dictionary(text, description, { maxKeys: 3 }), junk), (data) => {
      agrees(parsePicks(data), PicksSchema.safeParse(data));
    }), { numRuns: 1000 });
    const odd = [Object.create(null) as object, new Date(), new Map(), JSON.parse('{"__proto__": {"tag": "input", "nth": 0}}') as object];
    for (const data of odd) agrees(parsePicks(data), PicksSchema.safeParse(data));
  });

  it('the side-panel Fill nonce', () => {
    fc.assert(fc.property(fc.oneof(fc.record({ nonce: fc.oneof(nonce, junk) }, { requiredKeys: [] }), junk), (data) => {
      agrees(parseCarryFillHighlighted(data), CarryFillHighlightedSchema.safeParse(data));
    }), { numRuns: 2000 });
  });
});
