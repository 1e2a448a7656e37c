// The Twilio endpoints the checks call, with the zod schema of each 200 body (fields per vendor-apis.md §2).
import { z } from 'zod';
import { endpoint } from '../http';

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

export const incomingNumbers = endpoint({
  ...api,
  template: '/2010-04-01/Accounts/{AccountSid}/IncomingPhoneNumbers.json',
  schema: z.object({
    incoming_phone_numbers: z.array(
      z.object({
        sid: z.string().regex(/^PN[0-9a-fA-F]{32}$/),
        phone_number: z.string().nullable(),
        capabilities: z.object({ sms: z.boolean().optional() }).nullable(),
      }),
    ),
  }),
});

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

export const services = endpoint({
  ...messaging,
  template: '/v1/Services',
  schema: z.object({ services: z.array(ServiceSchema) }),
});

export const servicePhoneNumbers = endpoint({
  ...messaging,
  template: '/v1/Services/{ServiceSid}/PhoneNumbers',
  schema: z.object({
    phone_numbers: z.array(z.object({ sid: z.string().regex(/^PN[0-9a-fA-F]{32}$/), phone_number: z.string().nullable() })),
  }),
});

export const usa2p = endpoint({
  ...messaging,
  template: '/v1/Services/{MessagingServiceSid}/Compliance/Usa2p',
  schema: z.object({ compliance: z.array(z.object({ sid: z.string(), campaign_status: z.string().nullable() })) }),
});

export const brandRegistrations = endpoint({
  ...messaging,
  template: '/v1/a2p/BrandRegistrations',
  schema: z.object({
    data: z.array(z.object({ sid: z.string(), status: z.string(), failure_reason: z.string().nullable().optional() })),
  }),
});

export const tollfreeVerifications = endpoint({
  ...messaging,
  template: '/v1/Tollfree/Verifications',
  schema: z.object({
    verifications: z.array(
      z.object({
        sid: z.string(),
        status: z.enum(['PENDING_REVIEW', 'IN_REVIEW', 'TWILIO_APPROVED', 'TWILIO_REJECTED']),
        rejection_reason: z.string().nullable().optional(),
      }),
    ),
  }),
});
