// The readiness report: shown as text, copyable, and downloadable as a Markdown file through a blob URL.
import { useEffect, useMemo, useState } from 'react';

export function ReportView({ markdown, onClose }: { markdown: string; onClose(): void }) {
  const [copied, setCopied] = useState<string>('');
  const url = useMemo(() => URL.createObjectURL(new Blob([markdown], { type: 'text/markdown' })), [markdown]);
  // The blob URL lives as long as this report is shown.
  useEffect(() => () => URL.revokeObjectURL(url), [url]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(markdown);
      setCopied('Report copied.');
    } catch {
      setCopied('Copy failed: select the text and copy it by hand.');
    }
  }

  return (
    <section className="verify-report" aria-labelledby="verify-report-title">
      <h3 id="verify-report-title">Readiness report</h3>
      <textarea readOnly aria-label="Readiness report (Markdown)" value={markdown} rows={14} />
      <div className="verify-actions">
        <button type="button" onClick={() => void copy()}>
          Copy report
        </button>
        <a href={url} download="engage-readiness-report.md">
          Download report
        </a>
        <button type="button" onClick={onClose}>
          Close report
        </button>
      </div>
      <output aria-live="polite">{copied}</output>
    </section>
  );
}
