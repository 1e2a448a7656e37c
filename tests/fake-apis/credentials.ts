// Test credentials the fake APIs accept. Shaped like real ones (so format rules pass) but never valid anywhere.
export const FAKE = {
  subuserKey: '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',
  subuserKeyId: 'qfTQ6KG0QBiwWdJ0-pCLCA',
  parentKey: 'SG.pArEnTkEy0123456789abc.Qw7eRt8yUi9oPa0sDf1gHj2kLz3xCv4bNm5QwErTyUi',
  subuserName: 'twilio_engage_app_acme',
  accountSid: 'AC0123456789abcdef0123456789abcdef',
  apiKeySid: 'SK0123456789abcdef0123456789abcdef',
  apiKeySecret: 'l6LUelKF2BUtMLace5oShZSmRppadYqI',
  /** A Standard key: valid everywhere except /Accounts. */
  standardKeySid: 'SKfedcba9876543210fedcba9876543210',
  /** A Restricted key allowed to read Messaging services only: 403 (70051) elsewhere. */
  restrictedKeySid: 'SK5555555555aaaaaaaaaa5555555555aa',
  /** An Account SID of some other account (the key is refused for it). */
  otherAccountSid: 'ACfedcba9876543210fedcba9876543210',
  twilioWebhookUrl: 'https://api.segment.io/engage/twilio/inbound/acme',
  ip: '167.89.21.3',
  numberSid: 'PN0123456789abcdef0123456789abcdef',
  number: '+14155550123',
  serviceSid: 'MG0123456789abcdef0123456789abcdef',
} as const;

/** Every secret the fakes know, for "no secret leaks" assertions. */
export const SECRETS = [FAKE.subuserKey, FAKE.parentKey, FAKE.apiKeySecret] as const;
