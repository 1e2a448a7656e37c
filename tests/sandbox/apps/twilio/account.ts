// The sandbox Twilio account: one Account SID per origin, kept in localStorage so it is stable across reloads.
import { twilioSid } from '../shared/random.ts';
import { stableValue } from '../shared/state.ts';

export const accountSid = (): string => stableValue('twilio.accountSid', () => twilioSid('AC'));
