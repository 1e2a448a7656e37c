// The live region: announces each change (and refusals) and offers to undo the last one.
import type { ProgressApi } from './hooks/useProgress';

export function StatusBar({ status, apply }: Pick<ProgressApi, 'status' | 'apply'>) {
  return (
    <div className={`status-bar ${status?.kind === 'error' ? 'status-error' : ''}`}>
      {/* One stable live region; a repeated message toggles a trailing no-break space so it is announced again. */}
      <output aria-live="polite">
        {status ? `${status.text}${status.id % 2 ? '\u00a0' : ''}` : ''}
      </output>
      {status?.undo ? (
        <button type="button" onClick={() => void apply(status.undo!, 'Undone.')}>
          Undo
        </button>
      ) : null}
    </div>
  );
}
