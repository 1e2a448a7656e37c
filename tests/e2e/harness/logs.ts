// Collects what the extension (and the pages) print, so tests can search it for leaked secrets.
import type { BrowserContext, ConsoleMessage, WebError } from 'playwright-core';

export interface LogEntry {
  /** Where it was printed: the extension's service worker, one of its pages, or a web page. */
  source: 'service-worker' | 'extension-page' | 'web-page';
  url: string;
  type: string;
  /** What Chromium shows in the console. */
  text: string;
  /** The arguments serialised as JSON where possible: objects' contents do not show in `text`. */
  detail: string;
}

function sourceOf(url: string): LogEntry['source'] {
  if (!url.startsWith('chrome-extension://')) return 'web-page';
  return /\/background\.js(\?|$)/.test(url) ? 'service-worker' : 'extension-page';
}

export class ConsoleLog {
  readonly entries: LogEntry[] = [];
  private pending = new Set<Promise<void>>();

  /** Starts listening on a (re)launched context; entries from earlier launches are kept. */
  attach(context: BrowserContext): void {
    context.on('console', (message) => this.record(message));
    context.on('weberror', (error) => this.recordError(error));
  }

  private record(message: ConsoleMessage): void {
    const url = message.worker()?.url() ?? message.page()?.url() ?? message.location().url;
    const entry: LogEntry = { source: sourceOf(url), url, type: message.type(), text: message.text(), detail: '' };
    this.entries.push(entry);
    // The handles die with the page or worker, so serialise now; `settle()` waits for these.
    const job = Promise.all(message.args().map((arg) => arg.jsonValue().catch(() => '<unserialisable>')))
      .then((values) => {
        entry.detail = JSON.stringify(values);
      })
      .catch(() => undefined)
      .finally(() => this.pending.delete(job));
    this.pending.add(job);
  }

  private recordError(error: WebError): void {
    const url = error.page()?.url() ?? '';
    const thrown = error.error();
    this.entries.push({
      source: sourceOf(url),
      url,
      type: 'pageerror',
      text: `${thrown.name}: ${thrown.message}`,
      detail: thrown.stack ?? '',
    });
  }

  /** Waits until every message's arguments have been serialised. */
  async settle(): Promise<void> {
    await Promise.all([...this.pending]);
  }

  /** Entries whose text or arguments contain `needle` (e.g. a test secret). */
  async find(needle: string): Promise<LogEntry[]> {
    await this.settle();
    return this.entries.filter((e) => e.text.includes(needle) || e.detail.includes(needle));
  }

  /** The extension's own output (service worker and extension pages), for reading in a failure message. */
  extensionOutput(): string {
    return this.entries
      .filter((e) => e.source !== 'web-page')
      .map((e) => `[${e.source} ${e.type}] ${e.text}`)
      .join('\n');
  }
}
