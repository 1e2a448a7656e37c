// Page-detected completion belongs to one onboarding: Segment pages by their slugs, SendGrid/Twilio tabs by when they loaded.
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { deliver } from './deliver';
import { registerGuidance } from '../../../utils/guidance/background';
import { freshOnboarding, type ProgressState } from '../../../utils/progress/model';
import { bindTab, readPageScope, scopeOf, segmentSlugs, unbindTab } from '../../../utils/progress/pageScope';
import { readProgress, runProgress } from '../../../utils/progress/store';

const acme = { ...freshOnboarding('a', 1, 'Acme'), workspace: 'acme', space: 'default' };
const beta = { ...freshOnboarding('b', 2, 'Beta'), workspace: 'beta' };
const loose = freshOnboarding('c', 3, 'No slugs');
const state = (activeId: string, ...onboardings: ProgressState['onboardings']): ProgressState => ({ activeId, onboardings });
const IDENTITY = (ws: string) => `https://app.segment.com/${ws}/unify/spaces/default/settings/identity-resolution`;
const SUBUSERS = 'https://app.sendgrid.com/settings/subusers';

describe('which onboarding a page counts for', () => {
  it('reads the workspace and space slugs from a Segment URL, and none from other consoles', () => {
    expect(segmentSlugs(IDENTITY('acme'))).toEqual({ workspace: 'acme', space: 'default' });
    expect(segmentSlugs('https://eu1.app.segment.com/Beta/overview')).toEqual({ workspace: 'beta' });
    expect(segmentSlugs('https://app.segment.com/login')).toBeNull();
    expect(segmentSlugs(SUBUSERS)).toBeNull();
    expect(segmentSlugs('not a url')).toBeNull();
  });

  it('counts an /acme/ Segment page for Acme only, and says whose it is when Beta is open', () => {
    expect(scopeOf(IDENTITY('acme'), state('a', acme, beta), undefined)).toMatchObject({ counts: true, onboarding: { id: 'a' } });
    const inBeta = scopeOf(IDENTITY('acme'), state('b', acme, beta), undefined);
    expect(inBeta).toMatchObject({ counts: false, owner: { id: 'a' } });
    expect(inBeta.counts ? '' : inBeta.why).toBe('This Segment page is in workspace acme/default, which belongs to “Acme”, not “Beta”.');
    // A workspace nobody set up does not count for an onboarding that names another one.
    expect(scopeOf(IDENTITY('zeta'), state('b', acme, beta), undefined).counts).toBe(false);
    // A different space of the same workspace is not Acme's either.
    expect(scopeOf('https://app.segment.com/acme/engage/spaces/staging/settings/channels', state('a', acme, beta), undefined).counts).toBe(false);
  });

  it('lets an onboarding without slugs use a Segment workspace no other onboarding claims', () => {
    expect(scopeOf(IDENTITY('zeta'), state('c', acme, loose), undefined).counts).toBe(true);
    expect(scopeOf(IDENTITY('acme'), state('c', acme, loose), undefined).counts).toBe(false);
  });

  it('a workspace lives in one region: an EU page never counts for a US onboarding of the same slug, and says so', () => {
    const euAcme = { ...freshOnboarding('e', 4, 'Acme EU'), region: 'eu' as const, workspace: 'acme', space: 'default' };
    const EU = (ws: string) => IDENTITY(ws).replace('https://app.', 'https://eu1.app.');
    expect(scopeOf(EU('acme'), state('e', acme, euAcme), undefined)).toMatchObject({ counts: true, onboarding: { id: 'e' } });
    expect(scopeOf(IDENTITY('acme'), state('a', acme, euAcme), undefined)).toMatchObject({ counts: true, onboarding: { id: 'a' } });
    const usOpen = scopeOf(EU('acme'), state('a', acme, euAcme), undefined);
    expect(usOpen).toMatchObject({ counts: false, owner: { id: 'e' } });
    expect(usOpen.counts ? '' : usOpen.why).toBe('This Segment page is in the EU workspace acme/default, which belongs to “Acme EU”, not “Acme”.');
    // Nobody claims the EU workspace: a US onboarding, slugs or not, still does not take it.
    const unclaimed = scopeOf(EU('acme'), state('c', acme, loose), undefined);
    expect(unclaimed.counts ? '' : unclaimed.why).toBe('This Segment page is in the EU workspace acme/default; “No slugs” is a US onboarding.');
    expect(scopeOf(EU('zeta'), state('a', acme, loose), undefined).counts).toBe(false);
  });

  it('counts a SendGrid or Twilio tab only for the onboarding that was open when it loaded', () => {
    expect(scopeOf(SUBUSERS, state('b', acme, beta), 'b').counts).toBe(true);
    const old = scopeOf(SUBUSERS, state('b', acme, beta), 'a');
    expect(old.counts ? '' : old.why).toBe('This tab was opened while “Acme” was open. Reload it to work on “Beta” here.');
    expect(scopeOf('https://console.twilio.com/', state('b', acme, beta), undefined).counts).toBe(true);
  });
});

const page = (url: string, tabId: number) => ({ id: fakeBrowser.runtime.id, url, tab: { id: tabId, url }, frameId: 0 });
const panel = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/sidepanel.html') };
const doneIn = async (name: string) => (await readProgress()).onboardings.find((o) => o.name === name)!.tasks;

describe('page-detected completion with two onboardings (the Acme/Beta leak)', () => {
  // Registered once (a reset would drop the listeners); each test starts from empty storage.
  beforeAll(() => {
    fakeBrowser.reset();
    registerGuidance();
  });
  beforeEach(async () => {
    await fakeBrowser.storage.local.clear();
    await fakeBrowser.storage.session.clear();
  });

  it('a console tab left open from Acme marks nothing done in Beta, and Acme gets its own again', async () => {
    await runProgress({ type: 'updateOnboarding', onboardingId: (await readProgress()).activeId, name: 'Acme', workspace: 'acme', space: 'default' });
    // Acme's tabs ask for their page's task: each tab is now Acme's.
    expect(((await deliver('guidance.pageTask', { url: IDENTITY('acme') }, page(IDENTITY('acme'), 1))) as { tasks: unknown[] }).tasks).not.toEqual([]);
    expect(((await deliver('guidance.pageTask', { url: SUBUSERS }, page(SUBUSERS, 2))) as { tasks: unknown[] }).tasks).not.toEqual([]);
    await runProgress({ type: 'createOnboarding', name: 'Beta', workspace: 'beta' });

    // Beta is open: the tabs ask again (progress changed) and get nothing to guide, and their "done" reports are refused.
    // They say why, for the page to tell the person (it has Beta's open steps, but counts for Acme).
    expect(await deliver('guidance.pageTask', { url: IDENTITY('acme') }, page(IDENTITY('acme'), 1))).toMatchObject({
      tasks: [], outOfScope: 'This Segment page is in workspace acme/default, which belongs to “Acme”, not “Beta”.',
    });
    expect(await deliver('guidance.pageTask', { url: SUBUSERS }, page(SUBUSERS, 2))).toMatchObject({
      tasks: [], outOfScope: 'This tab was opened while “Acme” was open. Reload it to work on “Beta” here.',
    });
    const seg = await deliver('guidance.pageDone', { taskId: 'segment.identifiers', evidence: 'phone is listed' }, page(IDENTITY('acme'), 1));
    expect(seg).toEqual({ ok: false, message: 'This Segment page is in workspace acme/default, which belongs to “Acme”, not “Beta”.' });
    const sg = await deliver('guidance.pageDone', { taskId: 'sendgrid.subuser', evidence: 'row twilio_engage_app_acme' }, page(SUBUSERS, 2));
    expect(sg).toMatchObject({ ok: false, message: expect.stringMatching(/opened while “Acme” was open/) });
    expect(await doneIn('Beta')).toEqual({});
    expect(await doneIn('Acme')).toEqual({});

    // Back in Acme, the same tabs count again, for Acme only.
    const acmeId = (await readProgress()).onboardings.find((o) => o.name === 'Acme')!.id;
    await runProgress({ type: 'switchOnboarding', onboardingId: acmeId });
    expect(await deliver('guidance.pageDone', { taskId: 'segment.identifiers', evidence: 'phone is listed' }, page(IDENTITY('acme'), 1))).toEqual({ ok: true });
    expect((await doneIn('Acme'))['segment.identifiers']).toMatchObject({ status: 'done', source: 'page' });
    expect(await doneIn('Beta')).toEqual({});
  });

  it('a SendGrid tab reloaded under Beta counts for Beta; an undo in one onboarding does not silence the page in another', async () => {
    await runProgress({ type: 'updateOnboarding', onboardingId: (await readProgress()).activeId, name: 'Acme', workspace: 'acme' });
    await deliver('guidance.pageTask', { url: SUBUSERS }, page(SUBUSERS, 5));
    expect(await deliver('guidance.pageDone', { taskId: 'sendgrid.subuser', evidence: 'row twilio_engage_app_acme' }, page(SUBUSERS, 5))).toEqual({ ok: true });
    expect(await deliver('guidance.undoDone', { taskId: 'sendgrid.subuser' }, panel)).toEqual({ ok: true });
    expect(await deliver('guidance.pageDone', { taskId: 'sendgrid.subuser', evidence: 'row twilio_engage_app_acme' }, page(SUBUSERS, 5))).toMatchObject({ ok: false, message: expect.stringMatching(/You undid this step/) });

    await runProgress({ type: 'createOnboarding', name: 'Beta', workspace: 'beta' });
    await unbindTab(5); // the tab loads a new document
    await deliver('guidance.pageTask', { url: SUBUSERS }, page(SUBUSERS, 5));
    expect((await readPageScope()).tabs['5']).toBe((await readProgress()).activeId);
    expect(await deliver('guidance.pageDone', { taskId: 'sendgrid.subuser', evidence: 'row twilio_engage_app_beta' }, page(SUBUSERS, 5))).toEqual({ ok: true });
    expect((await doneIn('Beta'))['sendgrid.subuser']).toMatchObject({ status: 'done', evidence: 'row twilio_engage_app_beta' });
    expect((await doneIn('Acme'))['sendgrid.subuser']).toBeUndefined();
  });

  it('undoing a page-seen task with no earlier state (a Verify result undone) reopens it, and the page stays silent', async () => {
    await deliver('guidance.pageTask', { url: SUBUSERS }, page(SUBUSERS, 6));
    expect(await deliver('guidance.pageDone', { taskId: 'sendgrid.subuser', evidence: 'row twilio_engage_app_acme' }, page(SUBUSERS, 6))).toEqual({ ok: true });
    // Verify confirms it, then the person undoes Verify's result: "seen on the page" again, with no history left.
    const id = (await readProgress()).activeId;
    await runProgress({ type: 'setTaskState', onboardingId: id, taskId: 'sendgrid.subuser', status: 'done', source: 'api', evidence: 'verified' });
    await runProgress({ type: 'undoTask', onboardingId: id, taskId: 'sendgrid.subuser' });
    const seen = (await readProgress()).onboardings[0]!.tasks['sendgrid.subuser']!;
    expect(seen).toMatchObject({ status: 'done', source: 'page' });
    expect(seen.previous).toBeUndefined();
    expect(await deliver('guidance.undoDone', { taskId: 'sendgrid.subuser' }, panel)).toEqual({ ok: true });
    expect((await readProgress()).onboardings[0]!.tasks['sendgrid.subuser']).toMatchObject({ status: 'todo', source: 'manual' });
    expect(await deliver('guidance.pageDone', { taskId: 'sendgrid.subuser', evidence: 'row twilio_engage_app_acme' }, page(SUBUSERS, 6))).toMatchObject({ ok: false, message: expect.stringMatching(/You undid this step/) });
  });

  it('remembers which onboarding a tab is for across a service-worker restart (storage.session)', async () => {
    expect(await bindTab(9, 'x')).toBe('x');
    expect(await bindTab(9, 'y')).toBe('x');
    expect((await readPageScope()).tabs).toEqual({ '9': 'x' });
  });
});
