// The live Twilio wire: Basic auth with the API key, the right host per API, and the Auth Token dropped on arrival.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { liveTransport } from '../../../utils/verify/transport';
import { FAKE } from '../../fake-apis/credentials';

afterEach(() => vi.unstubAllGlobals());

describe('live Twilio transport', () => {
  it('signs with the API Key SID and secret, calls api.twilio.com, and drops auth_token from the account', async () => {
    const seen: { url: string; auth: string | null }[] = [];
    vi.stubGlobal('fetch', async (url: URL, init: RequestInit) => {
      seen.push({ url: String(url), auth: new Headers(init.headers).get('authorization') });
      return new Response(JSON.stringify({ sid: FAKE.accountSid, status: 'active', type: 'Full', auth_token: 'authTokenThatMustNotSurviveParsing' }), {
        status: 200,
      });
    });
    const t = liveTransport({ sendgrid: {}, twilio: { sid: FAKE.apiKeySid, secret: FAKE.apiKeySecret }, region: 'us' });
    const res = await t({ vendor: 'twilio', auth: 'twilio', base: 'twilioApi', path: `/2010-04-01/Accounts/${FAKE.accountSid}.json` }, new AbortController().signal);
    expect(res.status).toBe(200);
    expect(res.body).not.toHaveProperty('auth_token');
    expect(JSON.stringify(res.body)).not.toContain('authTokenThatMustNotSurviveParsing');
    expect(seen[0]!.url).toBe(`https://api.twilio.com/2010-04-01/Accounts/${FAKE.accountSid}.json`);
    expect(seen[0]!.auth).toBe(`Basic ${btoa(`${FAKE.apiKeySid}:${FAKE.apiKeySecret}`)}`);
  });

  it('sends Messaging calls to messaging.twilio.com with their query, and passes Retry-After on a 429', async () => {
    let called = '';
    vi.stubGlobal('fetch', async (url: URL) => {
      called = String(url);
      return new Response('{"code":20429,"message":"Too Many Requests"}', { status: 429, headers: { 'Retry-After': '2' } });
    });
    const t = liveTransport({ sendgrid: {}, twilio: { sid: FAKE.apiKeySid, secret: FAKE.apiKeySecret }, region: 'us' });
    const res = await t({ vendor: 'twilio', auth: 'twilio', base: 'twilioMessaging', path: '/v1/Services', query: { PageSize: '1000' } }, new AbortController().signal);
    expect(called).toBe('https://messaging.twilio.com/v1/Services?PageSize=1000');
    expect(res).toMatchObject({ status: 429, retryAfter: '2' });
  });

  it('refuses to call without a key rather than sending an empty one', async () => {
    const t = liveTransport({ sendgrid: {}, region: 'us' });
    await expect(t({ vendor: 'twilio', auth: 'twilio', base: 'twilioApi', path: '/x' }, new AbortController().signal)).rejects.toThrow();
    await expect(t({ vendor: 'sendgrid', auth: 'subuser', base: 'sendgrid', path: '/v3/scopes' }, new AbortController().signal)).rejects.toThrow();
  });
});
