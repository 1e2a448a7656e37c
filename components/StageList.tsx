// The checklist: each stage with its count ("4 of 11") and every task, any of which can be opened.
import type { Guide, TaskId } from '../utils/guide/schema';
import type { Onboarding } from '../utils/progress/model';
import { statusOf } from '../utils/progress/state';
import { stageCount } from '../utils/progress/view';

const MARK = { todo: '○', done: '✓', skipped: '–' } as const;
const WORD = { todo: 'to do', done: 'done', skipped: 'skipped' } as const;

interface Props {
  guide: Guide;
  onboarding: Onboarding;
  openId: TaskId | null;
  onOpen: (id: TaskId) => void;
}

export function StageList({ guide, onboarding, openId, onOpen }: Props) {
  return (
    <section className="checklist" aria-labelledby="checklist-title">
      <h2 id="checklist-title">Checklist</h2>
      {guide.stages.map((stage) => {
        const { complete, total } = stageCount(stage, onboarding);
        return (
          <section key={stage.id} className="stage" aria-labelledby={`stage-${stage.id}`}>
            <h3 id={`stage-${stage.id}`}>
              {stage.title} <span className="count">{complete} of {total}</span>
            </h3>
            <progress value={complete} max={total} aria-label={`${stage.title}: ${complete} of ${total} tasks complete`} />
            <ul>
              {stage.tasks.map((t) => {
                const status = statusOf(onboarding, t.id);
                return (
                  <li key={t.id} className={`task-row state-${status}`}>
                    <button type="button" aria-current={openId === t.id ? 'step' : undefined} onClick={() => onOpen(t.id)}>
                      <span className="mark" aria-hidden="true">
                        {MARK[status]}
                      </span>
                      {t.title}
                      <span className="visually-hidden">, {WORD[status]}</span>
                      {t.conditional ? <span className="tag">optional</span> : null}
                    </button>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
