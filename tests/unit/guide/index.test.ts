// The guide lookup API: which tasks a console page belongs to, deep links, value producers and destinations.
import { describe, expect, it } from 'vitest';
import {
  consumersOf,
  deepLinkFor,
  destinationOrigins,
  producerOf,
  resolveWant,
  stageOf,
  taskById,
  tasksForUrl,
} from '../../../utils/guide';
import { VALUE_NAMES } from '../../../utils/guide/schema';

const ids = (url: string) => tasksForUrl(url).map((t) => t.id);

describe('tasksForUrl', () => {
  it('finds the identifier task on the Unify page and on its Personas-era and EU variants', () => {
    expect(ids('https://app.segment.com/acme/unify/spaces/default/settings/identity-resolution')).toEqual(['segment.identifiers']);
    expect(ids('https://app.segment.com/acme/personas/spaces/default/settings/identity-resolution')).toEqual(['segment.identifiers']);
    expect(ids('https://eu1.app.segment.com/acme/unify/spaces/default/settings/identity-resolution')).toEqual(['segment.identifiers']);
  });

  it('guides the Messaging Service inside Twilio’s legacy frame, from the frame URL or the shell’s frameUrl', () => {
    const wizard = ['twilio.service', 'twilio.webhook', 'twilio.compliance'];
    expect(ids('https://www.twilio.com/console/sms/services/create?__override_layout__=embed&x-target-region=us1')).toEqual(wizard);
    expect(
      ids('https://console.twilio.com/us1/service/sms/create?frameUrl=%2Fconsole%2Fsms%2Fservices%2Fcreate%3Fx-target-region%3Dus1'),
    ).toEqual(wizard);
    expect(ids('https://1console.twilio.com/account/AC00000000000000000000000000000000/us1/messaging/messaging-services/MG1/senders')).toEqual(wizard);
  });

  it('follows the new console’s go?to= links to their page', () => {
    expect(ids('https://1console.twilio.com/go?to=/account/__account__/settings/us1/api-keys/list')).toEqual(['twilio.apikey']);
    expect(ids('https://1console.twilio.com/go?to=//evil.example/account/x/settings/us1/api-keys')).toEqual([]);
  });

  it('tells the SendGrid domain page from the reverse DNS page', () => {
    expect(ids('https://app.sendgrid.com/settings/sender_auth')).toEqual(['sendgrid.domain']);
    expect(ids('https://app.sendgrid.com/settings/sender_auth/domain/create')).toEqual(['sendgrid.domain']);
    expect(ids('https://app.sendgrid.com/settings/sender_auth/reverse_dns')).toEqual(['sendgrid.rdns']);
  });

  it('puts both Engage channel set-ups on the Channels page, and only one on each set-up route', () => {
    const channels = 'https://app.segment.com/acme/engage/spaces/default/settings/channels';
    expect(ids(channels)).toEqual(['segment.email', 'segment.sms']);
    expect(ids(`${channels}/sendgrid`)).toEqual(['segment.email']);
    expect(ids(`${channels}/twilio`)).toEqual(['segment.sms']);
  });

  it('returns nothing for unrelated pages and for garbage, without throwing', () => {
    expect(ids('https://example.com/settings/subusers')).toEqual([]);
    expect(ids('not a url')).toEqual([]);
    expect(ids('')).toEqual([]);
    expect(ids(`https://app.sendgrid.com/${'x'.repeat(20_000)}`)).toEqual([]);
  });
});

describe('deepLinkFor', () => {
  it('fills the workspace and space into Segment links, encoded', () => {
    const t = taskById('segment.identifiers');
    expect(deepLinkFor(t, { workspace: 'acme', space: 'default' })).toBe(
      'https://app.segment.com/acme/unify/spaces/default/settings/identity-resolution',
    );
    expect(deepLinkFor(t, { workspace: 'a/b', space: 'x y' })).toBe(
      'https://app.segment.com/a%2Fb/unify/spaces/x%20y/settings/identity-resolution',
    );
    expect(deepLinkFor(t, { workspace: 'acme', space: 'default', region: 'eu' })).toMatch(/^https:\/\/eu1\.app\.segment\.com\/acme\//);
  });

  it('falls back to the workspace picker or home when the onboarding lacks them', () => {
    const t = taskById('segment.email');
    expect(deepLinkFor(t)).toBe('https://app.segment.com/workspaces');
    expect(deepLinkFor(t, { workspace: 'acme' })).toBe('https://app.segment.com/acme/');
  });

  it('leaves console links without placeholders alone', () => {
    expect(deepLinkFor(taskById('sendgrid.subuser'), { workspace: 'acme' })).toBe('https://app.sendgrid.com/settings/subusers');
  });
});

describe('values between tasks', () => {
  it('names one producer for every carried value', () => {
    for (const name of VALUE_NAMES) expect(producerOf(name), name).toBeDefined();
    expect(producerOf('segment.twilioWebhookUrl')?.id).toBe('segment.sms');
    expect(consumersOf('segment.twilioWebhookUrl').map((t) => t.id)).toEqual(['twilio.webhook']);
  });

  it('lets SendGrid secrets go only to the Segment app', () => {
    expect(destinationOrigins('sendgrid.apiKey')).toEqual(['https://app.segment.com', 'https://eu1.app.segment.com']);
    expect(destinationOrigins('sendgrid.apiKeyId')).toEqual(destinationOrigins('sendgrid.apiKey'));
  });

  it('lets the Segment webhook URL go to the Twilio consoles, including the framed legacy page', () => {
    expect(destinationOrigins('segment.twilioWebhookUrl')).toEqual([
      'https://1console.twilio.com',
      'https://console.twilio.com',
      'https://www.twilio.com',
    ]);
  });
});

describe('resolveWant and stageOf', () => {
  it('picks the SendGrid webhook URL for the workspace’s region', () => {
    const postUrl = taskById('sendgrid.webhook').targets.find((t) => t.key === 'postUrl')!;
    expect(resolveWant(postUrl, 'us')).toEqual({ kind: 'literal', value: 'https://engage-ma-webhook-api.engage.segment.com/sendgrid' });
    expect(resolveWant(postUrl, 'eu')).toEqual({ kind: 'literal', value: 'https://engage-ma-webhook-api.euw1.engage.segment.com/sendgrid' });
  });

  it('passes other wants through', () => {
    const use = taskById('twilio.service').targets.find((t) => t.key === 'messagingUse')!;
    expect(resolveWant(use, 'eu')).toEqual({ kind: 'literal', value: 'Market my services' });
    const sid = taskById('segment.sms').targets.find((t) => t.key === 'apiKeySid')!;
    expect(resolveWant(sid, 'us')).toEqual({ kind: 'value', name: 'twilio.apiKeySid' });
  });

  it('knows each task’s stage', () => {
    expect(stageOf('segment.email').id).toBe('sendgrid');
    expect(stageOf('segment.sms').id).toBe('twilio');
    expect(stageOf('segment.identifiers').id).toBe('segment');
  });
});
