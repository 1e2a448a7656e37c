// One task in full: its steps, its state, and the actions on it (done, undo, skip with a reason, open in console).
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { taskById } from '../utils/guide/index';
import type { ParsedTask, Stage } from '../utils/guide/schema';
import type { Onboarding } from '../utils/progress/model';
import { statusOf } from '../utils/progress/state';
import { exampleFor, isConsolePage, missingSlugs, stateLine } from '../utils/progress/view';
import type { ProgressApi } from './hooks/useProgress';
import { RichText } from './RichText';

interface Props {
  task: ParsedTask;
  stage: Stage;
  onboarding: Onboarding;
  isNext: boolean;
  apply: ProgressApi['apply'];
  undoPageDone: ProgressApi['undoPageDone'];
  openConsole: ProgressApi['openConsole'];
  /** Shown when the card shows a chosen task rather than the next one. */
  onBackToNext?: () => void;
  /** Asked on mount: take the focus? (Not for the first card, so opening the panel does not jump.) */
  shouldFocus: () => boolean;
}

export function TaskCard({ task, stage, onboarding, isNext, apply, undoPageDone, openConsole, onBackToNext, shouldFocus }: Props) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [skipping, setSkipping] = useState(false);
  const [reason, setReason] = useState('');
  const state = onboarding.tasks[task.id];
  const status = statusOf(onboarding, task.id);
  const target = { onboardingId: onboarding.id, taskId: task.id };

  // The card is keyed by task: a different task (the next one after "mark done", or one chosen from the list)
  // mounts a new card, which takes the focus so keyboard and screen-reader users land on what changed.
  useEffect(() => {
    if (shouldFocus()) heading.current?.focus();
  }, [shouldFocus]);

  // The button just pressed may go with the change ("Mark done" on a done task): the focus then stays on this card
  // instead of falling to the page. A new card that mounted meanwhile has taken the focus itself.
  const keepFocus = () =>
    requestAnimationFrame(() => {
      const at = document.activeElement;
      if (!at || at === document.body) heading.current?.focus();
    });

  // A completion the console page detected is undone through guidance, which also stops the page marking it done
  // again; any other change is simply reversed.
  const undo = () => {
    const text = `Undid the last change to “${task.title}”.`;
    const done = state?.status === 'done' && state.source === 'page' ? undoPageDone(task.id, text) : apply({ type: 'undoTask', ...target }, text);
    void Promise.resolve(done).then(keepFocus);
  };
  const reopen = () => {
    const text = `“${task.title}” is to do again.`;
    // A page-detected state goes through guidance, so the open console page does not mark it done again.
    const done = state?.source === 'page' ? undoPageDone(task.id, text) : apply({ type: 'setTaskState', ...target, status: 'todo', source: 'manual' }, text);
    void Promise.resolve(done).then(keepFocus);
  };
  const markDone = () =>
    void apply({ type: 'setTaskState', ...target, status: 'done', source: 'manual' }, `Marked “${task.title}” done.`, { type: 'undoTask', ...target }).then(keepFocus);

  const skip = async (e: FormEvent) => {
    e.preventDefault();
    const ok = await apply({ type: 'setTaskState', ...target, status: 'skipped', source: 'manual', skipReason: reason }, `Skipped “${task.title}”.`, {
      type: 'undoTask',
      ...target,
    });
    if (ok) setSkipping(false);
    keepFocus();
  };

  return (
    <section className="task-card" data-open-card="" aria-labelledby={`${id}-title`}>
      <p className="eyebrow">{isNext ? 'Next task' : 'Task'} · {stage.title}</p>
      <h2 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {task.title}
      </h2>
      <p className={`task-state state-${status}`}>
        {stateLine(state)}
        {state?.skipReason ? (
          <span className="evidence">
            . Reason: <RichText text={state.skipReason} />
          </span>
        ) : null}
      </p>
      {task.conditional ? <p className="conditional">Only {task.conditional.when}.</p> : null}
      {task.finishesAfter[0] && status === 'todo' ? (
        <p className="conditional">
          Its last steps need what “{taskById(task.finishesAfter[0]).title}” creates, later in this list: start here,
          do that task, then come back to finish this one.
        </p>
      ) : null}
      {/* Today's consoles first (the 2025 guide, where it differs), then the 2022 guide's steps, each labelled. */}
      {task.variants.map((v) => (
        <p key={v.since} className="variant">
          <strong>On today’s consoles ({v.since.slice(0, 4)} guide):</strong> <RichText text={exampleFor(v.note, onboarding)} />
        </p>
      ))}
      {task.variants.length ? <p className="steps-label">The 2022 guide’s steps:</p> : null}
      <ol className="steps">
        {task.steps.map((s, i) => (
          <li key={i}>
            <RichText text={exampleFor(s, onboarding)} />
          </li>
        ))}
      </ol>
      <div className="actions">
        {status !== 'done' ? (
          <button type="button" className="primary" onClick={markDone}>
            Mark done
          </button>
        ) : null}
        {state?.previous !== undefined ? (
          <button type="button" onClick={undo}>
            Undo
          </button>
        ) : status !== 'todo' ? (
          // No earlier state to go back to (e.g. after undoing a Verify result): the task can still be reopened.
          <button type="button" onClick={reopen}>
            Mark not done
          </button>
        ) : null}
        {task.conditional && status === 'todo' ? (
          <button type="button" aria-expanded={skipping} aria-controls={`${id}-skip`} onClick={() => setSkipping((s) => !s)}>
            Skip…
          </button>
        ) : null}
        <button type="button" onClick={() => void openConsole(task.id)}>
          {/* A task whose page is not a console (the Engage team's contact page) is named by that page. */}
          {isConsolePage(task) ? (
            <>
              Open in console<span className="visually-hidden">: {task.page.name}</span>
            </>
          ) : (
            task.page.name
          )}
        </button>
        <a href={task.guideUrl} target="_blank" rel="noopener noreferrer">
          Read in the guide<span className="visually-hidden"> (opens in a new tab)</span>
        </a>
      </div>
      {isConsolePage(task) ? <p className="hint">Open in console goes to {task.page.name}.</p> : null}
      {missingSlugs(task, onboarding) ? (
        <p className="hint">Set the Segment workspace and space slugs in “Settings…” so “Open in console” goes straight to this page.</p>
      ) : null}
      {skipping ? (
        <form id={`${id}-skip`} className="skip-form" onSubmit={skip}>
          <label htmlFor={`${id}-reason`}>Why are you skipping this task?</label>
          <textarea id={`${id}-reason`} value={reason} onChange={(e) => setReason(e.target.value)} rows={2} maxLength={500} />
          <div className="actions">
            <button type="submit">Skip task</button>
            <button type="button" onClick={() => setSkipping(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : null}
      {onBackToNext ? (
        <p>
          <button type="button" className="link" onClick={onBackToNext}>
            Show the next task instead
          </button>
        </p>
      ) : null}
    </section>
  );
}
