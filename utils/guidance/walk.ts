// Which task and which target to guide next, from what the locator found on the page.
import type { ParsedTarget } from '../guide/schema';
import type { Found } from '../locator/find';
import type { Verdict } from './wire';

export interface Located {
  target: ParsedTarget;
  found: Found | null;
  /** undefined while the rules' answer is on its way. */
  verdict: Verdict | undefined;
  remembered: boolean;
  /** A copy control whose value is not kept yet: later controls showing do not pass it. */
  unkept?: boolean;
}

/**
 * The next target: the first one not yet satisfied. A button, or a target not on the page, counts as
 * passed once a later target is showing (the dialog it opens is open; a variant screen lacks it).
 */
export function chooseCurrent(locs: ReadonlyArray<Pick<Located, 'target' | 'found' | 'verdict' | 'unkept'>>): number {
  let lastFound = -1;
  let lastFoundToFill = -1;
  locs.forEach((l, i) => {
    // A later button the console still disables (Save before Verify) proves nothing happened yet.
    if (!l.found || isDisabled(l.found.element)) return;
    lastFound = i;
    if (l.target.want.kind !== 'click') lastFoundToFill = i;
  });
  for (let i = 0; i < locs.length; i++) {
    const l = locs[i]!;
    if (l.verdict?.satisfied) continue;
    if (!l.found && i < lastFound) continue;
    // A later button showing proves a navigating click happened, not that a value was copied (SendGrid's
    // click-to-copy key sits above its dialog's Done): a copy is passed only once a later field to fill shows.
    if (l.target.want.kind === 'click' && !l.target.passedWhen && !l.unkept && i < (l.target.captures ? lastFoundToFill : lastFound)) continue;
    return i;
  }
  return Math.max(0, locs.length - 1);
}

function isDisabled(el: Element): boolean {
  return (el as HTMLButtonElement).disabled === true || el.getAttribute('aria-disabled') === 'true';
}

/**
 * The page decides the task: of the open tasks whose page this is (guide order), the first with a
 * target showing; when none shows, the first one (so the person still gets its instructions).
 */
export function chooseTask<T>(candidates: ReadonlyArray<T>, locate: (c: T) => Located[]): { task: T; locs: Located[] } | null {
  let first: { task: T; locs: Located[] } | null = null;
  for (const task of candidates) {
    const locs = locate(task);
    if (!locs.length) continue;
    first ??= { task, locs };
    if (locs.some((l) => l.found)) return { task, locs };
  }
  return first;
}

/** The focused element, looking into open shadow roots. */
export function deepActive(doc: Document): Element | null {
  let a: Element | null = doc.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}
