// The format checks Segment's Verify buttons run, with the console's own wording; and the "what the form received" line.

export type FieldErrors<K extends string> = Partial<Record<K, string>>;

/** Show a secret's shape without its body: first 3 + last 4 characters and the length. */
export function fingerprint(value: string): string {
  if (value.length <= 8) return `(${value.length} characters)`;
  return `${value.slice(0, 3)}…${value.slice(-4)} (${value.length} characters)`;
}

export type EmailForm = { subuserName: string; apiKeyId: string; apiKey: string };

export function checkEmail(f: EmailForm): FieldErrors<keyof EmailForm> {
  const errors: FieldErrors<keyof EmailForm> = {};
  if (!f.subuserName.startsWith('twilio_engage_app_')) errors.subuserName = 'Subuser name must start with twilio_engage_app_';
  if (!/^[A-Za-z0-9_-]{22}$/.test(f.apiKeyId)) errors.apiKeyId = 'Invalid API Key ID';
  if (!/^SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/.test(f.apiKey)) errors.apiKey = 'Invalid API Key';
  else if (f.apiKey.slice(3, 25) !== f.apiKeyId && !errors.apiKeyId) errors.apiKeyId = 'API Key ID does not match the API Key';
  return errors;
}

export type SmsForm = { accountSid: string; apiKeySid: string; apiKeySecret: string };

export function checkSms(f: SmsForm): FieldErrors<keyof SmsForm> {
  const errors: FieldErrors<keyof SmsForm> = {};
  if (!/^AC[0-9a-f]{32}$/.test(f.accountSid)) errors.accountSid = 'Account SID must start with AC followed by 32 characters';
  if (!/^SK[0-9a-f]{32}$/.test(f.apiKeySid)) errors.apiKeySid = 'API Key SID must start with SK followed by 32 characters';
  if (!/^[A-Za-z0-9]{32}$/.test(f.apiKeySecret)) errors.apiKeySecret = 'Invalid API Key Secret';
  return errors;
}
