// Random values in the formats the real consoles hand out (SendGrid keys, Twilio SIDs, generated DOM ids).

const HEX = '0123456789abcdef';
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const B64URL = ALNUM + '-_';

function pick(alphabet: string, length: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  let out = '';
  for (const b of bytes) out += alphabet[b % alphabet.length];
  return out;
}

export const randomHex = (length: number): string => pick(HEX, length);
export const randomAlnum = (length: number): string => pick(ALNUM, length);
export const randomBase64Url = (length: number): string => pick(B64URL, length);

/** `SG.` + 22 + `.` + 43 base64url characters = 69 characters; the middle part is the API Key ID. */
export function sendgridApiKey(): { key: string; id: string } {
  const id = randomBase64Url(22);
  return { key: `SG.${id}.${randomBase64Url(43)}`, id };
}

/** A Twilio SID: two-letter prefix + 32 hex characters. */
export const twilioSid = (prefix: 'AC' | 'SK' | 'MG' | 'PN'): string => prefix + randomHex(32);

/** A DOM id that differs on every load, as generated ids do in the real consoles. */
export const generatedId = (prefix: string): string => `${prefix}-${1 + Math.floor(Math.random() * 9000)}`;

/** A delay in [min, max] ms, for fields that render after the route has loaded. */
export const lateDelay = (min = 300, max = 800): number => min + Math.floor(Math.random() * (max - min));
