// Sender Authentication: domain list, the domain create flow, and reverse DNS (tasks sendgrid.domain, sendgrid.rdns).
import { useState, type ReactNode } from 'react';
import { formLayout } from '../shared/layout.ts';
import { useLate } from '../shared/hooks.tsx';
import { StatusLine } from '../shared/StatusLine.tsx';
import { linkProps, navigate } from '../shared/router.ts';
import { usePersisted } from '../shared/state.ts';
import { DEDICATED_IPS } from './IpAddresses.tsx';
import { Button, Modal, PageHeader, Radio, Select, TextInput } from './ui.tsx';

type Record_ = { name: string; status: 'Verified' | 'Pending' };
const DOMAINS = 'sendgrid.domains';
const RDNS = 'sendgrid.rdns';

function StatusCell({ status }: { status: Record_['status'] }) {
  return <td className={status === 'Verified' ? 'status-verified' : 'status-pending'}>{status}</td>;
}

export function SenderAuth() {
  const [domains] = usePersisted<Record_[]>(DOMAINS, []);
  const [rdns] = usePersisted<Record_[]>(RDNS, []);
  return (
    <>
      <PageHeader title="Sender Authentication">
        <a className="btn btn-primary" {...linkProps('/settings/sender_auth/domain/create')}>Authenticate Your Domain</a>
      </PageHeader>
      <h2>Domain Authentication</h2>
      <RecordTable rows={domains} empty="No authenticated domains yet." />
      <h2>Reverse DNS</h2>
      <p><a {...linkProps('/settings/sender_auth/reverse_dns')}>Set up reverse DNS</a></p>
      <RecordTable rows={rdns} empty="No reverse DNS records yet." />
    </>
  );
}

function RecordTable({ rows, empty }: { rows: Record_[]; empty: string }) {
  return (
    <table className="sg-table">
      <thead><tr><th>Status</th><th>Domain</th></tr></thead>
      <tbody>
        {rows.length === 0 ? <tr><td colSpan={2}>{empty}</td></tr> : rows.map((r) => (
          <tr key={r.name}><StatusCell status={r.status} /><td>{r.name}</td></tr>
        ))}
      </tbody>
    </table>
  );
}

type Field = { key: string; label: string; options?: string[]; radios?: string[]; info?: string };
type DnsRow = { type: string; host: string; value: string };

/** SendGrid's "Install DNS Records" table: TYPE, HOST, VALUE, each host and value with its own copy button. */
function RecordsTable({ rows }: { rows: DnsRow[] }) {
  const copy = (text: string) => () => void navigator.clipboard?.writeText(text).catch(() => undefined);
  return (
    <table className="sg-table">
      <thead><tr><th>Type</th><th>Host</th><th>Value</th></tr></thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.host}>
            <td>{r.type}</td>
            <td>{r.host} <button type="button" className="btn-copy" onClick={copy(r.host)}>Copy</button></td>
            <td>{r.value} <button type="button" className="btn-copy" onClick={copy(r.value)}>Copy</button></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Shared by both flows: enter the details, see the DNS records, then Verify turns Pending into Verified. */
function DnsFlow(p: { storeKey: string; fields: Field[]; initial: Record<string, string>;
  nameOf: (v: Record<string, string>) => string; records: (name: string, v: Record<string, string>) => DnsRow[] }) {
  const [rows, setRows] = usePersisted<Record_[]>(p.storeKey, []);
  const [values, setValues] = useState(p.initial);
  const [step, setStep] = useState<'details' | 'records'>('details');
  const [status, setStatus] = useState('');
  const name = p.nameOf(values);
  const row = rows.find((r) => r.name === name);
  const set = (k: string) => (v: string) => setValues({ ...values, [k]: v });
  if (step === 'details') {
    return (
      <>
        {p.fields.map((f) =>
          f.radios ? (
            <fieldset key={f.key} className="sg-radio-group">
              <legend>{f.label}</legend>
              {f.radios.map((r) => <Radio key={r} name={f.key} label={r} checked={values[f.key] === r} onChange={() => set(f.key)(r)} />)}
            </fieldset>
          ) : f.options ? (
            <Select key={f.key} label={f.label} value={values[f.key] ?? ''} options={f.options} onChange={set(f.key)} />
          ) : (
            <TextInput key={f.key} label={f.label} required value={values[f.key] ?? ''} onChange={set(f.key)} info={f.info} />
          ),
        )}
        <Button
          disabled={!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(name)}
          onClick={() => {
            if (!row) setRows([...rows, { name, status: 'Pending' }]);
            setStep('records');
          }}
        >
          Next
        </Button>
      </>
    );
  }
  return (
    <>
      <h2>Install DNS Records</h2>
      <RecordsTable rows={p.records(name, values)} />
      <dl className="sg-status">
        <dt>Status</dt>
        <dd className={row?.status === 'Verified' ? 'status-verified' : 'status-pending'}>{row?.status ?? 'Pending'}</dd>
      </dl>
      <Button
        onClick={() => {
          setRows(rows.map((r) => (r.name === name ? { ...r, status: 'Verified' } : r)));
          setStatus(`${name} verified`);
        }}
      >
        Verify
      </Button>
      <StatusLine name="dns" text={status} />
    </>
  );
}

const DOMAIN_FIELDS: Field[] = [
  { key: 'host', label: 'Which Domain Name Server (DNS) host?', options: ['Other Host (Not Listed)', 'Cloudflare', 'GoDaddy', 'Amazon Route 53'] },
  { key: 'domain', label: 'Domain You Send From', info: 'e.g. example.com' },
  // SendGrid's own form asks this on its first screen; nothing is chosen until the person picks.
  { key: 'brandLinks', label: 'Would you also like to brand the links for this domain?', radios: ['Yes', 'No'] },
];

export function DomainCreate() {
  const late = useLate();
  return (
    <Screen title="Authenticate Your Domain">
      {late ? (
        <DnsFlow
          storeKey={DOMAINS}
          fields={DOMAIN_FIELDS}
          initial={{ host: 'Other Host (Not Listed)', domain: '', brandLinks: '' }}
          nameOf={(v) => (v.domain ?? '').trim().toLowerCase()}
          records={(d) => [
            { type: 'CNAME', host: `em1234.${d}`, value: 'u1234.wl.sendgrid.net' },
            { type: 'CNAME', host: `s1._domainkey.${d}`, value: 's1.domainkey.u1234.wl.sendgrid.net' },
            { type: 'CNAME', host: `s2._domainkey.${d}`, value: 's2.domainkey.u1234.wl.sendgrid.net' },
            { type: 'CNAME', host: `url1234.${d}`, value: 'sendgrid.net' },
            { type: 'CNAME', host: `5678.${d}`, value: 'sendgrid.net' },
          ]}
        />
      ) : <p>Loading…</p>}
      <p><a {...linkProps('/settings/sender_auth')}>Back to Sender Authentication</a></p>
    </Screen>
  );
}

const RDNS_FIELDS: Field[] = [
  { key: 'ip', label: 'IP Address', options: DEDICATED_IPS },
  { key: 'subdomain', label: 'Subdomain' },
  { key: 'domain', label: 'Domain' },
];

export function ReverseDns() {
  return (
    <Screen title="Reverse DNS">
      <DnsFlow
        storeKey={RDNS}
        fields={RDNS_FIELDS}
        initial={{ ip: DEDICATED_IPS[0] ?? '', subdomain: 'o1', domain: '' }}
        nameOf={(v) => `${(v.subdomain ?? '').trim()}.${(v.domain ?? '').trim()}`.toLowerCase()}
        records={(n, v) => [{ type: 'A', host: n, value: v.ip ?? '' }]}
      />
    </Screen>
  );
}

/** A flow's own page (default), or with `?layout=dialog|sheet` a dialog or side sheet over Sender Authentication. */
function Screen({ title, children }: { title: string; children: ReactNode }) {
  if (formLayout(['page', 'dialog', 'sheet']) === 'page') return <><PageHeader title={title} />{children}</>;
  return <><SenderAuth /><Modal title={title} onClose={() => navigate('/settings/sender_auth')}>{children}</Modal></>;
}
