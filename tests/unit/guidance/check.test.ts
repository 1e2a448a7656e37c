import { describe, expect, it } from 'vitest';
import { taskById } from '../../../utils/guide/index';
import { checkField, expectedLine, guideFor } from '../../../utils/guidance/check';

const target = (taskId: Parameters<typeof taskById>[0], key: string) => taskById(taskId).targets.find((t) => t.key === key)!;

describe('checking what a person types', () => {
  it('rejects a subuser name with dashes, naming the prefix, and accepts the right one', () => {
    const t = target('sendgrid.subuser', 'username');
    const bad = checkField(t, 'twilio-engage-app-acme', 22, 'us');
    expect(bad.state).toBe('invalid');
    expect(bad.issues.map((i) => i.message).join(' ')).toContain('twilio_engage_app_');
    expect(checkField(t, 'twilio_engage_app_acme', 22, 'us').state).toBe('valid');
  });

  it('offers a one-click fix for a trailing space', () => {
    const t = target('sendgrid.subuser', 'username');
    const r = checkField(t, 'twilio_engage_app_acme ', 23, 'us');
    expect(r.state).toBe('invalid');
    expect(r.issues.find((i) => i.fix)?.fix?.value).toBe('twilio_engage_app_acme');
  });

  it('says a 1 MB paste is too long without running the rules on all of it', () => {
    const t = target('sendgrid.subuser', 'username');
    const r = checkField(t, 'a'.repeat(20_000), 1_000_000, 'us');
    expect(r.state).toBe('invalid');
    expect(r.issues[0]?.message).toContain('1,000,000');
  });

  it('shows the exact webhook URL the guide wants for the region', () => {
    const webhook = taskById('sendgrid.webhook').targets.find((t) => t.want.kind === 'literal' && t.kind === 'field')!;
    expect(expectedLine(webhook, 'us')).toContain('https://');
    const r = checkField(webhook, 'https://example.com/', 20, 'us');
    expect(r.state).toBe('invalid');
  });
});

describe('a field that should repeat what an earlier step set up (reverse DNS: the domain authenticated)', () => {
  const rdns = taskById('sendgrid.rdns');
  const domain = rdns.targets.find((t) => t.key === 'domain')!;
  const known = { authenticatedDomain: 'acme-mail.com' };

  it('another domain is flagged softly, naming the one authenticated, with a one-click fix', () => {
    const v = checkField(domain, 'acme.com', 8, 'us', known);
    expect(v.state).toBe('valid');
    expect(v.issues).toEqual([{ code: 'notSame', message: 'You authenticated `acme-mail.com`; reverse DNS normally uses that domain', fix: { label: 'Use acme-mail.com', value: 'acme-mail.com' } }]);
  });

  it('the same domain (in any case) passes quietly; with no domain authenticated yet, nothing is compared', () => {
    expect(checkField(domain, 'Acme-Mail.com', 13, 'us', known).issues).toEqual([]);
    expect(checkField(domain, 'acme.com', 8, 'us').issues).toEqual([]);
  });

  it('the callout names the domain authenticated instead of the guide’s example', () => {
    const { wants } = guideFor(rdns, 'us', { name: 'Acme' }, known);
    expect(wants.domain!.line).toBe('Your choice: the domain you authenticated: `acme-mail.com`');
    expect(guideFor(rdns, 'us', { name: 'Acme' }).wants.domain!.line).toBe('Your choice: the domain you authenticated, e.g. `example.com`');
  });
});
