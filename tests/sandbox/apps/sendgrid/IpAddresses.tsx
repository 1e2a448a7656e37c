// IP Addresses with the per-IP pencil → "Edit Your Dedicated IP Address" (docs/console-labels.md, "IP Addresses"): task sendgrid.warmup.
import { useState } from 'react';
import { StatusLine } from '../shared/StatusLine.tsx';
import { fixture } from '../shared/hooks.tsx';
import { usePersisted } from '../shared/state.ts';
import { Button, Checkbox, Modal, PageHeader, PencilButton } from './ui.tsx';

/** Automated warmup needs at least two dedicated IPs, so the sandbox account has two. */
export const DEDICATED_IPS = ['149.72.134.21', '149.72.134.22'];

type IpSettings = { warmup: boolean; subusers: boolean };
const DEFAULT: IpSettings = { warmup: false, subusers: false };

export function IpAddresses() {
  const [settings, setSettings] = usePersisted<Record<string, IpSettings>>('sendgrid.ips', {});
  const [editing, setEditing] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  return (
    <>
      <PageHeader title="IP Addresses" />
      <table className="sg-table">
        <thead>
          <tr><th>IP Address</th><th>Warmup</th><th>Subusers</th><th><span className="visually-hidden">Actions</span></th></tr>
        </thead>
        <tbody>
          {/* `?fixture=reordered`: the list shows the newest IP first, unlike the subuser dialog: rows are found by their IP. */}
          {(fixture() === 'reordered' ? [...DEDICATED_IPS].reverse() : DEDICATED_IPS).map((ip) => {
            const s = settings[ip] ?? DEFAULT;
            return (
              <tr key={ip}>
                <td>{ip}</td>
                <td className={s.warmup ? 'status-enabled' : 'status-disabled'}>{s.warmup ? 'Warming up' : 'Not warming up'}</td>
                <td>{s.subusers ? 'Allowed' : 'Not allowed'}</td>
                <td><PencilButton label={`Edit ${ip}`} onClick={() => setEditing(ip)} /></td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <StatusLine name="ip" text={status} />
      {editing ? (
        <EditIp
          ip={editing}
          initial={settings[editing] ?? DEFAULT}
          onClose={() => setEditing(null)}
          onSave={(next) => {
            setSettings({ ...settings, [editing]: next });
            setStatus(`Saved ${editing}: automated warmup ${next.warmup ? 'on' : 'off'}, subusers ${next.subusers ? 'allowed' : 'not allowed'}`);
            setEditing(null);
          }}
        />
      ) : null}
    </>
  );
}

function EditIp(p: { ip: string; initial: IpSettings; onClose: () => void; onSave: (s: IpSettings) => void }) {
  const [s, setS] = useState(p.initial);
  return (
    <Modal title="Edit Your Dedicated IP Address" onClose={p.onClose}>
      <p>IP address: {p.ip}</p>
      <h3>Additional Options</h3>
      <Checkbox label="Use Automated IP warmup" checked={s.warmup} onChange={(warmup) => setS({ ...s, warmup })} />
      <Checkbox label="Allow my subusers to send mail using this IP address" checked={s.subusers} onChange={(subusers) => setS({ ...s, subusers })} />
      <div className="modal-actions">
        <Button type="secondary" onClick={p.onClose}>Cancel</Button>
        <Button onClick={() => p.onSave(s)}>Save</Button>
      </div>
    </Modal>
  );
}
