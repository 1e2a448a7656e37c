// The vault gate refuses every request that is not our own content script, clicked, on the value's destination.
import { describe, expect, it } from 'vitest';
import { TaskSchema, type ParsedTask, type Platform, type ValueName } from '../../../utils/guide/schema';
import { checkCapture, checkFill, type GuideFacts, type Sender } from '../../../utils/vault/gate';
import { isExtensionPage } from '../../../utils/messaging/senders';

const EXT = 'abcdefghijklmnopabcdefghijklmnop';

// A small guide: Segment's email form consumes the SendGrid key; Twilio's framed wizard consumes the webhook URL.
const tasks: ParsedTask[] = [
  TaskSchema.parse({
    id: 'segment.email', platform: 'segment', title: 'Connect SendGrid to Engage', steps: ['x'],
    page: { deepLink: 'https://app.segment.com/acme/engage/spaces/default/settings/channels', matches: ['https://app.segment.com/*/engage/*'], name: 'Channels' },
    guideUrl: 'https://segment.com/docs/', consumes: ['sendgrid.apiKey'],
    targets: [
      { key: 'apiKey', kind: 'field', labels: ['Subuser API Key'], want: { kind: 'value', name: 'sendgrid.apiKey' }, instruction: 'Paste' },
      { key: 'verify', kind: 'button', labels: ['Verify'], want: { kind: 'click' }, instruction: 'Click' },
    ],
  }),
  TaskSchema.parse({
    id: 'sendgrid.apikey', platform: 'sendgrid', title: 'Create an API key', steps: ['x'],
    page: { deepLink: 'https://app.sendgrid.com/settings/api_keys', matches: ['https://app.sendgrid.com/settings/api_keys*'], name: 'API Keys' },
    guideUrl: 'https://segment.com/docs/', produces: ['sendgrid.apiKey'],
    targets: [{ key: 'key', kind: 'field', labels: ['API Key'], want: { kind: 'click' }, captures: 'sendgrid.apiKey', instruction: 'Copy' }],
  }),
  TaskSchema.parse({
    id: 'twilio.webhook', platform: 'twilio', title: 'Set the Request URL', steps: ['x'],
    page: { deepLink: 'https://console.twilio.com/us1/develop/sms/services/create', matches: ['https://console.twilio.com/*/sms/services*', 'https://www.twilio.com/console/sms/services*'], name: 'Wizard' },
    guideUrl: 'https://segment.com/docs/', consumes: ['segment.twilioWebhookUrl'],
    targets: [{ key: 'requestUrl', kind: 'field', labels: ['Request URL'], want: { kind: 'value', name: 'segment.twilioWebhookUrl' }, instruction: 'Paste' }],
  }),
];

const destinations: Partial<Record<ValueName, string[]>> = {
  'sendgrid.apiKey': ['https://app.segment.com'],
  'segment.twilioWebhookUrl': ['https://www.twilio.com', 'https://console.twilio.com'],
};
const vendors: Record<string, Platform> = {
  'https://app.segment.com': 'segment',
  'https://app.sendgrid.com': 'sendgrid',
  'https://console.twilio.com': 'twilio',
  'https://www.twilio.com': 'twilio',
};
function matches(pattern: string, url: string): boolean {
  const re = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return re.test(url);
}
const facts: GuideFacts = {
  taskById: (id) => tasks.find((t) => t.id === id),
  tasksForUrl: (url) => tasks.filter((t) => t.page.matches.some((p) => matches(p, url))),
  destinationOrigins: (name) => destinations[name] ?? [],
  vendorOf: (origin) => vendors[origin],
};

const SEGMENT = 'https://app.segment.com/acme/engage/spaces/default/settings/channels/sendgrid';
const tab = (url: string) => ({ id: 7, url });
const segmentSender: Sender = { id: EXT, url: SEGMENT, origin: 'https://app.segment.com', frameId: 0, tab: tab(SEGMENT) };
const fillKey = { taskId: 'segment.email' as const, targetKey: 'apiKey', trusted: true, frameOrigin: 'https://app.segment.com' };

describe('vault gate: fill', () => {
  it('lets our content script on Segment’s email form fill the SendGrid API key after a real click', () => {
    expect(checkFill(facts, EXT, segmentSender, fillKey)).toEqual({ ok: true, name: 'sendgrid.apiKey' });
  });

  it('refuses another extension or a page (wrong sender id)', () => {
    expect(checkFill(facts, EXT, { ...segmentSender, id: 'other' }, fillKey)).toMatchObject({ ok: false });
  });

  it('refuses a fill triggered by a synthetic event (isTrusted false)', () => {
    expect(checkFill(facts, EXT, segmentSender, { ...fillKey, trusted: false })).toEqual({
      ok: false,
      message: 'Refused: a fill needs your own click on the Fill button.',
    });
  });

  it('refuses the lookalike host app-segment.com', () => {
    const url = 'https://app-segment.com/acme/engage/spaces/default/settings/channels/sendgrid';
    const r = checkFill(facts, EXT, { ...segmentSender, url, origin: 'https://app-segment.com', tab: tab(url) }, fillKey);
    expect(r).toMatchObject({ ok: false });
  });

  it('refuses the SendGrid key on SendGrid’s own console (bound to Segment only)', () => {
    const url = 'https://app.sendgrid.com/acme/engage/x';
    const r = checkFill(facts, EXT, { ...segmentSender, url, origin: 'https://app.sendgrid.com', tab: tab(url) }, fillKey);
    expect(r).toMatchObject({ ok: false });
  });

  it('refuses a content script asking for a value through a target that does not take one', () => {
    expect(checkFill(facts, EXT, segmentSender, { ...fillKey, targetKey: 'verify' })).toEqual({
      ok: false,
      message: 'Refused: this field does not take a carried value.',
    });
  });

  it('refuses a Segment frame inside a wrong page', () => {
    const r = checkFill(
      facts,
      EXT,
      { ...segmentSender, frameId: 3, tab: tab('https://evil.example.test/') },
      fillKey,
    );
    expect(r).toMatchObject({ ok: false, message: expect.stringContaining('evil.example.test') });
  });

  it('refuses a sandboxed frame, whether Chrome or the content script reports the opaque origin', () => {
    expect(checkFill(facts, EXT, { ...segmentSender, origin: 'null' }, fillKey)).toMatchObject({ ok: false });
    expect(checkFill(facts, EXT, segmentSender, { ...fillKey, frameOrigin: 'null' })).toMatchObject({ ok: false });
  });

  it('refuses a side panel or any sender without a tab', () => {
    expect(checkFill(facts, EXT, { id: EXT, url: `chrome-extension://${EXT}/sidepanel.html` }, fillKey)).toMatchObject({ ok: false });
  });

  const wizard = 'https://console.twilio.com/us1/develop/sms/services/create';
  const framed = 'https://www.twilio.com/console/sms/services/create/integration?__override_layout__=embed';
  const webhookFill = { taskId: 'twilio.webhook' as const, targetKey: 'requestUrl', trusted: true, frameOrigin: 'https://www.twilio.com' };

  it('fills the webhook URL into Twilio’s legacy frame from www.twilio.com inside console.twilio.com', () => {
    const sender: Sender = { id: EXT, url: framed, origin: 'https://www.twilio.com', frameId: 5, tab: tab(wizard) };
    expect(checkFill(facts, EXT, sender, webhookFill)).toEqual({ ok: true, name: 'segment.twilioWebhookUrl' });
  });

  it('refuses Twilio’s legacy frame when it is framed by a non-Twilio page', () => {
    const sender: Sender = { id: EXT, url: framed, origin: 'https://www.twilio.com', frameId: 5, tab: tab('https://evil.example.test/twilio') };
    expect(checkFill(facts, EXT, sender, webhookFill)).toMatchObject({ ok: false });
  });

  it('refuses Twilio’s legacy frame when an attacker’s frame sits between it and the real console', () => {
    const sender: Sender = { id: EXT, url: framed, origin: 'https://www.twilio.com', frameId: 5, tab: tab(wizard) };
    const between = { ...webhookFill, ancestorOrigins: ['https://evil.example.test', 'https://console.twilio.com'] };
    expect(checkFill(facts, EXT, sender, between)).toEqual({
      ok: false,
      message: 'Refused: this frame is inside https://evil.example.test, which is not the console it belongs to.',
    });
    expect(checkFill(facts, EXT, sender, { ...webhookFill, ancestorOrigins: ['https://console.twilio.com'] })).toMatchObject({ ok: true });
    expect(checkCapture(facts, EXT, { ...sender, url: framed }, {
      taskId: 'twilio.webhook', targetKey: 'requestUrl', name: 'segment.twilioWebhookUrl', trusted: true, ancestorOrigins: ['null', 'https://console.twilio.com'],
    })).toMatchObject({ ok: false });
  });

  it('refuses when the frame’s real origin differs from its address (about:blank or blob frames)', () => {
    const sender: Sender = { id: EXT, url: framed, origin: 'https://evil.example.test', frameId: 5, tab: tab(wizard) };
    expect(checkFill(facts, EXT, sender, webhookFill)).toMatchObject({ ok: false });
  });
});

describe('vault gate: capture', () => {
  const keys = 'https://app.sendgrid.com/settings/api_keys';
  const sender: Sender = { id: EXT, url: keys, origin: 'https://app.sendgrid.com', frameId: 0, tab: tab(keys) };
  const req = { taskId: 'sendgrid.apikey' as const, targetKey: 'key', name: 'sendgrid.apiKey' as const, trusted: true };

  it('captures the SendGrid key shown after Create & View on the person’s own copy', () => {
    expect(checkCapture(facts, EXT, sender, req)).toEqual({ ok: true, origin: 'https://app.sendgrid.com' });
  });

  it('refuses a capture from a synthetic copy event', () => {
    expect(checkCapture(facts, EXT, sender, { ...req, trusted: false })).toMatchObject({ ok: false });
  });

  it('refuses a capture on a lookalike host app.sendgrid.com.example.test', () => {
    const url = 'https://app.sendgrid.com.example.test/settings/api_keys';
    expect(checkCapture(facts, EXT, { ...sender, url, origin: 'https://app.sendgrid.com.example.test', tab: tab(url) }, req)).toMatchObject({ ok: false });
  });

  it('refuses to capture a value through a target that shows something else', () => {
    expect(checkCapture(facts, EXT, sender, { ...req, name: 'twilio.apiKeySecret' })).toMatchObject({ ok: false });
  });
});

describe('vault gate: side panel', () => {
  it('recognises our side panel (also opened as a tab) and never a console page', () => {
    const origin = `chrome-extension://${EXT}`;
    expect(isExtensionPage({ id: EXT, url: `${origin}/sidepanel.html` }, EXT, origin)).toBe(true);
    expect(isExtensionPage({ id: EXT, url: `${origin}/sidepanel.html`, tab: { id: 1, url: `${origin}/sidepanel.html` } }, EXT, origin)).toBe(true);
    expect(isExtensionPage({ id: EXT, url: `${origin}/sidepanel.html`, tab: { id: 1, url: 'https://app.segment.com/' } }, EXT, origin)).toBe(false);
    expect(isExtensionPage({ id: EXT, url: 'https://app.segment.com/', tab: { id: 1, url: 'https://app.segment.com/' } }, EXT, origin)).toBe(false);
    expect(isExtensionPage({ id: EXT, url: 'https://app.segment.com/' }, EXT, origin)).toBe(false);
  });
});
