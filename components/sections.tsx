// Sections whose code loads after the checklist: their titles (shared with the sections themselves), what stands in
// their place until the code has arrived (never blank; announced as loading), and when to start loading it.
import { useEffect, useId, useState } from 'react';

export const VAULT_TITLE = 'Kept credentials';
export const VERIFY_TITLE = 'Verify with the SendGrid and Twilio APIs';

export function SectionLoading({ title, className }: { title: string; className?: string }) {
  const id = useId();
  return (
    <section className={className} aria-labelledby={id} aria-busy="true">
      <h2 id={id}>{title}</h2>
      <output>Loading…</output>
    </section>
  );
}

/**
 * Runs `then` once the frame on screen now has been painted (the frame after it, then a task), so work started there
 * never delays the first screen. Returns a function that cancels it.
 */
export function afterPaint(then: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => (timer = setTimeout(then, 0)));
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/** True from the first frame after `shown` (the checklist) has been painted: fetching more code then does not delay it. */
export function useAfterFirstScreen(shown: boolean): boolean {
  const [later, setLater] = useState(false);
  useEffect(() => {
    if (!shown || later) return;
    return afterPaint(() => setLater(true));
  }, [shown, later]);
  return later;
}
