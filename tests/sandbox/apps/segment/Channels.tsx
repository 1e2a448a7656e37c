// Engage settings > Channels: the SendGrid and Twilio cards with Get Started (console-ui.md §1, 2022 labels).
import { Badge, Button, Card, Heading, majorScale, Pane, Paragraph } from 'evergreen-ui';
import { navigate } from '../shared/router.ts';
import { readState } from '../shared/state.ts';
import { EmailDialog } from './EmailDialog.tsx';
import { labels } from './labels.ts';

export function Channels({ base, emailOpen }: { base: string; emailOpen: boolean }) {
  const email = readState<{ subuserName: string } | null>('segment.email', null);
  const sms = readState<{ accountSid: string } | null>('segment.sms', null);
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
      </Pane>
      {/* Save and the dialog's own close both end here; only leave the /sendgrid route once. */}
      <EmailDialog isShown={emailOpen} onClose={() => location.pathname !== base && navigate(base)} />
    </Pane>
  );
}

function ChannelCard(props: { title: string; body: string; connected: string | null; onStart: () => void }) {
  return (
    <Card is="section" elevation={1} background="white" padding={majorScale(3)} width={360}>
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
