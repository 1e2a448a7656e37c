// Comparing what a select or radio shows with the choice the guide names, the way a person reads them.
import { normalize } from '../locator/text';
import { preview } from '../overlay/text';

/**
 * The comparable form of a choice: case and spacing ignored (normalize), typographic quotes read as
 * plain ones, and punctuation that only ends the sentence dropped ("Market my services.").
 */
export function choiceKey(text: string): string {
  return normalize(text)
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u00B4`]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/^["']+|[\s.!?,;:…'"]+$/g, '');
}

export type ChoiceResult = { ok: true } | { ok: false; message: string };

/** Does the option a person chose read as the guide's choice? Otherwise say what was expected. */
export function compareChoice(chosen: string, wanted: string): ChoiceResult {
  if (choiceKey(chosen) === choiceKey(wanted)) return { ok: true };
  return { ok: false, message: `Choose \`${preview(wanted, 80)}\`: this shows \`${preview(chosen, 80)}\`` };
}
