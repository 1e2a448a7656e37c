// How the locator reads and compares visible text: normalised, without required markers, immune to CSS text-transform.

/** Zero-width and bidi control characters that a label or a typed value may carry invisibly. */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD]/g;
/** Markers a design system appends to a label: Evergreen's `*`, SendGrid's `•`, Paste's "(optional)". */
const MARKERS = /(\s*[*•∗])+$|\s*\((optional|required)\)$/i;

/**
 * Case-, whitespace- and marker-insensitive form of a label, used on both sides of every comparison.
 * "Trait / Property key" and "Trait/Property key" compare equal; a trailing colon is dropped.
 */
export function normalize(text: string): string {
  let s = text.normalize('NFKC').replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
  // Markers can stack ("Name * (optional)"); strip until stable.
  for (let prev = ''; prev !== s; ) {
    prev = s;
    s = s.replace(MARKERS, '').replace(/:$/, '').trim();
  }
  return s.replace(/\s*\/\s*/g, '/').toLowerCase();
}

/** Elements inside a label whose text is decoration, not the name. */
const SKIP_IN_LABEL =
  'input,select,textarea,button,[role="listbox"],[role="option"],' +
  '[data-paste-element*="REQUIRED_DOT"],[data-paste-element="LABEL_OPTIONAL_TEXT"],' +
  'span[title="This field is required."],[aria-hidden="true"],svg,style,script';

/**
 * The visible name of a label-like element, from `textContent` (so CSS `text-transform` never
 * matters), skipping nested controls and required/optional markers.
 */
export function labelText(el: Element): string {
  let out = '';
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) out += child.nodeValue ?? '';
      else if (child.nodeType === 1 && !(child as Element).matches(SKIP_IN_LABEL)) {
        out += ' ';
        walk(child);
        out += ' ';
      }
    }
  };
  walk(el);
  return out;
}

/** Does `text` name one of `names` (already normalised)? */
export function matchesAny(text: string | null | undefined, names: readonly string[]): boolean {
  if (!text) return false;
  const n = normalize(text);
  return n.length > 0 && names.includes(n);
}

/** Normalise every alias of a target once, so the per-element comparison is a lookup. */
export function normalizeAll(names: readonly string[]): string[] {
  return names.map(normalize).filter((n) => n.length > 0);
}

/**
 * A label the data ends with `…` names a prefix: the console's name is that label followed by more words
 * ("Edit …" matches a pencil named "Edit 149.72.134.21"). Tried only after every exact label found nothing.
 */
const PREFIX_MARK = /\s*(…|\.\.\.)$/;

/** The prefix labels of a target, normalised (empty when the data marks none). */
export function prefixLabels(labels: readonly string[]): string[] {
  return labels.filter((l) => PREFIX_MARK.test(l.trim())).map((l) => normalize(l.trim().replace(PREFIX_MARK, ''))).filter((n) => n.length > 0);
}

/** Does `text` start with one of `prefixes` (normalised) followed by at least one more word? */
export function startsWithAny(text: string | null | undefined, prefixes: readonly string[]): boolean {
  if (!text || !prefixes.length) return false;
  const n = normalize(text);
  return prefixes.some((p) => n.startsWith(`${p} `));
}

/**
 * Button and field names so common that they say nothing about which task a page belongs to: a target
 * named only by these must say where it is (a scope), and the locator never looks for it without one.
 */
export const GENERIC_LABELS = [
  'verify', 'save', 'next', 'create', 'continue', 'get started', 'done', 'cancel', 'edit', 'submit', 'ok',
  'close', 'back', 'add', 'confirm', 'search', 'buy', 'yes', 'no', 'select all', 'enabled', 'status',
];

export function isGenericLabel(label: string): boolean {
  return GENERIC_LABELS.includes(normalize(label.replace(PREFIX_MARK, '')));
}
