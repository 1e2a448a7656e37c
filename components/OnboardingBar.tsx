// The onboarding switcher and its create / settings / reset / delete actions, each behind a dialog.
import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import type { ProgressApi } from './hooks/useProgress';
import type { ProgressState } from '../utils/progress/model';
import { activeOnboarding } from '../utils/progress/state';
import { ConfirmDialog } from './Dialog';
import { afterPaint } from './sections';
import type { OnboardingSettings } from './OnboardingForm';

// The form checks names and slugs with zod, which the first screen does without: it loads once the panel is up,
// long before anyone can open it (a person who is faster sees the dialog a moment later).
let formModule: Promise<typeof import('./OnboardingForm')> | undefined;
const loadForm = () =>
  (formModule ??= import('./OnboardingForm').catch((err: unknown) => {
    formModule = undefined; // the next open tries again
    throw err;
  }));
const OnboardingForm = lazy(() => loadForm().then((m) => ({ default: m.OnboardingForm })));

type Open = 'create' | 'settings' | 'reset' | 'delete' | null;

const blank: OnboardingSettings = { name: '', region: 'us', workspace: '', space: '' };

export function OnboardingBar({ state, apply }: { state: ProgressState; apply: ProgressApi['apply'] }) {
  const [open, setOpen] = useState<Open>(null);
  const id = useId();
  const active = activeOnboarding(state);
  const close = () => setOpen(null);
  /** A choice made from the keyboard, not yet confirmed with Enter. */
  const [pending, setPending] = useState<string | null>(null);
  const keyed = useRef(false);
  const switchTo = (onboardingId: string) => {
    setPending(null);
    keyed.current = false;
    const target = state.onboardings.find((o) => o.id === onboardingId);
    if (target && target.id !== active.id) void apply({ type: 'switchOnboarding', onboardingId: target.id }, `Switched to “${target.name}”.`);
  };
  useEffect(() => afterPaint(() => void loadForm().catch(() => undefined)), []);

  const create = async (s: OnboardingSettings) => {
    if (await apply({ type: 'createOnboarding', ...s }, `Created “${s.name}” and switched to it.`)) close();
  };
  const save = async (s: OnboardingSettings) => {
    if (await apply({ type: 'updateOnboarding', onboardingId: active.id, ...s }, `Saved the settings of “${s.name}”.`)) close();
  };

  return (
    <div className="onboarding-bar">
      <div className="field inline-field">
        <label htmlFor={`${id}-switch`}>Onboarding</label>
        <select
          id={`${id}-switch`}
          value={pending ?? active.id}
          aria-describedby={pending ? `${id}-pending` : undefined}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && pending) {
              e.preventDefault();
              switchTo(pending);
            } else if (e.key === 'Escape' && pending) setPending(null);
            else if (e.key !== 'Tab' && e.key !== 'Shift') keyed.current = true;
          }}
          onPointerDown={() => (keyed.current = false)}
          onBlur={() => setPending(null)}
          onChange={(e) => {
            // Arrow keys change a closed select's value at once: from the keyboard, the choice waits for Enter, so
            // moving through the list never switches onboardings on the way.
            if (keyed.current) setPending(e.target.value === active.id ? null : e.target.value);
            else switchTo(e.target.value);
          }}
        >
          {state.onboardings.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name} ({o.region.toUpperCase()})
            </option>
          ))}
        </select>
        {pending ? (
          <span id={`${id}-pending`} className="hint">
            Press Enter to switch, Esc to stay.
          </span>
        ) : null}
      </div>
      <div className="actions">
        <button type="button" onClick={() => setOpen('create')}>
          New onboarding…
        </button>
        <button type="button" onClick={() => setOpen('settings')}>
          Settings…
        </button>
        <button type="button" onClick={() => setOpen('reset')}>
          Reset…
        </button>
        <button type="button" className="danger" onClick={() => setOpen('delete')}>
          Delete…
        </button>
      </div>

      <Suspense fallback={null}>
      {open === 'create' && <OnboardingForm title="New onboarding" submitLabel="Create" initial={blank} onSubmit={create} onCancel={close} />}
      {open === 'settings' && (
        <OnboardingForm
          title={`Settings of “${active.name}”`}
          submitLabel="Save"
          initial={{ name: active.name, region: active.region, workspace: active.workspace ?? '', space: active.space ?? '' }}
          onSubmit={save}
          onCancel={close}
        />
      )}
      </Suspense>
      {open === 'reset' && (
        <ConfirmDialog
          title={`Reset “${active.name}”?`}
          message="Every task in this onboarding goes back to “to do”. Its name and settings stay. This cannot be undone."
          confirmLabel="Reset progress"
          onCancel={close}
          onConfirm={() => void apply({ type: 'resetOnboarding', onboardingId: active.id }, `Reset “${active.name}”: every task is to do again.`).then(close)}
        />
      )}
      {open === 'delete' && (
        <ConfirmDialog
          title={`Delete “${active.name}”?`}
          message={
            state.onboardings.length > 1
              ? 'This onboarding and its progress are removed. Your other onboardings stay as they are. This cannot be undone.'
              : 'This is your only onboarding: it is removed and a fresh one takes its place. This cannot be undone.'
          }
          confirmLabel="Delete onboarding"
          onCancel={close}
          onConfirm={() => void apply({ type: 'deleteOnboarding', onboardingId: active.id }, `Deleted “${active.name}”.`).then(close)}
        />
      )}
    </div>
  );
}
