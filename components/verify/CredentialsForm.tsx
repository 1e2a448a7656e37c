// Credential entry for verification: password inputs sent straight to the background vault, never kept in the panel.
import type { FormEvent } from 'react';
import type { VerifyStatus } from '../../utils/verify/messages';

const PARENT_USES = 'plan, dedicated IP, subuser, domain authentication, link branding, reverse DNS and IP warmup';

function Secret({ id, label, hint, value, onChange }: { id: string; label: string; hint?: string; value: string; onChange(v: string): void }) {
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
        aria-describedby={hint ? `${id}-hint` : undefined}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}

export const NO_KEYS = { sendgridApiKey: '', parentApiKey: '', twilioAccountSid: '', twilioApiKeySid: '', twilioApiKeySecret: '', keepParent: false };
export type TypedKeys = typeof NO_KEYS;
/** Has the person typed a key they have not kept yet? (Verify sends those along before it runs.) */
export const hasTyped = (v: TypedKeys) => Object.values(v).some((x) => typeof x === 'string' && x.trim() !== '');

/** The typed values live in the Verify panel (so Verify can send them) and leave it as soon as they are sent. */
export function CredentialsForm({ have, typed: v, setTyped, keep }: { have: VerifyStatus['have']; typed: TypedKeys; setTyped(f: (old: TypedKeys) => TypedKeys): void; keep(): Promise<void> }) {
  const set = (k: Exclude<keyof TypedKeys, 'keepParent'>) => (value: string) => setTyped((old) => ({ ...old, [k]: value }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    await keep();
  }

  return (
    <form className="verify-creds" onSubmit={submit} aria-labelledby="verify-creds-title">
      <h3 id="verify-creds-title">Keys for verification</h3>
      <p className="verify-hint">Kept in this browser session only (never on disk), and sent only to SendGrid and Twilio.</p>
      {!have.subuser && (
        <Secret id="verify-sg-key" label="SendGrid subuser API key" hint="The Full Access key you give Engage." value={v.sendgridApiKey} onChange={set('sendgridApiKey')} />
      )}
      {!have.parent && (
        <fieldset>
          <legend>SendGrid parent account API key (optional)</legend>
          <p id="verify-parent-why" className="verify-hint">
            Needed for the {PARENT_USES} checks: the subuser key cannot see the parent account. It is forgotten when the check ends
            unless you keep it.
          </p>
          <Secret id="verify-parent-key" label="Parent API key" value={v.parentApiKey} onChange={set('parentApiKey')} />
          <label className="verify-check">
            <input type="checkbox" checked={v.keepParent} onChange={(e) => setTyped((old) => ({ ...old, keepParent: e.target.checked }))} /> Keep the parent key for this
            session
          </label>
        </fieldset>
      )}
      {!have.twilio && (
        <fieldset>
          <legend>Twilio</legend>
          <Secret id="verify-tw-account" label="Twilio Account SID" value={v.twilioAccountSid} onChange={set('twilioAccountSid')} />
          <Secret id="verify-tw-sid" label="Twilio API Key SID" value={v.twilioApiKeySid} onChange={set('twilioApiKeySid')} />
          <Secret id="verify-tw-secret" label="Twilio API Key secret" value={v.twilioApiKeySecret} onChange={set('twilioApiKeySecret')} />
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
