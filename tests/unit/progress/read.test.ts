// read.ts (the side panel's zod-free reads) against the zod schemas they stand in for: the same verdict and the same
// output on valid, near-valid and corrupted values, and no schema field the reader does not know.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TASK_IDS } from '../../../utils/guide/names';
import { NoticeSchema, NoticesSchema, OnboardingSchema, ProgressStateSchema, TaskStateSchema } from '../../../utils/progress/model';
import { READ_KEYS, readNoticeList, readProgressState } from '../../../utils/progress/read';

/** What the schema's parse gives, in the reader's terms. */
const zodProgress = (v: unknown) => {
  const r = ProgressStateSchema.safeParse(v);
  return r.success ? r.data : null;
};
const zodNotices = (v: unknown) => {
  const r = NoticesSchema.safeParse(v);
  return r.success ? r.data : null;
};

// Values near each boundary the schemas draw: lengths, integers, slugs, names with spaces, known and unknown words.
const text = (max: number) => fc.oneof(fc.string({ minLength: 0, maxLength: 3 }), fc.string({ minLength: max - 1, maxLength: max + 1 }));
const count = fc.oneof(fc.nat(), fc.constantFrom(-1, 0.5, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 2, -0));
const maybe = <T,>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });

const core = fc.record(
  {
    status: fc.constantFrom('todo', 'done', 'skipped', 'finished'),
    source: fc.constantFrom('manual', 'page', 'api', 'robot'),
    evidence: text(500),
    skipReason: text(500),
    at: count,
    extra: fc.string(),
  },
  { requiredKeys: ['status', 'source', 'at'] },
);
const taskState = fc.record(
  { status: fc.constantFrom('todo', 'done', 'skipped'), source: fc.constantFrom('manual', 'page', 'api'), at: fc.nat(), evidence: maybe(text(500)), previous: fc.oneof(fc.constant(null), core) },
  { requiredKeys: ['status', 'source', 'at'] },
);
const slug = fc.constantFrom('acme', 'acme-eu', '-acme', 'Acme', 'a'.repeat(100), 'a'.repeat(101), '', 'x_y');
const onboarding = (id: fc.Arbitrary<string>) =>
  fc.record(
    {
      id,
      name: fc.oneof(fc.constantFrom('Acme', '  Acme  ', '   ', ''), text(80), fc.string({ minLength: 79, maxLength: 79 }).map((s) => ` ${s} `)),
      region: fc.constantFrom('us', 'eu', 'EU'),
      workspace: slug,
      space: slug,
      createdAt: count,
      tasks: fc.dictionary(fc.constantFrom(...TASK_IDS, 'sendgrid.bogus', '__proto__'), taskState, { maxKeys: 4 }),
      note: fc.string(),
    },
    { requiredKeys: ['id', 'name', 'region', 'createdAt', 'tasks'] },
  );
const ids = fc.constantFrom('a', 'b', 'c', '', 'x'.repeat(65));
/** Near the boundary on every field: most of these are refused somewhere. */
const edgy = fc
  .array(onboarding(ids), { minLength: 0, maxLength: 3 })
  .chain((list) => fc.record({ activeId: fc.oneof(ids, fc.constantFrom(...list.map((o) => o.id), 'a')), onboardings: fc.constant(list) }));

/** Valid on every field (optional ones present or not), so changes in output (trim, dropped keys) are compared too. */
const goodTask = fc.record(
  {
    status: fc.constantFrom('todo', 'done', 'skipped'),
    source: fc.constantFrom('manual', 'page', 'api'),
    at: fc.nat(),
    evidence: fc.string({ minLength: 1, maxLength: 20 }),
    skipReason: fc.string({ minLength: 1, maxLength: 20 }),
    previous: fc.oneof(fc.constant(null), fc.record({ status: fc.constantFrom('todo', 'done'), source: fc.constant('page'), at: fc.nat() })),
  },
  { requiredKeys: ['status', 'source', 'at'] },
);
const goodOnboarding = (id: string) =>
  fc.record(
    {
      id: fc.constant(id),
      name: fc.oneof(fc.constantFrom('Acme', ' Acme Corp ', 'Beta\t'), fc.string({ minLength: 1, maxLength: 12 }).map((x) => `N${x}`)),
      region: fc.constantFrom('us', 'eu'),
      workspace: fc.constantFrom('acme', 'acme-eu', '7up'),
      space: fc.constantFrom('default', 'prod-2'),
      createdAt: fc.nat(),
      tasks: fc.dictionary(fc.constantFrom(...TASK_IDS), goodTask, { maxKeys: 5 }),
    },
    { requiredKeys: ['id', 'name', 'region', 'createdAt', 'tasks'] },
  );
const good = fc
  .uniqueArray(fc.constantFrom('a', 'b', 'c', 'onboarding-1'), { minLength: 1, maxLength: 3 })
  .chain((list) => fc.record({ activeId: fc.constantFrom(...list), onboardings: fc.tuple(...list.map(goodOnboarding)) }));
const state = fc.oneof({ arbitrary: good, weight: 2 }, { arbitrary: edgy, weight: 1 });

/** Replaces one value somewhere inside `v` (chosen by `path`) with `leaf`: corruption anywhere in the tree. */
function corrupt(v: unknown, path: number[], leaf: unknown): unknown {
  if (path.length === 0 || typeof v !== 'object' || v === null) return leaf;
  const [step, ...rest] = path;
  if (Array.isArray(v)) {
    if (v.length === 0) return leaf;
    const at = step! % v.length;
    return v.map((x, i) => (i === at ? corrupt(x, rest, leaf) : x));
  }
  const keys = Object.keys(v);
  if (keys.length === 0) return leaf;
  const key = keys[step! % keys.length]!;
  return { ...(v as Record<string, unknown>), [key]: corrupt((v as Record<string, unknown>)[key], rest, leaf) };
}

/** What storage can hold: the value as JSON would carry it (no undefined keys, no -0). */
const stored = (v: unknown) => JSON.parse(JSON.stringify(v)) as unknown;

describe('readProgressState', () => {
  it('agrees with ProgressStateSchema on generated states, before and after they are stored', () => {
    let accepted = 0;
    fc.assert(
      fc.property(state, (s) => {
        expect(readProgressState(s)).toStrictEqual(zodProgress(s));
        expect(readProgressState(stored(s))).toStrictEqual(zodProgress(stored(s)));
        if (zodProgress(stored(s))) accepted++;
      }),
      { numRuns: 600 },
    );
    // The generator sits on the boundary: both verdicts come up often, so agreement is not "both refuse everything".
    expect(accepted).toBeGreaterThan(200);
    expect(accepted).toBeLessThan(580);
  });

  it('agrees with it after any one value in the tree is replaced by any JSON value', () => {
    fc.assert(
      fc.property(state, fc.array(fc.nat(), { maxLength: 6 }), fc.jsonValue(), (s, path, leaf) => {
        const v = corrupt(s, path, leaf);
        expect(readProgressState(v)).toStrictEqual(zodProgress(v));
      }),
      { numRuns: 600 },
    );
  });

  it('accepts a valid state, trimming the name and dropping unknown keys as the schema does', () => {
    const raw = {
      activeId: 'a',
      onboardings: [{ id: 'a', name: '  Acme  ', region: 'us', createdAt: 1, tasks: { 'segment.identifiers': { status: 'done', source: 'manual', at: 2, x: 1 } }, note: 'x' }],
      junk: true,
    };
    const read = readProgressState(raw);
    expect(read).toStrictEqual({ activeId: 'a', onboardings: [{ id: 'a', name: 'Acme', region: 'us', createdAt: 1, tasks: { 'segment.identifiers': { status: 'done', source: 'manual', at: 2 } } }] });
    expect(read).toStrictEqual(zodProgress(raw));
  });

  it('skips a stored "__proto__" task key as the schema does', () => {
    const raw = JSON.parse(
      '{"activeId":"a","onboardings":[{"id":"a","name":"A","region":"eu","createdAt":1,"tasks":{"__proto__":{"status":"done"},"twilio.number":{"status":"done","source":"page","at":3}}}]}',
    ) as unknown;
    expect(readProgressState(raw)).toStrictEqual(zodProgress(raw));
    expect(readProgressState(raw)?.onboardings[0]?.tasks).toStrictEqual({ 'twilio.number': { status: 'done', source: 'page', at: 3 } });
  });

  it('refuses what the schema refuses: no active onboarding, duplicate ids, an unknown task id, non-objects', () => {
    const one = { id: 'a', name: 'A', region: 'us', createdAt: 1, tasks: {} };
    for (const bad of [
      { activeId: 'b', onboardings: [one] },
      { activeId: 'a', onboardings: [one, one] },
      { activeId: 'a', onboardings: [] },
      { activeId: 'a', onboardings: [{ ...one, tasks: { 'sendgrid.bogus': { status: 'done', source: 'manual', at: 1 } } }] },
      null,
      [],
      'progress',
      { done: ['segment.identifiers'] },
    ]) {
      expect(readProgressState(bad)).toBeNull();
      expect(zodProgress(bad)).toBeNull();
    }
  });

  it('knows every field the schemas have (a new field fails here until read.ts reads it)', () => {
    expect(Object.keys(TaskStateSchema.shape)).toEqual([...READ_KEYS.taskState]);
    expect(Object.keys(OnboardingSchema.shape)).toEqual([...READ_KEYS.onboarding]);
    expect(Object.keys(ProgressStateSchema.shape)).toEqual([...READ_KEYS.progressState]);
    expect(Object.keys(NoticeSchema.shape)).toEqual([...READ_KEYS.notice]);
  });
});

describe('readNoticeList', () => {
  const notice = fc.record(
    { id: fc.oneof(fc.constant(''), fc.string()), at: count, kind: fc.constantFrom('repaired', 'migrated', 'other'), message: fc.oneof(fc.constant(''), fc.string()), more: fc.string() },
    { requiredKeys: ['id', 'at', 'kind', 'message'] },
  );

  it('agrees with NoticesSchema on generated and corrupted lists', () => {
    fc.assert(
      fc.property(fc.array(notice, { maxLength: 4 }), fc.array(fc.nat(), { maxLength: 3 }), fc.jsonValue(), fc.boolean(), (list, path, leaf, spoil) => {
        const v = spoil ? corrupt(list, path, leaf) : list;
        expect(readNoticeList(v)).toStrictEqual(zodNotices(v));
      }),
      { numRuns: 600 },
    );
  });
});
