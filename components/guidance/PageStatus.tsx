// Side panel section "On this page": which step the console tab guides, whether its field was found, and how we knew it was done.
import { useId } from 'react';
import { taskById } from '../../utils/guide/index';
import { TaskIdSchema } from '../../utils/guide/schema';
import { usePageStatus } from './usePageStatus';

const titleOf = (id: string | null | undefined): string | undefined => {
  const parsed = TaskIdSchema.safeParse(id);
  return parsed.success ? taskById(parsed.data).title : undefined;
};

export default function PageStatus() {
  const { frame, message, showMe, forgetPick, undoDone } = usePageStatus();
  const headingId = useId();
  const title = titleOf(frame?.taskId);
  const task = frame?.taskId && title ? taskById(TaskIdSchema.parse(frame.taskId)) : undefined;
  const target = task?.targets.find((t) => t.key === frame?.targetKey);
  const earlier = (frame?.earlierOpen ?? []).map(titleOf).filter(Boolean);

  const doneTitle = titleOf(frame?.doneTaskId);
  const done = frame?.doneEvidence && doneTitle ? (
    <>
      <p><strong>{doneTitle}</strong> is done, as the page shows: {frame.doneEvidence}</p>
      <button type="button" onClick={() => void undoDone()}>Undo: it is not done</button>
    </>
  ) : null;

  let body;
  if (!frame) body = <p>Open a Segment, SendGrid or Twilio console page and the copilot will point at the next field there.</p>;
  else if (!task) body = done ? null : <p>No other step of the guide happens on this page.</p>;
  else if (frame.doneTaskId === frame.taskId) body = null;
  else if (frame.found)
    body = (
      <>
        <p>Guiding <strong>{title}</strong>: “{frame.targetLabel}” is highlighted on the page
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
      {done}
      {body}
      {earlier.length > 0 && <p className="page-status-earlier">Earlier steps still open: {earlier.join('; ')}.</p>}
      <output aria-live="polite">{message}</output>
    </section>
  );
}
