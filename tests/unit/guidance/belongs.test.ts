// A Segment page counts only for the onboarding whose workspace and space its URL names.
import { describe, expect, it } from 'vitest';
import { taskById } from '../../../utils/guide/index';
import { belongsTo } from '../../../utils/guidance/background';

const email = taskById('segment.email');
const CHANNELS = 'https://app.segment.com/acme/engage/spaces/default/settings/channels';

describe('belongsTo', () => {
  it('Acme’s channels page belongs to Acme, not to Beta', () => {
    expect(belongsTo(CHANNELS, email, { workspace: 'acme', space: 'default' })).toBe(true);
    expect(belongsTo(CHANNELS, email, { workspace: 'beta', space: 'default' })).toBe(false);
    expect(belongsTo(CHANNELS, email, { workspace: 'acme', space: 'other' })).toBe(false);
  });
  it('an onboarding with no workspace yet takes any; SendGrid and Twilio pages have no slug', () => {
    expect(belongsTo(CHANNELS, email, {})).toBe(true);
    expect(belongsTo('https://app.sendgrid.com/settings/api_keys', taskById('sendgrid.apikey'), { workspace: 'beta' })).toBe(true);
  });
});
