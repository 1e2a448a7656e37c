// The background's progress store: repair of whatever storage holds, migrations, notices, and serialised writes.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { TASK_IDS, type TaskId } from '../../../utils/guide/schema';
import { ProgressStateSchema, type ProgressState } from '../../../utils/progress/model';
import { createProgressStore, NOTICES_KEY, PROGRESS_KEY, readNotices } from '../../../utils/progress/store';

let n = 0;
const deps = {
  now: () => 1_700_000_000_000,
  newId: () => `id-${++n}`,
  isConditional: (id: TaskId) => id === 'twilio.register' || id === 'twilio.compliance',
  taskTitle: (id: TaskId) => id,
};
const newStore = () => createProgressStore(deps);

/** Puts a raw value (and optionally a storage version) where progress lives, as an older or broken build might. */
async function seed(value: unknown, version?: unknown) {
  await fakeBrowser.storage.local.set({ progress: value });
  if (version !== undefined) await fakeBrowser.storage.local.set({ progress$: { v: version } });
}

async function stored(): Promise<{ value: ProgressState; version: unknown }> {
  const raw = await fakeBrowser.storage.local.get(['progress', 'progress$']);
  return { value: ProgressStateSchema.parse(raw.progress), version: (raw['progress$'] as { v?: unknown } | undefined)?.v };
}

beforeEach(() => {
  fakeBrowser.reset();
  n = 0;
});

describe('progress store: first run and faults', () => {
  it('starts a fresh onboarding on first run, without a notice', async () => {
    const state = await newStore().read();
    expect(state.onboardings).toHaveLength(1);
    expect(state.onboardings[0]!.name).toBe('My onboarding');
    expect((await stored()).version).toBe(2);
    expect(await readNotices()).toEqual([]);
  });

  const garbage: Array<[string, unknown, unknown]> = [
    ['a garbage string', '{"onboard', 2],
    ['null (a record cleared after it was written)', null, 2],
    ['a number', 42, 2],
    ['an array', [1, 2, 3], 2],
    ['true', true, 2],
    ['an object of the wrong shape', { hello: 'world' }, 2],
    ['onboardings that is not a list', { activeId: 'x', onboardings: 'nope' }, 2],
    ['a garbage string without a version', 'garbage', undefined],
    ['a number with a garbage version', 7, 'two'],
  ];
  it.each(garbage)('replaces %s with a fresh onboarding and a notice', async (_what, value, version) => {
    await seed(value, version);
    const state = await newStore().read();
    expect(state.onboardings).toHaveLength(1);
    expect(state.onboardings[0]!.tasks).toEqual({});
    const { value: persisted, version: v } = await stored();
    expect(persisted).toEqual(state);
    expect(v).toBe(2);
    const notices = await readNotices();
    expect(notices).toHaveLength(1);
    expect(notices[0]!.message).toMatch(/could not be read|no onboarding in it could be read|was empty \(null\)/);
    expect(notices[0]!.message).toMatch(/started a fresh onboarding/);
  });

  it('replaces progress written by a newer version and says which version it was', async () => {
    await seed({ shape: 'from the future' }, 3);
    const state = await newStore().read();
    expect(state.onboardings).toHaveLength(1);
    expect((await stored()).version).toBe(2);
    expect((await readNotices())[0]!.message).toMatch(/newer version of Engage Copilot \(storage version 3\)/);
  });

  it('upgrades version-1 progress (a flat list of done tasks) and keeps the done tasks', async () => {
    await seed({ done: ['sendgrid.account', 'sendgrid.plan', 'no.such.task'] });
    const state = await newStore().read();
    const ob = state.onboardings[0]!;
    expect(Object.keys(ob.tasks).sort()).toEqual(['sendgrid.account', 'sendgrid.plan']);
    expect(ob.tasks['sendgrid.plan']).toMatchObject({ status: 'done', source: 'manual' });
    expect((await stored()).version).toBe(2);
    const [notice] = await readNotices();
    expect(notice).toMatchObject({ kind: 'migrated' });
    expect(notice!.message).toMatch(/2 done tasks kept.*1 unknown task id was left out/);
  });

  it('keeps a valid record whose version marker was never written (half-written), without a notice', async () => {
    const good = { activeId: 'a', onboardings: [{ id: 'a', name: 'Acme', region: 'eu', createdAt: 5, tasks: { 'sendgrid.plan': { status: 'done', source: 'manual', at: 9 } } }] };
    await seed(good);
    expect(await newStore().read()).toEqual(good);
    expect(await readNotices()).toEqual([]);
  });

  it('salvages a half-written record: keeps readable onboardings and task states, drops the rest, and says what', async () => {
    await seed(
      {
        activeId: 'gone',
        onboardings: [
          { id: 'a', name: 'Acme', region: 'mars', createdAt: 1, tasks: { 'sendgrid.plan': { status: 'done', source: 'manual', at: 3, previous: 'bad' }, 'sendgrid.subuser': { status: 'finished' }, bogus: {} } },
          { name: 'no id' },
          'junk',
          { id: 'b', name: 'Beta', region: 'us', createdAt: 2 },
        ],
      },
      2,
    );
    const state = await newStore().read();
    expect(state.onboardings.map((o) => o.id)).toEqual(['a', 'b']);
    expect(state.activeId).toBe('a');
    expect(state.onboardings[0]).toMatchObject({ region: 'us', tasks: { 'sendgrid.plan': { status: 'done', at: 3 } } });
    expect(state.onboardings[0]!.tasks['sendgrid.plan']!.previous).toBeUndefined();
    expect(state.onboardings[1]!.tasks).toEqual({});
    const [notice] = await readNotices();
    expect(notice!.message).toMatch(/2 unreadable onboardings removed; 2 unreadable task states reset to “to do”; 2 damaged settings restored/);
    expect((await stored()).value).toEqual(state);
  });

  it('treats an unreadable notices list as empty, and a dismissed notice is gone', async () => {
    await fakeBrowser.storage.local.set({ progressNotices: 'garbage' });
    expect(await readNotices()).toEqual([]);
    await seed(12, 2);
    const store = newStore();
    await store.read();
    const [notice] = await readNotices();
    await store.run({ type: 'dismissNotice', noticeId: notice!.id });
    expect(await readNotices()).toEqual([]);
    expect(NOTICES_KEY).toBe('local:progressNotices');
  });
});

describe('progress store: single writer', () => {
  it('loses no change when twenty tasks are marked done at once from several callers', async () => {
    const store = newStore();
    const results = await Promise.all(TASK_IDS.map((taskId) => store.run({ type: 'setTaskState', taskId, status: 'done', source: 'manual' })));
    expect(results.every((r) => r.ok)).toBe(true);
    const { value } = await stored();
    expect(Object.keys(value.onboardings[0]!.tasks)).toHaveLength(TASK_IDS.length);
  });

  it('keeps working after a refused action and answers with its message', async () => {
    const store = newStore();
    const [refused, ok] = await Promise.all([
      store.run({ type: 'setTaskState', taskId: 'sendgrid.plan', status: 'skipped', source: 'manual', skipReason: 'x' }),
      store.run({ type: 'setTaskState', taskId: 'sendgrid.plan', status: 'done', source: 'manual' }),
    ]);
    expect(refused).toMatchObject({ ok: false, message: expect.stringMatching(/not optional/) });
    expect(ok.ok && ok.state.onboardings[0]!.tasks['sendgrid.plan']?.status).toBe('done');
  });

  it('reads the state back after a service-worker restart (a new store over the same storage)', async () => {
    await newStore().run({ type: 'createOnboarding', name: 'Acme', region: 'eu', workspace: 'acme' });
    const again = await newStore().read();
    expect(again.onboardings.map((o) => o.name)).toEqual(['My onboarding', 'Acme']);
    expect(again.onboardings[1]).toMatchObject({ region: 'eu', workspace: 'acme' });
  });

  it('refuses a malformed action from a message with a readable message', async () => {
    const r = await newStore().run({ type: 'setTaskState', taskId: 'nope' } as never);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(/^That change was not understood/);
  });

  it('stores progress under the versioned key other modules can watch', async () => {
    await newStore().read();
    expect(await storage.getItem(PROGRESS_KEY)).not.toBeNull();
  });
});

describe('progress store: renamed task ids', () => {
  // As if a later version had renamed two tasks; the guide's own map is empty until a task is renamed.
  const renames = { 'sendgrid.createSubuser': 'sendgrid.subuser', 'twilio.buyNumber': 'twilio.number' };
  const done = (evidence?: string) => ({ status: 'done', source: 'manual', at: 5, previous: null, ...(evidence ? { evidence } : {}) });

  it('carries progress saved under an old id to the new id, stores it renamed, and says so', async () => {
    await seed({
      activeId: 'a',
      onboardings: [
        { id: 'a', name: 'Acme', region: 'us', createdAt: 1, tasks: { 'sendgrid.createSubuser': done(), 'sendgrid.plan': done() } },
        // Both ids present (written by two versions): the new id's state wins, the old one is not double-counted.
        { id: 'b', name: 'Beta', region: 'eu', createdAt: 2, tasks: { 'twilio.buyNumber': done('old'), 'twilio.number': done('new') } },
      ],
    }, 2);
    const state = await createProgressStore({ ...deps, renames }).read();
    expect(Object.keys(state.onboardings[0]!.tasks).sort()).toEqual(['sendgrid.plan', 'sendgrid.subuser']);
    expect(state.onboardings[1]!.tasks['twilio.number']).toMatchObject({ evidence: 'new' });
    expect((await stored()).value.onboardings[0]!.tasks['sendgrid.subuser']).toMatchObject({ status: 'done' });
    expect((await readNotices()).map((x) => x.message)).toEqual([expect.stringContaining('progress on 2 tasks was carried over')]);
  });

  it('renames the done list of a version-1 record while migrating it', async () => {
    await seed({ done: ['twilio.buyNumber', 'sendgrid.plan'] });
    const state = await createProgressStore({ ...deps, renames }).read();
    expect(Object.keys(state.onboardings[0]!.tasks).sort()).toEqual(['sendgrid.plan', 'twilio.number']);
  });

  it('without the map, an unknown id is dropped and counted (what renaming without an entry would do)', async () => {
    await seed({ activeId: 'a', onboardings: [{ id: 'a', name: 'Acme', region: 'us', createdAt: 1, tasks: { 'sendgrid.createSubuser': done() } }] }, 2);
    const state = await newStore().read();
    expect(state.onboardings[0]!.tasks).toEqual({});
    expect((await readNotices())[0]!.message).toMatch(/1 unreadable task state reset/);
  });

  it("the guide's map never renames a task id the guide still has (progress under today's ids is left alone)", async () => {
    const { renameTaskIds, TASK_RENAMES } = await import('../../../utils/progress/renames');
    const tasks = Object.fromEntries(TASK_IDS.map((id) => [id, done()]));
    const raw = { activeId: 'a', onboardings: [{ id: 'a', name: 'Acme', region: 'us', createdAt: 1, tasks }] };
    expect(renameTaskIds(raw, TASK_RENAMES)).toEqual({ value: raw, moved: 0 });
    expect(renameTaskIds(raw, TASK_RENAMES).value).toBe(raw);
  });
});
