// Subuser Management with the "Create New Subuser" modal (docs/console-labels.md, "SendGrid: Create New Subuser"): task sendgrid.subuser.
import { useState } from 'react';
import { useLate } from '../shared/hooks.tsx';
import { StatusLine } from '../shared/StatusLine.tsx';
import { usePersisted } from '../shared/state.ts';
import { DEDICATED_IPS } from './IpAddresses.tsx';
import { Button, Checkbox, Modal, PageHeader, TextInput } from './ui.tsx';

type Subuser = { username: string; email: string; ips: string[] };
type Form = { username: string; email: string; password: string; confirm: string; ips: string[] };
const EMPTY: Form = { username: '', email: '', password: '', confirm: '', ips: [] };

function check(f: Form, taken: string[]): Partial<Record<keyof Form, string>> {
  const e: Partial<Record<keyof Form, string>> = {};
  if (!/^[A-Za-z0-9_.-]{3,64}$/.test(f.username)) e.username = 'Usernames may contain letters, numbers, and _ . - only';
  else if (taken.includes(f.username)) e.username = 'This username is already taken';
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(f.email)) e.email = 'Enter a valid email address';
  if (f.password.length < 8) e.password = 'Password must be at least 8 characters';
  if (f.confirm !== f.password) e.confirm = 'Passwords do not match';
  if (f.ips.length === 0) e.ips = 'Select at least one IP address';
  return e;
}

export function Subusers() {
  const [subusers, setSubusers] = usePersisted<Subuser[]>('sendgrid.subusers', []);
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  return (
    <>
      <PageHeader title="Subuser Management">
        <Button onClick={() => setOpen(true)}>Create New Subuser</Button>
      </PageHeader>
      <table className="sg-table">
        <thead>
          <tr><th>Username</th><th>Email</th><th>IP Addresses</th></tr>
        </thead>
        <tbody>
          {subusers.length === 0 ? (
            <tr><td colSpan={3}>You have no subusers.</td></tr>
          ) : (
            subusers.map((s) => (
              <tr key={s.username}><td>{s.username}</td><td>{s.email}</td><td>{s.ips.join(', ')}</td></tr>
            ))
          )}
        </tbody>
      </table>
      <StatusLine name="subuser" text={status} />
      {open ? (
        <CreateSubuser
          taken={subusers.map((s) => s.username)}
          onClose={() => setOpen(false)}
          onCreate={(s) => {
            setSubusers([...subusers, s]);
            setStatus(`Subuser created: ${s.username} (${s.email}) on ${s.ips.join(', ')}`);
            setOpen(false);
          }}
        />
      ) : null}
    </>
  );
}

function CreateSubuser(p: { taken: string[]; onClose: () => void; onCreate: (s: Subuser) => void }) {
  const [f, setF] = useState<Form>(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<keyof Form, string>>>({});
  const ipsLoaded = useLate();
  const set = (k: 'username' | 'email' | 'password' | 'confirm') => (v: string) => setF({ ...f, [k]: v });
  const submit = () => {
    const found = check(f, p.taken);
    setErrors(found);
    if (Object.keys(found).length === 0) p.onCreate({ username: f.username, email: f.email, ips: f.ips });
  };
  return (
    <Modal title="Create New Subuser" onClose={p.onClose}>
      <TextInput label="Username" required value={f.username} onChange={set('username')} error={errors.username} />
      <TextInput label="Email" type="email" required value={f.email} onChange={set('email')} error={errors.email} />
      <TextInput label="Password" type="password" required value={f.password} onChange={set('password')} error={errors.password} />
      <TextInput label="Confirm Password" type="password" required value={f.confirm} onChange={set('confirm')} error={errors.confirm} />
      <fieldset>
        <legend>Add IP Addresses</legend>
        {ipsLoaded ? (
          DEDICATED_IPS.map((ip) => (
            <Checkbox
              key={ip}
              label={ip}
              checked={f.ips.includes(ip)}
              onChange={(on) => setF({ ...f, ips: on ? [...f.ips, ip] : f.ips.filter((x) => x !== ip) })}
            />
          ))
        ) : (
          <p>Loading IP addresses…</p>
        )}
        {errors.ips ? <span className="input-info danger">{errors.ips}</span> : null}
      </fieldset>
      <div className="modal-actions">
        <Button type="secondary" onClick={p.onClose}>Cancel</Button>
        <Button onClick={submit}>Create Subuser</Button>
      </div>
    </Modal>
  );
}
