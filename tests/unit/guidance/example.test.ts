// The in-page callout's example subuser name is the open onboarding's own, as in the side panel.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { taskById } from '../../../utils/guide/index';
import { pageTaskFor } from '../../../utils/guidance/background';
import { guideFor } from '../../../utils/guidance/check';
import { readProgress, runProgress } from '../../../utils/progress/store';
import { exampleFor } from '../../../utils/progress/view';

const SUBUSERS = 'https://app.sendgrid.com/settings/subusers';

/** What the subuser task's callout says about the Username field: its instruction and its "Your choice" line. */
async function usernameCallout(): Promise<string[]> {
  const reply = await pageTaskFor(SUBUSERS);
  const guided = reply.tasks.find((g) => g.task.id === 'sendgrid.subuser')!;
  const target = guided.task.targets.find((t) => t.labels.includes('Username'))!;
  return [target.instruction, guided.wants[target.key]!.line!];
}

describe('the callout example follows the open onboarding', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
  });

  it('names the onboarding (lower-cased, as a slug) instead of the guide’s acme', async () => {
    const { activeId } = await readProgress();
    await runProgress({ type: 'updateOnboarding', onboardingId: activeId, name: 'Globex Corp.' });
    const lines = await usernameCallout();
    for (const line of lines) {
      expect(line).toContain('`twilio_engage_app_globex_corp`');
      expect(line).not.toContain('acme');
    }
  });

  it('prefers the Segment workspace slug, and switches when another onboarding is opened', async () => {
    const { activeId } = await readProgress();
    await runProgress({ type: 'updateOnboarding', onboardingId: activeId, name: 'Initech', workspace: 'initech-eu' });
    expect((await usernameCallout())[0]).toContain('`twilio_engage_app_initech_eu`');
    await runProgress({ type: 'createOnboarding', name: 'Umbrella' });
    expect((await usernameCallout())[0]).toContain('`twilio_engage_app_umbrella`');
  });

  it('gives an EU onboarding the EU event-webhook URL in the callout, the panel steps and the Expected line', async () => {
    const US = 'https://engage-ma-webhook-api.engage.segment.com/sendgrid';
    const EU = 'https://engage-ma-webhook-api.euw1.engage.segment.com/sendgrid';
    await runProgress({ type: 'createOnboarding', name: 'Beta', region: 'eu' });
    const reply = await pageTaskFor('https://app.sendgrid.com/settings/mail_settings');
    const guided = reply.tasks.find((g) => g.task.id === 'sendgrid.webhook')!;
    const postUrl = guided.task.targets.find((t) => t.key === 'postUrl')!;
    expect(postUrl.instruction).toContain(EU);
    expect(guided.wants.postUrl!.line).toContain(EU);
    const { onboardings, activeId } = await readProgress();
    const beta = onboardings.find((o) => o.id === activeId)!;
    const steps = taskById('sendgrid.webhook').steps.map((s) => exampleFor(s, beta)).join(' ');
    expect(steps).toContain(EU);
    expect(steps).not.toContain(US);
    // A US onboarding keeps the US URL.
    expect(taskById('sendgrid.webhook').steps.map((s) => exampleFor(s, { ...beta, region: 'us' })).join(' ')).toContain(US);
  });

  it('leaves the guide itself, and every other text and rule, as they were', () => {
    const task = taskById('sendgrid.subuser');
    const before = JSON.stringify(task);
    const mine = guideFor(task, 'us', { name: 'Hooli' });
    expect(JSON.stringify(task)).toBe(before);
    expect(mine.task.targets.map((t) => [t.key, t.labels, t.rule])).toEqual(task.targets.map((t) => [t.key, t.labels, t.rule]));
    expect(JSON.stringify(mine.task).split('twilio_engage_app_hooli').join('twilio_engage_app_acme')).toBe(before);
  });
});
