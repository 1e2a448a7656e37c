// The side panel's DNS section: a disclosure whose contents (and their code) load only when opened.
import { lazy, Suspense, useState } from 'react';
import type { TaskId } from '../../utils/guide/schema';

const DnsPanel = lazy(() => import('./DnsPanel'));
const DNS_TASKS: readonly (TaskId | undefined)[] = ['sendgrid.domain', 'sendgrid.rdns'];

/** `onboardingId` remounts the panel on a switch, so one onboarding's records never show under another. */
export default function DnsSection({ openTaskId, onboardingId }: { openTaskId?: TaskId; onboardingId: string }) {
  // Open beside the domain and reverse-DNS tasks until the person opens or closes it themselves.
  const [choice, setChoice] = useState<boolean | null>(null);
  const open = choice ?? DNS_TASKS.includes(openTaskId);
  return (
    <section className="dns-section" aria-labelledby="dns-heading">
      <h2 id="dns-heading" className="dns-heading">
        <button type="button" aria-expanded={open} aria-controls="dns-body" onClick={() => setChoice(!open)}>
          DNS records for SendGrid
        </button>
      </h2>
      <div id="dns-body" hidden={!open}>
        {open && (
          <Suspense fallback={<output>Loading the DNS records…</output>}>
            <DnsPanel key={onboardingId} />
          </Suspense>
        )}
      </div>
    </section>
  );
}
