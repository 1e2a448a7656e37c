// Integrity of the guide data: every task of the guide's body, in table order, with pages, links, targets and values.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allTasks, guide, tasksForUrl } from '../../../utils/guide';
import { GUIDE_BASE, SENDGRID_WEBHOOK_URL } from '../../../utils/guide/data/literals';
import { isValidPattern, urlMatches } from '../../../utils/guide/match';
import { RULES } from '../../../utils/guide/rule-catalog';
import { GuideSchema, TASK_IDS, type TaskId } from '../../../utils/guide/schema';
import { guideData } from '../../../utils/guide/data/guide';
import { FIRST_TARGET_AT } from '../../sandbox/routes';

/**
 * The bold UI labels the 2022 guide's body (master side) gives each task. Steps are our own words,
 * but these labels must survive as **Label** so the person can find them on screen.
 */
const BODY_LABELS: Partial<Record<TaskId, string[]>> = {
  'segment.identifiers': ['Identifier', 'Add Identifier', 'New Custom Identifier', 'Trait/Property key'],
  'sendgrid.plan': ['Settings > Account Details > Your Products', 'Email API', 'Change Plan'],
  'sendgrid.subuser': ['Settings > Subuser Management', 'Create New Subuser', 'Create Subuser'],
  'sendgrid.domain': ['Yes'],
  'sendgrid.subscription': ['Settings > Tracking', 'Subscription Tracking', 'Setting State', 'Save'],
  'sendgrid.webhook': ['Settings > Mail Settings', 'Event Webhook', 'HTTP Post URL', 'Save'],
  'sendgrid.apikey': ['Settings > API Keys', 'Create API Key', 'Full Access', 'Create & View'],
  'segment.email': ['Personas > Campaigns', 'Send emails with SendGrid', 'Get Started', 'Set up your email service', 'Verify'],
  'sendgrid.warmup': ['Settings > IP Addresses', 'Dedicated IP Addresses', 'Additional options', 'Use Automated IP warmup', 'Allow my subusers to send mail using this IP address', 'Save'],
  'twilio.account': ['paid account'],
  'twilio.apikey': ['Account', 'API keys & tokens', 'Create API key', 'Friendly name', 'United States (US1) - Default', 'Standard', 'Create API Key', 'SID', 'Secret'],
  'segment.sms': ['Personas > Campaigns', 'Send SMS messages with Twilio', 'Get Started', 'Set up your SMS service', 'Copy webhook URL', 'Enter your Twilio API Key information', 'Verify', 'Save Twilio Account'],
  'twilio.service': ['Messaging > Services', 'Create Messaging Service', 'Market my services', 'Sender Pool', 'Add Senders', 'Step 3: Set up Integration'],
  'twilio.webhook': ['Copy webhook URL', 'Send a webhook', 'Request URL', 'HTTP Post'],
  'twilio.compliance': ['Step 4: Add compliance info', 'Complete Messaging Service Setup'],
};

/** Section headings of the 2022 guide; the guide links must point at one of them. */
const HEADINGS = [
  'Stage 1: Configure Personas Identifiers in segment',
  'Create your SendGrid Pro account',
  'Create a subuser and check the dedicated IP address',
  'Authenticate your domain',
  'Enable subscription tracking',
  'Enable event webhook',
  'Generate an API key',
  'Enable Automated IP warmup',
  'Create a Twilio account and generate an API key',
  'Set up a Twilio Messaging Service',
];
const slug = (h: string) => h.toLowerCase().replace(/[^a-z0-9 -]/g, '').replace(/ /g, '-');

describe('the guide as data', () => {
  it('parses with the zod schema, and the runtime guide (defaults filled without zod) equals the parsed one', () => {
    const parsed = GuideSchema.safeParse(guideData);
    expect(parsed.error?.issues).toBeUndefined();
    expect(guide).toStrictEqual(parsed.data);
  });

  it('has the three stages, their tasks following the guide’s sections in order', () => {
    expect(guide.stages.map((s) => s.id)).toEqual(['segment', 'sendgrid', 'twilio']);
    const anchors = HEADINGS.map(slug);
    const order = allTasks().map((t) => anchors.indexOf(t.guideUrl.slice(GUIDE_BASE.length + 1)));
    for (const [i, n] of order.entries()) expect(n, allTasks()[i]!.id).toBeGreaterThanOrEqual(i === 0 ? 0 : order[i - 1]!);
    expect(allTasks().map((t) => t.id)).toEqual([...TASK_IDS]);
  });

  it('uses each task id once', () => {
    const ids = allTasks().map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('models the second "Create a messaging service" as the webhook set-up', () => {
    const webhook = allTasks().find((t) => t.id === 'twilio.webhook');
    expect(webhook?.consumes).toEqual(['segment.twilioWebhookUrl']);
    expect(webhook?.targets.map((t) => t.key)).toContain('requestUrl');
  });

  it('marks exactly the "if necessary" and "if applicable" tasks as conditional', () => {
    expect(allTasks().filter((t) => t.conditional).map((t) => t.id)).toEqual(['twilio.register', 'twilio.compliance']);
  });

  it.each(allTasks().map((t) => [t.id, t] as const))('%s keeps the guide’s bold labels in its steps', (id, task) => {
    const text = task.steps.join('\n');
    for (const label of BODY_LABELS[id] ?? []) expect(text, `${id} steps lack **${label}**`).toContain(`**${label}**`);
  });

  it('gives every task steps, a deep link on its own page and a link into the guide', () => {
    const anchors = new Set(HEADINGS.map(slug));
    for (const task of allTasks()) {
      expect(task.steps.length, task.id).toBeGreaterThan(0);
      for (const step of task.steps) expect(step.trim().length, task.id).toBeGreaterThan(5);
      const link = task.page.deepLink.replace('{workspace}', 'acme').replace('{space}', 'default');
      expect(urlMatches(link, task.page.matches), `${task.id} deep link ${link}`).toBe(true);
      expect(task.guideUrl.startsWith(`${GUIDE_BASE}#`), task.id).toBe(true);
      expect(anchors.has(task.guideUrl.slice(GUIDE_BASE.length + 1)), `${task.id} anchor`).toBe(true);
    }
  });

  it('has only valid match patterns', () => {
    for (const task of allTasks()) for (const p of task.page.matches) expect(isValidPattern(p), `${task.id}: ${p}`).toBe(true);
  });

  it('has every consumed value produced by an earlier task, and each value produced once', () => {
    const produced = new Map<string, string>();
    for (const task of allTasks()) {
      for (const name of task.consumes) expect(produced.has(name), `${task.id} consumes ${name} before it is produced`).toBe(true);
      for (const name of task.produces) {
        expect(produced.has(name), `${name} produced twice`).toBe(false);
        produced.set(name, task.id);
      }
    }
    expect(Object.fromEntries(produced)).toEqual({
      'sendgrid.subuserName': 'sendgrid.subuser',
      'sendgrid.apiKeyId': 'sendgrid.apikey',
      'sendgrid.apiKey': 'sendgrid.apikey',
      'twilio.accountSid': 'twilio.account',
      'twilio.apiKeySid': 'twilio.apikey',
      'twilio.apiKeySecret': 'twilio.apikey',
      'segment.twilioWebhookUrl': 'segment.sms',
    });
  });

  it('has targets whose keys are unique per task, whose rules exist, and whose values match produces/consumes', () => {
    for (const task of allTasks()) {
      const keys = task.targets.map((t) => t.key);
      expect(new Set(keys).size, task.id).toBe(keys.length);
      for (const target of task.targets) {
        if (target.rule) expect(RULES[target.rule], `${task.id}.${target.key}`).toBeDefined();
        if (target.captures) expect(task.produces, `${task.id}.${target.key}`).toContain(target.captures);
        if (target.want.kind === 'value') expect(task.consumes, `${task.id}.${target.key}`).toContain(target.want.name);
      }
      for (const name of task.produces) expect(task.targets.some((t) => t.captures === name), `${task.id} captures ${name}`).toBe(true);
      for (const name of task.consumes)
        expect(task.targets.some((t) => t.want.kind === 'value' && t.want.name === name), `${task.id} fills ${name}`).toBe(true);
    }
  });

  it('gives every task with a console form or button its targets', () => {
    const withoutTargets = allTasks().filter((t) => t.targets.length === 0).map((t) => t.id);
    expect(withoutTargets).toEqual(['sendgrid.account', 'engage.notify', 'twilio.register']);
  });

  it('carries the exact SendGrid webhook URLs for both regions', () => {
    expect(SENDGRID_WEBHOOK_URL).toEqual({
      us: 'https://engage-ma-webhook-api.engage.segment.com/sendgrid',
      eu: 'https://engage-ma-webhook-api.euw1.engage.segment.com/sendgrid',
    });
    const postUrl = allTasks().find((t) => t.id === 'sendgrid.webhook')?.targets.find((t) => t.key === 'postUrl');
    expect(postUrl?.want).toEqual({ kind: 'literal', value: SENDGRID_WEBHOOK_URL });
  });

  it('carries the 2025 differences a person meets as variants', () => {
    const notes = (id: TaskId) => allTasks().find((t) => t.id === id)?.variants.map((v) => v.note).join(' ') ?? '';
    expect(notes('twilio.apikey')).toContain('**Main**');
    expect(notes('segment.sms')).toContain('**API Key SID**');
    expect(notes('sendgrid.webhook')).toContain(SENDGRID_WEBHOOK_URL.eu);
    expect(notes('segment.identifiers')).toContain('Unify > Unify settings > Identity resolution');
    expect(notes('sendgrid.subuser')).toContain('subuser space');
  });

  it('puts every sandbox page of tests/sandbox/ROUTES.md on its task', () => {
    const routes = readFileSync(join(process.cwd(), 'tests/sandbox/ROUTES.md'), 'utf8');
    const rows = [...routes.matchAll(/^\| (\S+) \| `(https:[^`]+)`/gm)];
    expect(rows.length).toBeGreaterThanOrEqual(17);
    // Rows that describe their page in words: the pages where those tasks' first targets show.
    for (const [id, at] of Object.entries(FIRST_TARGET_AT)) rows.push(['', id, at.url] as never);
    for (const [, id, url] of rows) {
      expect(tasksForUrl(url!).map((t) => t.id), `${id} at ${url}`).toContain(id);
    }
  });
});
