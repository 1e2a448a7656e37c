// The Twilio endpoints the checks call, with the zod schema of each 200 body and how each list pages (docs/verify.md).
import { z } from 'zod';
import { endpoint } from '../http';
import { listEndpoint } from '../paging';

const api = {
  vendor: 'twilio',
  base: 'twilioApi',
  notFound: 'the Account SID is probably mistyped (or belongs to another account than the API key). Copy it again from the Console home page.',
} as const;
const messaging = { vendor: 'twilio', base: 'twilioMessaging' } as const;

/** `auth_token` is deliberately absent: zod strips it at parse time (the transport also deletes it from the raw body). */
export const account = endpoint({
  ...api,
  template: '/2010-04-01/Accounts/{AccountSid}.json',
  schema: z.object({
    sid: z.string().regex(/^AC[0-9a-fA-F]{32}$/),
    status: z.enum(['active', 'suspended', 'closed']),
    type: z.enum(['Trial', 'Full']),
  }),
});

/** Paging fields of a Twilio 2010 list page and of a v1 list page. */
const page2010 = { next_page_uri: z.string().nullable().optional() };
const pageV1 = { meta: z.object({ next_page_url: z.string().nullable().optional() }).optional() };
const v1 = { paging: { style: 'twilioV1' }, ...messaging } as const;

export const incomingNumbers = listEndpoint({
  ...api,
  template: '/2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers.json',
  paging: { style: 'twilio2010' },
  noun: 'phone numbers',
  schema: z.object({
    ...page2010,
    incoming_phone_numbers: z.array(
      z.object({
        sid: z.string().regex(/^PN[0-9a-fA-F]{32}$/),
        phone_number: z.string().nullable(),
        capabilities: z.object({ sms: z.boolean().optional() }).nullable(),
        /** "local", "mobile", "tollfree" (spelling varies): null on older numbers. */
        type: z.string().nullable().optional(),
      }),
    ),
  }),
  items: (page) => page.incoming_phone_numbers,
});
export type IncomingNumber = z.infer<typeof incomingNumbers.schema>['incoming_phone_numbers'][number];

const ServiceSchema = z.object({
  sid: z.string().regex(/^MG[0-9a-fA-F]{32}$/),
  friendly_name: z.string().nullable(),
  usecase: z.string().nullable(),
  inbound_request_url: z.string().nullable(),
  inbound_method: z.string().nullable(),
  use_inbound_webhook_on_number: z.boolean().nullable(),
  us_app_to_person_registered: z.boolean().nullable(),
});
export type Service = z.infer<typeof ServiceSchema>;

export const services = listEndpoint({
  ...v1,
  template: '/v1/Services',
  noun: 'messaging services',
  schema: z.object({ ...pageV1, services: z.array(ServiceSchema) }),
  items: (page) => page.services,
});

export const servicePhoneNumbers = listEndpoint({
  ...v1,
  template: '/v1/Services/{ServiceSid}/PhoneNumbers',
  noun: 'numbers in the sender pool',
  schema: z.object({
    ...pageV1,
    phone_numbers: z.array(z.object({ sid: z.string().regex(/^PN[0-9a-fA-F]{32}$/), phone_number: z.string().nullable() })),
  }),
  items: (page) => page.phone_numbers,
});

export const channelSenders = listEndpoint({
  ...v1,
  template: '/v1/Services/{MessagingServiceSid}/ChannelSenders',
  noun: 'channel senders',
  schema: z.object({ ...pageV1, senders: z.array(z.object({ sid: z.string().nullable(), sender: z.string().nullable() })) }),
  items: (page) => page.senders,
});

export const usa2p = listEndpoint({
  ...v1,
  template: '/v1/Services/{MessagingServiceSid}/Compliance/Usa2p',
  noun: 'A2P 10DLC campaigns',
  schema: z.object({
    ...pageV1,
    compliance: z.array(z.object({ sid: z.string(), campaign_status: z.string().nullable(), brand_registration_sid: z.string().nullable().optional() })),
  }),
  items: (page) => page.compliance,
});

export const brandRegistrations = listEndpoint({
  ...v1,
  template: '/v1/a2p/BrandRegistrations',
  noun: 'A2P brands',
  schema: z.object({
    ...pageV1,
    data: z.array(z.object({ sid: z.string(), status: z.string(), failure_reason: z.string().nullable().optional() })),
  }),
  items: (page) => page.data,
});

/** `TollfreePhoneNumberSid=` narrows the list to one number's verifications. */
export const tollfreeVerifications = listEndpoint({
  ...v1,
  template: '/v1/Tollfree/Verifications',
  noun: 'toll-free verifications',
  schema: z.object({
    ...pageV1,
    verifications: z.array(
      z.object({
        sid: z.string(),
        status: z.enum(['PENDING_REVIEW', 'IN_REVIEW', 'TWILIO_APPROVED', 'TWILIO_REJECTED']),
        rejection_reason: z.string().nullable().optional(),
      }),
    ),
  }),
  items: (page) => page.verifications,
});
