// The side panel's DNS section: a disclosure whose contents (and their code) load only when opened.
import { lazy, Suspense, useEffect, useState } from 'react';
import type { TaskId } from '../../utils/guide/schema';

const DnsPanel = lazy(() => import('./DnsPanel'));
const DNS_TASKS: readonly (TaskId | undefined)[] = ['sendgrid.domain', 'sendgrid.rdns'];

export default function DnsSection({ openTaskId }: { openTaskId?: TaskId }) {
  const [open, setOpen] = useState(DNS_TASKS.includes(openTaskId));
  // Opening the domain or reverse-DNS task opens the records beside it; closing stays the person's choice.
  useEffect(() => {
    if (DNS_TASKS.includes(openTaskId)) setOpen(true);
  }, [openTaskId]);
  return (
    <section className="dns-section" aria-labelledby="dns-heading">
      <h2 id="dns-heading" className="dns-heading">
        <button type="button" aria-expanded={open} aria-controls="dns-body" onClick={() => setOpen(!open)}>
          DNS records for SendGrid
        </button>
      </h2>
      <div id="dns-body" hidden={!open}>
        {open && (
          <Suspense fallback={<output>Loading the DNS records…</output>}>
            <DnsPanel />
          </Suspense>
        )}
      </div>
    </section>
  );
}
