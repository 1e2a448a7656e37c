// Side panel section "On this page": which step the console tab guides, whether its field was found, and how we knew it was done.
import { useId } from 'react';
import { taskById } from '../../utils/guide/index';
import { isTaskId, type TaskId } from '../../utils/guide/names';
import type { ProgressAction, ProgressState } from '../../utils/progress/model';
import { scopeOf } from '../../utils/progress/scope';
import { usePageStatus } from './usePageStatus';

const titleOf = (id: string | null | undefined): string | undefined => (isTaskId(id) ? taskById(id).title : undefined);

interface Props {
  /** The person's onboardings, to say when this page counts for another one. */
  state?: ProgressState;
  /** The checklist's next task, to say why the page guides a different one. */
  nextId?: TaskId | null;
  onOpen?(id: TaskId): void;
  apply?(action: ProgressAction, success: string): Promise<boolean>;
}

export default function PageStatus({ state, nextId, onOpen, apply }: Props = {}) {
  const { frame, boundTo, message, showMe, forgetPick, undoDone } = usePageStatus();
  const headingId = useId();
  const title = titleOf(frame?.taskId);
  const task = isTaskId(frame?.taskId) ? taskById(frame.taskId) : undefined;
  const target = task?.targets.find((t) => t.key === frame?.targetKey);
  const earlier = (frame?.earlierOpen ?? []).map(titleOf).filter(Boolean);

  const doneTitle = titleOf(frame?.doneTaskId);
  const done = frame?.doneEvidence && doneTitle ? (
    <>
      <p><strong>{doneTitle}</strong> is done: {frame.doneEvidence}</p>
      <button type="button" onClick={() => void undoDone()}>Undo: it is not done</button>
    </>
  ) : null;

  const scope = frame && state ? scopeOf(frame.url, state, boundTo) : undefined;
  const next = nextId ? taskById(nextId) : undefined;
  // "Next task" in the card and the task guided here differ when the next task happens on another page: say so.
  const elsewhere =
    task && next && next.id !== task.id && frame?.doneTaskId !== frame?.taskId ? (
      <p className="page-status-next">
        The next task in the checklist, “{next.title}”, happens on {next.page.name}; this page is where “{task.title}” happens.{' '}
        {onOpen && (
          <button type="button" className="link" onClick={() => onOpen(task.id)}>
            Show “{task.title}” in the panel
          </button>
        )}
      </p>
    ) : null;

  let body;
  if (!frame) body = <p>Open a Segment, SendGrid or Twilio console page and the copilot will point at the next field there.</p>;
  else if (scope && !scope.counts)
    body = (
      <>
        <p>{scope.why} Nothing on it counts for this onboarding.</p>
        {scope.owner && apply && (
          <button type="button" onClick={() => void apply({ type: 'switchOnboarding', onboardingId: scope.owner!.id }, `Switched to “${scope.owner!.name}”.`)}>
            Switch to “{scope.owner.name}”
          </button>
        )}
      </>
    );
  else if (!task) body = done ? null : <p>No other step of the guide happens on this page.</p>;
  else if (frame.doneTaskId === frame.taskId) body = null;
  else if (frame.found)
    body = (
      <>
        <p>Guiding <strong>{title}</strong>:{' '}
          {frame.targetLabel?.endsWith(' …') ? `an option starting with “${frame.targetLabel.slice(0, -2)}”` : `“${frame.targetLabel}”`} is highlighted on the page
          {frame.state === 'invalid' ? ' and its value needs a fix.' : frame.state === 'valid' ? ' and its value looks right.' : '.'}</p>
        {frame.remembered ? (
          <button type="button" onClick={() => void forgetPick()}>Forget the field I showed</button>
        ) : (
          <button type="button" onClick={() => void showMe()}>Not this field? Show me the field</button>
        )}
      </>
    );
  else
    body = (
      <>
        <p role="alert">Couldn’t find “{frame.targetLabel}” on this page for <strong>{title}</strong>.</p>
        {target && <p>{target.instruction.replaceAll('**', '')}</p>}
        <button type="button" onClick={() => void showMe()}>Show me the field</button>
      </>
    );

  return (
    <section className="page-status" aria-labelledby={headingId}>
      <h2 id={headingId}>On this page</h2>
      {/* What a page of another onboarding showed done is that onboarding's, not this one's to undo. */}
      {scope?.counts !== false && done}
      {body}
      {scope?.counts !== false && elsewhere}
      {earlier.length > 0 && <p className="page-status-earlier">Earlier steps still open: {earlier.join('; ')}.</p>}
      <output aria-live="polite">{message}</output>
    </section>
  );
}
