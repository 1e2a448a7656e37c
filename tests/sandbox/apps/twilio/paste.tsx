// Paste building blocks shared by the two Twilio sandbox apps: a labelled field (useUID ids like `:r3:`) and a copy button.
import { Box } from '@twilio-paste/core/box';
import { Button } from '@twilio-paste/core/button';
import { HelpText } from '@twilio-paste/core/help-text';
import { Input } from '@twilio-paste/core/input';
import { Label } from '@twilio-paste/core/label';
import { ScreenReaderOnly } from '@twilio-paste/core/screen-reader-only';
import { Theme } from '@twilio-paste/core/theme';
import { useUID } from '@twilio-paste/core/uid-library';
import { CopyIcon } from '@twilio-paste/icons/esm/CopyIcon';
import { useState, type ReactNode } from 'react';
import { IdShuffle } from '../shared/hooks.tsx';

export function PasteRoot({ children }: { children: ReactNode }) {
  return (
    <Theme.Provider theme="default" disableAnimations>
      <IdShuffle />
      {children}
    </Theme.Provider>
  );
}

type FieldProps = {
  label: string;
  value: string;
  onChange?: (value: string) => void;
  help?: string;
  error?: string;
  required?: boolean;
  readOnly?: boolean;
  placeholder?: string;
  type?: 'text' | 'password' | 'url' | 'tel';
  after?: ReactNode;
  badge?: ReactNode;
};

/** Label[for] + Input[id] + HelpText wired with aria-describedby, as Paste's docs ask apps to do. */
export function Field(p: FieldProps) {
  const id = useUID();
  const helpId = useUID();
  const help = p.error ?? p.help;
  return (
    <Box marginBottom="space60">
      <Box display="flex" alignItems="center" columnGap="space30">
        <Label htmlFor={id} required={p.required}>
          {p.label}
        </Label>
        {p.badge}
      </Box>
      <Input
        id={id}
        type={p.type ?? 'text'}
        value={p.value}
        readOnly={p.readOnly}
        placeholder={p.placeholder}
        required={p.required}
        hasError={p.error !== undefined}
        aria-describedby={help ? helpId : undefined}
        onChange={(e) => p.onChange?.(e.target.value)}
        insertAfter={p.after}
      />
      {help ? (
        <HelpText id={helpId} variant={p.error ? 'error' : 'default'}>
          {help}
        </HelpText>
      ) : null}
    </Box>
  );
}

/**
 * Icon button that copies `value`, named "Copy <what>" by screen-reader-only text (not aria-label, so a
 * label lookup for the field itself, e.g. "Account SID", does not also hit this button). Shows "Copied" after.
 */
export function CopyButton({ value, what, text }: { value: string; what: string; text?: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setState('copied');
    } catch {
      setState('failed');
    }
  };
  return (
    <Button variant={text ? 'link' : 'reset'} size={text ? 'default' : 'reset'} onClick={copy}>
      <CopyIcon decorative />
      {text ?? <ScreenReaderOnly>Copy {what}</ScreenReaderOnly>}
      <Box as="span" marginLeft="space20" fontSize="fontSize20" aria-live="polite">
        {state === 'copied' ? 'Copied' : state === 'failed' ? 'Copy failed' : ''}
      </Box>
    </Button>
  );
}
