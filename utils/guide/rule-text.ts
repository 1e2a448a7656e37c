// Text hygiene for rule checks: invisible characters, stray spaces, and safe previews of what a person typed.

/** Longest input any rule reads; longer input is reported, not scanned (1 MB pastes must not freeze a page). */
export const MAX_INPUT = 10_000;
/** How many characters of the input a message quotes. */
const PREVIEW_CHARS = 32;

/**
 * Characters that render as nothing (or reorder text) but break an exact match: C0/C1 controls other than
 * tab/newline/return, soft hyphen, zero-width and joiner characters, bidi marks and overrides, word joiners,
 * variation selectors, fillers, the BOM and interlinear annotation marks. One character class: linear to scan.
 */
const INVISIBLE_CLASS =
  '[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u00AD\\u034F\\u061C\\u115F\\u1160\\u17B4\\u17B5\\u180B-\\u180F\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u206F\\u3164\\uFE00-\\uFE0F\\uFEFF\\uFFA0\\uFFF9-\\uFFFB]';
const INVISIBLE_ONE = new RegExp(INVISIBLE_CLASS);
const INVISIBLE_ALL = new RegExp(INVISIBLE_CLASS, 'g');

const ZERO_WIDTH = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

export function hasInvisible(s: string): boolean {
  return INVISIBLE_ONE.test(s);
}

export function stripInvisible(s: string): string {
  return s.replace(INVISIBLE_ALL, '');
}

export function codePointLabel(ch: string): string {
  return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** "a zero-width character (U+200B)", "an invisible direction mark (U+202E)", … */
export function describeInvisible(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  if (ZERO_WIDTH.has(cp)) return `a zero-width character (${codePointLabel(ch)})`;
  if (BIDI.test(ch)) return `an invisible direction mark (${codePointLabel(ch)})`;
  if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) return `a control character (${codePointLabel(ch)})`;
  return `an invisible character (${codePointLabel(ch)})`;
}

/**
 * The input as a message may show it: at most PREVIEW_CHARS characters, invisible characters spelled
 * out as ⟨U+200B⟩, line breaks as ⏎, backticks swapped for a look-alike so the quote cannot be broken.
 * Plain text, never markup: the UI sets it as textContent.
 */
export function preview(input: string): string {
  const head = Array.from(input.slice(0, PREVIEW_CHARS * 2)).slice(0, PREVIEW_CHARS);
  const shown = head
    .map((ch) => {
      if (ch === '\n' || ch === '\r') return '⏎';
      if (ch === '\t') return '⇥';
      if (ch === '`') return 'ˋ';
      if (INVISIBLE_ONE.test(ch) || BIDI.test(ch)) return `⟨${codePointLabel(ch)}⟩`;
      return ch;
    })
    .join('');
  const truncated = head.join('').length < input.length;
  return `\`${shown}${truncated ? '…' : ''}\``;
}

/** What a message may say about a secret: its length, never its characters. */
export function secretPreview(input: string): string {
  return `the value you pasted (${count(input.length)}, hidden)`;
}

export function count(n: number, unit = 'character'): string {
  return `${n.toLocaleString('en-US')} ${unit}${n === 1 ? '' : 's'}`;
}

/** A leading or trailing whitespace run, named the way a person sees it. */
export function describeEdge(run: string): string {
  if (/[\r\n]/.test(run)) return 'a line break';
  if (run.length > 1) return `${run.length} spaces`;
  return run === '\t' ? 'a tab' : 'a space';
}

/** Leading and trailing whitespace runs (JS `trim` semantics). */
export function edges(s: string): { leading: string; trailing: string } {
  const start = s.length - s.trimStart().length;
  const trimmedEnd = s.trimEnd();
  return { leading: s.slice(0, start), trailing: s.slice(trimmedEnd.length) };
}
