// Content side of validation: reads what a target holds; switches and selects are judged here, text goes to the rules.
import type { ParsedTarget } from '../guide/schema';
import { compareChoice } from '../guide/rules-choice';
import { labelText, matchesAny, normalize, normalizeAll, prefixLabels, startsWithAny } from '../locator/text';
import type { TargetWant, Verdict } from './wire';
import { labelWords } from '../overlay/text';

export const NOTHING: Verdict = { state: null, issues: [], satisfied: false };

/** Is a checkbox, radio, switch or pressed button on? */
export function isOn(el: Element): boolean {
  if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) return el.checked;
  return el.getAttribute('aria-checked') === 'true' || el.getAttribute('aria-pressed') === 'true';
}

/** The text a select shows: the chosen option of a native select, or the text of a custom combobox. */
export function selectedText(el: Element): string {
  if (el instanceof HTMLSelectElement) return el.selectedOptions[0]?.textContent ?? '';
  if (el instanceof HTMLInputElement) return el.value;
  return el.textContent ?? '';
}

/** The value a text field holds. */
export function fieldValue(el: Element): string {
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) return el.value;
  return el.textContent ?? '';
}

/** The name of the option chosen instead of radio `el` in its group; null when none is. */
function chosenInGroup(el: Element): string | null {
  let chosen: Element | undefined;
  if (el instanceof HTMLInputElement && el.name) {
    const scope = el.form ?? (el.getRootNode() as Document | ShadowRoot);
    chosen = Array.from(scope.querySelectorAll('input[type="radio"]')).find((r) => r !== el && (r as HTMLInputElement).name === el.name && isOn(r));
  } else {
    chosen = Array.from(el.closest('[role="radiogroup"]')?.querySelectorAll('[role="radio"]') ?? []).find((r) => r !== el && isOn(r));
  }
  if (!chosen) return null;
  // What the person reads (its label), not the form value behind it ("defer" for "Defer to sender's webhook").
  const value = chosen instanceof HTMLInputElement && chosen.value !== 'on' ? chosen.value : '';
  const label = chosen instanceof HTMLInputElement
    ? (chosen.labels?.[0] ? labelText(chosen.labels[0]) : (chosen.getAttribute('aria-label') ?? ''))
    : (chosen.getAttribute('aria-label') ?? chosen.textContent ?? '');
  return (normalizeSpaces(label) || value || 'another option').slice(0, 40);
}

/** Does the option named `name` serve as well as the target's own (`alsoAccepts`: exact labels, or `X …` prefixes)? */
function accepted(target: ParsedTarget, name: string): boolean {
  const also = target.alsoAccepts ?? [];
  return also.length > 0 && (matchesAny(name, normalizeAll(also)) || startsWithAny(name, prefixLabels(also)));
}

const normalizeSpaces = (s: string): string => s.replace(/\s+/g, ' ').trim();

/**
 * Judge what `el` holds. Text fields go to `checkText` (the rules run in the background); it returns
 * undefined while the answer is on its way, and the caller judges again when it arrives.
 */
export function judge(
  target: ParsedTarget,
  want: TargetWant | undefined,
  el: Element,
  checkText: (value: string) => Verdict | undefined,
): Verdict | undefined {
  switch (target.kind) {
    case 'button':
      return NOTHING;
    case 'toggle':
    case 'checkbox':
      return isOn(el) ? { state: 'valid', issues: [], satisfied: true } : NOTHING;
    case 'radio': {
      if (isOn(el)) return { state: 'valid', issues: [], satisfied: true };
      const other = chosenInGroup(el);
      if (other === null) return NOTHING;
      if (accepted(target, other)) return { state: 'valid', issues: [], satisfied: true };
      const why = target.why ? `: ${target.why}` : '';
      return { state: 'invalid', satisfied: false, issues: [{ code: 'otherChoice', message: `**${other}** is selected; choose ${labelWords(target.labels[0]!)}${why}` }] };
    }
    case 'select': {
      const shown = selectedText(el);
      // A placeholder option ("Select…", empty value) is not a choice.
      if (!normalize(shown) || (el instanceof HTMLSelectElement && el.value === '')) return NOTHING;
      const w = want?.want;
      const same = w?.kind === 'literal' ? compareChoice(shown, w.value) : { ok: true as const };
      if (same.ok) return { state: 'valid', issues: [], satisfied: true };
      return { state: 'invalid', satisfied: false, issues: [{ code: 'choice', message: same.message }] };
    }
    case 'field': {
      const value = fieldValue(el);
      return value === '' ? NOTHING : checkText(value);
    }
  }
}
