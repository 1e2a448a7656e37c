// The DNS records SendGrid asks for: copy each host and value, hand them over, and check them live before Verify.
// oxlint-disable-next-line import/no-unassigned-import -- imported for its effect: zod never probes `new Function`
import '../../utils/zodConfig';
import { useCallback, useEffect, useState } from 'react';
import { allRight, type RecordState } from '../../utils/dns/compare';
import { handoverText, zoneFile } from '../../utils/dns/handover';
import { relativeName } from '../../utils/dns/names';
import type { DnsRecord } from '../../utils/dns/records';
import { RecordStateView, STATE_LABEL } from './RecordStateView';
import { useDns } from './useDns';
import styles from './dns.css?inline';

/** Automatic re-check waits: never longer than 15 minutes, never sooner than 5 s (a TTL of 0 must not spin). */
const MAX_WAIT_S = 900;
const MIN_WAIT_S = 5;

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
    <tr data-record={r.id} data-state={state?.state ?? 'unchecked'}>
      <td data-label="Type">{r.type}</td>
      <td data-label="Host">
        <div className="dns-cell">
          <code>{short}</code>
          <CopyButton text={short} label={`Copy host ${short}`} onCopied={copied} />
        </div>
        <div className="dns-cell dns-full">
          <code>{r.host}.</code>
          <CopyButton text={`${r.host}.`} label={`Copy full host ${r.host}.`} onCopied={copied} />
        </div>
      </td>
      <td data-label="Value">
        <div className="dns-cell">
          <code>{r.value}</code>
          <CopyButton text={r.value} label={`Copy value for ${short}`} onCopied={copied} />
        </div>
      </td>
      <td className="dns-state" data-label="Live check">
        {state ? (
          <>
            <strong>{state.state === 'wrongValue' && state.space ? 'Stray space' : STATE_LABEL[state.state]}</strong>
            <RecordStateView record={r} state={state} />
          </>
        ) : (
          'Not checked'
        )}
      </td>
    </tr>
  );
}

/** Seconds until the slowest "not yet visible" record may have changed, counted down once a second; then `onZero`. */
function useCountdown(results: Record<string, RecordState> | null, checkedAt: number | undefined, onZero: () => void): number | null {
  const waits = Object.values(results ?? {}).flatMap((s) => (s.state === 'notYetVisible' ? [Math.min(MAX_WAIT_S, Math.max(MIN_WAIT_S, s.ttl))] : []));
  const due = waits.length && checkedAt ? checkedAt + Math.max(...waits) * 1000 : 0;
  const [left, setLeft] = useState<number | null>(null);
  useEffect(() => {
    if (!due) return;
    const tick = () => {
      const l = Math.max(0, Math.ceil((due - Date.now()) / 1000));
      setLeft(l);
      if (l === 0) {
        clearInterval(timer);
        onZero();
      }
    };
    const timer = setInterval(tick, 1000);
    const first = setTimeout(tick, 0);
    return () => {
      clearInterval(timer);
      clearTimeout(first);
    };
  }, [due, onZero]);
  return due ? left : null;
}

function summary(states: RecordState[], total: number): string {
  const wrong = states.filter((s) => s.state !== 'ok');
  if (allRight(states)) return `All ${total} records are right. Click Verify in SendGrid: SendGrid’s own check marks the task done.`;
  if (wrong.every((s) => s.state === 'unreachable'))
    return `${wrong.length} of ${total} records could not be checked: neither resolver answered. Check your connection, then press Re-check now.`;
  if (wrong.every((s) => s.state === 'notYetVisible'))
    return `${wrong.length} of ${total} records are not visible everywhere yet; the check runs again when the wait is over.`;
  return `${wrong.length} of ${total} records need attention.`;
}

/** ok: all right; wait: only propagation left; bad: something to fix or not checkable. */
function summaryTone(states: RecordState[]): 'ok' | 'wait' | 'bad' {
  if (allRight(states)) return 'ok';
  return states.every((s) => s.state === 'ok' || s.state === 'notYetVisible') ? 'wait' : 'bad';
}

export default function DnsPanel() {
  const { view, busy, message, run, setLive } = useDns();
  const [copied, setCopied] = useState('');
  const recheck = useCallback(() => void run('check'), [run]);
  const left = useCountdown(view?.live ? view.results : null, view?.checkedAt, recheck);
  if (!view) return <output>Loading the DNS records…</output>;
  const capture = view.capture;
  const records = capture?.records ?? [];
  const states = view.results ? records.map((r) => view.results?.[r.id]).filter((s): s is RecordState => !!s) : [];
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
          {view.live && states.length > 0 && (
            <output className={`dns-summary dns-summary-${summaryTone(states)}`}>{summary(states, records.length)}</output>
          )}
          <div className="dns-scroll">
            <table className="dns-table" aria-label="DNS records">
              <thead>
                <tr>
                  <th scope="col">Type</th>
                  <th scope="col">Host (short, then full)</th>
                  <th scope="col">Value</th>
                  <th scope="col">Live check</th>
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
                {/* Not a live region: a screen reader would announce every second. */}
                {left !== null && left > 0 && <span className="dns-countdown">Re-checking in {left} s</span>}
              </div>
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
