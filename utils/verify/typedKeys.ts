// The keys the Verify form asks for, and the guide rule each must pass: shared by the panel (which shows the issue
// beside the field, with its one-click fix) and the background (which refuses a value that fails it).
import { checkValue, checkValueFor, type RuleResult } from '../guide/rules';
import type { Region } from '../guide/schema';
import type { CredentialName } from '../vault/store';
import type { KeepCredentials } from './messages';

export type TypedField = Exclude<keyof KeepCredentials, 'keepParent'>;

export const TYPED_FIELDS: { field: TypedField; name: CredentialName; label: string; origin: string }[] = [
  { field: 'sendgridApiKey', name: 'sendgrid.apiKey', label: 'SendGrid subuser API key', origin: 'https://app.sendgrid.com' },
  { field: 'parentApiKey', name: 'sendgrid.parentApiKey', label: 'SendGrid parent API key', origin: 'https://app.sendgrid.com' },
  { field: 'twilioAccountSid', name: 'twilio.accountSid', label: 'Twilio Account SID', origin: 'https://console.twilio.com' },
  { field: 'twilioApiKeySid', name: 'twilio.apiKeySid', label: 'Twilio API Key SID', origin: 'https://console.twilio.com' },
  { field: 'twilioApiKeySecret', name: 'twilio.apiKeySecret', label: 'Twilio API Key secret', origin: 'https://console.twilio.com' },
];

/** The parent key has the shape of any SendGrid API key; the others have their own value rule. */
export function checkTypedKey(name: (typeof TYPED_FIELDS)[number]['name'] & CredentialName, value: string, region: Region): RuleResult {
  return name === 'sendgrid.parentApiKey' ? checkValue('sendgridApiKey', value, { region }) : checkValueFor(name, value, { region });
}
