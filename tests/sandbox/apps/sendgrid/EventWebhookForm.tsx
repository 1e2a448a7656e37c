// The Event Webhook form shared by the 2020 side modal and the newer "Create new webhook" dialog (docs/console-labels.md, "SendGrid: Event Webhook form").
import { useState } from 'react';
import { fixture, numberParam, useLate, useTick } from '../shared/hooks.tsx';
import { StatusLine } from '../shared/StatusLine.tsx';
import { Button, Checkbox, Select, TextInput, Toggle } from './ui.tsx';

export const DELIVERABILITY = ['Processed', 'Dropped', 'Deferred', 'Bounced', 'Delivered'] as const;
export const ENGAGEMENT = ['Opened', 'Clicked', 'Unsubscribed From', 'Spam Reports', 'Group Unsubscribes', 'Group Resubscribes'] as const;

export type Webhook = { friendlyName: string; url: string; auth: 'None' | 'OAuth 2.0'; events: string[]; enabled: boolean };
export const EMPTY_WEBHOOK: Webhook = { friendlyName: '', url: '', auth: 'None', events: [], enabled: false };

/** Labels differ between the 2020 single-webhook modal and the multi-webhook dialog. */
const LABELS = {
  legacy: { url: 'HTTP Post URL', status: 'Event Webhook Status' },
  multi: { url: 'Post URL', status: 'Enabled' },
};

export function EventWebhookForm(p: { variant: 'legacy' | 'multi'; initial: Webhook; onSave: (w: Webhook) => void; onCancel: () => void }) {
  const [w, setW] = useState(p.initial);
  const [oauth, setOauth] = useState({ clientId: '', clientSecret: '', tokenUrl: '' });
  const [error, setError] = useState<string | undefined>();
  const [status, setStatus] = useState('');
  const labels = LABELS[p.variant];
  const eventsLoaded = useLate();
  // Hard case "rerender": the URL field is remounted every 200 ms (`&interval=<ms>` to change): a new <input> each
  // time, the value survives in state. Each remount is also an insertion the benchmark can time.
  const tick = useTick(numberParam('interval', 200), fixture() === 'rerender');

  const group = (names: readonly string[], title: string) => {
    const all = names.every((n) => w.events.includes(n));
    const toggleAll = (on: boolean) =>
      setW({ ...w, events: on ? [...new Set([...w.events, ...names])] : w.events.filter((e) => !names.includes(e)) });
    const toggle = (n: string) => (on: boolean) => setW({ ...w, events: on ? [...w.events, n] : w.events.filter((e) => e !== n) });
    return (
      <section aria-label={title}>
        <h3>{title}</h3>
        <Checkbox label="Select All" checked={all} onChange={toggleAll} />
        {names.map((n) => <Checkbox key={n} indent label={n} checked={w.events.includes(n)} onChange={toggle(n)} />)}
      </section>
    );
  };

  const save = () => {
    if (!/^https?:\/\//.test(w.url)) {
      setError('Requires http:// or https://');
      setStatus('Not saved: the URL must start with http:// or https://');
      return;
    }
    setError(undefined);
    p.onSave(w);
  };

  return (
    <div>
      {p.variant === 'multi' ? (
        <TextInput label="Friendly Name" value={w.friendlyName} onChange={(friendlyName) => setW({ ...w, friendlyName })} />
      ) : null}
      <Select label="Authorization Method" value={w.auth} options={['None', 'OAuth 2.0']} onChange={(auth) => setW({ ...w, auth: auth as Webhook['auth'] })} />
      {w.auth === 'OAuth 2.0' ? (
        <div style={{ marginLeft: 24 }}>
          <TextInput label="Client ID" required value={oauth.clientId} onChange={(clientId) => setOauth({ ...oauth, clientId })} />
          <TextInput label="Client Secret" required value={oauth.clientSecret} onChange={(clientSecret) => setOauth({ ...oauth, clientSecret })}
            info="Your client secret will not be displayed after saving for security purposes." />
          <TextInput label="Token URL" required value={oauth.tokenUrl} onChange={(tokenUrl) => setOauth({ ...oauth, tokenUrl })} info="Requires https://" />
        </div>
      ) : null}
      <TextInput key={tick} label={labels.url} required value={w.url} onChange={(url) => { setW({ ...w, url }); setError(undefined); }}
        info="Requires http:// or https://" error={error} />
      <p>Integration Testing</p>
      <Button type="secondary" disabled={!w.url} onClick={() => setStatus(`Test event POSTed to ${w.url}`)}>Test Your Integration</Button>
      <p>Events to be POSTed to your URL:</p>
      {eventsLoaded ? (
        <div className="columns">
          {group(DELIVERABILITY, 'Deliverability Data')}
          {group(ENGAGEMENT, 'Engagement Data')}
        </div>
      ) : <p>Loading events…</p>}
      <Toggle label={labels.status} checked={w.enabled} onChange={(enabled) => setW({ ...w, enabled })} />
      <div className="modal-actions">
        <Button type="secondary" onClick={p.onCancel}>Cancel</Button>
        <Button onClick={save}>Save</Button>
      </div>
      <StatusLine name="webhook-form" text={status} />
    </div>
  );
}

/** "Saved: …" line listing exactly what the form held. */
export function describeWebhook(w: Webhook): string {
  return `Saved: url ${w.url}, auth ${w.auth}, events ${w.events.length} of 11, status ${w.enabled ? 'Enabled' : 'Disabled'}`;
}
