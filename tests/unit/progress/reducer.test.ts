// What each progress action does to the state, and what it refuses (pure reducer, no storage).
import { describe, expect, it } from 'vitest';
import type { TaskId } from '../../../utils/guide/schema';
import { freshState, ProgressActionSchema, type ProgressAction, type ProgressState } from '../../../utils/progress/model';
import { reduce, secretShape, type ReduceContext } from '../../../utils/progress/reducer';

let ids = 0;
const ctx: ReduceContext = {
  now: 1_700_000_000_000,
  newId: () => `ob-${++ids}`,
  isConditional: (id: TaskId) => id === 'twilio.register' || id === 'twilio.compliance',
  taskTitle: (id: TaskId) => ({ 'sendgrid.plan': 'Choose the Pro plan' })[id as string] ?? id,
};

function apply(state: ProgressState, action: ProgressAction): ProgressState {
  const r = reduce(state, ProgressActionSchema.parse(action), ctx);
  if (!r.ok) throw new Error(r.message);
  return r.state;
}
function refusal(state: ProgressState, action: ProgressAction): string {
  const r = reduce(state, ProgressActionSchema.parse(action), ctx);
  return r.ok ? '' : r.message;
}
const start = () => freshState('first', 1);

describe('progress reducer', () => {
  it('marks a task done by hand and undoes it back to an untouched to-do', () => {
    const done = apply(start(), { type: 'setTaskState', taskId: 'sendgrid.plan', status: 'done', source: 'manual' });
    expect(done.onboardings[0]!.tasks['sendgrid.plan']).toMatchObject({ status: 'done', source: 'manual', previous: null, at: ctx.now });
    const undone = apply(done, { type: 'undoTask', taskId: 'sendgrid.plan' });
    expect(undone.onboardings[0]!.tasks['sendgrid.plan']).toBeUndefined();
  });

  it('restores the hand-marked state when a failed API check reopened the task and the person undoes that', () => {
    let s = apply(start(), { type: 'setTaskState', taskId: 'sendgrid.subscription', status: 'done', source: 'manual' });
    s = apply(s, { type: 'setTaskState', taskId: 'sendgrid.subscription', status: 'todo', source: 'api', evidence: 'subscription tracking is off' });
    expect(s.onboardings[0]!.tasks['sendgrid.subscription']).toMatchObject({ status: 'todo', source: 'api', previous: { status: 'done', source: 'manual' } });
    s = apply(s, { type: 'undoTask', taskId: 'sendgrid.subscription' });
    expect(s.onboardings[0]!.tasks['sendgrid.subscription']).toMatchObject({ status: 'done', source: 'manual' });
    expect(refusal(s, { type: 'undoTask', taskId: 'sendgrid.subscription' })).toMatch(/nothing to undo/);
  });

  it('skips a conditional task with a reason, and refuses a skip without one or of a required task', () => {
    const s = apply(start(), { type: 'setTaskState', taskId: 'twilio.register', status: 'skipped', source: 'manual', skipReason: '  toll-free number  ' });
    expect(s.onboardings[0]!.tasks['twilio.register']).toMatchObject({ status: 'skipped', skipReason: 'toll-free number' });
    expect(refusal(start(), { type: 'setTaskState', taskId: 'twilio.register', status: 'skipped', source: 'manual', skipReason: '   ' })).toMatch(/Say why/);
    expect(refusal(start(), { type: 'setTaskState', taskId: 'sendgrid.plan', status: 'skipped', source: 'manual', skipReason: 'later' })).toMatch(
      /“Choose the Pro plan” is not optional/,
    );
  });

  it('applies a batch of task states in one step, all or none', () => {
    const s = apply(start(), {
      type: 'setTaskStates',
      changes: [
        { taskId: 'sendgrid.plan', status: 'done', source: 'api', evidence: 'verified by SendGrid API, 14:02' },
        { taskId: 'twilio.register', status: 'skipped', source: 'api', skipReason: 'toll-free number' },
      ],
    });
    expect(s.onboardings[0]!.tasks['sendgrid.plan']).toMatchObject({ status: 'done', source: 'api' });
    expect(s.onboardings[0]!.tasks['twilio.register']).toMatchObject({ status: 'skipped', skipReason: 'toll-free number' });
    // One refused change refuses the batch: nothing half-applied.
    expect(refusal(start(), {
      type: 'setTaskStates',
      changes: [
        { taskId: 'sendgrid.plan', status: 'done', source: 'api' },
        { taskId: 'sendgrid.subscription', status: 'skipped', source: 'api', skipReason: 'n/a' },
      ],
    })).toMatch(/is not optional/);
    const same = reduce(s, ProgressActionSchema.parse({ type: 'setTaskStates', changes: [{ taskId: 'sendgrid.plan', status: 'done', source: 'api', evidence: 'verified by SendGrid API, 14:02' }] }), ctx);
    expect(same.ok && same.state).toBe(s);
  });

  it('leaves the state untouched when the page reports a step that is already recorded', () => {
    const s = apply(start(), { type: 'setTaskState', taskId: 'segment.identifiers', status: 'done', source: 'page', evidence: 'table lists email and phone' });
    const again = reduce(s, ProgressActionSchema.parse({ type: 'setTaskState', taskId: 'segment.identifiers', status: 'done', source: 'page', evidence: 'table lists email and phone' }), ctx);
    expect(again.ok && again.state).toBe(s);
  });

  it('refuses evidence or reasons that look like secrets', () => {
    expect(secretShape('SG.abcdefghijklmnopqrstuv.abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG')).toBe('a SendGrid API key');
    expect(
      refusal(start(), { type: 'setTaskState', taskId: 'twilio.apikey', status: 'done', source: 'api', evidence: 'secret 0123456789abcdef0123456789abcdef' }),
    ).toMatch(/never stores secrets/);
  });

  it('creates, renames, switches, resets and deletes onboardings, always keeping one', () => {
    let s = apply(start(), { type: 'createOnboarding', name: ' Acme EU ', region: 'eu', workspace: 'acme', space: '' });
    const acme = s.onboardings[1]!;
    expect(acme).toMatchObject({ name: 'Acme EU', region: 'eu', workspace: 'acme' });
    expect(acme.space).toBeUndefined();
    expect(s.activeId).toBe(acme.id);
    s = apply(s, { type: 'setTaskState', taskId: 'sendgrid.account', status: 'done', source: 'manual' });
    s = apply(s, { type: 'updateOnboarding', onboardingId: acme.id, name: 'Acme Europe', workspace: '', space: 'main' });
    expect(s.onboardings[1]).toMatchObject({ name: 'Acme Europe', space: 'main' });
    expect(s.onboardings[1]!.workspace).toBeUndefined();
    s = apply(s, { type: 'switchOnboarding', onboardingId: 'first' });
    expect(s.activeId).toBe('first');
    s = apply(s, { type: 'resetOnboarding', onboardingId: acme.id });
    expect(s.onboardings[1]!.tasks).toEqual({});
    s = apply(s, { type: 'deleteOnboarding', onboardingId: 'first' });
    expect(s.onboardings.map((o) => o.id)).toEqual([acme.id]);
    expect(s.activeId).toBe(acme.id);
    s = apply(s, { type: 'deleteOnboarding', onboardingId: acme.id });
    expect(s.onboardings).toHaveLength(1);
    expect(s.onboardings[0]!.name).toBe('My onboarding');
  });

  it('says so when an action names an onboarding that another panel deleted', () => {
    expect(refusal(start(), { type: 'switchOnboarding', onboardingId: 'gone' })).toMatch(/no onboarding with id `gone`/);
  });

  it('rejects bad settings at the boundary with a specific message', () => {
    const r = ProgressActionSchema.safeParse({ type: 'createOnboarding', name: 'x', workspace: 'Acme Workspace' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(/lower-case slug/);
    expect(ProgressActionSchema.safeParse({ type: 'createOnboarding', name: '   ' }).error?.issues[0]?.message).toMatch(/give the onboarding a name/);
  });
});

describe('what the panel shows about progress', () => {
  it('counts done and skipped tasks per stage, finds the next task, and names how a task was decided', async () => {
    const { guide } = await import('../../../utils/guide');
    const { stageCount, nextTask, describeState, missingSlugs } = await import('../../../utils/progress/view');
    let s = apply(start(), { type: 'setTaskState', taskId: 'segment.identifiers', status: 'done', source: 'page', evidence: 'Identifier lists email and phone' });
    s = apply(s, { type: 'setTaskState', taskId: 'twilio.register', status: 'skipped', source: 'manual', skipReason: 'toll-free' });
    const ob = s.onboardings[0]!;
    expect(guide.stages.map((st) => stageCount(st, ob))).toEqual([
      { complete: 1, total: 1 },
      { complete: 0, total: 11 },
      { complete: 1, total: 8 },
    ]);
    expect(nextTask(guide, ob)?.id).toBe('sendgrid.account');
    expect(describeState(ob.tasks['segment.identifiers'])).toMatch(/^Done, seen on the page, \d\d:\d\d/);
    expect(describeState(undefined)).toBe('To do');
    // An API check's evidence says how and when itself: the card's line does not repeat it.
    const { stateLine } = await import('../../../utils/progress/view');
    const api = { status: 'done', source: 'api', at: 0, evidence: 'verified by Twilio API, 10:56' } as const;
    expect(stateLine(api)).toBe('Done, verified by Twilio API, 10:56');
    // Examples in the steps speak of the open onboarding, not of the guide's "acme".
    const { exampleFor } = await import('../../../utils/progress/view');
    expect(exampleFor('e.g. `twilio_engage_app_acme`.', { name: 'Beta Corp', workspace: undefined })).toBe('e.g. `twilio_engage_app_beta_corp`.');
    expect(exampleFor('e.g. `twilio_engage_app_acme`.', { name: 'Beta', workspace: 'beta-ws' })).toBe('e.g. `twilio_engage_app_beta_ws`.');
    const segmentTask = guide.stages[0]!.tasks[0]!;
    expect(missingSlugs(segmentTask, ob)).toBe(true);
    expect(missingSlugs(segmentTask, { ...ob, workspace: 'acme', space: 'default' })).toBe(false);
    expect(missingSlugs(guide.stages[1]!.tasks[0]!, ob)).toBe(false);
  });
});
