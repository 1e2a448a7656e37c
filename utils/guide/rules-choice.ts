// Comparing what a select or radio shows with the choice the guide names, the way a person reads them.
import { normalize } from '../locator/text';

/** Typographic quotes a console or the API may use where the guide types plain ones. */
const QUOTES: Array<[RegExp, string]> = [
  [/[\u2018\u2019\u201A\u201B\u2032\u00B4`]/g, "'"],
  [/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"'],
];
/** Punctuation that ends a sentence or a label without changing the choice ("Market my services."). */
const TRAILING = /[\s.!?,;:…'"]+$/;

/** The comparable form of a choice: case, spacing, quote style and trailing punctuation ignored. */
export function choiceKey(text: string): string {
  let s = normalize(text);
  for (const [re, to] of QUOTES) s = s.replace(re, to);
  return s.replace(TRAILING, '').replace(/^["']+/, '').trim();
}

export type ChoiceResult = { ok: true } | { ok: false; message: string };

/** Shorten what the page shows for a message; choices are never secrets. */
const shown = (text: string): string => {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > 80 ? `${t.slice(0, 79)}…` : t;
};

/** Does the option a person chose read as the guide's choice? Otherwise say what was expected. */
export function compareChoice(chosen: string, wanted: string): ChoiceResult {
  if (choiceKey(chosen) === choiceKey(wanted)) return { ok: true };
  return { ok: false, message: `choose \`${shown(wanted)}\`; it shows \`${shown(chosen)}\`` };
}
