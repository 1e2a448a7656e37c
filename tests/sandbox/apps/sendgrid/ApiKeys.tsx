// API Keys: list (Name | API Key ID | Action), "Create API Key" panel, and the key shown once: task sendgrid.apikey.
import { useState } from 'react';
import { fixture, useLate } from '../shared/hooks.tsx';
import { sendgridApiKey } from '../shared/random.ts';
import { ShadowBox } from '../shared/ShadowBox.tsx';
import { StatusLine } from '../shared/StatusLine.tsx';
import { usePersisted } from '../shared/state.ts';
import { Button, Modal, PageHeader, Radio, TextInput } from './ui.tsx';
import css from './styles.css?inline';

type KeyRow = { name: string; id: string; access: string };
const ACCESS = [
  ['Full Access', 'Allows the API key to access GET, PATCH, PUT, DELETE, and POST endpoints for all parts of your account, excluding billing and Email Address Validation.'],
  ['Restricted Access', 'Customize levels of access for all parts of your account, excluding billing and Email Address Validation.'],
  ['Billing Access', 'Allows the API key to access billing endpoints for the account.'],
] as const;

/**
 * Hard case "keys": an account that already holds keys, a Restricted one first, so a key created now is not the first
 * row (the IDs are fixed, in SendGrid's format; their keys were "shown once" long ago).
 */
const EARLIER_KEYS: KeyRow[] = [
  { name: 'Mail Send', id: 'qfTQ6KG0QBiwWdJ0-pCLCA', access: 'Restricted Access' },
  { name: 'Marketing sync', id: 'Zq3x8vN1RkT0pLmWc7YbAa', access: 'Full Access' },
];

export function ApiKeys() {
  // Only the name and ID are kept: the key itself, like SendGrid's, is shown once and never stored.
  const [keys, setKeys] = usePersisted<KeyRow[]>('sendgrid.apiKeys', []);
  const [panel, setPanel] = useState(false);
  const loaded = useLate();
  const listed = fixture() === 'keys' ? [...EARLIER_KEYS, ...keys] : keys;
  return (
    <>
      <PageHeader title="API Keys">
        <Button onClick={() => setPanel(true)}>Create API Key</Button>
      </PageHeader>
      {!loaded ? <p>Loading…</p> : listed.length === 0 ? (
        <p>Get started creating API Keys</p>
      ) : (
        <table className="sg-table">
          <thead><tr><th>Name</th><th>API Key ID</th><th>Action</th></tr></thead>
          <tbody>
            {listed.map((k) => (
              <tr key={k.id}><td>{k.name}</td><td><code>{k.id}</code></td><td>{k.access}</td></tr>
            ))}
          </tbody>
        </table>
      )}
      {panel ? <CreateKeyPanel onClose={() => setPanel(false)} onCreated={(row) => setKeys([...keys, row])} /> : null}
    </>
  );
}

function CreateKeyPanel(p: { onClose: () => void; onCreated: (row: KeyRow) => void }) {
  const [name, setName] = useState('');
  const [access, setAccess] = useState<string>('');
  const [error, setError] = useState<string | undefined>();
  const [created, setCreated] = useState<{ key: string; name: string } | null>(null);
  const [copied, setCopied] = useState('');

  const create = () => {
    if (name.trim() === '') return setError('API Key Name is required');
    setError(undefined);
    const { key, id } = sendgridApiKey();
    p.onCreated({ name, id, access });
    setCreated({ key, name });
  };

  const copy = async (key: string) => {
    try {
      await navigator.clipboard.writeText(key);
      setCopied('Copied!');
    } catch {
      setCopied('Could not copy the key');
    }
  };

  if (created) {
    return (
      <Modal title="API Key Created" side onClose={p.onClose}>
        <p>Please copy this key and save it somewhere safe. For security reasons, we cannot show it to you again.</p>
        <button type="button" className="key-box" aria-label={`API key ${created.name}, click to copy`} onClick={() => copy(created.key)}>
          {created.key}
        </button>
        <StatusLine name="apikey-copy" text={copied} />
        <div className="modal-actions">
          <Button onClick={p.onClose}>Done</Button>
        </div>
      </Modal>
    );
  }

  const nameField = <TextInput label="API Key Name" required value={name} onChange={setName} error={error} />;
  return (
    <Modal title="Create API Key" side onClose={p.onClose}>
      {/* Hard case "shadow": the name field lives in an open shadow root. */}
      {fixture() === 'shadow' ? <ShadowBox css={css}>{nameField}</ShadowBox> : nameField}
      <fieldset>
        <legend>API Key Permissions</legend>
        {ACCESS.map(([label, description]) => (
          <Radio key={label} name="access" label={label} description={description} checked={access === label} onChange={() => setAccess(label)} />
        ))}
      </fieldset>
      <div className="modal-actions">
        <Button type="secondary" onClick={p.onClose}>Cancel</Button>
        <Button disabled={access === ''} onClick={create}>Create &amp; View</Button>
      </div>
    </Modal>
  );
}
