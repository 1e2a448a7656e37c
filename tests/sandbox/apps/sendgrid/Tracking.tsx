// Tracking settings with the "Subscription Tracking" row → editor with "Setting State" and Save: task sendgrid.subscription.
import { useState } from 'react';
import { StatusLine } from '../shared/StatusLine.tsx';
import { usePersisted } from '../shared/state.ts';
import { Button, Modal, PageHeader, PencilButton, TextInput, Toggle } from './ui.tsx';

const ROWS = ['Open Tracking', 'Click Tracking', 'Google Analytics', 'Subscription Tracking'] as const;
const DESCRIPTIONS: Record<(typeof ROWS)[number], string> = {
  'Open Tracking': 'Track whether a recipient opened your email.',
  'Click Tracking': 'Redirect links through SendGrid to track clicks.',
  'Google Analytics': 'Add Google Analytics parameters to links.',
  'Subscription Tracking': 'Add an unsubscribe link to the bottom of your emails.',
};

export function Tracking() {
  const [enabled, setEnabled] = usePersisted<Record<string, boolean>>('sendgrid.tracking', { 'Open Tracking': true, 'Click Tracking': true });
  const [editing, setEditing] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  return (
    <>
      <PageHeader title="Tracking Settings" />
      <table className="sg-table">
        <thead><tr><th>Status</th><th>Settings</th><th>Description</th><th><span className="visually-hidden">Actions</span></th></tr></thead>
        <tbody>
          {ROWS.map((row) => (
            <tr key={row}>
              <td className={enabled[row] ? 'status-enabled' : 'status-disabled'}>{enabled[row] ? 'Enabled' : 'Disabled'}</td>
              <td>
                <button type="button" className="btn-link" onClick={() => setEditing(row)}>{row}</button>
              </td>
              <td>{DESCRIPTIONS[row]}</td>
              <td><PencilButton label={`Edit ${row}`} onClick={() => setEditing(row)} /></td>
            </tr>
          ))}
        </tbody>
      </table>
      <StatusLine name="tracking" text={status} />
      {editing ? (
        <TrackingEditor
          name={editing}
          initial={enabled[editing] ?? false}
          onClose={() => setEditing(null)}
          onSave={(on) => {
            setEnabled({ ...enabled, [editing]: on });
            setStatus(`${editing} ${on ? 'enabled' : 'disabled'}`);
            setEditing(null);
          }}
        />
      ) : null}
    </>
  );
}

function TrackingEditor(p: { name: string; initial: boolean; onClose: () => void; onSave: (on: boolean) => void }) {
  const [on, setOn] = useState(p.initial);
  const [tag, setTag] = useState('');
  const [html, setHtml] = useState('If you would like to unsubscribe and stop receiving these emails <% click here %>.');
  return (
    <Modal title={p.name} side onClose={p.onClose}>
      <Toggle label="Setting State" checked={on} onChange={setOn} />
      {p.name === 'Subscription Tracking' ? (
        <>
          <TextInput label="HTML Unsubscribe Content" value={html} onChange={setHtml} />
          <TextInput label="Replacement Tag" value={tag} onChange={setTag} info="Optional: a tag in your email replaced by the unsubscribe link." />
        </>
      ) : null}
      <div className="modal-actions">
        <Button type="secondary" onClick={p.onClose}>Cancel</Button>
        <Button onClick={() => p.onSave(on)}>Save</Button>
      </div>
    </Modal>
  );
}
