// The readiness report never carries a secret, key ID or SID in full, whatever a message happened to contain.
import { describe, expect, it } from 'vitest';
import { allTasks, stageOf } from '../../../utils/guide';
import { freshOnboarding } from '../../../utils/progress/model';
import { buildReport, scrub } from '../../../utils/verify/report';
import { FAKE, SECRETS } from '../../fake-apis/credentials';

const tasks = allTasks().map((t) => ({ id: t.id, title: t.title, stage: stageOf(t.id).title }));

describe('readiness report', () => {
  it('masks SendGrid keys, Twilio SIDs and known secrets to their last 4 characters', () => {
    const text = `key ${FAKE.subuserKey} sid ${FAKE.accountSid} secret ${FAKE.apiKeySecret} service ${FAKE.serviceSid}`;
    const out = scrub(text, [FAKE.apiKeySecret]);
    for (const s of [FAKE.subuserKey, FAKE.accountSid, FAKE.apiKeySecret, FAKE.serviceSid]) expect(out).not.toContain(s);
    expect(out).toBe('key …iOtY sid …cdef secret …dYqI service …cdef');
  });

  it('lists every task with its state, even one never checked, and scrubs a secret echoed in a check message', () => {
    const onboarding = { ...freshOnboarding('ob', 0, 'Acme'), tasks: { 'segment.identifiers': { status: 'done' as const, source: 'manual' as const, at: 0 } } };
    const md = buildReport({
      onboarding,
      tasks,
      results: {
        'sendgrid.apikey': {
          taskId: 'sendgrid.apikey',
          verdict: 'failed',
          reopened: false,
          checks: [{ checkId: 'sendgrid.apikey.fullAccess', taskId: 'sendgrid.apikey', title: 'x', status: 'fail', message: `bad key ${FAKE.parentKey}` }],
        },
      },
      ids: { accountSid: FAKE.accountSid },
      secrets: [...SECRETS],
      now: new Date(0),
    });
    // Task titles and plain words, never internal ids or "marked by manual".
    for (const t of tasks) expect(md).toContain(`| ${t.title} |`);
    for (const t of tasks) expect(md).not.toContain(t.id);
    expect(md).not.toMatch(/marked by/);
    expect(md).toMatch(/\| Check and add the Engage identifiers \| Done \| not checked \| marked done by you \|/);
    expect(md).toMatch(/\| Generate a SendGrid API key \| To do \| check failed/);
    expect(md).toMatch(/- Generate a SendGrid API key, x: \*\*problem\*\*\. bad key/);
    for (const s of [...SECRETS, FAKE.accountSid]) expect(md).not.toContain(s);
    expect(md).toContain('Twilio Account SID: …cdef');
  });
});
