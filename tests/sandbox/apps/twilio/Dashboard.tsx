// Account dashboard: the "Account Info" card with the Account SID and its copy button (task twilio.account).
import { Box } from '@twilio-paste/core/box';
import { Button } from '@twilio-paste/core/button';
import { Card } from '@twilio-paste/core/card';
import { Heading } from '@twilio-paste/core/heading';
import { Paragraph } from '@twilio-paste/core/paragraph';
import { useState } from 'react';
import { useLate } from '../shared/hooks.tsx';
import { accountSid } from './account.ts';
import { CopyButton, Field } from './paste.tsx';

export function Dashboard() {
  const loaded = useLate();
  return (
    <Box maxWidth="size80">
      <Heading as="h1" variant="heading10">
        Account Dashboard
      </Heading>
      <Paragraph>Welcome to the Twilio sandbox account.</Paragraph>
      {loaded ? <AccountInfo heading="Account Info" /> : <Paragraph>Loading account…</Paragraph>}
    </Box>
  );
}

/** Shared by the dashboard ("Account Info") and the API keys page ("Live credentials"). */
export function AccountInfo({ heading }: { heading: string }) {
  const sid = accountSid();
  const [showToken, setShowToken] = useState(false);
  const token = '•'.repeat(32);
  return (
    <Card>
      <Heading as="h2" variant="heading30">
        {heading}
      </Heading>
      <Field label="Account SID" value={sid} readOnly help="Used to exercise the REST API" after={<CopyButton value={sid} what="Account SID" />} />
      <Field label="Auth Token" value={showToken ? 'sandbox-auth-token-not-real' : token} readOnly
        after={<Button variant="link" onClick={() => setShowToken(!showToken)}>{showToken ? 'Hide' : 'Show'}</Button>} />
    </Card>
  );
}
