// Credential entry for verification: password inputs held in the panel's memory until the background vault keeps them.
import type { FormEvent } from 'react';
import type { RuleIssue } from '../../utils/guide/rule-catalog';
import type { VerifyStatus } from '../../utils/verify/messages';
import type { TypedField } from '../../utils/verify/typedKeys';

const PARENT_USES = 'plan, dedicated IP, subuser, domain authentication, link branding, reverse DNS and IP warmup';

type SecretProps = { id: string; label: string; hint?: string; value: string; onChange(v: string): void; issue?: RuleIssue; onFix?(): void };

function Secret({ id, label, hint, value, onChange, issue, onFix }: SecretProps) {
  const described = [hint && `${id}-hint`, issue && `${id}-issue`].filter(Boolean).join(' ');
  return (
    <div className="verify-field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="verify-hint">
          {hint}
        </p>
      )}
      <input
        id={id}
        type="password"
        autoComplete="off"
        spellCheck={false}
        aria-describedby={described || undefined}
        aria-invalid={issue ? true : undefined}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
      {issue && (
        <p id={`${id}-issue`} className="verify-issue">
          {issue.message.replace(/\.?$/, '.')}{' '}
          {issue.fix && onFix && (
            <button type="button" onClick={onFix}>
              {issue.fix.label}
            </button>
          )}
        </p>
      )}
    </div>
  );
}

export const NO_KEYS = { sendgridApiKey: '', parentApiKey: '', twilioAccountSid: '', twilioApiKeySid: '', twilioApiKeySecret: '', keepParent: false };
export type TypedKeys = typeof NO_KEYS;
/** Has the person typed a key they have not kept yet? (Verify sends those along before it runs.) */
export const hasTyped = (v: TypedKeys) => Object.values(v).some((x) => typeof x === 'string' && x.trim() !== '');

/** The input of each typed key , to take the focus back to a key with an issue. */
export const FIELD_ID: Record<TypedField, string> = {
  sendgridApiKey: 'verify-sg-key',
  parentApiKey: 'verify-parent-key',
  twilioAccountSid: 'verify-tw-account',
  twilioApiKeySid: 'verify-tw-sid',
  twilioApiKeySecret: 'verify-tw-secret',
};

export type TypedIssues = Partial<Record<TypedField, RuleIssue>>;

type FormProps = {
  have: VerifyStatus['have'];
  typed: TypedKeys;
  setTyped(f: (old: TypedKeys) => TypedKeys): void;
  issues: TypedIssues;
  fix(k: TypedField): void;
  keep(): Promise<void>;
};

/** The typed values live in the Verify panel's memory (so Verify can send them) until the vault has kept them. */
export function CredentialsForm({ have, typed: v, setTyped, issues, fix, keep }: FormProps) {
  const set = (k: TypedField) => (value: string) => setTyped((old) => ({ ...old, [k]: value }));
  const field = (k: TypedField) => ({ value: v[k], onChange: set(k), issue: issues[k], onFix: () => fix(k) });

  async function submit(e: FormEvent) {
    e.preventDefault();
    await keep();
  }

  return (
    <form className="verify-creds" onSubmit={submit} aria-labelledby="verify-creds-title">
      <h3 id="verify-creds-title">Keys for verification</h3>
      <p className="verify-hint">Kept in this browser session only (never on disk), and sent only to SendGrid and Twilio.</p>
      {!have.subuser && (
        <Secret id={FIELD_ID.sendgridApiKey} label="SendGrid subuser API key" hint="The Full Access key you give Engage." {...field('sendgridApiKey')} />
      )}
      {!have.parent && (
        <fieldset>
          <legend>SendGrid parent account API key (optional)</legend>
          <p id="verify-parent-why" className="verify-hint">
            Needed for the {PARENT_USES} checks: the subuser key cannot see the parent account. It is forgotten when the check ends
            unless you keep it.
          </p>
          <Secret id={FIELD_ID.parentApiKey} label="Parent API key" {...field('parentApiKey')} />
          <label className="verify-check">
            <input type="checkbox" checked={v.keepParent} onChange={(e) => setTyped((old) => ({ ...old, keepParent: e.target.checked }))} /> Keep the parent key for this
            session
          </label>
        </fieldset>
      )}
      {!have.twilio && (
        <fieldset>
          <legend>Twilio</legend>
          <Secret id={FIELD_ID.twilioAccountSid} label="Twilio Account SID" {...field('twilioAccountSid')} />
          <Secret id={FIELD_ID.twilioApiKeySid} label="Twilio API Key SID" {...field('twilioApiKeySid')} />
          <Secret id={FIELD_ID.twilioApiKeySecret} label="Twilio API Key secret" {...field('twilioApiKeySecret')} />
        </fieldset>
      )}
      <button type="submit">Keep these keys</button>
      {hasTyped(v) && (
        <p className="verify-hint" role="note">
          Verify uses the keys you typed: pressing Verify keeps them first{v.parentApiKey.trim() && !v.keepParent ? ' (the parent key only until that check ends)' : ''}.
        </p>
      )}
    </form>
  );
}
