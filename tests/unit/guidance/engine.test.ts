import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { taskById } from '../../../utils/guide/index';
import { checkField, wantsFor } from '../../../utils/guidance/check';
import { chooseCurrent, runTaskSession, STATE_ATTR, TASK_ATTR } from '../../../utils/guidance/engine';
import type { ValueName } from '../../../utils/guide/schema';
import type { FrameReportRequest, OpenTask } from '../../../utils/guidance/wire';
import type { Rows } from '../../../utils/guidance/rows';
import { createDomWatcher } from '../../../utils/locator/watch';
import { fakeLayout } from '../locator/geometry';
import { mountTestOverlay, noPicks } from './overlay-host';

/** Text of the overlay's parts that are showing. */
const visibleText = (root: HTMLElement) =>
  Array.from(root.querySelectorAll('.callout,.missing,.banner')).filter((e) => !(e as HTMLElement).hidden).map((e) => e.textContent).join(' ');
const frame = () => new Promise((r) => setTimeout(r, 40));
const type = (el: HTMLInputElement, value: string) => {
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
};

let controller: AbortController;
let reports: FrameReportRequest[];
let done: string[];

function start(taskId: Parameters<typeof taskById>[0], region: 'us' | 'eu' = 'us', kept: ValueName[] = [], rows?: Rows, open?: OpenTask[]) {
  const task = taskById(taskId);
  const { overlay, container } = mountTestOverlay(controller.signal);
  const picks = noPicks;
  const session = runTaskSession({
    doc: document, signal: controller.signal, tasks: [{ task, wants: wantsFor(task, region), watchDone: true, ...(rows ? { rows } : {}) }],
    open: open ?? [{ id: 'segment.identifiers', title: 'Check and add the Engage identifiers' }, { id: task.id, title: task.title }],
    // The real rules, answered asynchronously as the background would.
    check: async (_id, key, value, length) => checkField(task.targets.find((t) => t.key === key)!, value, length, region),
    overlay, watcher: createDomWatcher(document, controller.signal),
    picks, isTop: true, extensions: [],
    report: async (r) => (reports.push(r), { anyFound: false }),
    onDone: (_id, e) => done.push(e),
    onMarkDone: () => {}, kept: new Set(kept), memory: { succeeded: new Map(), savedElsewhere: new Set(), held: new Map(), ticked: new Map(), lacks: new Map() },
    setTimeout: (fn, ms) => window.setTimeout(fn, ms), now: () => performance.now(),
  });
  session.evaluate();
  return { session, overlay, container };
}

beforeEach(() => {
  fakeLayout();
  document.body.innerHTML = '';
  controller = new AbortController();
  reports = [];
  done = [];
});
afterEach(() => controller.abort());

const subuserDialog = `<button>Create New Subuser</button>
  <div role="dialog" aria-modal="true" aria-labelledby="h"><h2 id="h">Create New Subuser</h2>
    <div style="display:none"><label for="hp">Username</label><input id="hp"></div>
    <label for="u-17">Username</label><input id="u-17">
    <label for="e-3">Email</label><input id="e-3"></div>`;

describe('guiding sendgrid.subuser in the Create New Subuser dialog', () => {
  it('highlights Username (not the honeypot), then marks a wrong name invalid and a right one valid', async () => {
    document.body.innerHTML = subuserDialog;
    const { overlay } = start('sendgrid.subuser');
    const user = document.getElementById('u-17') as HTMLInputElement;
    expect(user.getAttribute(TASK_ATTR)).toBe('sendgrid.subuser');
    expect(document.getElementById('hp')!.hasAttribute(TASK_ATTR)).toBe(false);
    user.focus();
    type(user, 'twilio-engage-app-acme');
    await frame();
    expect(user.getAttribute(STATE_ATTR)).toBe('invalid');
    expect(overlay.root.textContent).toContain('twilio_engage_app_');
    type(user, 'twilio_engage_app_acme');
    await frame();
    expect(user.getAttribute(STATE_ATTR)).toBe('valid');
    expect(reports.at(-1)).toMatchObject({ taskId: 'sendgrid.subuser', targetKey: 'username', found: true, state: 'valid' });
  });

  it('moves on to Email once Username is valid and the person leaves it', async () => {
    document.body.innerHTML = subuserDialog;
    start('sendgrid.subuser');
    const user = document.getElementById('u-17') as HTMLInputElement;
    type(user, 'twilio_engage_app_acme');
    await frame();
    user.dispatchEvent(new Event('focusout', { bubbles: true }));
    await frame();
    expect(user.hasAttribute(TASK_ATTR)).toBe(false);
    expect(document.getElementById('e-3')!.getAttribute(TASK_ATTR)).toBe('sendgrid.subuser');
  });

  it('points at Create New Subuser first, then finds the dialog when it renders late', async () => {
    document.body.innerHTML = '<button id="open">Create New Subuser</button>';
    start('sendgrid.subuser');
    expect(document.getElementById('open')!.getAttribute(TASK_ATTR)).toBe('sendgrid.subuser');
    document.body.insertAdjacentHTML('beforeend', subuserDialog.replace('<button>Create New Subuser</button>', ''));
    await vi.waitFor(() => expect(document.getElementById('u-17')!.getAttribute(TASK_ATTR)).toBe('sendgrid.subuser'));
    expect(document.getElementById('open')!.hasAttribute(TASK_ATTR)).toBe(false);
  });

  it('removes both attributes when the task ends, and changes nothing else on the page', async () => {
    document.body.innerHTML = subuserDialog;
    const before = document.body.innerHTML;
    const { container } = start('sendgrid.subuser');
    const user = document.getElementById('u-17') as HTMLInputElement;
    type(user, 'x');
    await frame();
    expect(user.hasAttribute(STATE_ATTR)).toBe(true);
    controller.abort();
    container.remove();
    user.value = '';
    expect(document.body.innerHTML).toBe(before);
  });

  it('says "couldn\'t find" with the instructions once the page settled with no element matching, and touches nothing', async () => {
    document.body.innerHTML = '<p>Nothing here</p>';
    const { overlay } = start('sendgrid.subuser');
    expect(reports.at(-1)?.found).toBe(false);
    // Not while the page may still be loading its fields.
    expect(visibleText(overlay.root)).not.toContain("Couldn't find");
    await vi.waitFor(() => expect(visibleText(overlay.root)).toContain("Couldn't find"), { timeout: 3_000 });
    expect(document.querySelector(`[${TASK_ATTR}]`)).toBeNull();
  });
});

describe('page-detected completion', () => {
  it('notices when the Identifier column lists email and phone', async () => {
    document.body.innerHTML = `<table><tr><th>Priority</th><th>Identifier</th></tr>
      <tr><td>1</td><td>user_id</td></tr><tr><td>2</td><td>email</td></tr></table><button>Add identifier</button>`;
    start('segment.identifiers');
    expect(done).toEqual([]);
    const row = document.createElement('tr');
    row.append(Object.assign(document.createElement('td'), { textContent: '3' }), Object.assign(document.createElement('td'), { textContent: 'phone' }));
    document.querySelector('tbody')!.append(row);
    await vi.waitFor(() => expect(done[0]).toMatch(/Identifier column lists “email” and “phone”/));
  });
});

describe('earlier steps still open', () => {
  it('leave out a task that can only finish after this one (Connect Twilio to Segment picks the service created here)', () => {
    document.body.innerHTML = '<h1>Messaging Services</h1><button>Create Messaging Service</button>';
    const sms = taskById('segment.sms');
    const { container } = start('twilio.service', 'us', [], undefined, [
      { id: 'twilio.apikey', title: 'Generate a Twilio API key' },
      { id: sms.id, title: sms.title, finishesAfter: sms.finishesAfter },
      { id: 'twilio.service', title: 'Create a Messaging Service' },
    ]);
    expect(document.querySelector(`[${TASK_ATTR}]`)?.textContent).toBe('Create Messaging Service');
    expect(visibleText(container)).toContain('Earlier steps still open: Generate a Twilio API key');
    expect(visibleText(container)).not.toContain('Connect Twilio to Segment');
  });
});

describe('the identifier still to add', () => {
  const table = (...keys: string[]) => `<table><tr><th>Priority</th><th>Identifier</th></tr>
    ${keys.map((k, i) => `<tr><td>${i + 1}</td><td>${k}</td></tr>`).join('')}</table><button>Add identifier</button>`;
  const dialog = `<div role="dialog" aria-modal="true" aria-labelledby="t"><h2 id="t">Custom Identifier</h2>
    <label for="k">Trait / Property key to match on</label><input id="k"><button>Add new identifier</button></div>`;

  it('is named beside Add Identifier: the one missing, or neither when both are', () => {
    document.body.innerHTML = table('user_id', 'email');
    const { container } = start('segment.identifiers');
    expect(visibleText(container)).toContain('The Identifier column lists email but not phone.');
    controller.abort();
    controller = new AbortController();
    document.body.innerHTML = table('user_id');
    const again = start('segment.identifiers');
    expect(visibleText(again.container)).toContain('The Identifier column lists neither email nor phone.');
  });

  it('in the dialog, typing the trait the table already lists is flagged, naming the missing one; the missing one passes', async () => {
    document.body.innerHTML = table('user_id', 'phone') + dialog;
    const { container } = start('segment.identifiers');
    const key = document.getElementById('k') as HTMLInputElement;
    expect(key.getAttribute(TASK_ATTR)).toBe('segment.identifiers');
    expect(visibleText(container)).toContain('lists phone but not email.');
    key.focus();
    type(key, 'phone');
    await vi.waitFor(() => expect(key.getAttribute(STATE_ATTR)).toBe('invalid'));
    expect(visibleText(container)).toContain('The Identifier column already lists phone: type email, the one still missing');
    type(key, 'email');
    await vi.waitFor(() => expect(key.getAttribute(STATE_ATTR)).toBe('valid'));
    expect(visibleText(container)).not.toContain('already lists');
  });
});

describe('sendgrid.webhook done only with this onboarding\'s region URL', () => {
  const US = 'https://engage-ma-webhook-api.engage.segment.com/sendgrid';
  const EU = 'https://engage-ma-webhook-api.euw1.engage.segment.com/sendgrid';
  const row = `<table><tr><th>Status</th><th>Setting</th></tr><tr><td>Enabled</td><td><strong>Event Webhook</strong></td>
    <td><button aria-label="Edit Event Webhook">✎</button></td></tr></table>`;
  const editor = (url: string) => `<div role="dialog" aria-modal="true" aria-labelledby="t"><h2 id="t">Event Webhook</h2>
    <label for="u">HTTP Post URL</label><input id="u" value="${url}"><button>Save</button></div>`;
  const closeEditor = () => document.querySelector('[role="dialog"]')!.remove();
  // Under churn the session looks again after a pause of up to half a second.
  const settle = () => new Promise((r) => setTimeout(r, 700));

  it('EU: a saved US URL seen in the editor is flagged and never done; the EU URL, once saved, is', async () => {
    document.body.innerHTML = row + editor(US);
    const { overlay } = start('sendgrid.webhook', 'eu');
    await vi.waitFor(() => expect(visibleText(overlay.root)).toMatch(/EU workspaces use .*euw1.*this is the US URL/));
    closeEditor();
    await settle();
    expect(done).toEqual([]);
    document.body.insertAdjacentHTML('beforeend', editor(EU));
    await settle();
    expect(done).toEqual([]);
    closeEditor();
    await vi.waitFor(() => expect(done[0]).toMatch(/“Event Webhook” reads “Enabled”, and HTTP Post URL held “https:\/\/engage-ma-webhook-api\.euw1\./));
  });

  it('US: the list alone (URL never seen) is not done; the US URL in the editor, then closed, is', async () => {
    document.body.innerHTML = row;
    start('sendgrid.webhook', 'us');
    await settle();
    expect(done).toEqual([]);
    document.body.insertAdjacentHTML('beforeend', editor(US));
    await settle();
    closeEditor();
    await vi.waitFor(() => expect(done[0]).toContain(`held “${US}”`));
  });
});

describe('sendgrid.warmup done only with both boxes ticked', () => {
  const list = `<h2>IP Addresses</h2><table><tr><th>IP Address</th><th>Warmup</th></tr>
    <tr><td>149.72.134.21</td><td>Warming up</td><td><button aria-label="Edit 149.72.134.21">✎</button></td></tr></table>`;
  const editor = (subusers: boolean) => `<div role="dialog" aria-modal="true" aria-labelledby="t"><h2 id="t">Edit Your Dedicated IP Address</h2>
    <h3>Additional Options</h3><label><input type="checkbox" checked> Use Automated IP warmup</label>
    <label><input type="checkbox" ${subusers ? 'checked' : ''}> Allow my subusers to send mail using this IP address</label><button>Save</button></div>`;
  const settle = () => new Promise((r) => setTimeout(r, 700));

  for (const subusers of [false, true]) {
    it(`the list reads Warming up after Save with subusers ${subusers ? 'ticked: done' : 'unticked: not done'}`, async () => {
      document.body.innerHTML = list + editor(subusers);
      start('sendgrid.warmup', 'us', [], { engageIp: { value: '149.72.134.21' } });
      await settle();
      document.querySelector('[role="dialog"]')!.remove();
      await settle();
      if (subusers) expect(done[0]).toMatch(/Warmup column lists “Warming up” for 149\.72\.134\.21, and Allow my subusers .* was ticked/);
      else expect(done).toEqual([]);
    });
  }

  const two = (warming: string) => `<h2>IP Addresses</h2><table><tr><th>IP Address</th><th>Warmup</th></tr>
    ${['149.72.134.21', '149.72.134.22'].map((ip) => `<tr><td>${ip}</td><td>${ip === warming ? 'Warming up' : 'Not warming up'}</td>
    <td><button aria-label="Edit ${ip}">✎</button></td></tr>`).join('')}</table>`;
  const editorFor = (ip: string) => editor(true).replace('<h3>', `<p>IP address: ${ip}</p><h3>`);
  const subuserIp = { engageIp: { value: '149.72.134.21', for: 'twilio_engage_app_acme' } };

  it('the editor of the other IP gets a note naming the subuser’s; its warming up is never done', async () => {
    document.body.innerHTML = two('149.72.134.22') + editorFor('149.72.134.22');
    const { container } = start('sendgrid.warmup', 'us', [], subuserIp);
    await settle();
    expect(visibleText(container)).toContain('This is 149.72.134.22; the subuser twilio_engage_app_acme uses 149.72.134.21.');
    document.querySelector('[role="dialog"]')!.remove();
    await settle();
    expect(done).toEqual([]);
    expect(document.querySelector(`[${TASK_ATTR}]`)?.getAttribute('aria-label')).toBe('Edit 149.72.134.21');
  });

  it('with no IP remembered, a row warming up is not marked done: the person is asked to check it is theirs', async () => {
    document.body.innerHTML = two('149.72.134.22') + editorFor('149.72.134.22');
    const { container } = start('sendgrid.warmup');
    await settle();
    document.querySelector('[role="dialog"]')!.remove();
    await settle();
    expect(done).toEqual([]);
    expect(visibleText(container)).toMatch(/cannot tell which row is this onboarding’s: check it is yours/);
    expect(visibleText(container)).toMatch(/Mark “Enable automated IP warmup” done/);
  });
});

describe('"shows it only once" only for values the console shows once', () => {
  it('the API Key ID in the key list is kept without that warning', async () => {
    document.body.innerHTML = `<h1>API Keys</h1><button>Create API Key</button><table><tr><th>Name</th><th>API Key ID</th></tr>
      <tr><td>twilio_engage_app_acme</td><td>Qm9vLWJhcl9iYXpRdXV4</td></tr></table>`;
    const { overlay } = start('sendgrid.apikey', 'us', ['sendgrid.apiKey']);
    await vi.waitFor(() => expect(visibleText(overlay.root)).toContain('API Key ID'));
    expect(visibleText(overlay.root)).not.toContain('only once');
  });
});

describe('the Twilio wizard end', () => {
  const settle = () => new Promise((r) => setTimeout(r, 700));
  it('twilio.webhook is done on Step 4 once Request URL held the Segment URL; compliance asks, naming its task', async () => {
    document.body.innerHTML = `<h1>Step 3: Set up Integration</h1><section><h2>Incoming Messages</h2>
      <label><input type="radio" name="in" checked> Send a webhook</label>
      <label for="ru">Request URL</label><input id="ru" value="https://engage-ma-webhook-api.engage.segment.com/twilio/spa_abc">
      <button>Step 4: Add compliance info</button></section>`;
    start('twilio.webhook');
    await settle();
    expect(done).toEqual([]);
    document.body.innerHTML = '<h1>Step 4: Add compliance info</h1><button>Complete Messaging Service Setup</button>';
    await vi.waitFor(() => expect(done[0]).toBe('The page shows “Step 4: Add compliance info”, and Request URL held a Segment webhook URL.'));
    controller.abort();
    controller = new AbortController();
    document.body.innerHTML = '<h1>Messaging Service created</h1>';
    const { overlay } = start('twilio.compliance');
    await vi.waitFor(() => expect(visibleText(overlay.root)).toContain('Messaging Service set up'));
    expect(done).toHaveLength(1);
    expect(Array.from(overlay.root.querySelectorAll('button')).map((b) => b.textContent)).toContain('Mark “Add compliance info (if applicable)” done');
  });
});

describe('chooseCurrent', () => {
  const t = (kind: 'click' | 'choice') => ({ target: { want: kind === 'click' ? { kind } : { kind, hint: 'x' } } as never });
  const found = { element: document.body, anchor: document.body, via: 'label' as const };
  const open = { state: null, issues: [], satisfied: false };
  it('passes a button once a later target shows (the dialog it opens is open)', () => {
    expect(chooseCurrent([{ ...t('click'), found, verdict: open }, { ...t('choice'), found, verdict: open }])).toBe(1);
    expect(chooseCurrent([{ ...t('click'), found, verdict: open }, { ...t('choice'), found: null, verdict: undefined }])).toBe(0);
  });
  it('keeps SendGrid\'s click-to-copy API key current although the dialog\'s Done button shows below it', () => {
    const copyKey = { target: { want: { kind: 'click' }, captures: 'sendgrid.apiKey' } as never };
    expect(chooseCurrent([{ ...copyKey, found, verdict: open }, { ...t('click'), found, verdict: open }])).toBe(0);
    // Segment's "Copy webhook URL" is passed once the Account SID field to fill shows below it.
    expect(chooseCurrent([{ ...copyKey, found, verdict: open }, { ...t('choice'), found, verdict: open }])).toBe(1);
  });
});

describe('a new step out of sight', () => {
  it('is scrolled just into view once, when the ring moves to it; never again for the same step, never when in view', async () => {
    const scrolled: Element[] = [];
    const original = Element.prototype.scrollIntoView;
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this);
    };
    try {
      // Below the fold (the fake layout puts the button at its inline top; the window is 768 px high).
      document.body.innerHTML = '<h1>Subusers</h1><button style="top:3000px">Create New Subuser</button>';
      const { session } = start('sendgrid.subuser');
      const button = document.querySelector('button')!;
      await vi.waitFor(() => expect(button.getAttribute(TASK_ATTR)).toBe('sendgrid.subuser'));
      expect(scrolled).toEqual([button]);
      session.evaluate();
      await frame();
      expect(scrolled).toHaveLength(1);

      controller.abort();
      controller = new AbortController();
      scrolled.length = 0;
      document.body.innerHTML = '<h1>Subusers</h1><button>Create New Subuser</button>';
      start('sendgrid.subuser');
      await vi.waitFor(() => expect(document.querySelector('button')!.getAttribute(TASK_ATTR)).toBe('sendgrid.subuser'));
      expect(scrolled).toEqual([]);
    } finally {
      Element.prototype.scrollIntoView = original;
    }
  });
});
