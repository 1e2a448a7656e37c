// Step 3 "Integration": incoming-message radios, then Request URL + method and Fallback URL (docs/console-labels.md, "Twilio: Messaging Service wizard").
import { Box } from '@twilio-paste/core/box';
import { Button } from '@twilio-paste/core/button';
import { Heading } from '@twilio-paste/core/heading';
import { HelpText } from '@twilio-paste/core/help-text';
import { Input } from '@twilio-paste/core/input';
import { Label } from '@twilio-paste/core/label';
import { Paragraph } from '@twilio-paste/core/paragraph';
import { Radio, RadioGroup } from '@twilio-paste/core/radio-group';
import { Option, Select } from '@twilio-paste/core/select';
import { useUID } from '@twilio-paste/core/uid-library';
import { useLate } from '../shared/hooks.tsx';
import { randomAlnum } from '../shared/random.ts';
import { goTo, INCOMING_LABELS, type Draft } from './steps.ts';

const radioPrefix = `incoming-${randomAlnum(5)}`;
const DESCRIPTIONS: Record<Draft['incoming'], string> = {
  defer: 'Invoke the sender\'s HTTP webhook (if it is defined) for incoming messages.',
  drop: "Your application will ignore messages, excluding opt-out requests which will be processed. You won't be billed for incoming messages.",
  webhook: 'Invoke an HTTP webhook for all incoming messages.',
};
const METHODS = ['HTTP Post', 'HTTP Get'] as const;

export function IntegrationStep({ draft, update }: { draft: Draft; update: (patch: Partial<Draft>) => void }) {
  const loaded = useLate();
  return (
    <>
      <Heading as="h1" variant="heading20">Integration</Heading>
      <Paragraph>Manage how your Messaging Service integrates with your application.</Paragraph>
      <Heading as="h2" variant="heading40">Incoming Messages</Heading>
      {!loaded ? <Paragraph>Loading…</Paragraph> : (
        <RadioGroup name="incoming" legend="Select how your Messaging Service handles inbound messages" value={draft.incoming}
          onChange={(v) => update({ incoming: v as Draft['incoming'] })}>
          {(Object.keys(INCOMING_LABELS) as Draft['incoming'][]).map((k) => (
            <Radio key={k} id={`${radioPrefix}-${k}`} value={k} helpText={DESCRIPTIONS[k]}>{INCOMING_LABELS[k]}</Radio>
          ))}
        </RadioGroup>
      )}
      {draft.incoming === 'webhook' ? (
        <Box marginLeft="space60" marginTop="space40">
          <UrlWithMethod label="Request URL" url={draft.requestUrl} method={draft.requestMethod}
            onUrl={(requestUrl) => update({ requestUrl })} onMethod={(requestMethod) => update({ requestMethod })} />
          <UrlWithMethod label="Fallback URL" url={draft.fallbackUrl} method={draft.fallbackMethod}
            onUrl={(fallbackUrl) => update({ fallbackUrl })} onMethod={(fallbackMethod) => update({ fallbackMethod })}
            help="We'll only use this if the Request URL fails to respond." />
        </Box>
      ) : null}
      <Box marginTop="space80">
        <Button variant="primary" onClick={() => goTo('compliance')}>Step 4: Add compliance info</Button>
      </Box>
    </>
  );
}

/** URL input with the method select beside it; the select has no visible label, only an aria-label naming its URL. */
function UrlWithMethod(p: { label: string; url: string; method: Draft['requestMethod']; onUrl: (v: string) => void;
  onMethod: (v: Draft['requestMethod']) => void; help?: string }) {
  const id = useUID();
  const selectId = useUID();
  const helpId = useUID();
  return (
    <Box marginBottom="space60">
      <Label htmlFor={id}>{p.label}</Label>
      <Box display="flex" columnGap="space30">
        <Box flexGrow={1}>
          <Input id={id} type="url" value={p.url} onChange={(e) => p.onUrl(e.target.value)} aria-describedby={p.help ? helpId : undefined} />
        </Box>
        <Box width="size20">
          <Select id={selectId} aria-label={`${p.label} method`} value={p.method} onChange={(e) => p.onMethod(e.target.value as Draft['requestMethod'])}>
            {METHODS.map((m) => <Option key={m} value={m}>{m}</Option>)}
          </Select>
        </Box>
      </Box>
      {p.help ? <HelpText id={helpId}>{p.help}</HelpText> : null}
    </Box>
  );
}
