// The Messaging Service create wizard (steps 1–4) inside the frame; each step is its own pushState route (docs/console-labels.md, "Twilio: Messaging Service wizard").
import { Box } from '@twilio-paste/core/box';
import { Button } from '@twilio-paste/core/button';
import { Checkbox } from '@twilio-paste/core/checkbox';
import { Heading } from '@twilio-paste/core/heading';
import { Label } from '@twilio-paste/core/label';
import { Modal, ModalBody, ModalFooter, ModalFooterActions, ModalHeader, ModalHeading } from '@twilio-paste/core/modal';
import { Paragraph } from '@twilio-paste/core/paragraph';
import { Option, Select } from '@twilio-paste/core/select';
import { useUID } from '@twilio-paste/core/uid-library';
import { useState } from 'react';
import { formLayout } from '../shared/layout.ts';
import { randomAlnum, twilioSid } from '../shared/random.ts';
import { usePath } from '../shared/router.ts';
import { StatusLine } from '../shared/StatusLine.tsx';
import { usePersisted } from '../shared/state.ts';
import { Field } from '../twilio/paste.tsx';
import { IntegrationStep } from './IntegrationStep.tsx';
import { EMPTY_DRAFT, goTo, INCOMING_LABELS, stepOf, USE_CASES, type Draft } from './steps.ts';

const SANDBOX_NUMBERS = ['+1 415 555 0142', '+1 415 555 0187', '+1 628 555 0103'];
const idPrefix = `ms-${randomAlnum(5)}`;

export function Wizard() {
  const step = stepOf(usePath());
  const [draft, setDraft] = usePersisted<Draft>('twilio.serviceDraft', EMPTY_DRAFT);
  const [created, setCreated] = usePersisted<string | null>('twilio.serviceCreated', null);
  const update = (patch: Partial<Draft>) => setDraft({ ...draft, ...patch });

  const finish = () => {
    const service = { sid: twilioSid('MG'), name: draft.name, useCase: draft.useCase };
    const summary = `Created ${draft.name}: use ${draft.useCase}, senders ${draft.senders.length}, incoming ${INCOMING_LABELS[draft.incoming]}, ` +
      `Request URL ${draft.requestUrl || '(none)'} (${draft.requestMethod})`;
    setCreated(summary);
    if (window.parent !== window) window.parent.postMessage({ type: 'sandbox:service-created', service }, '*');
    goTo('done');
  };

  const steps = (
    <>
      {step === 'create' ? <CreateStep draft={draft} update={update} /> : null}
      {step === 'senders' ? <SendersStep draft={draft} update={update} /> : null}
      {step === 'integration' ? <IntegrationStep draft={draft} update={update} /> : null}
      {step === 'compliance' ? (
        <>
          <Heading as="h1" variant="heading20">Step 4: Add compliance info</Heading>
          <Paragraph>
            US A2P 10DLC messaging requires a registered campaign. You can link this Messaging Service to a campaign after setup.
          </Paragraph>
          <Button variant="primary" onClick={finish}>Complete Messaging Service Setup</Button>
        </>
      ) : null}
      {step === 'done' ? (
        <>
          <Heading as="h1" variant="heading20">Messaging Service created</Heading>
          <StatusLine name="service" text={created ?? ''} />
        </>
      ) : null}
    </>
  );
  if (formLayout(['page', 'dialog']) === 'page') return <Box padding="space80" maxWidth="size80">{steps}</Box>;
  // `?layout=dialog`: every step in a modal over the frame, named only by aria-label (its headings stay h1/h2).
  return (
    <Box position="fixed" top="0" left="0" right="0" bottom="0" backgroundColor="colorBackgroundOverlay" display="flex" justifyContent="center" alignItems="flex-start" overflowY="auto">
      {/* A div with role=dialog on purpose: consoles build dialogs that way, and the copilot must find them. */}
      {/* oxlint-disable-next-line jsx-a11y/prefer-tag-over-role */}
      <Box role="dialog" aria-modal="true" aria-label="Create Messaging Service" backgroundColor="colorBackgroundBody" padding="space80" marginTop="space80" width="size70" borderRadius="borderRadius30">
        {steps}
      </Box>
    </Box>
  );
}

type StepProps = { draft: Draft; update: (patch: Partial<Draft>) => void };

function CreateStep({ draft, update }: StepProps) {
  const useId = useUID();
  const [error, setError] = useState<string | undefined>();
  const next = () => {
    if (draft.name.trim() === '') return setError('Messaging Service friendly name is required');
    if (draft.useCase === '') return setError('Select what you want to use Messaging for');
    goTo('senders');
  };
  return (
    <>
      <Heading as="h1" variant="heading20">Step 1: Create Messaging Service</Heading>
      <Field label="Messaging Service friendly name" required value={draft.name} onChange={(name) => update({ name })}
        help="The friendly name is used to identify this Messaging Service." error={error?.includes('name') ? error : undefined} />
      <Box marginBottom="space60">
        <Label htmlFor={useId} required>Select what you want to use Messaging for</Label>
        <Select id={useId} value={draft.useCase} onChange={(e) => update({ useCase: e.target.value })}>
          <Option value="">Select an option</Option>
          {USE_CASES.map((u) => <Option key={u} value={u}>{u}</Option>)}
        </Select>
      </Box>
      <Button variant="primary" onClick={next}>Create Messaging Service</Button>
      <StatusLine name="wizard" text={error && !error.includes('name') ? error : ''} />
    </>
  );
}

function SendersStep({ draft, update }: StepProps) {
  const [open, setOpen] = useState(false);
  const [picked, setPicked] = useState<string[]>(draft.senders);
  const headingId = useUID();
  return (
    <>
      <Heading as="h1" variant="heading20">Step 2: Add Senders</Heading>
      <Heading as="h2" variant="heading30">Sender Pool</Heading>
      <Paragraph>{draft.senders.length === 0 ? 'No senders in the pool yet.' : `Senders: ${draft.senders.join(', ')}`}</Paragraph>
      <Box display="flex" columnGap="space40">
        <Button variant="secondary" onClick={() => setOpen(true)}>Add Senders</Button>
        <Button variant="primary" onClick={() => goTo('integration')}>Step 3: Set up Integration</Button>
      </Box>
      <Modal isOpen={open} onDismiss={() => setOpen(false)} size="default" ariaLabelledby={headingId}>
        <ModalHeader><ModalHeading as="h2" id={headingId}>Add Senders</ModalHeading></ModalHeader>
        <ModalBody>
          {SANDBOX_NUMBERS.map((n) => (
            <Checkbox key={n} id={`${idPrefix}-${n.replace(/\D/g, '')}`} checked={picked.includes(n)}
              onChange={(e) => setPicked(e.target.checked ? [...picked, n] : picked.filter((x) => x !== n))}>
              {n}
            </Checkbox>
          ))}
        </ModalBody>
        <ModalFooter>
          <ModalFooterActions>
            <Button variant="secondary" onClick={() => setOpen(false)}>Cancel</Button>
            <Button variant="primary" onClick={() => { update({ senders: picked }); setOpen(false); }}>Add Phone Numbers</Button>
          </ModalFooterActions>
        </ModalFooter>
      </Modal>
    </>
  );
}
