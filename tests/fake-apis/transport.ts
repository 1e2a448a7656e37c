// An in-process Transport onto the fakes, for unit tests and the benchmark: same headers as the live one, real delays and aborts.
import { HOST_NAME, type Transport } from '../../utils/verify/http';
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

/** The host comes from each request (the runner picks it per key), as with the live transport. */
export function fakeTransport(fake: FakeApis, creds: FakeCreds, opts: { offline?: () => boolean } = {}): Transport {
  return (req, signal) =>
    new Promise((resolve, reject) => {
      if (opts.offline?.()) return reject(new TypeError('Failed to fetch'));
      const host = HOST_NAME[req.base];
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
        // The fake hands out a fresh copy of every body, so nothing here can change its state.
        () => resolve({ status: out.status, retryAfter: out.headers['Retry-After'] ?? null, body: out.body }),
        out.delayMs,
      );
      signal.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(new DOMException('aborted', 'AbortError'));
      });
    });
}
