// Notices the store left about repairs or migrations of saved progress, shown until dismissed.
import type { Notice } from '../utils/progress/model';
import type { ProgressApi } from './hooks/useProgress';

export function Notices({ notices, apply }: { notices: Notice[]; apply: ProgressApi['apply'] }) {
  if (notices.length === 0) return null;
  return (
    <section className="notices" aria-label="Notices about your saved progress">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.kind}`} role="alert">
          <p>{n.message}</p>
          <button type="button" onClick={() => void apply({ type: 'dismissNotice', noticeId: n.id }, 'Notice dismissed.')}>
            Dismiss<span className="visually-hidden"> this notice</span>
          </button>
        </div>
      ))}
    </section>
  );
}
