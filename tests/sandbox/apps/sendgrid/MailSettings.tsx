// Mail Settings (2020 UI): the "Event Webhook" row with a pencil that opens the side modal: task sendgrid.webhook.
import { useState } from 'react';
import { StatusLine } from '../shared/StatusLine.tsx';
import { linkProps } from '../shared/router.ts';
import { usePersisted } from '../shared/state.ts';
import { describeWebhook, EMPTY_WEBHOOK, EventWebhookForm, type Webhook } from './EventWebhookForm.tsx';
import { Modal, PageHeader, PencilButton } from './ui.tsx';

const OTHER_ROWS: [string, string][] = [
  ['Signed Event Webhook Requests', 'Verify that event webhook requests come from SendGrid.'],
  ['New Relic Integration', 'Send your SendGrid statistics to New Relic.'],
  ['Forward Bounce Messages', 'Forward bounce messages to an email address.'],
  ['Forward Spam Reports', 'Forward spam reports to an email address.'],
];

export function MailSettings() {
  const [hook, setHook] = usePersisted<Webhook | null>('sendgrid.eventWebhook', null);
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const on = hook?.enabled ?? false;
  return (
    <>
      <PageHeader title="Mail Settings" />
      <p><a {...linkProps('/settings/mail_settings/webhook_settings')}>Webhook settings (multiple event webhooks)</a></p>
      <h2>Event Settings</h2>
      <table className="sg-table">
        <thead><tr><th>Status</th><th>Setting</th><th>Description</th><th><span className="visually-hidden">Actions</span></th></tr></thead>
        <tbody>
          <tr>
            <td className={on ? 'status-enabled' : 'status-disabled'}>{on ? 'Enabled' : 'Disabled'}</td>
            <td><strong>Event Webhook</strong></td>
            <td>Notifications for events, such as bounces, clicks, and opens are {on ? 'being POSTed' : 'not being POSTed'}.</td>
            <td><PencilButton label="Edit Event Webhook" onClick={() => setOpen(true)} /></td>
          </tr>
          {OTHER_ROWS.map(([name, desc]) => (
            <tr key={name}>
              <td className="status-disabled">Disabled</td>
              <td><strong>{name}</strong></td>
              <td>{desc}</td>
              <td><PencilButton label={`Edit ${name}`} onClick={() => setStatus(`${name} is not part of the sandbox`)} /></td>
            </tr>
          ))}
        </tbody>
      </table>
      <StatusLine name="webhook" text={status} />
      {open ? (
        <Modal title="Event Webhook" side onClose={() => setOpen(false)}>
          <p>
            The Event Webhook setting controls webhook notifications for events, such as bounces, clicks, opens, and more.
            This setting allows these events to be POSTed to a URL of your choosing.
          </p>
          <p><a href="https://docs.sendgrid.com/for-developers/tracking-events/event">Event Webhook Documentation</a></p>
          <EventWebhookForm
            variant="legacy"
            initial={hook ?? EMPTY_WEBHOOK}
            onCancel={() => setOpen(false)}
            onSave={(w) => {
              setHook(w);
              setStatus(describeWebhook(w));
              setOpen(false);
            }}
          />
        </Modal>
      ) : null}
    </>
  );
}
