// Segment's labels in the 2022 UI (the guide we implement) and the 2025 UI (`?ui=2025`), to exercise the guide's aliases.

export type UiVersion = '2022' | '2025';

/** `?ui=2025` picks the newer labels; the choice sticks for the tab (sessionStorage) across pushState routes. */
export function uiVersion(): UiVersion {
  const asked = new URL(location.href).searchParams.get('ui');
  if (asked === '2022' || asked === '2025') sessionStorage.setItem('sandbox:ui', asked);
  return sessionStorage.getItem('sandbox:ui') === '2025' ? '2025' : '2022';
}

const LABELS = {
  '2022': {
    addIdentifier: 'Add Identifier',
    customIdentifiers: 'Custom Identifiers',
    emailCard: 'Send emails with SendGrid',
    smsCard: 'Send SMS messages with Twilio',
    emailDialog: 'Set up your email service',
    subuserName: 'Subuser name',
    smsPage: 'Set up your SMS service',
  },
  '2025': {
    addIdentifier: 'Add identifier',
    customIdentifiers: 'Custom identifiers',
    emailCard: 'Email Service with SendGrid',
    smsCard: 'SMS Service with Twilio',
    emailDialog: 'Set up and validate your SendGrid account',
    subuserName: 'Subuser Name',
    smsPage: 'Set up and validate your Twilio account',
  },
} as const;

export const labels = () => LABELS[uiVersion()];
