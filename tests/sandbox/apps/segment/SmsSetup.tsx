// "Set up your SMS service" page: Copy webhook URL, Twilio credentials with Verify, messaging services and Save (docs/console-labels.md, "Segment: numbered set-up cards").
import { Button, Label, TickIcon, DuplicateIcon, Heading, Link, majorScale, Pane, Paragraph, Select, ShareIcon } from 'evergreen-ui';
import { useState } from 'react';
import { StatusLine } from '../shared/StatusLine.tsx';
import { fixture, useGeneratedId, useLate } from '../shared/hooks.tsx';
import { randomAlnum } from '../shared/random.ts';
import { navigate } from '../shared/router.ts';
import { stableValue, writeState } from '../shared/state.ts';
import { checkSms, fingerprint, type FieldErrors, type SmsForm } from './checks.ts';
import { Decoys } from './Decoys.tsx';
import { StepCard } from './StepCard.tsx';
import { labels } from './labels.ts';
import { TwilioKeyFields } from './TwilioKeyFields.tsx';

const EMPTY: SmsForm = { accountSid: '', apiKeySid: '', apiKeySecret: '' };
const SERVICES = ['Engage SMS', 'Messaging service name 1', 'Messaging service name 2'];

/** Segment's inbound-SMS webhook for this space; the space id is generated once per sandbox origin. */
export function twilioWebhookUrl(): string {
  const spaceId = stableValue('segment.spaceId', () => `spa_${randomAlnum(22)}`);
  return `https://engage-ma-webhook-api.engage.segment.com/twilio/${spaceId}`;
}

/** The Twilio set-up: a page of its own (default), or, with `?layout=sheet`, the body of a SideSheet over Channels. */
export function SmsSetup({ base, inSheet = false }: { base: string; space?: string; inSheet?: boolean }) {
  const [form, setForm] = useState<SmsForm>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors<keyof SmsForm>>({});
  const [status, setStatus] = useState('');
  const [verified, setVerified] = useState(false);
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [service, setService] = useState('');
  const [decoy, setDecoy] = useState<SmsForm>(EMPTY);
  const serviceId = useGeneratedId('Select');
  const late = useLate();
  const twoForms = fixture() === 'two-forms';
  const decoys = fixture() === 'decoys';

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(twilioWebhookUrl());
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  };

  const verify = () => {
    const found = checkSms(form);
    setErrors(found);
    const ok = Object.keys(found).length === 0;
    setVerified(ok);
    setStatus(
      ok
        ? `Verified: account ${form.accountSid}, API key ${form.apiKeySid}, secret ${fingerprint(form.apiKeySecret)}`
        : `Not verified: ${Object.values(found).join('; ')}`,
    );
  };

  const save = () => {
    writeState('segment.sms', { accountSid: form.accountSid, apiKeySid: form.apiKeySid, service });
    navigate(base);
  };

  return (
    <Pane maxWidth={880}>
      {inSheet ? null : (
        <Heading is="h1" size={800} marginBottom={majorScale(1)}>
          {labels().smsPage}
        </Heading>
      )}
      <Paragraph marginBottom={majorScale(3)}>Set up and validate your Twilio account to enable SMS service</Paragraph>
      <StepCard n={1} title="Follow the onboarding document to set up your Twilio account">
        <Paragraph marginBottom={majorScale(2)}>
          Follow the steps in the onboarding document to create a new Twilio account and configure your account.
        </Paragraph>
        <Button is="a" href="https://segment.com/docs/engage/onboarding/" target="_blank" iconAfter={ShareIcon} marginBottom={majorScale(2)}>
          View setup documentation
        </Button>
        <Paragraph marginBottom={majorScale(1)}>You will need the webhook URL later in your setup process.</Paragraph>
        <Button onClick={copy} iconBefore={copied === 'copied' ? TickIcon : DuplicateIcon}>
          {copied === 'copied' ? 'Copied' : 'Copy webhook URL'}
        </Button>
        <StatusLine name="webhook-copy" text={copied === 'copied' ? 'Copied webhook URL to clipboard' : copied === 'failed' ? 'Could not copy the webhook URL' : ''} />
      </StepCard>
      {twoForms ? (
        <StepCard n={2} title="Enter your Twilio test credentials">
          <Paragraph marginBottom={majorScale(2)}>Optional: test credentials used only by the sandbox send button.</Paragraph>
          <TwilioKeyFields form={decoy} errors={{}} onChange={setDecoy} />
        </StepCard>
      ) : null}
      <StepCard n={twoForms ? 3 : 2} title="Enter your Twilio API Key information">
        {late ? (
          <>
            {decoys ? <Decoys /> : null}
            <TwilioKeyFields form={form} errors={errors} shadowSid={decoys} onChange={(next) => { setForm(next); setVerified(false); }} />
          </>
        ) : (
          <Paragraph color="muted">Loading…</Paragraph>
        )}
        <Pane display="flex" justifyContent="flex-end">
          <Button appearance="primary" onClick={verify} disabled={!form.accountSid || !form.apiKeySid || !form.apiKeySecret}>
            Verify
          </Button>
        </Pane>
        <StatusLine name="sms" text={status} />
      </StepCard>
      {verified ? (
        <StepCard n={twoForms ? 4 : 3} title="Select your messaging services">
          <Paragraph marginBottom={majorScale(2)}>Select which messaging services you would like to use in this space.</Paragraph>
          <Label htmlFor={serviceId}>Messaging service</Label>
          <Select id={serviceId} value={service} onChange={(e) => setService(e.target.value)} marginLeft={majorScale(1)}>
            <option value="">Select…</option>
            {SERVICES.map((s) => (
              <option key={s} value={s}>{s}</option>
            ))}
          </Select>
          <Pane display="flex" justifyContent="flex-end" marginTop={majorScale(2)}>
            <Button appearance="primary" onClick={save}>
              Save Twilio Account
            </Button>
          </Pane>
        </StepCard>
      ) : null}
      <Link href={base} onClick={(e: React.MouseEvent) => { e.preventDefault(); navigate(base); }}>
        Back to Channels
      </Link>
    </Pane>
  );
}
