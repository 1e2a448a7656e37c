// The real wire: SendGrid through @sendgrid/client, Twilio through fetch. Secrets live only inside these closures for one run.
import sendgrid from '@sendgrid/client';
import type { Region } from '../guide/schema';
import type { Transport } from './http';
import type { ApiRequest, RawResponse } from './types';

export interface SendGridKeys {
  subuser?: string;
  parent?: string;
}

export interface TwilioKey {
  sid: string;
  secret: string;
}

// The package's types only describe its default singleton; the class is exported beside it as `.Client`.
type SendGridClient = typeof sendgrid;
const Client = (sendgrid as unknown as { Client: new () => SendGridClient }).Client;

const TWILIO_HOST = { twilioApi: 'https://api.twilio.com', twilioMessaging: 'https://messaging.twilio.com' } as const;

/** SendGrid answers 429 with X-RateLimit-Reset (epoch seconds) and sometimes Retry-After; we accept both. */
function retryAfterFrom(headers: Record<string, unknown> | undefined): string | null {
  const get = (name: string) => {
    const value = headers?.[name] ?? headers?.[name.toLowerCase()];
    return value == null ? null : String(value);
  };
  const retry = get('retry-after');
  if (retry) return retry;
  const reset = Number(get('x-ratelimit-reset'));
  return Number.isFinite(reset) && reset > 0 ? String(Math.max(0, Math.ceil(reset - Date.now() / 1000))) : null;
}

function sendgridRequest(keys: SendGridKeys, req: ApiRequest, signal: AbortSignal): Promise<RawResponse> {
  const key = req.auth === 'subuser' ? keys.subuser : keys.parent;
  if (!key) return Promise.reject(new Error('no key'));
  // A fresh Client per request: the default singleton would carry one run's key and on-behalf-of into the next.
  const client = new Client();
  // The host follows the key (the runner decides it per request), not the Segment workspace's region.
  client.setDataResidency(req.base === 'sendgridEu' ? 'eu' : 'global');
  client.setApiKey(key);
  if (req.auth === 'parentAsSubuser' && req.onBehalfOf) client.setImpersonateSubuser(req.onBehalfOf);
  // validateStatus: every status resolves, so errors come back as values (the SDK's error path reads Node's
  // `process.cwd()`, which does not exist in a service worker). signal: our 10 s timeout.
  client.setDefaultRequest({ signal, validateStatus: () => true } as never);
  return client
    .request({ method: 'GET', url: req.path, qs: req.query })
    .then(([response, body]: [{ statusCode: number; headers: unknown }, unknown]) => ({
      status: response.statusCode,
      retryAfter: retryAfterFrom(response.headers as Record<string, unknown>),
      body: body === '' ? undefined : body,
    }));
}

async function twilioRequest(key: TwilioKey, req: ApiRequest, signal: AbortSignal): Promise<RawResponse> {
  const base = req.base === 'twilioMessaging' ? TWILIO_HOST.twilioMessaging : TWILIO_HOST.twilioApi;
  const url = new URL(req.path, base);
  for (const [k, v] of Object.entries(req.query ?? {})) url.searchParams.set(k, v);
  const res = await fetch(url, {
    headers: { Authorization: `Basic ${btoa(`${key.sid}:${key.secret}`)}`, Accept: 'application/json' },
    signal,
    credentials: 'omit',
  });
  const text = await res.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = text;
  }
  // The account resource carries the Auth Token: drop it the moment the body is parsed.
  if (body && typeof body === 'object' && 'auth_token' in body) delete (body as { auth_token?: unknown }).auth_token;
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body };
}

/** `region` is the Segment workspace's; it does not pick a SendGrid host (each request carries its own). */
export function liveTransport(creds: { sendgrid: SendGridKeys; twilio?: TwilioKey; region: Region }): Transport {
  return (req, signal) =>
    req.vendor === 'sendgrid'
      ? sendgridRequest(creds.sendgrid, req, signal)
      : creds.twilio
        ? twilioRequest(creds.twilio, req, signal)
        : Promise.reject(new Error('no key'));
}
