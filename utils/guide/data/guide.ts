// The whole onboarding guide: the three stages in the order of the 2022 guide (conflict resolved, master side wins).
import type { z } from 'zod';
import type { GuideSchema } from '../schema';
import { segmentIdentifiers } from './segment';
import { sendgridAccount, sendgridDomain, sendgridPlan, sendgridRdns, sendgridSubscription, sendgridSubuser } from './sendgrid-setup';
import { segmentEmail, segmentSms } from './segment-engage';
import { engageNotify, sendgridApikey, sendgridWarmup, sendgridWebhook } from './sendgrid-keys';
import { twilioAccount, twilioApikey } from './twilio';
import { twilioCompliance, twilioNumber, twilioRegister, twilioService, twilioWebhook } from './twilio-messaging';

/** The guide data as written; `GuideSchema` checks it in the unit tests, and `fillGuide` fills its defaults. */
export const guideData: z.input<typeof GuideSchema> = {
  source:
    'segment-docs src/engage/overview/onboarding.md @ 8e67be865 (2022-04-25), merge conflict resolved with master winning; 2025-10-01 (47a01b68c) differences as variants',
  stages: [
    {
      id: 'segment',
      title: 'Configure identifiers in Segment (Unify, formerly Personas)',
      tasks: [segmentIdentifiers],
    },
    {
      id: 'sendgrid',
      title: 'Create and configure a SendGrid account',
      tasks: [
        sendgridAccount,
        sendgridPlan,
        sendgridSubuser,
        sendgridDomain,
        sendgridRdns,
        sendgridSubscription,
        sendgridWebhook,
        sendgridApikey,
        segmentEmail,
        sendgridWarmup,
        engageNotify,
      ],
    },
    {
      id: 'twilio',
      title: 'Create and configure Twilio SMS services',
      tasks: [
        twilioAccount,
        twilioApikey,
        segmentSms,
        twilioNumber,
        twilioRegister,
        twilioService,
        twilioWebhook,
        twilioCompliance,
      ],
    },
  ],
};
