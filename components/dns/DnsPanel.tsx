// The DNS records SendGrid asks for: copy each host and value, hand them over, and check them live before Verify.
import { useEffect, useState } from 'react';
import { allRight, type RecordState } from '../../utils/dns/compare';
import { handoverText, zoneFile } from '../../utils/dns/handover';
import { relativeName } from '../../utils/dns/names';
import type { DnsRecord } from '../../utils/dns/records';
import { RecordStateView, STATE_LABEL } from './RecordStateView';
import { useDns } from './useDns';
import styles from './dns.css?inline';

/** Longest automatic re-check wait; a longer TTL gets the button only. */
const MAX_WAIT_S = 900;

function CopyButton({ text, label, onCopied }: { text: string; label: string; onCopied(what: string): void }) {
  return (
    <button
      type="button"
      className="dns-copy"
      aria-label={label}
      onClick={() => void navigator.clipboard.writeText(text).then(() => onCopied(label.replace(/^Copy /, '')), () => onCopied(''))}
    >
      Copy
    </button>
  );
}

function RecordRow({ r, state, copied }: { r: DnsRecord; state?: RecordState; copied(what: string): void }) {
  const short = relativeName(r.host, r.zone);
  return (
    <tr role="row" data-record={r.id} data-state={state?.state ?? 'unchecked'}>
      <td role="cell" data-label="Type">{r.type}</td>
      <td role="cell" data-label="Host">
        <div className="dns-cell">
          <code>{short}</code>
          <CopyButton text={short} label={`Copy host ${short}`} onCopied={copied} />
        </div>
        <div className="dns-cell dns-full">
          <code>{r.host}.</code>
          <CopyButton text={`${r.host}.`} label={`Copy full host ${r.host}.`} onCopied={copied} />
        </div>
      </td>
      <td role="cell" data-label="Value">
        <div className="dns-cell">
          <code>{r.value}</code>
          <CopyButton text={r.value} label={`Copy value for ${short}`} onCopied={copied} />
        </div>
      </td>
      <td role="cell" className="dns-state" data-label="Live check">
        {state ? (
          <>
            <strong>{STATE_LABEL[state.state]}</strong>
            <RecordStateView record={r} state={state} />
          </>
        ) : (
          'Not checked'
        )}
      </td>
    </tr>
  );
}

/** Seconds until the slowest "not yet visible" record may have changed, counted down once a second. */
function useCountdown(results: Record<string, RecordState> | null, checkedAt: number | undefined, onZero: () => void) {
  const waits = Object.values(results ?? {}).flatMap((s) => (s.state === 'notYetVisible' ? [Math.min(MAX_WAIT_S, Math.max(1, s.ttl))] : []));
  const due = waits.length && checkedAt ? checkedAt + Math.max(...waits) * 1000 : 0;
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    if (!due) return;
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, [due]);
  const left = due ? Math.max(0, Math.ceil((due - now) / 1000)) : null;
  useEffect(() => {
    if (left === 0) onZero();
  }, [left === 0]); // eslint-disable-line react-hooks/exhaustive-deps
  return left;
}

function summary(states: RecordState[], total: number): string {
  const wrong = states.filter((s) => s.state !== 'ok');
  if (allRight(states)) return `All ${total} records are right. Click Verify in SendGrid: SendGrid’s own check marks the task done.`;
  if (wrong.every((s) => s.state === 'notYetVisible'))
    return `${wrong.length} of ${total} records are not visible everywhere yet; the check runs again when the wait is over.`;
  return `${wrong.length} of ${total} records need attention.`;
}

export default function DnsPanel() {
  const { view, busy, message, run, setLive } = useDns();
  const [copied, setCopied] = useState('');
  const left = useCountdown(view?.live ? view.results : null, view?.checkedAt, () => void run('check'));
  if (!view) return <output>Loading the DNS records…</output>;
  const capture = view.capture;
  const records = capture?.records ?? [];
  const states = view.results ? records.map((r) => view.results?.[r.id]).filter((s): s is RecordState => !!s) : [];
  const wrong = states.filter((s) => s.state !== 'ok').length;
  return (
    <div className="dns">
      <style>{styles}</style>
      <p className="dns-hint">
        SendGrid’s domain authentication and reverse DNS give you records to add at your DNS provider. Read them here, copy or hand them over, then
        check them before you click Verify in SendGrid.
      </p>
      <div className="dns-actions">
        <button type="button" disabled={!!busy} onClick={() => void run('capturePage')}>
          Read records from the SendGrid tab
        </button>
        <button type="button" disabled={!!busy} onClick={() => void run('captureApi')}>
          Read records through the SendGrid API
        </button>
      </div>
      {message && (
        <p role="alert" className="dns-error">
          {message}
        </p>
      )}
      <output className="dns-copied">{copied ? `Copied ${copied}` : ''}</output>
      {capture && records.length > 0 ? (
        <>
          <p className="dns-hint">
            {records.length} record{records.length === 1 ? '' : 's'} for zone <strong>{capture.zone}</strong>, read {capture.source === 'api' ? 'through the SendGrid API' : 'from the SendGrid page'}.
            {capture.note ? ` ${capture.note}` : ''}
          </p>
          <div className="dns-scroll">
            {/* Explicit roles: the narrow layout turns cells into blocks, which some browsers take as "no longer a table". */}
            <table role="table" className="dns-table" aria-label="DNS records">
              <thead>
                <tr role="row">
                  <th role="columnheader" scope="col">Type</th>
                  <th role="columnheader" scope="col">Host (short, then full)</th>
                  <th role="columnheader" scope="col">Value</th>
                  <th role="columnheader" scope="col">Live check</th>
                </tr>
              </thead>
              <tbody>
                {records.map((r) => (
                  <RecordRow key={r.id} r={r} state={view.results?.[r.id]} copied={setCopied} />
                ))}
              </tbody>
            </table>
          </div>
          <fieldset className="dns-live">
            <legend>Live check</legend>
            <label>
              <input type="checkbox" aria-describedby="dns-privacy" checked={view.live} disabled={busy === 'live'} onChange={(e) => void setLive(e.currentTarget.checked)} />
              Check these records over DNS-over-HTTPS
            </label>
            {busy === 'live' && !view.live && (
              <output className="dns-asking">Your browser is asking whether Engage Copilot may contact cloudflare-dns.com and dns.google…</output>
            )}
            <p className="dns-hint" id="dns-privacy">
              Off until you turn it on. It sends only the record names (such as {records[0]!.host}) to Cloudflare (cloudflare-dns.com) and Google
              (dns.google), nothing else. Turning it on asks your browser for access to those two sites; turning it off gives that access back.
            </p>
            {view.live && (
              <div className="dns-actions">
                <button type="button" disabled={!!busy} onClick={() => void run('check')}>
                  {busy === 'check' ? 'Checking…' : 'Re-check now'}
                </button>
                {left !== null && left > 0 && <output className="dns-countdown">Re-checking in {left} s</output>}
              </div>
            )}
            {view.live && states.length > 0 && (
              <p className={wrong ? 'dns-summary dns-summary-bad' : 'dns-summary dns-summary-ok'} role="status">
                {summary(states, records.length)}
              </p>
            )}
          </fieldset>
          <details className="dns-more">
            <summary>BIND zone-file snippet</summary>
            <textarea readOnly rows={records.length + 3} wrap="off" aria-label="Zone-file snippet" value={zoneFile(capture.zone, records)} />
            <CopyButton text={zoneFile(capture.zone, records)} label="Copy zone-file snippet" onCopied={setCopied} />
          </details>
          <details className="dns-more">
            <summary>Plain-text handover for whoever runs DNS</summary>
            <textarea readOnly rows={12} aria-label="Handover text" value={handoverText(capture.zone, records)} />
            <CopyButton text={handoverText(capture.zone, records)} label="Copy handover text" onCopied={setCopied} />
          </details>
          <button type="button" className="dns-forget" disabled={!!busy} onClick={() => void run('forget')}>
            Forget these records
          </button>
        </>
      ) : (
        <p className="dns-hint">No records yet for this onboarding.</p>
      )}
    </div>
  );
}
