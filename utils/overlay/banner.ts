// Messages at the screen's edge: the task's own (a success screen) and short notes (what a Keep or Fill did), each closable.
import { preview, renderRich } from './text';
import type { OverlayAction } from './overlay';

type Make = <K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, parent?: Element) => HTMLElementTagNameMap[K];
type MakeButton = (label: string, parent: Element, onClick: (e: MouseEvent) => void, cls?: string) => HTMLButtonElement;

export interface Banners {
  /** `owner`: the task it belongs to (its owner hides it); without, a note that goes when the ring moves on. */
  show(text: string, opts?: { owner?: string; actions?: OverlayAction[] }): void;
  hide(which?: 'task' | 'note' | 'all'): void;
  /** The ring moved to `anchor`: a note shown for another control goes. */
  ringOn(anchor: Element | null): void;
  readonly shown: boolean;
}

export function buildBanners(root: HTMLElement, el: Make, button: MakeButton): Banners {
  const stack = el('div', 'banners', root);
  const box = () => {
    const b = el('div', 'banner', stack);
    b.setAttribute('role', 'status');
    const head = el('div', 'head', b);
    const text = el('p', 'text', head);
    const close = button('×', head, () => (b.hidden = true), 'close');
    close.setAttribute('aria-label', 'Close this message');
    const actions = el('div', 'row', b);
    b.hidden = true;
    return { b, text, actions };
  };
  const task = box();
  const note = box();
  /** The ring's element when the note appeared: it stays while the ring does. */
  let noteAnchor: Element | null = null;
  return {
    show(t, opts = {}) {
      const to = opts.owner ? task : note;
      renderRich(to.text, t);
      to.actions.replaceChildren();
      for (const a of opts.actions ?? []) button(preview(a.label, 60), to.actions, (e) => a.onActivate(e));
      to.actions.hidden = !opts.actions?.length;
      to.b.hidden = false;
    },
    hide(which = 'task') {
      if (which !== 'note') task.b.hidden = true;
      if (which !== 'task') note.b.hidden = true;
    },
    ringOn(anchor) {
      if (!note.b.hidden && noteAnchor && anchor !== noteAnchor) note.b.hidden = true;
      noteAnchor = anchor;
    },
    get shown() {
      return !task.b.hidden || !note.b.hidden;
    },
  };
}
