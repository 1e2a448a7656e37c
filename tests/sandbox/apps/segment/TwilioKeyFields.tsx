// The three Twilio credential fields of Segment's SMS set-up, shared by the real card and the two-forms fixture's decoy.
import { TextInputField } from 'evergreen-ui';
import { useGeneratedId } from '../shared/hooks.tsx';
import { ShadowBox } from '../shared/ShadowBox.tsx';
import type { FieldErrors, SmsForm } from './checks.ts';

export function TwilioKeyFields(props: {
  form: SmsForm;
  errors: FieldErrors<keyof SmsForm>;
  onChange: (next: SmsForm) => void;
  shadowSid?: boolean;
}) {
  const ids = { ac: useGeneratedId('TextInputField'), sk: useGeneratedId('TextInputField'), secret: useGeneratedId('TextInputField') };
  const { form, errors } = props;
  const set = (k: keyof SmsForm) => (e: React.ChangeEvent<HTMLInputElement>) => props.onChange({ ...form, [k]: e.target.value });
  return (
    <>
      <TextInputField id={ids.ac} label="Account SID" placeholder="Enter Account SID" value={form.accountSid}
        onChange={set('accountSid')} isInvalid={errors.accountSid !== undefined} validationMessage={errors.accountSid} />
      {props.shadowSid ? (
        // Fixture "decoys": a web component whose input is named by aria-labelledby with two ids in its shadow root.
        <ShadowBox>
          <div>
            <span id={`${ids.sk}-group`} hidden>Twilio API key</span>
            <span id={`${ids.sk}-label`} style={{ display: 'block', fontWeight: 600 }}>API Key SID</span>
            <input aria-labelledby={`${ids.sk}-group ${ids.sk}-label`} placeholder="Enter API Key SID" value={form.apiKeySid}
              onChange={set('apiKeySid')} aria-invalid={errors.apiKeySid !== undefined} style={{ width: '100%', height: 32 }} />
            {errors.apiKeySid ? <p role="alert">{errors.apiKeySid}</p> : null}
          </div>
        </ShadowBox>
      ) : (
        <TextInputField id={ids.sk} label="API Key SID" placeholder="Enter API Key SID" value={form.apiKeySid}
          onChange={set('apiKeySid')} isInvalid={errors.apiKeySid !== undefined} validationMessage={errors.apiKeySid} />
      )}
      <TextInputField id={ids.secret} label="API Key Secret" placeholder="Enter API Key Secret" type="password"
        value={form.apiKeySecret} onChange={set('apiKeySecret')} isInvalid={errors.apiKeySecret !== undefined}
        validationMessage={errors.apiKeySecret} />
    </>
  );
}
