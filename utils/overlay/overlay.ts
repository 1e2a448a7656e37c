// The overlay: a ring around the target and a callout with the instruction, expected value and live validation. Plain DOM.
import { autoUpdate, computePosition, flip, offset, shift } from '@floating-ui/dom';
import { dockBox, leastCovering, type Candidate } from './placement';
import { buildBanners } from './banner';
import { buildIssueList } from './issues';
import { preview, renderRich } from './text';

/** A button another domain adds to the callout (the vault's "Keep for Segment" / "Fill"). */
export interface OverlayAction {
  label: string;
  /** Receives the real DOM event so the receiver can insist on `event.isTrusted`. */
  onActivate(event: MouseEvent): void;
}
export interface OverlayIssue {
  message: string;
  fix?: { label: string; onApply(event: MouseEvent): void };
}
export interface OverlayGuide {
  anchor: Element;
  title: string;
  instruction: string;
  /** A line in guide markup, e.g. "Expected: `https://…`". */
  expected?: string;
  earlier?: string;
  /** True when the element came from the person's own "show me the field" choice. */
  remembered: boolean;
}
export interface OverlayHandlers {
  onShowMe(): void;
  onForgetPick(): void;
  onDismiss(): void;
}
export interface Overlay {
  show(guide: OverlayGuide): void;
  showMissing(m: { title: string; label: string; instruction: string; earlier?: string }): void;
  /**
   * A message at the screen's edge, beside any callout, with a close button. `owner`: the task it belongs to
   * (the engine hides it when that task moves on); without one it goes when the ring moves to another control.
   */
  /** `about`: the console control a note concerns; it stays while the ring is in that control's form or dialog. */
  showBanner(text: string, opts?: { owner?: string; actions?: OverlayAction[]; about?: Element }): void;
  hideBanner(which?: 'task' | 'note' | 'all'): void;
  setValidation(state: 'valid' | 'invalid' | null, issues: OverlayIssue[], okText?: string): void;
  addAction(action: OverlayAction): () => void;
  hide(): void;
  readonly anchor: Element | null;
  readonly root: HTMLElement;
}

type Tag = keyof HTMLElementTagNameMap;

/** The callout's widest size, the narrowest it gets beside a field, its gap to the field and to the viewport edge (px). */
const WIDTH = 360;
const SIDE_MIN = 200;
const GAP = 12;
const EDGE = 8;

/** The field's row: up to three ancestors no taller than the field itself (an input with its copy button). */
function rowBox(anchor: Element, r: DOMRect): { left: number; right: number } {
  let left = r.left;
  let right = r.right;
  let e = anchor.parentElement;
  for (let depth = 0; e && depth < 3; depth++, e = e.parentElement) {
    const b = e.getBoundingClientRect();
    if (b.height > r.height + 16) break;
    left = Math.min(left, b.left);
    right = Math.max(right, b.right);
  }
  return { left, right };
}

/** Build the overlay inside `container` (a shadow root's container); `signal` tears everything down. */
export function buildOverlay(container: HTMLElement, handlers: OverlayHandlers, signal: AbortSignal): Overlay {
  const doc = container.ownerDocument;
  const el = <K extends Tag>(tag: K, cls?: string, parent?: Element): HTMLElementTagNameMap[K] => {
    const e = doc.createElement(tag);
    if (cls) e.className = cls;
    parent?.append(e);
    return e;
  };
  const button = (label: string, parent: Element, onClick: (e: MouseEvent) => void, cls?: string): HTMLButtonElement => {
    const b = el('button', cls, parent);
    b.type = 'button';
    b.textContent = label;
    b.addEventListener('click', onClick, { signal });
    return b;
  };

  const root = el('div', 'root', container);
  const ring = el('div', 'ring', root);
  ring.setAttribute('aria-hidden', 'true');
  const callout = el('div', 'callout', root);
  callout.setAttribute('role', 'region');
  callout.setAttribute('aria-label', 'Engage Copilot guidance');
  const head = el('div', 'head', callout);
  const title = el('p', 'title', head);
  // Collapsed, the callout is one line: the person can uncover console controls it still sits on.
  const fold = button('–', head, () => setCollapsed(!callout.classList.contains('collapsed')), 'close');
  fold.setAttribute('aria-controls', 'ec-body');
  const close = button('×', head, () => dismiss(), 'close');
  close.setAttribute('aria-label', 'Dismiss guidance (Esc)');
  const body = el('div', 'body', callout);
  body.id = 'ec-body';
  const text = el('p', 'text', body);
  text.id = 'ec-instruction';
  const expected = el('p', 'expected', body);
  const status = el('div', '', body);
  status.id = 'ec-validation';
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  const validation = buildIssueList(el('ul', 'issues', status), signal);
  const actions = el('div', 'row', body);
  const pickRow = el('div', 'row', body);
  const showMe = button('Not this field? Show me the field', pickRow, () => handlers.onShowMe());
  const forget = button('Forget my choice', pickRow, () => handlers.onForgetPick());
  const earlier = el('p', 'earlier', body);
  const setCollapsed = (collapsed: boolean): void => {
    callout.classList.toggle('collapsed', collapsed);
    body.hidden = collapsed;
    fold.textContent = collapsed ? '+' : '–';
    fold.setAttribute('aria-expanded', String(!collapsed));
    fold.setAttribute('aria-label', collapsed ? 'Expand guidance' : 'Collapse guidance');
    place();
  };
  // The callout describes itself to assistive tech without touching the console's own attributes.
  callout.setAttribute('aria-describedby', 'ec-instruction ec-validation');

  const missing = el('div', 'missing', root);
  missing.setAttribute('role', 'region');
  missing.setAttribute('aria-label', 'Engage Copilot: field not found');
  const missingTitle = el('p', 'title', missing);
  const missingText = el('p', 'text', missing);
  const missingHow = el('p', 'text', missing);
  const missingEarlier = el('p', 'earlier', missing);
  button('Show me the field', el('div', 'row', missing), () => handlers.onShowMe());
  const banners = buildBanners(root, el, button, () => (callout.hidden ? [] : [callout.getBoundingClientRect()]));
  const hideBanner = (which?: 'task' | 'note' | 'all'): void => banners.hide(which);

  let anchor: Element | null = null;
  // The placement chosen for the current anchor (measured once per anchor, see placement.ts).
  let choiceFor: Element | null = null;
  let choice: Promise<{ candidate: Candidate; covered: number } | undefined> = Promise.resolve(undefined);
  let stopAuto: (() => void) | null = null;
  const hideAll = (): void => {
    stopAuto?.();
    stopAuto = null;
    anchor = null;
    for (const part of [ring, callout, missing]) part.hidden = true;
  };
  hideAll();
  const dismiss = (): void => {
    hideAll();
    hideBanner('all');
    handlers.onDismiss();
  };

  const place = (): void => {
    if (!anchor) return;
    const r = anchor.getBoundingClientRect();
    Object.assign(ring.style, {
      transform: `translate(${r.left - 4}px, ${r.top - 4}px)`,
      width: `${r.width + 8}px`,
      height: `${r.height + 8}px`,
    });
    // Beside the field, not below it: forms run downwards, so below would cover the next controls
    // (Twilio's key-type radios, "Create API Key"). The callout narrows to fit a side; below is the last resort.
    // Of those, the first that covers none of the console's controls wins (e.g. the second "Get Started" card).
    const view = doc.documentElement.clientWidth || (doc.defaultView?.innerWidth ?? 0);
    const row = rowBox(anchor, r);
    const right = view - row.right - GAP - EDGE;
    const left = row.left - GAP - EDGE;
    // Clear the whole row, so a copy or "eye" button beside the field stays uncovered.
    const candidates: Candidate[] = [];
    if (right >= SIDE_MIN) candidates.push({ placement: 'right-start', maxWidth: Math.min(WIDTH, Math.floor(right)), offset: GAP + row.right - r.right });
    if (left >= SIDE_MIN) candidates.push({ placement: 'left-start', maxWidth: Math.min(WIDTH, Math.floor(left)), offset: GAP + r.left - row.left });
    candidates.push({ placement: 'bottom-start', maxWidth: WIDTH, offset: GAP }, { placement: 'top-start', maxWidth: WIDTH, offset: GAP });
    const target = anchor;
    if (choiceFor !== target) {
      choiceFor = target;
      choice = leastCovering(doc, target, callout, candidates, EDGE, banners.rects());
    }
    void choice.then((chosen) => {
      if (anchor !== target) return;
      const pick = chosen?.candidate ?? candidates[0]!;
      callout.style.maxWidth = `${pick.maxWidth}px`;
      if (chosen && chosen.covered > 0) {
        // Nothing beside, below or above is free: dock to the screen corner that covers least.
        const { width, height } = callout.getBoundingClientRect();
        const dock = dockBox(doc, target, { width, height }, EDGE, banners.rects());
        if (dock.covered < chosen.covered) {
          callout.classList.add('docked');
          callout.style.transform = `translate(${Math.round(dock.x)}px, ${Math.round(dock.y)}px)`;
          return;
        }
      }
      callout.classList.remove('docked');
      return computePosition(target, callout, {
        strategy: 'fixed',
        placement: pick.placement,
        middleware: [offset(pick.offset), flip({ crossAxis: false, fallbackPlacements: ['top-start', 'bottom-start'] }), shift({ padding: EDGE })],
      }).then(({ x, y }) => {
        callout.style.transform = `translate(${Math.round(x)}px, ${Math.round(y)}px)`;
      });
    });
  };

  setCollapsed(false);

  doc.addEventListener(
    'keydown',
    (e) => {
      // Esc dismisses our guidance; we never preventDefault, so the console's own Esc still works.
      if (e.key === 'Escape' && (!callout.hidden || !missing.hidden || banners.shown)) dismiss();
    },
    { capture: true, signal },
  );
  signal.addEventListener('abort', () => {
    hideAll();
    root.remove();
  }, { once: true });

  return {
    show(g) {
      missing.hidden = true;
      banners.ringOn(g.anchor);
      title.textContent = preview(g.title, 120);
      renderRich(text, g.instruction);
      expected.hidden = !g.expected;
      if (g.expected) renderRich(expected, g.expected);
      earlier.hidden = !g.earlier;
      earlier.textContent = g.earlier ?? '';
      showMe.hidden = g.remembered;
      forget.hidden = !g.remembered;
      ring.hidden = false;
      callout.hidden = false;
      if (anchor !== g.anchor) {
        stopAuto?.();
        anchor = g.anchor;
        // autoUpdate follows scroll, resize and the anchor's own size changes. Layout shifts from DOM changes
        // are followed by the engine's own (throttled) pass, which calls show() again: floating-ui's
        // layout-shift observer would re-measure on every shift of a busy page.
        stopAuto = autoUpdate(g.anchor, callout, place, { layoutShift: false });
      }
      place();
    },
    showMissing(m) {
      hideAll();
      missingTitle.textContent = preview(m.title, 120);
      renderRich(missingText, `Couldn't find **${m.label}** on this page.`);
      renderRich(missingHow, m.instruction);
      missingEarlier.hidden = !m.earlier;
      missingEarlier.textContent = m.earlier ?? '';
      missing.hidden = false;
    },
    showBanner(t, opts) {
      banners.show(t, opts);
      // A message appeared: the callout moves off it if it was under it.
      choiceFor = null;
      place();
    },
    hideBanner,
    setValidation(state, issues, okText) {
      ring.dataset.state = state ?? '';
      validation.set(state, issues, okText);
    },
    addAction(action) {
      const b = button(preview(action.label, 60), actions, (e) => action.onActivate(e));
      return () => b.remove();
    },
    hide: hideAll,
    get anchor() {
      return anchor;
    },
    root,
  };
}
