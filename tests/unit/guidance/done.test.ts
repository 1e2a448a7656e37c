import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { detectDone } from '../../../utils/guidance/done';
import { fakeLayout } from '../locator/geometry';

// Evidence is saved into progress (storage.local): it must quote the guide's data, never what the page wrote.
describe('page-detected completion evidence', () => {
  beforeEach(() => fakeLayout());
  afterEach(() => {
    document.body.innerHTML = '';
    vi.restoreAllMocks();
  });

  it('a SendGrid banner that also shows a key is reported by the text the guide waited for, not the banner', () => {
    document.body.innerHTML = '<div role="status">API key created: SG.secretsecretsecret.tail — copy it now</div>';
    const evidence = detectDone(document, { kind: 'textAppears', text: ['API key created'] });
    expect(evidence).toBe('The page shows “API key created…”.');
    expect(evidence).not.toContain('SG.');
  });

  it('a toggle row reading ENABLED is quoted in the guide’s own spelling', () => {
    document.body.innerHTML = '<table><tr><td>Event Webhook Status</td><td><span>ENABLED</span></td></tr></table>';
    const evidence = detectDone(document, { kind: 'labelReads', labels: ['Event Webhook Status'], states: ['Enabled'] });
    expect(evidence).toBe('“Event Webhook Status” reads “Enabled”.');
  });

  it('says nothing while the page does not show the text', () => {
    document.body.innerHTML = '<p>Nothing yet</p>';
    expect(detectDone(document, { kind: 'textAppears', text: ['API key created'] })).toBeNull();
  });
});
