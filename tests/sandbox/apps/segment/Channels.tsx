// Engage settings > Channels: the SendGrid and Twilio cards with Get Started (docs/console-labels.md, 2022 labels).
import { Badge, Button, Card, Heading, majorScale, Pane, Paragraph } from 'evergreen-ui';
import { useState } from 'react';
import { formLayout } from '../shared/layout.ts';
import { navigate } from '../shared/router.ts';
import { readState } from '../shared/state.ts';
import { EmailDialog } from './EmailDialog.tsx';
import { labels } from './labels.ts';
import { Sheet } from './Sheet.tsx';
import { SmsSetup } from './SmsSetup.tsx';

export function Channels({ base, emailOpen, smsOpen = false }: { base: string; emailOpen: boolean; smsOpen?: boolean }) {
  const email = readState<{ subuserName: string } | null>('segment.email', null);
  const sms = readState<{ accountSid: string } | null>('segment.sms', null);
  const [whatsapp, setWhatsapp] = useState(false);
  const close = () => location.pathname !== base && navigate(base);
  // As a page, the set-up form replaces the cards.
  if (emailOpen && formLayout(['dialog', 'sheet', 'page']) === 'page') return <EmailDialog isShown onClose={close} />;
  return (
    <Pane>
      <Heading is="h1" size={700} marginBottom={majorScale(3)}>
        Channels
      </Heading>
      <Pane display="flex" gap={majorScale(3)} flexWrap="wrap">
        <ChannelCard
          title={labels().emailCard}
          body="Connect a SendGrid subuser to send email campaigns from Engage."
          connected={email ? `Connected as ${email.subuserName}` : null}
          onStart={() => navigate(`${base}/sendgrid`)}
        />
        <ChannelCard
          title={labels().smsCard}
          body="Connect a Twilio account to send SMS campaigns from Engage."
          connected={sms ? `Connected to ${sms.accountSid}` : null}
          onStart={() => navigate(`${base}/twilio`)}
        />
        {/* A third look-alike card with its own Get Started (WhatsApp is not part of the guide we implement). */}
        <ChannelCard
          title="Send WhatsApp messages with Twilio"
          body="Connect a WhatsApp sender to send WhatsApp campaigns from Engage."
          connected={null}
          onStart={() => setWhatsapp(true)}
        />
      </Pane>
      {whatsapp ? <Paragraph marginTop={majorScale(2)}>WhatsApp set-up is not part of this sandbox.</Paragraph> : null}
      {/* Save and the dialog's own close both end here; only leave the /sendgrid route once. */}
      <EmailDialog isShown={emailOpen} onClose={close} />
      {smsOpen ? (
        <Sheet isShown title={labels().smsPage} onClose={close}>
          <SmsSetup base={base} inSheet />
        </Sheet>
      ) : null}
    </Pane>
  );
}

function ChannelCard(props: { title: string; body: string; connected: string | null; onStart: () => void }) {
  return (
    <Card is="section" aria-label={props.title} elevation={1} background="white" padding={majorScale(3)} width={360}>
      <Heading is="h2" size={500} marginBottom={majorScale(1)}>
        {props.title}
      </Heading>
      <Paragraph marginBottom={majorScale(2)}>{props.body}</Paragraph>
      {props.connected ? (
        <Badge color="green" marginBottom={majorScale(2)}>
          {props.connected}
        </Badge>
      ) : null}
      <Pane>
        <Button appearance="primary" onClick={props.onStart}>
          {props.connected ? 'Edit' : 'Get Started'}
        </Button>
      </Pane>
    </Card>
  );
}
