// Unify > Identity Resolution settings: the identifier table and the "Custom Identifier" modal (docs/console-labels.md, "Identity Resolution").
// oxlint-disable jsx-a11y/prefer-tag-over-role -- Evergreen's Table renders divs; the roles make it a table to assistive tech.
import {
  AddIcon, Label, Badge, Button, Dialog, Heading, majorScale, Menu, Pane, Popover, Position, Select, Spinner, Table,
  TextInputField,
} from 'evergreen-ui';
import { useState } from 'react';
import { useGeneratedId, useLate } from '../shared/hooks.tsx';
import { usePersisted } from '../shared/state.ts';
import { formLayout } from '../shared/layout.ts';
import { labels } from './labels.ts';
import { Sheet } from './Sheet.tsx';

type Identifier = { key: string; limit: number; type: 'Default' | 'Custom' };

const DEFAULTS: Identifier[] = [
  'user_id', 'email', 'android.id', 'android.idfa', 'android.push_token', 'anonymous_id', 'ga_client_id', 'ios.id',
  'ios.idfa', 'ios.push_token',
].map((key) => ({ key, limit: key === 'user_id' ? 1 : 5, type: 'Default' }));

export function IdentityResolution() {
  const [custom, setCustom] = usePersisted<Identifier[]>('segment.customIdentifiers', []);
  const [modalOpen, setModalOpen] = useState(false);
  const loaded = useLate();
  const rows = [...DEFAULTS, ...custom];

  return (
    <Pane background="white" elevation={1} borderRadius={8}>
      <Pane display="flex" alignItems="center" padding={majorScale(3)} gap={majorScale(2)}>
        <Heading is="h1" size={600} flex={1}>
          Identity Resolution Configuration
        </Heading>
        <Popover
          position={Position.BOTTOM_RIGHT}
          content={addMenu(() => setModalOpen(true))}
        >
          <Button appearance="primary" iconBefore={AddIcon}>
            {labels().addIdentifier}
          </Button>
        </Popover>
      </Pane>
      {!loaded ? (
        <Pane display="flex" justifyContent="center" padding={majorScale(4)}>
          <Spinner aria-label="Loading identifiers" />
        </Pane>
      ) : (
        <Table role="table" aria-label="Identifiers">
          <Table.Head role="row">
            <Table.TextHeaderCell role="columnheader" flexBasis={90} flexGrow={0}>Priority</Table.TextHeaderCell>
            <Table.TextHeaderCell role="columnheader">Identifier</Table.TextHeaderCell>
            <Table.TextHeaderCell role="columnheader">Value Limit</Table.TextHeaderCell>
            <Table.TextHeaderCell role="columnheader">Blocked Values</Table.TextHeaderCell>
            <Table.TextHeaderCell role="columnheader">Identifier Type</Table.TextHeaderCell>
          </Table.Head>
          <Table.Body>
            {rows.map((row, i) => (
              <Table.Row key={row.key} role="row">
                <Table.TextCell role="cell" flexBasis={90} flexGrow={0}>{i < 2 ? i + 1 : 'A→Z'}</Table.TextCell>
                <Table.TextCell role="cell">{row.key}</Table.TextCell>
                <Table.TextCell role="cell">{row.limit}</Table.TextCell>
                <Table.TextCell role="cell">—</Table.TextCell>
                <Table.Cell role="cell">
                  <Badge color={row.type === 'Default' ? 'neutral' : 'blue'}>{row.type}</Badge>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <CustomIdentifierDialog
        isShown={modalOpen}
        existing={rows.map((r) => r.key)}
        onClose={() => setModalOpen(false)}
        onAdd={(key, limit) => {
          setCustom([...custom, { key, limit, type: 'Custom' }]);
          setModalOpen(false);
        }}
      />
    </Pane>
  );
}

/** The "Add Identifier" menu: Default Identifiers / Custom Identifiers (docs/console-labels.md, "Segment: Add Identifier"). */
function addMenu(onCustom: () => void) {
  return function AddMenu({ close }: { close: () => void }) {
    return (
      <Menu>
        <Menu.Group>
          <Menu.Item onSelect={close}>Default Identifiers</Menu.Item>
          <Menu.Item
            onSelect={() => {
              close();
              onCustom();
            }}
          >
            {labels().customIdentifiers}
          </Menu.Item>
        </Menu.Group>
      </Menu>
    );
  };
}

function CustomIdentifierDialog(props: {
  isShown: boolean;
  existing: string[];
  onClose: () => void;
  onAdd: (key: string, limit: number) => void;
}) {
  const [key, setKey] = useState('');
  const [limit, setLimit] = useState('5');
  const [frequency, setFrequency] = useState('Ever');
  const [error, setError] = useState<string | undefined>();
  const [name, setName] = useState('');
  const nameId = useGeneratedId('TextInputField');
  const keyId = useGeneratedId('TextInputField');
  const limitId = useGeneratedId('TextInputField');
  const freqId = useGeneratedId('Select');

  const submit = () => {
    const trimmed = key.trim();
    if (trimmed === '') return setError('Enter a trait or property key.');
    if (props.existing.includes(trimmed)) return setError(`An identifier named "${trimmed}" already exists.`);
    setError(undefined);
    props.onAdd(trimmed, Number(limit) || 5);
    setKey('');
  };

  const fields = (
    <>
      {/* The 2022 dialog showed "Identifier Name" above the trait key: the guide's label must win over that alias. */}
      <TextInputField id={nameId} label="Identifier Name" placeholder="Name of your identifier..." value={name}
        onChange={(e: React.ChangeEvent<HTMLInputElement>) => setName(e.target.value)} />
      <TextInputField
        id={keyId}
        label="Trait / Property key to match on"
        placeholder="e.g. app_id"
        value={key}
        onChange={(e: React.ChangeEvent<HTMLInputElement>) => setKey(e.target.value)}
        isInvalid={error !== undefined}
        validationMessage={error}
      />
      <TextInputField
        id={limitId}
        label="Value limit"
        type="number"
        min={1}
        value={limit}
        onChange={(e: React.ChangeEvent<HTMLInputElement>) => setLimit(e.target.value)}
        hint={`The maximum number of unique values for ${key.trim() || 'this identifier'} that a profile can accept.`}
      />
      <Label htmlFor={freqId}>Select frequency</Label>
      <Select id={freqId} value={frequency} onChange={(e) => setFrequency(e.target.value)} marginLeft={majorScale(1)}>
        <option value="Ever">Ever</option>
        <option value="Daily">Daily</option>
        <option value="Weekly">Weekly</option>
        <option value="Monthly">Monthly</option>
      </Select>
    </>
  );
  if (formLayout(['dialog', 'sheet']) === 'sheet') {
    return (
      <Sheet isShown={props.isShown} title="Custom Identifier" onClose={props.onClose}>
        {fields}
        <Pane display="flex" justifyContent="flex-end" gap={majorScale(1)} marginTop={majorScale(3)}>
          <Button onClick={props.onClose}>Cancel</Button>
          <Button appearance="primary" disabled={key.trim() === ''} onClick={submit}>Add new identifier</Button>
        </Pane>
      </Sheet>
    );
  }
  return (
    <Dialog
      isShown={props.isShown}
      title="Custom Identifier"
      containerProps={{ 'aria-label': 'Custom Identifier' }}
      onCloseComplete={props.onClose}
      onCancel={(close) => close()}
      onConfirm={submit}
      confirmLabel="Add new identifier"
      isConfirmDisabled={key.trim() === ''}
    >
      {fields}
    </Dialog>
  );
}
