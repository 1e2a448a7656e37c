// "Set up your email service" dialog: SendGrid subuser name, API Key ID and API key, with Verify (docs/console-labels.md, "Segment: numbered set-up cards").
import { Badge, Button, Dialog, Heading, majorScale, Pane, Paragraph, Text, TextInputField } from 'evergreen-ui';
import { useState } from 'react';
import { StatusLine } from '../shared/StatusLine.tsx';
import { fixture, useGeneratedId, useLate } from '../shared/hooks.tsx';
import { writeState } from '../shared/state.ts';
import { checkEmail, fingerprint, type EmailForm, type FieldErrors } from './checks.ts';
import { offscreen, StepCard } from './StepCard.tsx';
import { formLayout } from '../shared/layout.ts';
import { labels } from './labels.ts';
import { Sheet } from './Sheet.tsx';

const EMPTY: EmailForm = { subuserName: '', apiKeyId: '', apiKey: '' };

/** The SendGrid form in the layout `?layout=` asks for: an Evergreen Dialog (default), a SideSheet or a full page. */
export function EmailDialog({ isShown, onClose }: { isShown: boolean; onClose: () => void }) {
  const layout = formLayout(['dialog', 'sheet', 'page']);
  if (layout === 'page') {
    return isShown ? (
      <Pane maxWidth={880}>
        <Heading is="h1" size={800} marginBottom={majorScale(3)}>{labels().emailDialog}</Heading>
        <EmailForm onDone={onClose} />
      </Pane>
    ) : null;
  }
  if (layout === 'sheet') {
    return (
      <Sheet isShown={isShown} title={labels().emailDialog} onClose={onClose}>
        {isShown ? <EmailForm onDone={onClose} /> : null}
      </Sheet>
    );
  }
  return (
    <Dialog
      isShown={isShown}
      title={labels().emailDialog}
      width={760}
      onCloseComplete={onClose}
      hasFooter={false}
      containerProps={{ 'aria-modal': true, 'aria-label': labels().emailDialog }}
    >
      {isShown ? <EmailForm onDone={onClose} /> : null}
    </Dialog>
  );
}

function EmailForm({ onDone }: { onDone: () => void }) {
  const [form, setForm] = useState<EmailForm>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors<keyof EmailForm>>({});
  const [status, setStatus] = useState('');
  const [verified, setVerified] = useState(false);
  const [honey, setHoney] = useState({ hidden: '', offscreen: '' });
  const ids = { name: useGeneratedId('TextInputField'), keyId: useGeneratedId('TextInputField'), key: useGeneratedId('TextInputField') };
  const honeyIds = { hidden: useGeneratedId('TextInputField'), off: useGeneratedId('TextInputField') };
  const late = useLate();
  const honeypot = fixture() === 'honeypot';
  const retype = fixture() === 'retype';
  const keepTyping = (el: HTMLInputElement | null) => {
    if (!el || el.value === '' || document.activeElement === el) return;
    el.focus();
    el.setSelectionRange(el.value.length, el.value.length);
  };

  const set = (k: keyof EmailForm) => (e: React.ChangeEvent<HTMLInputElement>) => {
    setForm({ ...form, [k]: e.target.value });
    setVerified(false);
  };

  const verify = () => {
    if (honey.hidden !== '' || honey.offscreen !== '') {
      setStatus('Rejected: a hidden field was filled in');
      return;
    }
    const found = checkEmail(form);
    setErrors(found);
    const ok = Object.keys(found).length === 0;
    setVerified(ok);
    setStatus(
      ok
        ? `Verified: subuser ${form.subuserName}, key ID ${form.apiKeyId}, key ${fingerprint(form.apiKey)}`
        : `Not verified: ${Object.values(found).join('; ')}`,
    );
  };

  const save = () => {
    writeState('segment.email', { subuserName: form.subuserName, apiKeyId: form.apiKeyId });
    onDone();
  };

  return (
    <Pane>
      <StepCard n={1} title="Set up your SendGrid account">
        <Paragraph>Follow the steps in the onboarding document to create a SendGrid subuser and an API key.</Paragraph>
      </StepCard>
      <StepCard n={2} title="Enter your SendGrid Subuser API Key information">
        {honeypot ? (
          <>
            <Pane display="none">
              <TextInputField id={honeyIds.hidden} label="Subuser API Key" value={honey.hidden} tabIndex={-1}
                onChange={(e: React.ChangeEvent<HTMLInputElement>) => setHoney({ ...honey, hidden: e.target.value })} />
            </Pane>
            <Pane style={offscreen} aria-hidden="true">
              <TextInputField id={honeyIds.off} label="Subuser name" value={honey.offscreen} tabIndex={-1}
                onChange={(e: React.ChangeEvent<HTMLInputElement>) => setHoney({ ...honey, offscreen: e.target.value })} />
            </Pane>
          </>
        ) : null}
        <TextInputField
          // Fixture "retype": every 5th character re-renders the field as a new <input> (focus and caret kept).
          key={retype ? `name-${Math.floor(form.subuserName.length / 5)}` : 'name'}
          ref={retype ? keepTyping : undefined}
          id={ids.name}
          label={labels().subuserName}
          description={
            <Text size={300} color="muted">
              Subuser name needs to start with the prefix <Badge color="red">twilio_engage_app_</Badge>
            </Text>
          }
          placeholder="Enter subuser name"
          value={form.subuserName}
          onChange={set('subuserName')}
          isInvalid={errors.subuserName !== undefined}
          validationMessage={errors.subuserName}
        />
        {late ? (
          <>
            <TextInputField id={ids.keyId} label="Subuser API Key ID" placeholder="Enter API Key ID" value={form.apiKeyId}
              onChange={set('apiKeyId')} isInvalid={errors.apiKeyId !== undefined} validationMessage={errors.apiKeyId} />
            <TextInputField id={ids.key} label="Subuser API Key" placeholder="Enter API Key" value={form.apiKey}
              onChange={set('apiKey')} isInvalid={errors.apiKey !== undefined} validationMessage={errors.apiKey} />
          </>
        ) : (
          <Paragraph color="muted">Loading…</Paragraph>
        )}
        <Pane display="flex" justifyContent="flex-end" gap={majorScale(1)}>
          <Button appearance="primary" disabled={!form.subuserName || !form.apiKeyId || !form.apiKey} onClick={verify}>
            Verify
          </Button>
        </Pane>
        <StatusLine name="email" text={status} />
      </StepCard>
      <Pane display="flex" justifyContent="flex-end" gap={majorScale(1)}>
        <Button onClick={onDone}>Cancel</Button>
        <Button appearance="primary" disabled={!verified} onClick={save}>
          Save
        </Button>
      </Pane>
    </Pane>
  );
}
