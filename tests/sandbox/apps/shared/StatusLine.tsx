// The "what the form received" line under Verify/Save buttons: an <output> (role=status) tests read back exactly.
export function StatusLine({ name, text }: { name: string; text: string }) {
  return (
    <output data-sandbox-status={name} aria-live="polite" style={{ display: 'block', marginTop: 16, font: 'inherit', minHeight: '1.4em' }}>
      {text}
    </output>
  );
}
