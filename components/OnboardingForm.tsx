// The onboarding settings form (create and edit): name, Segment region, workspace and space slugs.
// oxlint-disable-next-line import/no-unassigned-import -- imported for its effect: zod never probes `new Function`
import '../utils/zodConfig';
import { useId, useState, type FormEvent } from 'react';
import type { Region } from '../utils/guide/schema';
import { OnboardingNameSchema, SlugSchema } from '../utils/progress/model';
import { Dialog } from './Dialog';

export interface OnboardingSettings {
  name: string;
  region: Region;
  workspace: string;
  space: string;
}

interface Props {
  title: string;
  submitLabel: string;
  initial: OnboardingSettings;
  onSubmit: (settings: OnboardingSettings) => void;
  onCancel: () => void;
}

type Errors = Partial<Record<'name' | 'workspace' | 'space', string>>;

function check(s: OnboardingSettings): Errors {
  const errors: Errors = {};
  const name = OnboardingNameSchema.safeParse(s.name);
  if (!name.success) errors.name = name.error.issues[0]?.message;
  for (const key of ['workspace', 'space'] as const) {
    const value = s[key].trim();
    if (!value) continue;
    const slug = SlugSchema.safeParse(value);
    if (!slug.success) errors[key] = `${slug.error.issues[0]?.message}; you typed \`${value}\``;
  }
  return errors;
}

export function OnboardingForm({ title, submitLabel, initial, onSubmit, onCancel }: Props) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<Errors>({});
  const id = useId();
  const set = (key: keyof OnboardingSettings) => (value: string) => setValues((v) => ({ ...v, [key]: value }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found = check(values);
    setErrors(found);
    const firstBad = (['name', 'workspace', 'space'] as const).find((k) => found[k]);
    if (firstBad) {
      document.getElementById(`${id}-${firstBad}`)?.focus();
      return;
    }
    onSubmit({ ...values, name: values.name.trim(), workspace: values.workspace.trim(), space: values.space.trim() });
  };

  const field = (key: 'name' | 'workspace' | 'space', label: string, hint?: string) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        value={values[key]}
        onChange={(e) => set(key)(e.target.value)}
        aria-invalid={errors[key] ? true : undefined}
        aria-describedby={[hint ? `${id}-${key}-hint` : '', errors[key] ? `${id}-${key}-error` : ''].filter(Boolean).join(' ') || undefined}
        autoComplete="off"
        spellCheck={false}
        {...(key === 'name' ? { 'data-initial-focus': true, required: true } : {})}
      />
      {hint ? (
        <p className="hint" id={`${id}-${key}-hint`}>
          {hint}
        </p>
      ) : null}
      {errors[key] ? (
        <p className="error" id={`${id}-${key}-error`}>
          {errors[key]}
        </p>
      ) : null}
    </div>
  );

  return (
    <Dialog title={title} onClose={onCancel}>
      <form onSubmit={submit} noValidate>
        {field('name', 'Name', 'For example the customer or workspace this onboarding is for.')}
        <fieldset className="field">
          <legend>Segment region</legend>
          {(['us', 'eu'] as const).map((r) => (
            <label key={r} className="inline">
              <input type="radio" name={`${id}-region`} value={r} checked={values.region === r} onChange={() => set('region')(r)} />
              {r === 'us' ? 'US (app.segment.com)' : 'EU (eu1.app.segment.com)'}
            </label>
          ))}
        </fieldset>
        {field('workspace', 'Segment workspace slug (optional)', 'The part after app.segment.com/ in the workspace URL, e.g. acme. Used for “Open in console”.')}
        {field('space', 'Engage space slug (optional)', 'The part after /spaces/ in an Engage URL, e.g. default.')}
        <div className="actions">
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="primary">
            {submitLabel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
