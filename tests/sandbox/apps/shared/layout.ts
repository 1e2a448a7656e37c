// Which shape a sandbox form takes (`?layout=dialog|sheet|page|card`): real consoles render one form many ways.

/** dialog: role=dialog + aria-modal; sheet: a side panel over a fixed backdrop with no role at all;
 *  page: the form is the page, under its own heading; card: one card among look-alike cards. */
export type FormLayout = 'dialog' | 'sheet' | 'page' | 'card';
const LAYOUTS: readonly FormLayout[] = ['dialog', 'sheet', 'page', 'card'];
const KEY = 'sandbox:layout';

/** The asked layout: `?layout=` on any URL, kept for the tab (sessionStorage) across pushState routes. */
export function askedLayout(): FormLayout | null {
  const asked = new URL(location.href).searchParams.get('layout');
  const known = (v: string | null): v is FormLayout => v !== null && (LAYOUTS as readonly string[]).includes(v);
  try {
    if (known(asked)) sessionStorage.setItem(KEY, asked);
    else if (asked === 'default') sessionStorage.removeItem(KEY);
    const kept = sessionStorage.getItem(KEY);
    return known(kept) ? kept : null;
  } catch {
    // A frame on another site may be denied storage: the URL alone decides.
    return known(asked) ? asked : null;
  }
}

/** The layout this form uses: the asked one when the form has it, else the form's own first layout. */
export function formLayout(has: readonly [FormLayout, ...FormLayout[]]): FormLayout {
  const asked = askedLayout();
  return asked && has.includes(asked) ? asked : has[0];
}
