// Verify on accounts shaped like real ones, in real Chromium through the side panel: a busy account read past page 1,
// the SMS messaging service chosen over the WhatsApp one, and an EU workspace on a global or an EU SendGrid subuser.
import { describe, expect, it } from 'vitest';
import { FAKE } from '../fake-apis/credentials.ts';
import type { ScenarioName } from '../fake-apis/scenarios.ts';
import { SidePanel } from './harness/index.ts';
import { CHECKABLE, verifySession } from './verify-helpers.ts';

describe('verify on real-shaped accounts', () => {
  const session = verifySession();
  const { fake } = session;
  const use = (s: ScenarioName) => fake.setScenario(s);
  /** The calls one "Verify all" made, and the verdict of every checkable task. */
  async function verifyAll() {
    const before = fake.log.length;
    await session.v.verify();
    return { sent: fake.log.slice(before), verdicts: await session.v.verdicts() };
  }
  const notVerified = (verdicts: Record<string, string>) => Object.entries(verdicts).filter(([, x]) => x !== 'verified');


  it('verifies a busy account: reads every page (numbers past 1,000), the subuser\'s own IP, and the campaign\'s own brand', async () => {
    use('busyAccount.manyNumbers');
    const { sent, verdicts } = await verifyAll();
    expect(notVerified(verdicts)).toEqual([]);
    expect(CHECKABLE.length).toBeGreaterThan(10);
    // The second page of numbers came from following next_page_uri; the subuser's IPs from the subuser= filter.
    expect(sent.some((c) => c.route === 'tw.numbers' && /PageToken=/.test(c.query))).toBe(true);
    expect(sent.some((c) => c.route === 'sg.ips' && c.query.includes(`subuser=${FAKE.subuserName}`))).toBe(true);
    expect(await session.v.row('sendgrid.rdns').innerText()).toContain(FAKE.ip);
    expect(await session.v.row('sendgrid.warmup').innerText()).toMatch(/has since finished/);
  });

  it('judges the SMS messaging service, not the WhatsApp one listed first', async () => {
    use('twilio.services.whatsappFirst');
    const { verdicts } = await verifyAll();
    expect(notVerified(verdicts)).toEqual([]);
    expect(await session.v.row('twilio.service').innerText()).toMatch(/"Engage SMS" \(marketing\) sends from \+14155550123/);
  });

  it('an EU workspace on a global SendGrid account: every SendGrid call goes to api.sendgrid.com, and all is verified', async () => {
    await new SidePanel(session.v.page).createOnboarding({ name: 'Euro Global', region: 'EU' });
    // The keys kept for the session serve this onboarding too; were they kept per onboarding, the form asks again.
    // The section starts afresh for the new onboarding: wait until it has said which (the form, or Verify all enabled).
    const field = session.v.section.getByLabel('SendGrid subuser API key', { exact: true });
    const verifyAllButton = session.v.section.getByRole('button', { name: 'Verify all' });
    await expect.poll(async () => (await field.isVisible()) || (await verifyAllButton.isEnabled()), { timeout: 10_000 }).toBe(true);
    if ((await field.isVisible()) && !(await field.inputValue())) await session.v.enterEverything();
    use('sendgrid.region.euWorkspace');
    const { sent, verdicts } = await verifyAll();
    expect(notVerified(verdicts)).toEqual([]);
    const sendgrid = sent.filter((c) => c.host.includes('sendgrid'));
    expect(sendgrid.length).toBeGreaterThan(5);
    expect(sendgrid.every((c) => c.host === 'api.sendgrid.com')).toBe(true);
  });

  it("an EU SendGrid subuser: its key is answered on api.eu.sendgrid.com, the parent's on api.sendgrid.com", async () => {
    use('sendgrid.region.euSubuser');
    const { sent, verdicts } = await verifyAll();
    expect(notVerified(verdicts)).toEqual([]);
    const answered = sent.filter((c) => c.host.includes('sendgrid') && c.as !== 'anonymous');
    expect(answered.filter((c) => c.as === 'subuser').every((c) => c.host === 'api.eu.sendgrid.com')).toBe(true);
    expect(answered.filter((c) => c.as === 'parent').every((c) => c.host === 'api.sendgrid.com')).toBe(true);
    expect(await session.v.row('sendgrid.subuser').innerText()).toMatch(/region eu/);
  });
});
