// The live region: announces each change (and refusals) and offers to undo the last one.
import type { ProgressApi } from './hooks/useProgress';

export function StatusBar({ status, apply }: Pick<ProgressApi, 'status' | 'apply'>) {
  return (
    <div className={`status-bar ${status?.kind === 'error' ? 'status-error' : ''}`}>
      <output aria-live="polite" key={status?.id}>
        {status?.text ?? ''}
      </output>
      {status?.undo ? (
        <button type="button" onClick={() => void apply(status.undo!, 'Undone.')}>
          Undo
        </button>
      ) : null}
    </div>
  );
}
