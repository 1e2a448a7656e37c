// Showing untrusted strings (typed values, page text, guide text) safely: always as text nodes, truncated.

/** Longest preview of a value we ever render; a 1 MB paste must not freeze layout. */
export const PREVIEW_MAX = 160;

/** A short, visibly-truncated preview. Zero-width and bidi controls are shown as escapes so they can be seen. */
export function preview(value: string, max = PREVIEW_MAX): string {
  const cut = value.length > max ? `${value.slice(0, max)}… (${value.length.toLocaleString('en')} characters)` : value;
  return cut.replace(/[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g, (c) =>
    `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
  );
}

/** A target's label in a sentence, in guide markup: a prefix pattern ("Pro …") reads as what it means. */
export function labelWords(label: string): string {
  return label.endsWith(' …') ? `an option starting with **${label.slice(0, -2)}**` : `**${label}**`;
}

/**
 * Fill `parent` with guide text where **bold** and `code` become <strong>/<code>. Every piece is a
 * text node (textContent), so HTML inside a value or label can never become markup.
 */
export function renderRich(parent: Element, text: string): void {
  parent.replaceChildren();
  const doc = parent.ownerDocument;
  for (const part of preview(text, 600).split(/(\*\*[^*]+\*\*|`[^`]+`)/)) {
    if (!part) continue;
    const bold = part.startsWith('**') && part.endsWith('**') && part.length > 4;
    const code = part.startsWith('`') && part.endsWith('`') && part.length > 2;
    const el = bold ? doc.createElement('strong') : code ? doc.createElement('code') : null;
    const inner = bold ? part.slice(2, -2) : code ? part.slice(1, -1) : part;
    if (el) {
      el.textContent = inner;
      parent.append(el);
    } else parent.append(doc.createTextNode(inner));
  }
}
