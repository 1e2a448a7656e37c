// An in-process Transport onto the fakes, for unit tests and the benchmark: same headers as the live one, real delays and aborts.
import type { Region } from '../../utils/guide/schema';
import type { Transport } from '../../utils/verify/http';
import { FAKE } from './credentials';
import type { FakeApis } from './fake';

export interface FakeCreds {
  subuserKey?: string;
  parentKey?: string;
  twilio?: { sid: string; secret: string };
}

export const ALL_CREDS: FakeCreds = {
  subuserKey: FAKE.subuserKey,
  parentKey: FAKE.parentKey,
  twilio: { sid: FAKE.apiKeySid, secret: FAKE.apiKeySecret },
};

export function fakeTransport(fake: FakeApis, creds: FakeCreds, region: Region = 'us', opts: { offline?: () => boolean } = {}): Transport {
  return (req, signal) =>
    new Promise((resolve, reject) => {
      if (opts.offline?.()) return reject(new TypeError('Failed to fetch'));
      const host =
        req.base === 'sendgrid' ? (region === 'eu' ? 'api.eu.sendgrid.com' : 'api.sendgrid.com') : req.base === 'twilioApi' ? 'api.twilio.com' : 'messaging.twilio.com';
      const query = new URLSearchParams(req.query ?? {}).toString();
      const headers: Record<string, string | undefined> = {};
      if (req.vendor === 'sendgrid') {
        const key = req.auth === 'subuser' ? creds.subuserKey : creds.parentKey;
        headers.authorization = `Bearer ${key}`;
        if (req.auth === 'parentAsSubuser') headers['on-behalf-of'] = req.onBehalfOf;
      } else if (creds.twilio) {
        headers.authorization = `Basic ${Buffer.from(`${creds.twilio.sid}:${creds.twilio.secret}`).toString('base64')}`;
      }
      const out = fake.handle({ host, method: 'GET', url: req.path + (query ? `?${query}` : ''), headers });
      const timer = setTimeout(
        () => resolve({ status: out.status, retryAfter: out.headers['Retry-After'] ?? null, body: structuredClone(out.body) }),
        out.delayMs,
      );
      signal.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(new DOMException('aborted', 'AbortError'));
      });
    });
}
