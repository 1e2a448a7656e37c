// Messages at the screen's edge: the task's own (a success screen) and short notes (what a Keep or Fill did), each closable.
import { actionButton } from './actions';
import type { Dom } from './dom';
import { coveredControls } from './placement';
import { renderRich } from './text';
import type { BannerKind, BannerOptions } from './types';

export interface Banners {
  /** See BannerOptions: a task's message, or a note that goes when the ring moves on (or leaves the form it is about). */
  show(text: string, opts?: BannerOptions): void;
  hide(which?: BannerKind): void;
  /** The ring moved to `anchor`: a note shown for another control goes, and the messages keep clear of it. */
  ringOn(anchor: Element | null): void;
  readonly shown: boolean;
  /** Where the messages showing are, for the callout to keep clear of. */
  rects(): DOMRect[];
}

/** `avoid`: where the callout is now, so a message never lands on it. */
export function buildBanners(dom: Dom, root: HTMLElement, avoid: () => DOMRect[]): Banners {
  const { el, button } = dom;
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
  /** For a note about a control: that control and the form or dialog it sits in (null: the page). */
  let noteAbout: { control: Element; within: Element | null } | null = null;
  const EDGE = 16;
  /** The screen corner where the messages cover fewest of the console's controls, never the ringed one. */
  const place = (): void => {
    if (task.b.hidden && note.b.hidden) return;
    const { doc } = dom;
    const view = { w: doc.documentElement.clientWidth, h: doc.documentElement.clientHeight };
    const { width, height } = stack.getBoundingClientRect();
    let best = { covered: Number.POSITIVE_INFINITY, x: EDGE, y: view.h - height - EDGE };
    for (const y of [view.h - height - EDGE, EDGE]) {
      for (const x of [EDGE, view.w - width - EDGE]) {
        const covered = coveredControls(doc, noteAnchor ?? doc.createElement('span'), { x, y, width, height }, avoid());
        if (covered < best.covered) best = { covered, x, y };
      }
    }
    Object.assign(stack.style, { left: '0', top: '0', bottom: 'auto', transform: `translate(${Math.max(0, best.x)}px, ${Math.max(0, best.y)}px)` });
  };
  return {
    show(t, opts = {}) {
      const to = opts.owner ? task : note;
      renderRich(to.text, t);
      to.actions.replaceChildren();
      for (const a of opts.actions ?? []) actionButton(dom, to.actions, a);
      to.actions.hidden = !opts.actions?.length;
      to.b.hidden = false;
      if (!opts.owner) {
        noteAbout = opts.about ? { control: opts.about, within: opts.about.closest('form,dialog,[role="dialog"],[role="alertdialog"]') } : null;
      }
      place();
    },
    hide(which = 'task') {
      if (which !== 'note') task.b.hidden = true;
      if (which !== 'task') note.b.hidden = true;
    },
    ringOn(anchor) {
      if (!note.b.hidden) {
        // A note about a control (the name typed was not kept) outlives the person tabbing to the next field:
        // it goes when they leave that form, or the control leaves the page.
        const gone = noteAbout
          ? !noteAbout.control.isConnected || (noteAbout.within !== null && anchor !== null && !noteAbout.within.contains(anchor))
          : noteAnchor !== null && anchor !== noteAnchor;
        if (gone) note.b.hidden = true;
      }
      noteAnchor = anchor;
      place();
    },
    rects() {
      return [task.b, note.b].filter((b) => !b.hidden).map((b) => b.getBoundingClientRect());
    },
    get shown() {
      return !task.b.hidden || !note.b.hidden;
    },
  };
}
