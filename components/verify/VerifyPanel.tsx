// The Verify section of the side panel: keys, Verify / Verify all, per-task results with fix-it messages, and the report.
// oxlint-disable-next-line import/no-unassigned-import -- imported for its effect: zod never probes `new Function`
import '../../utils/zodConfig';
import { lazy, Suspense, useRef, useState } from 'react';
import { taskById } from '../../utils/guide';
import type { TaskId } from '../../utils/guide/schema';
import { allChecks } from '../../utils/verify/checks';
import { earlierWords } from '../../utils/verify/earlier';
import { NOT_API_CHECKABLE } from '../../utils/verify/checks';
import type { VerifyStatus } from '../../utils/verify/messages';
import type { TaskResult } from '../../utils/verify/types';
import { RichText } from '../RichText';
import { CredentialsForm, FIELD_ID, hasTyped, NO_KEYS, type TypedIssues } from './CredentialsForm';
import { checkTypedKey, TYPED_FIELDS, type TypedField } from '../../utils/verify/typedKeys';
import { VERIFY_TITLE } from '../sections';
import { useVerify } from './useVerify';
// The report and its Markdown preview load when the person first asks for a report.
const ReportView = lazy(() => import('./ReportView'));
// Inlined so the section carries its own styles wherever it is mounted.
import styles from './verify.css?inline';

const VERDICT: Record<TaskResult['verdict'], string> = {
  verified: 'Verified',
  failed: 'Problem found',
  error: 'Could not check',
  partial: 'Partly checked',
  unchecked: 'Not checked',
  notNeeded: 'Not needed',
};
const CHECK_STATUS = { pass: 'OK', fail: 'Problem', error: 'Could not check', skipped: 'Skipped', notNeeded: 'Not needed' } as const;

const CHECKABLE: TaskId[] = [...new Set(allChecks.map((c) => c.taskId))];

/** Why the Verify buttons are disabled, in words on screen (tied to them with aria-describedby); null when they are not. */
export function disabledReason(s: VerifyStatus | null, busy: boolean, typed = false): string | null {
  if (!s) return 'Verify is loading what the vault holds…';
  if (busy || s.run.running) return 'A check is running; wait for it to finish.';
  if (!s.have.subuser && !s.have.parent && !s.have.twilio && !typed)
    return 'Verify needs a key first: keep a SendGrid or Twilio key in the fields above, or from the console page that shows it.';
  return null;
}

const REASON_ID = 'verify-disabled-reason';

function TaskRow({ taskId, result, disabled, verify, undo }: { taskId: TaskId; result?: TaskResult; disabled: boolean; verify(t: TaskId): void; undo(t: TaskId): void }) {
  const title = taskById(taskId).title;
  const verdict = result?.verdict ?? 'unchecked';
  return (
    <li className={`verify-task verify-${verdict}`} data-task={taskId} data-verdict={verdict}>
      <div className="verify-task-head">
        <span className="verify-title">{title}</span>
        <span className="verify-badge">{VERDICT[verdict]}</span>
        <button type="button" disabled={disabled} aria-describedby={disabled ? REASON_ID : undefined} onClick={() => verify(taskId)} aria-label={`Verify ${title}`}>
          Verify
        </button>
      </div>
      {result?.reopened && (
        <p className="verify-reopened" role="note">
          Reopened: this task was marked done, but the API disagrees. Fix it, then press Verify again: the console page will not mark it done meanwhile.{' '}
          <button type="button" onClick={() => undo(taskId)}>
            Undo
          </button>
        </p>
      )}
      {result && result.checks.length > 0 && (
        <ul className="verify-checks">
          {result.checks.map((c) => (
            <li key={c.checkId} data-check={c.checkId} data-status={c.status}>
              <strong>{CHECK_STATUS[c.status]}</strong> {c.title}: <span className="verify-msg">
                <RichText text={c.message} />
              </span>
              {c.checkedAt && <span className="verify-earlier"> ({earlierWords(c.checkedAt)})</span>}
              {c.proxy && (
                <span className="verify-proxy">
                  {' '}
                  (Proxy: <RichText text={c.proxy} />)
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

export default function VerifyPanel() {
  const v = useVerify();
  const [markdown, setMarkdown] = useState<string | null>(null);
  const [typed, setTyped] = useState(NO_KEYS);
  const reportButton = useRef<HTMLButtonElement>(null);
  const s = v.status;
  const byTask = new Map((s?.latest ?? []).map((t) => [t.taskId, t]));
  const reason = disabledReason(s, v.busy, hasTyped(typed));
  const [issues, setIssues] = useState<TypedIssues>({});
  const region = s?.region ?? 'us';
  const firstIssue = (k: TypedField, value: string) => {
    const f = TYPED_FIELDS.find((x) => x.field === k)!;
    const r = value.trim() ? checkTypedKey(f.name, value, region) : null;
    return r && !r.ok ? r.issues[0] : undefined;
  };
  const edit = (f: (old: typeof typed) => typeof typed) => {
    const next = f(typed);
    // A field's issue is about what was in it; editing it takes the issue away until the next try.
    setIssues((was) => Object.fromEntries(Object.entries(was).filter(([k]) => next[k as TypedField] === typed[k as TypedField])));
    setTyped(next);
  };
  // The one-click fix: the value the rule suggests (the typed key without its stray space), checked again.
  const fix = (k: TypedField) => {
    const value = issues[k]?.fix?.value;
    if (value === undefined) return;
    setTyped((old) => ({ ...old, [k]: value }));
    setIssues((was) => ({ ...was, [k]: firstIssue(k, value) }));
    document.getElementById(FIELD_ID[k])?.focus();
  };
  // A typed key that fails its rule stays in its field (in memory only) with the issue beside it; kept keys leave the panel.
  const keepTyped = async () => {
    const found = Object.fromEntries(TYPED_FIELDS.flatMap(({ field }) => (typed[field] ? [[field, firstIssue(field, typed[field])]] : [])).filter(([, i]) => i));
    const bad = TYPED_FIELDS.find(({ field }) => found[field]);
    setIssues(found);
    if (bad) {
      v.say(`${bad.label}: ${found[bad.field]!.message.replace(/\.?$/, '.')} What you typed is still in the field.`, 'error');
      document.getElementById(FIELD_ID[bad.field])?.focus();
      return false;
    }
    const ok = await v.keep(typed);
    if (ok) setTyped(NO_KEYS);
    return ok;
  };
  // Verify with keys typed but not kept yet sends them first: a typed key is never silently ignored.
  const verify = async (taskId?: TaskId) => {
    if (hasTyped(typed) && !(await keepTyped())) return;
    await v.verify(taskId);
  };
  const live = s?.run.running ? (s.run.notice ?? `Checking… ${s.run.calls} API calls so far`) : null;

  return (
    <section className="verify" aria-labelledby="verify-title">
      <style>{styles}</style>
      <h2 id="verify-title">{VERIFY_TITLE}</h2>
      {s && (!s.have.subuser || !s.have.parent || !s.have.twilio) && <CredentialsForm have={s.have} typed={typed} setTyped={edit} issues={issues} fix={fix} keep={async () => void (await keepTyped())} />}
      {s?.have.parent && (
        <p className="verify-hint">
          The parent key is kept {s.keepParent ? 'for this session' : 'until the next check ends'}.{' '}
          <button type="button" onClick={() => void v.forgetParent()}>
            Forget the parent key
          </button>
        </p>
      )}
      <div className="verify-actions">
        <button type="button" disabled={reason !== null} aria-describedby={reason ? REASON_ID : undefined} onClick={() => void verify()}>
          Verify all
        </button>
        <button
          type="button"
          ref={reportButton}
          onClick={async () => {
            setMarkdown(await v.report());
          }}
        >
          Readiness report
        </button>
      </div>
      {/* The report opens right under its button, where the person is looking. */}
      {markdown !== null && (
        <Suspense fallback={<output>Loading the report…</output>}>
          <ReportView
            markdown={markdown}
            onClose={() => {
              setMarkdown(null);
              reportButton.current?.focus();
            }}
          />
        </Suspense>
      )}
      {reason && (
        <p id={REASON_ID} className="verify-hint verify-reason">
          {reason}
        </p>
      )}
      <output className={`verify-status verify-status-${v.message?.kind ?? 'ok'}`} aria-live="polite">
        {live ?? v.message?.text ?? ''}
      </output>
      <ul className="verify-tasks" aria-label="Verification by task">
        {CHECKABLE.map((id) => (
          <TaskRow key={id} taskId={id} result={byTask.get(id)} disabled={reason !== null} verify={(t) => void verify(t)} undo={(t) => void v.undo(t)} />
        ))}
      </ul>
      <details className="verify-manual">
        <summary>Tasks no API can check</summary>
        <ul>
          {(Object.entries(NOT_API_CHECKABLE) as [TaskId, string][]).map(([id, why]) => (
            <li key={id}>
              <strong>{taskById(id).title}</strong>: {why}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
