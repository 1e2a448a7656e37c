// Side panel section "Kept credentials": masked values, where each came from and may go, and the explicit actions.
// oxlint-disable-next-line import/no-unassigned-import -- imported for its effect: zod never probes `new Function`
import '../../utils/zodConfig';
import { useEffect, useId, useState } from 'react';
import type { VaultItem } from '../../utils/vault/messages';
import { useVault, type VaultView } from './useVault';
import ClipboardPermission from './ClipboardPermission';
import { VAULT_TITLE } from '../sections';
import { clock } from '../../utils/clock';
import { mask } from '../../utils/vault/labels';
// oxlint-disable-next-line import/no-unassigned-import -- a stylesheet is imported for its effect
import './vault.css';

const host = (origin: string) => origin.replace(/^https?:\/\//, '');
const time = (ms: number) => clock(ms);

function Item({ item, vault }: { item: VaultItem; vault: VaultView }) {
  const [shown, setShown] = useState<string | undefined>();
  // A revealed value hides itself again after 30 s, so it is not left on screen.
  useEffect(() => {
    if (shown === undefined) return;
    const t = setTimeout(() => setShown(undefined), 30_000);
    return () => clearTimeout(t);
  }, [shown]);
  const labelId = useId();
  // Reveal only where the list masks something (the vault's own rule, asked of a sample): the subuser name and the
  // webhook URL are shown in full already.
  const hides = mask(item.name, 'sample value') !== 'sample value';
  return (
    <li className="vault-item" aria-labelledby={labelId}>
      <p className="vault-name" id={labelId}>{item.label}</p>
      {item.masked && (
        <p className="vault-value">
          <code>{shown ?? item.masked}</code>
        </p>
      )}
      <p className="vault-meta">
        {item.typed ? 'Typed in this panel' : `From ${host(item.origin)}`} · goes to {item.destinations.length ? item.destinations.map(host).join(', ') : 'verification only'} ·
        forgotten at {time(item.expiresAt)}
      </p>
      {item.pending && (
        <fieldset className="vault-conflict">
          <legend>
            You captured a different {item.label} ({item.pending.masked}, from {host(item.pending.origin)}). Which one should be kept?
          </legend>
          <button type="button" onClick={() => void vault.resolve(item.name, 'new')}>Keep the new one</button>
          <button type="button" onClick={() => void vault.resolve(item.name, 'old')}>Keep the earlier one</button>
        </fieldset>
      )}
      {item.masked && (
        <div className="vault-actions">
          {hides && (
            <button
              type="button"
              aria-pressed={shown !== undefined}
              onClick={() => void (shown !== undefined ? setShown(undefined) : vault.reveal(item.name).then(setShown))}
            >
              {shown !== undefined ? 'Hide' : 'Reveal'}<span className="sr-only"> {item.label}</span>
            </button>
          )}
          <button type="button" onClick={() => void vault.copy(item.name)}>
            Copy<span className="sr-only"> {item.label}</span>
          </button>
          <button type="button" onClick={() => void vault.forget(item.name)}>
            Forget<span className="sr-only"> {item.label}</span>
          </button>
        </div>
      )}
    </li>
  );
}

function TtlSetting({ minutes, onSave }: { minutes: number; onSave(m: number): void }) {
  // Remounted with a new `key` when the saved value changes, so the draft starts from it.
  const [draft, setDraft] = useState(String(minutes));
  const id = useId();
  return (
    <form
      className="vault-ttl"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(Number(draft));
      }}
    >
      <label htmlFor={id}>Forget kept values after (minutes)</label>
      <input id={id} type="number" min={1} max={480} value={draft} aria-describedby={`${id}-hint`} onChange={(e) => setDraft(e.target.value)} />
      <button type="submit">Save</button>
      <p id={`${id}-hint`} className="vault-ttl-hint">
        Applies to values kept from now on; values already kept are forgotten at the time shown beside each.
      </p>
    </form>
  );
}

/** `onboarding`: the name of the open onboarding, whose values these are (each onboarding has its own). */
export default function VaultPanel({ onboarding }: { onboarding?: string } = {}) {
  const vault = useVault();
  const headingId = useId();
  const items = vault.listing?.items ?? [];
  return (
    <section className="task-card vault" aria-labelledby={headingId}>
      <h2 id={headingId}>{VAULT_TITLE}</h2>
      <p className="vault-intro">
        Values you keep from one console to fill into another. They stay in memory only, are never written to disk, and are
        forgotten when the browser closes or after the time below.
      </p>
      {onboarding && <p className="vault-owner">These are the values kept for “{onboarding}”; every onboarding has its own.</p>}
      {items.length === 0 ? (
        <p>Nothing is kept. Use “Keep for …” or copy a value on the console page that shows it.</p>
      ) : (
        <ul className="vault-list">
          {items.map((item) => (
            <Item key={item.name} item={item} vault={vault} />
          ))}
        </ul>
      )}
      <ClipboardPermission />
      <div className="vault-actions">
        <button type="button" onClick={() => void vault.fillActiveTab()}>Fill the highlighted field in this tab</button>
        <button type="button" className="danger" onClick={() => void vault.forgetAll()} disabled={items.length === 0}>
          Forget all
        </button>
      </div>
      {vault.listing && <TtlSetting key={vault.listing.ttlMinutes} minutes={vault.listing.ttlMinutes} onSave={(m) => void vault.setTtl(m)} />}
      <output className="vault-status" aria-live="polite">{vault.status}</output>
    </section>
  );
}
