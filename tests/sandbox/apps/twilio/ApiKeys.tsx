// API keys & tokens: list with "Live credentials", the create form, and the "Copy secret key" screen (docs/console-labels.md, "Twilio: API keys and the secret").
import { Badge } from '@twilio-paste/core/badge';
import { Box } from '@twilio-paste/core/box';
import { Button } from '@twilio-paste/core/button';
import { Callout, CalloutText } from '@twilio-paste/core/callout';
import { Checkbox } from '@twilio-paste/core/checkbox';
import { Heading } from '@twilio-paste/core/heading';
import { Label } from '@twilio-paste/core/label';
import { Paragraph } from '@twilio-paste/core/paragraph';
import { Radio, RadioGroup } from '@twilio-paste/core/radio-group';
import { Option, Select } from '@twilio-paste/core/select';
import { Table, TBody, Td, Th, THead, Tr } from '@twilio-paste/core/table';
import { useUID } from '@twilio-paste/core/uid-library';
import { useState } from 'react';
import { useLate } from '../shared/hooks.tsx';
import { randomAlnum, twilioSid } from '../shared/random.ts';
import { linkProps, navigate } from '../shared/router.ts';
import { usePersisted } from '../shared/state.ts';
import { AccountInfo } from './Dashboard.tsx';
import { CopyButton, Field } from './paste.tsx';
import { Surface } from './Surface.tsx';

type KeyRow = { sid: string; name: string; type: string };
const LIST = '/us1/account/keys-credentials/api-keys';
const REGIONS = ['United States (US1) - Default', 'Ireland (IE1)', 'Australia (AU1)'];
/** A per-load prefix for radio and checkbox ids (Paste's Radio needs an id; ids must not be stable). */
const loadPrefix = `radio-${randomAlnum(6)}`;
const TYPES = [
  ['Main', 'Main keys *can* manage API keys, account configuration, and sub accounts.'],
  ['Standard', 'Standard keys *can not* manage API keys, account configuration, and sub accounts.'],
  ['Restricted', 'Restricted keys can only access the resources you choose.'],
] as const;

export function ApiKeys() {
  const [keys] = usePersisted<KeyRow[]>('twilio.apiKeys', []);
  return (
    <Box maxWidth="size80">
      <Heading as="h1" variant="heading10">Auth tokens &amp; API keys</Heading>
      <AccountInfo heading="Live credentials" />
      <Box display="flex" justifyContent="space-between" alignItems="center" marginY="space80">
        <Heading as="h2" variant="heading30" marginBottom="space0">API keys</Heading>
        <Button variant="primary" as="a" {...linkProps(`${LIST}/create`)}>Create API key</Button>
      </Box>
      <Table>
        <THead><Tr><Th>Friendly name</Th><Th>SID</Th><Th>Type</Th></Tr></THead>
        <TBody>
          {keys.length === 0 ? <Tr><Td colSpan={3}>No API keys yet.</Td></Tr> : keys.map((k) => (
            <Tr key={k.sid}><Td>{k.name}</Td><Td>{k.sid}</Td><Td>{k.type}</Td></Tr>
          ))}
        </TBody>
      </Table>
    </Box>
  );
}

export function CreateApiKey() {
  const [keys, setKeys] = usePersisted<KeyRow[]>('twilio.apiKeys', []);
  const [name, setName] = useState('');
  const [region, setRegion] = useState(REGIONS[0] as string);
  const [type, setType] = useState('');
  const [error, setError] = useState<string | undefined>();
  // The secret lives only in this component's state, as on the real "shown once" screen.
  const [created, setCreated] = useState<{ sid: string; secret: string } | null>(null);
  const regionId = useUID();
  const loaded = useLate();

  const create = () => {
    if (name.trim() === '') return setError('Friendly name is required');
    setError(undefined);
    const made = { sid: twilioSid('SK'), secret: randomAlnum(32) };
    setKeys([...keys, { sid: made.sid, name, type }]);
    setCreated(made);
  };

  if (created) return <CopySecret name={name} region={region} type={type} {...created} />;
  return (
    <Surface title="Create new API key" behind={<ApiKeys />} back={LIST}>
      {!loaded ? <Paragraph>Loading…</Paragraph> : (
        <>
          <Field label="Friendly name" required value={name} onChange={setName} error={error}
            help="Friendly name for the key; e.g. the application that uses it." />
          <Box marginBottom="space60">
            <Label htmlFor={regionId}>Region</Label>
            <Select id={regionId} value={region} onChange={(e) => setRegion(e.target.value)}>
              {REGIONS.map((r) => <Option key={r} value={r}>{r}</Option>)}
            </Select>
          </Box>
          <Box marginBottom="space60">
            <RadioGroup name="key-type" legend="Key type" value={type} onChange={setType}>
              {TYPES.map(([t, help]) => <Radio key={t} id={`${loadPrefix}-${t}`} value={t} helpText={help}>{t}</Radio>)}
            </RadioGroup>
          </Box>
          <Button variant="primary" onClick={create} disabled={type === ''}>Create API Key</Button>
        </>
      )}
    </Surface>
  );
}


function CopySecret(p: { name: string; region: string; type: string; sid: string; secret: string }) {
  const [saved, setSaved] = useState(false);
  const help = TYPES.find(([t]) => t === p.type)?.[1];
  return (
    <Surface title="Copy secret key" behind={<ApiKeys />} back={LIST}>
      <Field label="Friendly name" value={p.name} readOnly />
      <Field label="Region" value={p.region} readOnly badge={<Badge as="span" variant="info">Regional</Badge>} />
      <Field label="Key Type" value={p.type} readOnly help={help} />
      <Field label="SID" value={p.sid} readOnly after={<CopyButton value={p.sid} what="SID" />} />
      <Field label="Secret" value={p.secret} readOnly after={<CopyButton value={p.secret} what="Secret" />} />
      <Callout variant="warning" marginY="space60">
        <CalloutText>Important note: This secret above is only shown once. Please make note of it and store it in a safe, secure location.</CalloutText>
      </Callout>
      <Box marginBottom="space60">
        <CopyButton value={p.secret} what="the secret" text="Copy the secret" />
      </Box>
      <Checkbox id={`${loadPrefix}-saved`} checked={saved} onChange={(e) => setSaved(e.target.checked)}>
        Got it! I have saved my API Key SID and Secret in a safe place to use in my application.
      </Checkbox>
      <Box marginTop="space60">
        <Button variant="primary" disabled={!saved} onClick={() => navigate(LIST)}>Done</Button>
      </Box>
    </Surface>
  );
}
