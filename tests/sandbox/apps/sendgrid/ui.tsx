// Hand-built stand-ins for @sendgrid/ui-components, reproducing the DOM in docs/console-labels.md#sendgrid (label[for] → input[id]).
import { useEffect, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useGeneratedId } from '../shared/hooks.tsx';
import { formLayout } from '../shared/layout.ts';

type TextInputProps = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: string;
  info?: string;
  error?: string;
  required?: boolean;
  placeholder?: string;
  readOnly?: boolean;
};

/** `div.input-text-wrap > label.input-text-label[for] + input[id] + span.input-info`, ids generated per load. */
export function TextInput(p: TextInputProps) {
  const id = useGeneratedId('text-input');
  const [focused, setFocused] = useState(false);
  const info = p.error ?? p.info;
  const wrap = ['input-text-wrap', p.value ? 'has-value' : '', focused ? 'is-focused' : '', p.required ? 'is-required' : '', p.error ? 'is-error' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div className={wrap}>
      <label className="input-text-label" htmlFor={id}>
        {p.label}
      </label>
      <input
        id={id}
        type={p.type ?? 'text'}
        value={p.value}
        placeholder={p.placeholder}
        readOnly={p.readOnly}
        required={p.required}
        aria-describedby={info ? `${id}-info` : undefined}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
        onChange={(e) => p.onChange(e.target.value)}
      />
      {info ? (
        <span className={p.error ? 'input-info danger' : 'input-info'} id={`${id}-info`}>
          {info}
        </span>
      ) : null}
    </div>
  );
}

export function Checkbox(p: { label: string; checked: boolean; onChange: (checked: boolean) => void; indent?: boolean }) {
  const id = useGeneratedId('checkbox');
  return (
    <div className={p.indent ? 'input-checkbox-wrap is-indented' : 'input-checkbox-wrap'}>
      <input id={id} type="checkbox" checked={p.checked} onChange={(e) => p.onChange(e.target.checked)} />
      <label className="input-checkbox-label" htmlFor={id}>
        {p.label}
      </label>
    </div>
  );
}

export function Radio(p: { name: string; label: string; checked: boolean; onChange: () => void; description?: string }) {
  const id = useGeneratedId('radio');
  return (
    <div className="input-radio-wrap">
      <input id={id} type="radio" name={p.name} checked={p.checked} onChange={p.onChange} />
      <label className="input-radio-label" htmlFor={id}>
        {p.label}
      </label>
      {p.description ? <p className="radio-description">{p.description}</p> : null}
    </div>
  );
}

/** On/off switch: a checkbox with role=switch, its label, and the state word the page shows (Enabled/Disabled). */
export function Toggle(p: { label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  const id = useGeneratedId('switch');
  return (
    <div className="switch-wrap">
      <label className="input-text-label" htmlFor={id}>
        {p.label}
      </label>
      <span className="switch">
        <input id={id} type="checkbox" role="switch" aria-checked={p.checked} checked={p.checked} onChange={(e) => p.onChange(e.target.checked)} />
        <span className="switch-state">{p.checked ? 'Enabled' : 'Disabled'}</span>
      </span>
    </div>
  );
}

export function Select(p: { label: string; value: string; options: string[]; onChange: (value: string) => void }) {
  const id = useGeneratedId('select');
  return (
    <div className="input-select-wrap">
      <label className="input-text-label" htmlFor={id}>
        {p.label}
      </label>
      <select id={id} value={p.value} onChange={(e) => p.onChange(e.target.value)}>
        {p.options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </div>
  );
}

export function Button(p: { children: ReactNode; onClick?: () => void; type?: 'primary' | 'secondary'; disabled?: boolean; label?: string }) {
  return (
    <button
      type="button"
      className={`btn btn-${p.type ?? 'primary'}`}
      disabled={p.disabled}
      aria-label={p.label}
      onClick={p.onClick}
    >
      {p.children}
    </button>
  );
}

/** The pencil icon button at the end of a settings row; its accessible name says what it edits. */
export function PencilButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button type="button" className="btn-icon" aria-label={label} title={label} onClick={onClick}>
      <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
        <path d="M11.5 1.5l3 3L5 14H2v-3z" fill="none" stroke="currentColor" strokeWidth="1.5" />
      </svg>
    </button>
  );
}

/**
 * A form over the page, in the layout `?layout=` asks for: `dialog` (default; native <dialog open>,
 * aria-modal, labelled by its heading), `sheet` (a side panel over a fixed backdrop, no role) or
 * `page` (the form replaces the page content, under an h1).
 */
export function Modal(p: { title: string; side?: boolean; onClose: () => void; children: ReactNode }) {
  const headingId = useGeneratedId('modal-title');
  const layout = formLayout(['dialog', 'sheet', 'page']);
  const { onClose } = p;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);
  const main = layout === 'page' ? document.querySelector('main') : null;
  useEffect(() => {
    if (!main) return;
    main.classList.add('has-page-form');
    return () => main.classList.remove('has-page-form');
  }, [main]);
  const close = (
    <button type="button" className="btn-icon modal-close" aria-label="Close" onClick={p.onClose}>
      ×
    </button>
  );
  if (main) {
    return createPortal(
      <div className="sg-page-form">
        <header className="page-header">
          <h1>{p.title}</h1>
          <button type="button" className="btn-link" onClick={p.onClose}>Back</button>
        </header>
        {p.children}
      </div>,
      main,
    );
  }
  if (layout === 'sheet') {
    return (
      <div className="sg-modal-backdrop">
        <div className="sg-modal side-modal">
          {close}
          <h2>{p.title}</h2>
          {p.children}
        </div>
      </div>
    );
  }
  return (
    <div className="sg-modal-backdrop">
      <dialog open className={p.side ? 'sg-modal side-modal' : 'sg-modal'} aria-modal="true" aria-labelledby={headingId}>
        {close}
        <h2 id={headingId}>{p.title}</h2>
        {p.children}
      </dialog>
    </div>
  );
}

export function PageHeader({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <header className="page-header">
      <h1>{title}</h1>
      <div className="page-actions">{children}</div>
    </header>
  );
}
