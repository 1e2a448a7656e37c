// Each validation rule as a zod schema over the cleaned value, with the human message for every way it can fail.
import { z } from 'zod';
import { ENGAGE_PREFIX, SENDGRID_WEBHOOK_URL } from './data/literals';
import {
  ACCOUNT_SID,
  API_KEY_SID,
  SENDGRID_KEY,
  SENDGRID_KEY_ID,
  TWILIO_SECRET,
  isSegmentHttpsUrl,
  isSendgridWebhookUrl,
} from './recognize';
import { count } from './rule-text';
import type { Region, RuleId, ValueName } from './schema';

export const RuleIssueSchema = z.object({
  code: z.string().min(1),
  message: z.string().min(1),
  /** A one-click mechanical fix: the value to put in the field instead. */
  fix: z.object({ label: z.string().min(1), value: z.string() }).optional(),
});
export type RuleIssue = z.infer<typeof RuleIssueSchema>;

/** How a rule's messages show the input: quoted preview, or only its length for secrets. */
export interface RuleEnv {
  region: Region;
  show: (s: string) => string;
}

type Add = (code: string, message: string, fix?: RuleIssue['fix']) => void;

export interface RuleDef {
  /** What the field wants, for messages ("an Account SID"). */
  wants: string;
  /** The carried value this rule checks (for "you copied the X; this field wants the Y"). */
  value?: ValueName;
  /** Never quote the input in a message. */
  secret?: boolean;
  /** A credential or URL: spaces anywhere are mistakes and masked screen text ("••••") is rejected. */
  token?: boolean;
  check: (v: string, add: Add, env: RuleEnv) => void;
  /** Soft checks on a value that passed: the field may still be right. */
  warn?: (v: string, env: RuleEnv) => RuleIssue[];
}

const BASE64URL_CHAR = /[^A-Za-z0-9_-]/;
const HEX_CHAR = /[^0-9a-fA-F]/;
const NEAR_PREFIX = /^twilio[\s_.-]*engage[\s_.-]*app[\s_.-]*/i;
/** A host name with at least one dot and a letters-only top-level label. */
const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

/** The `twilio_engage_app_` rule shared by subuser names and API key names. */
function engagePrefix(v: string, add: Add, env: RuleEnv, what: string): boolean {
  if (v.startsWith(ENGAGE_PREFIX)) {
    if (v.length === ENGAGE_PREFIX.length)
      add('prefixOnly', `Add a unique name after \`${ENGAGE_PREFIX}\`, e.g. \`${ENGAGE_PREFIX}acme\``);
    return true;
  }
  const near = NEAR_PREFIX.exec(v);
  const fixed = near ? ENGAGE_PREFIX + v.slice(near[0].length) : ENGAGE_PREFIX + v;
  const inLowerCase = near !== null && near[0].toLowerCase() === ENGAGE_PREFIX && near[0] !== ENGAGE_PREFIX;
  add(
    'prefix',
    `${what} must start with \`${ENGAGE_PREFIX}\`${inLowerCase ? ' in lower case' : ''}; you typed ${env.show(v)}`,
    { label: near ? `Use ${ENGAGE_PREFIX}` : `Add ${ENGAGE_PREFIX}`, value: fixed },
  );
  return false;
}

function firstBad(v: string, re: RegExp): string | undefined {
  const m = re.exec(v);
  return m?.[0];
}

function sid(prefix: 'AC' | 'SK', name: string, shape: RegExp): RuleDef['check'] {
  return (v, add) => {
    if (shape.test(v)) return;
    if (v.slice(0, 2).toUpperCase() === prefix && v.slice(0, 2) !== prefix && shape.test(prefix + v.slice(2)))
      return add('prefixCase', `${name} starts with a capital \`${prefix}\``, { label: `Use ${prefix}`, value: prefix + v.slice(2) });
    if (!v.startsWith(prefix)) return add('prefix', `${name} starts with \`${prefix}\`; this starts with \`${v.slice(0, 2)}\``);
    const bad = firstBad(v.slice(2), HEX_CHAR);
    if (bad) return add('charset', `${name} is \`${prefix}\` + 32 hexadecimal digits; \`${bad}\` is not one`);
    add('length', `${name} is 34 characters (\`${prefix}\` + 32 hexadecimal digits); this has ${count(v.length)}`);
  };
}

export const RULES: Record<RuleId, RuleDef> = {
  subuserName: {
    wants: 'a SendGrid subuser name',
    value: 'sendgrid.subuserName',
    check: (v, add, env) => {
      engagePrefix(v, add, env, 'Subuser name');
      if (v.length > 64) add('length', `SendGrid usernames are at most 64 characters; this has ${count(v.length)}`);
    },
    warn: (v) =>
      /\s/.test(v) ? [{ code: 'innerSpace', message: 'This has a space inside; SendGrid usernames normally have none' }] : [],
  },
  apiKeyName: {
    wants: 'an API key name',
    check: (v, add, env) => void engagePrefix(v, add, env, 'The API key name'),
  },
  sendgridApiKey: {
    wants: 'a SendGrid API key',
    value: 'sendgrid.apiKey',
    secret: true,
    token: true,
    check: (v, add, env) => {
      if (SENDGRID_KEY.test(v)) return;
      if (SENDGRID_KEY_ID.test(v))
        return add('swapKeyId', 'This looks like the API Key ID; this field wants the API key itself (69 characters, starting with `SG.`)');
      if (v.startsWith('sg.'))
        return add('prefixCase', 'A SendGrid API key starts with a capital `SG.`', { label: 'Use SG.', value: `SG.${v.slice(3)}` });
      if (!v.startsWith('SG.')) return add('prefix', `A SendGrid API key starts with \`SG.\`; ${env.show(v)} does not`);
      const bad = firstBad(v.slice(3).replace('.', ''), BASE64URL_CHAR);
      if (bad) return add('charset', `\`${bad}\` cannot appear in a SendGrid API key; copy it again`);
      add('length', `A SendGrid API key is 69 characters (\`SG.\` + 22 + \`.\` + 43); this has ${count(v.length)}`);
    },
  },
  sendgridApiKeyId: {
    wants: 'a SendGrid API Key ID',
    value: 'sendgrid.apiKeyId',
    token: true,
    check: (v, add) => {
      if (SENDGRID_KEY_ID.test(v)) return;
      if (SENDGRID_KEY.test(v)) {
        // The key's middle segment is its ID (community knowledge, not vendor-documented): offer it, never quote the key.
        return add('swapFullKey', 'You pasted the whole API key; this field wants the API Key ID (22 characters)', {
          label: 'Use the ID part of the key',
          value: v.slice(3, 25),
        });
      }
      const bad = firstBad(v, BASE64URL_CHAR);
      if (bad) return add('charset', `\`${bad}\` cannot appear in an API Key ID; copy the value after **API Key ID** again`);
      add('length', `An API Key ID is 22 characters; this has ${count(v.length)}`);
    },
  },
  twilioAccountSid: {
    wants: 'the Account SID',
    value: 'twilio.accountSid',
    token: true,
    check: sid('AC', 'An Account SID', ACCOUNT_SID),
  },
  twilioApiKeySid: {
    wants: 'the API Key SID',
    value: 'twilio.apiKeySid',
    token: true,
    check: sid('SK', 'An API Key SID', API_KEY_SID),
  },
  twilioApiKeySecret: {
    wants: 'the API Key Secret',
    value: 'twilio.apiKeySecret',
    secret: true,
    token: true,
    check: (v, add) => {
      if (ACCOUNT_SID.test(v) || API_KEY_SID.test(v)) add('looksLikeSid', 'This is a SID, not the secret');
    },
    // Twilio documents no secret format; 32 letters and digits is only what has been observed.
    warn: (v) =>
      TWILIO_SECRET.test(v)
        ? []
        : [{ code: 'unusualSecret', message: `Twilio secrets are usually 32 letters and digits; this has ${count(v.length)}. Check you copied all of it` }],
  },
  sendgridWebhookUrl: {
    wants: 'the Engage webhook URL',
    token: true,
    check: (v, add, env) => {
      const want = SENDGRID_WEBHOOK_URL[env.region];
      if (v === want) return;
      const fix = { label: 'Use the exact URL', value: want };
      const other = env.region === 'us' ? SENDGRID_WEBHOOK_URL.eu : SENDGRID_WEBHOOK_URL.us;
      if (v.toLowerCase().replace(/\/$/, '') === other)
        return add(
          'region',
          env.region === 'eu'
            ? `EU workspaces use \`${want}\`; this is the US URL`
            : `US workspaces use \`${want}\`; this is the EU (euw1) URL`,
          fix,
        );
      if (/^http:\/\//i.test(v)) return add('https', `Must start with \`https://\`: use \`${want}\``, fix);
      if (v.endsWith('/') && v.slice(0, -1) === want) return add('trailingSlash', 'Remove the `/` at the end', fix);
      if (v.toLowerCase() === want) return add('case', `Must be exactly \`${want}\`, in lower case`, fix);
      add('exact', `Must be exactly \`${want}\`; you typed ${env.show(v)}`, fix);
    },
  },
  segmentTwilioWebhookUrl: {
    wants: 'the Segment webhook URL',
    value: 'segment.twilioWebhookUrl',
    token: true,
    // UNVERIFIED: no source documents the "Copy webhook URL" format (docs/console-labels.md, "Copy webhook URL"). We only check
    // what any Segment-hosted webhook must be: an https URL on segment.com or a subdomain of it.
    check: (v, add, env) => {
      if (isSendgridWebhookUrl(v))
        return add('sendgridUrl', 'This is the SendGrid event-webhook URL; **Request URL** wants the URL from Segment’s **Copy webhook URL** button');
      if (isSegmentHttpsUrl(v)) return;
      if (/^http:\/\//i.test(v)) return add('https', 'Must start with `https://`; copy it again with **Copy webhook URL**');
      let host = '';
      try {
        host = new URL(v).hostname;
      } catch {
        return add('notUrl', `${env.show(v)} is not a web address; paste the URL from Segment’s **Copy webhook URL** button`);
      }
      add('host', `Should be a Segment address (ending in \`.segment.com\`); this points to \`${host.slice(0, 64)}\``);
    },
  },
  identifierTrait: {
    wants: 'an identifier trait',
    check: (v, add, env) => {
      if (v === 'email' || v === 'phone') return;
      const lower = v.toLowerCase();
      if (lower === 'email' || lower === 'phone')
        return add('case', `Trait keys are case-sensitive: use \`${lower}\`, in lower case`, { label: `Use ${lower}`, value: lower });
      const guess = /mail/.test(lower) ? 'email' : /phone|mobile|sms/.test(lower) ? 'phone' : undefined;
      add(
        'unknownTrait',
        `Engage needs the traits \`email\` and \`phone\`; you typed ${env.show(v)}`,
        guess ? { label: `Use ${guess}`, value: guess } : undefined,
      );
    },
  },
  domainName: {
    wants: 'a domain name',
    check: (v, add, env) => {
      // What people paste instead of a domain: a URL, an address, a host with a path or port.
      const at = v.lastIndexOf('@');
      const host = (at >= 0 ? v.slice(at + 1) : v.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')).split(/[/?#:]/)[0]!.replace(/\.$/, '');
      if (host !== v) {
        const what = at >= 0 ? 'an email address' : /^[a-z][a-z0-9+.-]*:\/\//i.test(v) ? 'a web address' : 'more than a domain';
        return add('notBare', `Type only the domain, e.g. \`example.com\`; you typed ${what}: ${env.show(v)}`, DOMAIN.test(host) ? { label: `Use ${host}`, value: host } : undefined);
      }
      if (!DOMAIN.test(v)) add('notDomain', `${env.show(v)} is not a domain name: it should look like \`example.com\` (letters, digits and dashes, with a dot)`);
    },
    warn: (v) =>
      /^www\./i.test(v)
        ? [{ code: 'www', message: 'SendGrid usually authenticates the domain itself, without `www.`', fix: { label: `Use ${v.slice(4)}`, value: v.slice(4) } }]
        : [],
  },
  nonEmpty: {
    wants: 'a value',
    check: () => {},
  },
};

/** The zod schema for a rule under an environment; issues carry `{ code, fix }` in `params`. */
export function ruleSchema(rule: RuleId, env: RuleEnv): z.ZodType<string> {
  const def = RULES[rule];
  return z.string().superRefine((v, ctx) => {
    def.check(
      v,
      (code, message, fix) => ctx.addIssue({ code: 'custom', message, params: { code, fix } }),
      env,
    );
  });
}
