// Account Details and Your Products (Email API plan with Change Plan): tasks sendgrid.account and sendgrid.plan.
import { useState } from 'react';
import { StatusLine } from '../shared/StatusLine.tsx';
import { usePersisted } from '../shared/state.ts';
import { Button, Modal, PageHeader, Radio } from './ui.tsx';

export function AccountDetails() {
  return (
    <>
      <PageHeader title="Account Details" />
      <section className="card" aria-labelledby="acct-heading">
        <h2 id="acct-heading">Your Account</h2>
        <dl>
          <dt>Username</dt>
          <dd>acme_parent</dd>
          <dt>Account type</dt>
          <dd>Parent account</dd>
          <dt>Company</dt>
          <dd>Acme Inc.</dd>
        </dl>
      </section>
    </>
  );
}

const PLANS = ['Free', 'Essentials 50K', 'Pro 100K', 'Premier'];

export function Products() {
  const [plan, setPlan] = usePersisted('sendgrid.plan', 'Free');
  const [open, setOpen] = useState(false);
  const [choice, setChoice] = useState(plan);
  const [status, setStatus] = useState('');
  return (
    <>
      <PageHeader title="Your Products" />
      <section className="card" aria-labelledby="email-api-heading">
        <h2 id="email-api-heading">Email API</h2>
        <p>
          Current plan: <strong data-sandbox-plan>{plan}</strong>
        </p>
        <p>Subusers and dedicated IP addresses require a Pro plan or higher.</p>
        <Button onClick={() => { setChoice(plan); setOpen(true); }}>Change Plan</Button>
        <StatusLine name="plan" text={status} />
      </section>
      <section className="card" aria-labelledby="mc-heading">
        <h2 id="mc-heading">Marketing Campaigns</h2>
        <p>Current plan: Free</p>
        <Button type="secondary">Change Plan</Button>
      </section>
      {open ? (
        <Modal title="Email API Plans" onClose={() => setOpen(false)}>
          <fieldset>
            <legend>Choose a plan</legend>
            {PLANS.map((p) => (
              <Radio key={p} name="plan" label={p} checked={choice === p} onChange={() => setChoice(p)} />
            ))}
          </fieldset>
          <div className="modal-actions">
            <Button type="secondary" onClick={() => setOpen(false)}>Cancel</Button>
            <Button
              onClick={() => {
                setPlan(choice);
                setStatus(`Plan changed to ${choice}`);
                setOpen(false);
              }}
            >
              Confirm Plan
            </Button>
          </div>
        </Modal>
      ) : null}
    </>
  );
}
