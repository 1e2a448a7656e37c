// decide(page, state) over each task's screens: its steps, intermediate screens and success screen.
import { describe, expect, it } from 'vitest';
import { allTasks, taskById } from '../../../utils/guide/index';
import type { TaskId, ValueName } from '../../../utils/guide/schema';
import { decide, missingAfter, SETTLE_MS, successLine, type GuideState, type PageView, type Seen, type TaskView } from '../../../utils/guidance/decide';
import { endsOf } from '../../../utils/guidance/engine';
import type { Located } from '../../../utils/guidance/walk';

const el = { getAttribute: () => null } as unknown as Element;
const OPEN = allTasks().map((t) => ({ id: t.id, title: t.title }));

/** A task as the page shows it: which targets are on screen, which are satisfied, and its success screen. */
function view(id: TaskId, on: string[], opts: { satisfied?: string[]; success?: Seen; focused?: string } = {}): TaskView {
  const task = taskById(id);
  const locs: Located[] = task.targets.map((target) => ({
    target,
    found: on.includes(target.key) ? { element: el, anchor: el, via: 'label' } : null,
    remembered: false,
    verdict: opts.satisfied?.includes(target.key) ? { state: null, issues: [], satisfied: true } : undefined,
  }));
  const ends = endsOf({ task, wants: {}, watchDone: true });
  const focused = opts.focused ? task.targets.findIndex((t) => t.key === opts.focused) : -1;
  return {
    id, title: task.title, locs, success: opts.success ?? null, watchDone: true,
    ...(ends ? { ends } : {}), ...(focused >= 0 ? { focused } : {}),
  };
}
function page(tasks: TaskView[], extra: Partial<PageView> = {}): PageView {
  return { tasks, kept: new Set(), open: OPEN, anyFoundElsewhere: false, isTop: true, now: 10_000, ...extra };
}
function fresh(extra: Partial<GuideState> = {}): GuideState {
  return { dismissedKey: '', picking: false, succeeded: new Map(), savedElsewhere: new Set(), missing: null, ...extra };
}
/** The target key a decision points at. */
function pointsAt(p: PageView, s: GuideState = fresh()): string | undefined {
  const d = decide(p, s);
  return d.kind === 'point' ? p.tasks[d.task]!.locs[d.loc]!.target.key : `(${d.kind})`;
}
const seen = (evidence: string, quote?: string): Seen => ({ evidence, ...(quote ? { quote } : {}) });

describe('decide: walking a task step by step', () => {
  it('twilio.number: Search, then Buy on the results, then the confirm button in the review dialog', () => {
    expect(pointsAt(page([view('twilio.number', ['search'])]))).toBe('search');
    expect(pointsAt(page([view('twilio.number', ['search', 'buy'])]))).toBe('buy');
    expect(pointsAt(page([view('twilio.number', ['confirmBuy'])]))).toBe('confirmBuy');
  });

  it('segment.sms: Copy webhook URL, in the guide’s order, before the Account SID below it, until the URL is kept', () => {
    const smsPage = ['copyWebhookUrl', 'accountSid', 'apiKeySid', 'apiKeySecret', 'verify'];
    const d = decide(page([view('segment.sms', smsPage)]), fresh());
    expect(d).toMatchObject({ kind: 'point', keep: 'segment.twilioWebhookUrl' });
    expect(pointsAt(page([view('segment.sms', smsPage)]))).toBe('copyWebhookUrl');
    expect(pointsAt(page([view('segment.sms', smsPage)], { kept: new Set<ValueName>(['segment.twilioWebhookUrl']) }))).toBe('accountSid');
    expect(pointsAt(page([view('segment.sms', smsPage)]), fresh({ savedElsewhere: new Set<ValueName>(['segment.twilioWebhookUrl']) }))).toBe('accountSid');
    // The 2025 screen has no such button: the walk starts at the Account SID.
    expect(pointsAt(page([view('segment.sms', smsPage.slice(1))]))).toBe('accountSid');
  });

  it('twilio.number: while results load (Search showing, no Buy yet), it never says it could not find Buy', () => {
    const d = decide(page([view('twilio.number', ['search'], { satisfied: ['search'] })]), fresh());
    expect(d.kind).not.toBe('missing');
  });

  it('twilio.service: Add Senders stays the step until the pool lists a sender, then the number, Add Phone Numbers, Step 3', () => {
    expect(pointsAt(page([view('twilio.service', ['addSenders', 'setUpIntegration'])]))).toBe('addSenders');
    expect(pointsAt(page([view('twilio.service', ['senderNumber', 'addPhoneNumbers'])]))).toBe('senderNumber');
    expect(pointsAt(page([view('twilio.service', ['senderNumber', 'addPhoneNumbers'], { satisfied: ['senderNumber'] })]))).toBe('addPhoneNumbers');
    expect(pointsAt(page([view('twilio.service', ['addSenders', 'setUpIntegration'], { satisfied: ['addSenders'] })]))).toBe('setUpIntegration');
  });

  it('sendgrid.plan: the plan dialog points at a Pro option, then Confirm Plan', () => {
    expect(pointsAt(page([view('sendgrid.plan', ['proPlan', 'confirmPlan'])]))).toBe('proPlan');
    expect(pointsAt(page([view('sendgrid.plan', ['proPlan', 'confirmPlan'], { satisfied: ['proPlan'] })]))).toBe('confirmPlan');
  });

  it('keeps the focused text field highlighted while the person types', () => {
    expect(pointsAt(page([view('sendgrid.subuser', ['username', 'email'], { focused: 'username', satisfied: ['username'] })]))).toBe('username');
  });

  it('the page picks the first task with something showing (the wizard step belongs to twilio.webhook)', () => {
    const d = decide(page([view('twilio.service', []), view('twilio.webhook', ['sendWebhook'])]), fresh());
    expect(d).toMatchObject({ kind: 'point', task: 1 });
  });
});

describe('decide: "Couldn\'t find"', () => {
  const nothing = () => page([view('sendgrid.plan', [])]);
  it('waits for the page to settle, then says it', () => {
    const first = decide(nothing(), fresh());
    expect(first).toMatchObject({ kind: 'wait', key: 'changePlan', until: 10_000 + SETTLE_MS });
    const missing = missingAfter(fresh(), first, 10_000);
    expect(decide({ ...nothing(), now: 10_000 + SETTLE_MS - 1 }, fresh({ missing })).kind).toBe('wait');
    expect(decide({ ...nothing(), now: 10_000 + SETTLE_MS }, fresh({ missing }))).toMatchObject({ kind: 'missing', key: 'changePlan' });
  });
  it('never in a frame, nor when another frame of the tab shows the target, nor once dismissed', () => {
    const late = fresh({ missing: { key: 'changePlan', since: 0 } });
    expect(decide({ ...nothing(), isTop: false }, late).kind).toBe('quiet');
    expect(decide({ ...nothing(), anyFoundElsewhere: true }, late).kind).toBe('quiet');
    expect(decide(nothing(), { ...late, dismissedKey: 'changePlan' }).kind).toBe('quiet');
  });
  it('never on an intermediate screen of the task (part of it shows, the next control is not there yet)', () => {
    const late = fresh({ missing: { key: 'x', since: 0 } });
    expect(decide(page([view('sendgrid.domain', ['verify'], { satisfied: [] })]), late).kind).toBe('point');
    expect(decide(page([view('twilio.service', ['createService'], { satisfied: ['createService'] })]), late).kind).not.toBe('missing');
  });
  it('never on a success screen of the same task', () => {
    const late = fresh({ missing: { key: 'createService', since: 0 } });
    const d = decide(page([view('twilio.service', [], { success: seen('The page shows “Messaging Service created”.') })]), late);
    expect(d.kind).toBe('done');
  });
});

describe('decide: success screens', () => {
  it('twilio.number: "Number bought: +1 415 555 0142. Next: …", marked done with the page’s evidence', () => {
    const d = decide(page([view('twilio.number', ['search'], { success: seen('The page shows “Your new phone number is”.', '+1 415 555 0142') })]), fresh());
    expect(d).toMatchObject({ kind: 'done', evidence: 'The page shows “Your new phone number is”.' });
    expect(d.kind === 'done' && d.banner.text).toBe('**Number bought**: +1 415 555 0142. Next: Register the number (if necessary).');
  });

  it('never restarts after its success screen: the same page later (dialog closed) is still the success, not "Search"', () => {
    const succeeded = new Map([['twilio.number' as TaskId, seen('The page shows “Your new phone number is”.')]]);
    expect(decide(page([view('twilio.number', ['search', 'buy'])]), fresh({ succeeded })).kind).toBe('done');
  });

  it('a success the page cannot prove offers one click to mark it done, and the next task on the page is guided meanwhile', () => {
    const d = decide(page([
      view('twilio.compliance', [], { success: seen('The page shows “Messaging Service created”.') }),
      view('twilio.webhook', ['toCompliance']),
    ]), fresh());
    expect(d).toMatchObject({ kind: 'point', task: 1, banner: { taskId: 'twilio.compliance', markDone: true } });
    expect(d.kind === 'point' && d.banner?.text).toMatch(/^\*\*Messaging Service set up\*\*\. /);
  });

  it('the end of the wizard proves the webhook (its Request URL was seen) but not the compliance info', () => {
    const d = decide(page([
      view('twilio.webhook', [], { success: seen('The page shows “Messaging Service created”, and Request URL held a Segment webhook URL.') }),
      view('twilio.compliance', [], { success: seen('The page shows “Messaging Service created”.') }),
    ]), fresh());
    expect(d).toMatchObject({ kind: 'done', task: 0 });
    const after = decide(page([view('twilio.compliance', [], { success: seen('The page shows “Messaging Service created”.') })]), fresh());
    expect(after).toMatchObject({ kind: 'quiet', banner: { taskId: 'twilio.compliance', markDone: true } });
  });

  it('the success line names the next open task in guide order', () => {
    const t = view('twilio.service', []);
    expect(successLine(t, seen('x'), OPEN)).toBe('**Messaging Service created, with its sender**. Next: Point the Messaging Service at Segment.');
  });

  it('tasks with only a done signal say "<title>: done"', () => {
    const d = decide(page([view('sendgrid.subscription', [], { success: seen('“Subscription Tracking” reads “Enabled”.') })]), fresh());
    expect(d.kind === 'done' && d.banner.text).toMatch(/^\*\*Enable subscription tracking: done\*\*\./);
  });

  it('a person who undid a page-detected done is guided again, never re-marked', () => {
    const t = { ...view('sendgrid.subscription', ['subscriptionTracking'], { success: seen('reads Enabled') }), watchDone: false };
    expect(pointsAt(page([t]))).toBe('subscriptionTracking');
  });
});

describe('decide: secrets shown once', () => {
  const copyScreen = (extra: Partial<PageView> = {}, s?: GuideState) =>
    decide(page([view('twilio.apikey', ['friendlyName', 'sid', 'secret'], { success: seen('The page shows “Copy secret key”.') })], extra), s ?? fresh());
  const keyAt = (d: ReturnType<typeof decide>) => (d.kind === 'point' ? taskById('twilio.apikey').targets[d.loc]!.key : d.kind);

  it('twilio.apikey: not done on sight; points at the SID, then the Secret, then done with both kept', () => {
    expect(copyScreen()).toMatchObject({ kind: 'point', keep: 'twilio.apiKeySid' });
    expect(keyAt(copyScreen())).toBe('sid');
    expect(keyAt(copyScreen({ kept: new Set<ValueName>(['twilio.apiKeySid']) }))).toBe('secret');
    const done = copyScreen({ kept: new Set<ValueName>(['twilio.apiKeySid', 'twilio.apiKeySecret']) });
    expect(done).toMatchObject({ kind: 'done', evidence: 'The page shows “Copy secret key”. Kept: Twilio API Key SID and Twilio API Key Secret.' });
  });

  it('"I saved it elsewhere" counts as kept', () => {
    const d = copyScreen({}, fresh({ savedElsewhere: new Set<ValueName>(['twilio.apiKeySid', 'twilio.apiKeySecret']) }));
    expect(d.kind).toBe('done');
  });

  it('sendgrid.apikey: the key in its dialog first, then Done, then the API Key ID on the list', () => {
    const shown = seen('The page shows “API Key ID”.');
    const at = (on: string[], kept: ValueName[]) => pointsAt(page([view('sendgrid.apikey', on, { success: shown })], { kept: new Set(kept) }));
    expect(at(['apiKey', 'doneButton'], [])).toBe('apiKey');
    expect(at(['apiKey', 'doneButton'], ['sendgrid.apiKey'])).toBe('doneButton');
    expect(at(['createApiKey', 'apiKeyId'], ['sendgrid.apiKey'])).toBe('apiKeyId');
    expect(decide(page([view('sendgrid.apikey', ['createApiKey'], { success: shown })], { kept: new Set<ValueName>(['sendgrid.apiKey', 'sendgrid.apiKeyId']) }), fresh()).kind).toBe('done');
  });

  it('a value still to keep that the screen no longer shows: a banner says how, with "saved elsewhere"', () => {
    const d = decide(page([view('sendgrid.apikey', ['createApiKey'], { success: seen('API Key ID') })], { kept: new Set<ValueName>(['sendgrid.apiKey']) }), fresh());
    expect(d).toMatchObject({ kind: 'quiet', banner: { savedElsewhere: ['sendgrid.apiKeyId'] } });
    expect(d.kind === 'quiet' && d.banner?.text).toMatch(/not kept yet: SendGrid API Key ID\. Keep the value shown under \*\*API Key ID\*\*/);
  });

  it('twilio.account: done once the Account SID is kept', () => {
    const s = seen('The page shows “Account SID”.');
    expect(decide(page([view('twilio.account', ['accountSid'], { success: s, satisfied: ['accountSid'] })]), fresh())).toMatchObject({ kind: 'point', keep: 'twilio.accountSid' });
    expect(decide(page([view('twilio.account', ['accountSid'], { success: s })], { kept: new Set<ValueName>(['twilio.accountSid']) }), fresh()).kind).toBe('done');
  });
});

describe('the guide data', () => {
  it('every task a console page guides ends on a success screen or a done signal, except sign-up and the conditional registration', () => {
    const without = allTasks().filter((t) => t.targets.length && !t.success && !t.done).map((t) => t.id);
    expect(without).toEqual([]);
  });
});

describe('decide: a later button the console still disables', () => {
  it('segment.email: Verify stays the step while Save is disabled, Save once it is enabled', () => {
    const disabled = { disabled: true, getAttribute: () => null } as unknown as Element;
    const enabled = { disabled: false, getAttribute: () => null } as unknown as Element;
    const at = (save: Element) => {
      const v = view('segment.email', ['verify'], { satisfied: ['subuserName', 'apiKeyId', 'apiKey'] });
      const i = v.locs.findIndex((l) => l.target.key === 'save');
      v.locs[i] = { ...v.locs[i]!, found: { element: save, anchor: save, via: 'label' } };
      return pointsAt(page([v]));
    };
    expect(at(disabled)).toBe('verify');
    expect(at(enabled)).toBe('save');
  });
});

describe('decide: what comes next', () => {
  it('after the last task: Verify all; with an earlier task still open: that one', () => {
    const t = view('twilio.compliance', []);
    expect(successLine(t, seen('x'), [{ id: 'twilio.compliance', title: 'Add compliance info (if applicable)' }])).toBe(
      '**Messaging Service set up**. Every task is done: press **Verify all** in the Engage Copilot side panel.',
    );
    expect(successLine(t, seen('x'), [{ id: 'sendgrid.account', title: 'Create a SendGrid account' }, { id: 'twilio.compliance', title: 'x' }]))
      .toBe('**Messaging Service set up**. Still open: Create a SendGrid account.');
  });
});
