// Newer multi-webhook page (/settings/mail_settings/webhook_settings) with the "Create new webhook" dialog.
import { useState } from 'react';
import { StatusLine } from '../shared/StatusLine.tsx';
import { usePersisted } from '../shared/state.ts';
import { describeWebhook, EMPTY_WEBHOOK, EventWebhookForm, type Webhook } from './EventWebhookForm.tsx';
import { Button, Modal, PageHeader, PencilButton } from './ui.tsx';

export function WebhookSettings() {
  const [hooks, setHooks] = usePersisted<Webhook[]>('sendgrid.webhooks', []);
  const [editing, setEditing] = useState<number | 'new' | null>(null);
  const [status, setStatus] = useState('');
  const initial = typeof editing === 'number' ? (hooks[editing] ?? EMPTY_WEBHOOK) : EMPTY_WEBHOOK;
  return (
    <>
      <PageHeader title="Webhook Settings">
        <Button onClick={() => setEditing('new')} disabled={hooks.length >= 5}>Create new webhook</Button>
      </PageHeader>
      <h2>Event Webhooks</h2>
      <table className="sg-table">
        <thead><tr><th>Status</th><th>Friendly Name</th><th>Post URL</th><th><span className="visually-hidden">Actions</span></th></tr></thead>
        <tbody>
          {hooks.length === 0 ? <tr><td colSpan={4}>No event webhooks yet.</td></tr> : hooks.map((h, i) => (
            <tr key={i}>
              <td className={h.enabled ? 'status-enabled' : 'status-disabled'}>{h.enabled ? 'Enabled' : 'Disabled'}</td>
              <td>{h.friendlyName || '(no name)'}</td>
              <td>{h.url}</td>
              <td><PencilButton label={`Edit ${h.friendlyName || h.url}`} onClick={() => setEditing(i)} /></td>
            </tr>
          ))}
        </tbody>
      </table>
      <StatusLine name="webhook" text={status} />
      {editing !== null ? (
        <Modal title={editing === 'new' ? 'Create new webhook' : 'Edit webhook'} onClose={() => setEditing(null)}>
          <EventWebhookForm
            variant="multi"
            initial={initial}
            onCancel={() => setEditing(null)}
            onSave={(w) => {
              setHooks(editing === 'new' ? [...hooks, w] : hooks.map((h, i) => (i === editing ? w : h)));
              setStatus(describeWebhook(w));
              setEditing(null);
            }}
          />
        </Modal>
      ) : null}
    </>
  );
}
