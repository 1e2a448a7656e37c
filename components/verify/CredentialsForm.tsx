// Credential entry for verification: password inputs sent straight to the background vault, never kept in the panel.
import { useState, type FormEvent } from 'react';
import type { KeepCredentials, VerifyStatus } from '../../utils/verify/messages';

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

export function CredentialsForm({ have, keep }: { have: VerifyStatus['have']; keep(c: KeepCredentials): Promise<boolean> }) {
  const empty = { sendgridApiKey: '', parentApiKey: '', twilioAccountSid: '', twilioApiKeySid: '', twilioApiKeySecret: '' };
  const [v, setV] = useState(empty);
  const [keepParent, setKeepParent] = useState(false);
  const set = (k: keyof typeof empty) => (value: string) => setV((old) => ({ ...old, [k]: value }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    // Clear the inputs whatever happens: the values now live only in the background's session vault.
    const sent = { ...v, keepParent };
    setV(empty);
    await keep(sent);
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
            <input type="checkbox" checked={keepParent} onChange={(e) => setKeepParent(e.target.checked)} /> Keep the parent key for this
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
    </form>
  );
}
