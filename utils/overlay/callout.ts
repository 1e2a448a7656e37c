// The callout beside the ring: the step's title and instruction, the expected value, live validation, the
// actions other domains add, and "show me the field". It can fold to one line and be dismissed.
import { addAction } from './actions';
import type { Dom } from './dom';
import { buildIssueList } from './issues';
import { preview, renderRich } from './text';
import type { OverlayAction, OverlayGuide, OverlayHandlers, OverlayIssue, ValidationState } from './types';

export interface Callout {
  readonly el: HTMLElement;
  /** Fill in `guide`'s text and show the callout (placing it is position.ts's job). */
  show(guide: OverlayGuide): void;
  setValidation(state: ValidationState, issues: OverlayIssue[], okText?: string): void;
  addAction(action: OverlayAction): () => void;
}

/** `onResize`: the callout folded or unfolded, so it needs placing again. */
export function buildCallout(dom: Dom, parent: Element, handlers: OverlayHandlers & { onResize(): void }): Callout {
  const { el, button } = dom;
  const callout = el('div', 'callout', parent);
  callout.setAttribute('role', 'region');
  callout.setAttribute('aria-label', 'Engage Copilot guidance');
  const head = el('div', 'head', callout);
  const title = el('p', 'title', head);
  // Folded, the callout is one line: the person can uncover console controls it still sits on.
  const fold = button('–', head, () => {
    setFolded(!callout.classList.contains('collapsed'));
    handlers.onResize();
  }, 'close');
  fold.setAttribute('aria-controls', 'ec-body');
  const close = button('×', head, () => handlers.onDismiss(), 'close');
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
  const validation = buildIssueList(el('ul', 'issues', status), dom.signal);
  const actions = el('div', 'row', body);
  const pickRow = el('div', 'row', body);
  const showMe = button('Not this field? Show me the field', pickRow, () => handlers.onShowMe());
  const forget = button('Forget my choice', pickRow, () => handlers.onForgetPick());
  const earlier = el('p', 'earlier', body);
  // The callout describes itself to assistive tech without touching the console's own attributes.
  callout.setAttribute('aria-describedby', 'ec-instruction ec-validation');

  const setFolded = (folded: boolean): void => {
    callout.classList.toggle('collapsed', folded);
    body.hidden = folded;
    fold.textContent = folded ? '+' : '–';
    fold.setAttribute('aria-expanded', String(!folded));
    fold.setAttribute('aria-label', folded ? 'Expand guidance' : 'Collapse guidance');
  };
  setFolded(false);

  return {
    el: callout,
    show(g) {
      title.textContent = preview(g.title, 120);
      renderRich(text, g.instruction);
      expected.hidden = !g.expected;
      if (g.expected) renderRich(expected, g.expected);
      earlier.hidden = !g.earlier;
      earlier.textContent = g.earlier ?? '';
      showMe.hidden = g.remembered;
      forget.hidden = !g.remembered;
    },
    setValidation: (state, issues, okText) => validation.set(state, issues, okText),
    addAction: (action) => addAction(dom, actions, action),
  };
}
