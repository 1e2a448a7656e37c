// The readiness report, opened where the person pressed for it: a readable preview, with Copy and Download of its Markdown.
import { useEffect, useMemo, useRef, useState } from 'react';
import { MarkdownView } from './MarkdownView';

export default function ReportView({ markdown, onClose }: { markdown: string; onClose(): void }) {
  const [copied, setCopied] = useState<string>('');
  const heading = useRef<HTMLHeadingElement>(null);
  const url = useMemo(() => URL.createObjectURL(new Blob([markdown], { type: 'text/markdown' })), [markdown]);
  // The blob URL lives as long as this report is shown.
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  // Something visibly happens where the person is: the report takes the focus and scrolls into view.
  // A new report (after another Verify) is announced the same way.
  useEffect(() => {
    if (!markdown) return;
    heading.current?.focus();
    heading.current?.scrollIntoView?.({ block: 'start' });
  }, [markdown]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(markdown);
      setCopied('Report copied (as Markdown).');
    } catch {
      setCopied('Copy failed: open “Markdown source”, select the text and copy it by hand.');
    }
  }

  return (
    <section className="verify-report" aria-labelledby="verify-report-title">
      <h3 id="verify-report-title" ref={heading} tabIndex={-1}>
        Readiness report
      </h3>
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
      <div className="verify-report-preview">
        <MarkdownView markdown={markdown} depth={4} />
      </div>
      <details>
        <summary>Markdown source</summary>
        <textarea readOnly aria-label="Readiness report (Markdown)" value={markdown} rows={14} />
      </details>
    </section>
  );
}
