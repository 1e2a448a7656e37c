// Whatever storage holds, the repair yields a valid state; and concurrent writes equal the same writes in order.
import * as fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TASK_IDS, type TaskId } from '../../../utils/guide/schema';
import { ProgressActionSchema, ProgressStateSchema, type ProgressAction } from '../../../utils/progress/model';
import { reduce } from '../../../utils/progress/reducer';
import { migrateV1, repair } from '../../../utils/progress/repair';
import { createProgressStore } from '../../../utils/progress/store';

let n = 0;
const ctx = { now: 1_700_000_000_000, newId: () => `id-${++n}` };
const isConditional = (id: TaskId) => id === 'twilio.register' || id === 'twilio.compliance';

const taskState = fc.record(
  { status: fc.constantFrom('todo', 'done', 'skipped', 'finished', 3), source: fc.constantFrom('manual', 'page', 'api', 'robot'), at: fc.oneof(fc.nat(), fc.string()), previous: fc.anything() },
  { requiredKeys: [] },
);
const onboardingLike = fc.record(
  {
    id: fc.oneof(fc.string(), fc.nat()),
    name: fc.oneof(fc.string(), fc.constant(undefined)),
    region: fc.constantFrom('us', 'eu', 'mars'),
    workspace: fc.oneof(fc.string(), fc.constantFrom('acme', 'Acme Corp')),
    createdAt: fc.oneof(fc.nat(), fc.double()),
    tasks: fc.oneof(fc.dictionary(fc.constantFrom(...TASK_IDS, 'bogus'), taskState), fc.anything()),
  },
  { requiredKeys: [] },
);

describe('repair of stored progress (property)', () => {
  it('turns any JSON value, v1 or v2-like record into a valid state without throwing', () => {
    const stored = fc.oneof(
      fc.jsonValue(),
      fc.record({ done: fc.array(fc.oneof(fc.constantFrom(...TASK_IDS), fc.string())) }),
      fc.record({ activeId: fc.oneof(fc.string(), fc.anything()), onboardings: fc.array(fc.oneof(onboardingLike, fc.anything()), { maxLength: 5 }) }),
    );
    fc.assert(
      fc.property(stored, fc.option(fc.integer({ min: -2, max: 5 })), (raw, version) => {
        const migrated = migrateV1(raw, ctx);
        const input = 'passThrough' in migrated ? migrated.passThrough : migrated.state;
        const r = repair(input, ctx, version ?? undefined);
        expect(ProgressStateSchema.safeParse(r.state).success).toBe(true);
        // A value that was not already valid always comes with a sentence for the person.
        if (input !== null && input !== undefined && !ProgressStateSchema.safeParse(input).success) expect(r.notice?.message).toBeTruthy();
      }),
      { numRuns: 400 },
    );
  });
});

describe('single writer (property)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('ends in the same state as applying the same actions one by one, however many arrive at once', async () => {
    const action: fc.Arbitrary<ProgressAction> = fc.oneof(
      fc.record({
        type: fc.constant('setTaskState' as const),
        taskId: fc.constantFrom(...TASK_IDS),
        status: fc.constantFrom('todo' as const, 'done' as const, 'skipped' as const),
        source: fc.constantFrom('manual' as const, 'page' as const, 'api' as const),
        skipReason: fc.constantFrom('toll-free number', ''),
      }),
      fc.record({ type: fc.constant('undoTask' as const), taskId: fc.constantFrom(...TASK_IDS) }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 25 }), async (actions) => {
        fakeBrowser.reset();
        n = 0;
        const store = createProgressStore({ now: () => ctx.now, newId: ctx.newId, isConditional, taskTitle: (id) => id });
        const first = await store.read();
        await Promise.all(actions.map((a) => store.run(a)));
        let expected = first;
        for (const a of actions) {
          const r = reduce(expected, ProgressActionSchema.parse(a), { now: ctx.now, newId: ctx.newId, isConditional });
          if (r.ok) expected = r.state;
        }
        expect(await store.read()).toEqual(expected);
      }),
      { numRuns: 40 },
    );
  });
});
