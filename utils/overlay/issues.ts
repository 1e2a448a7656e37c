// The callout's validation list: messages in guide markup, and fix buttons that act on the press.
import type { OverlayIssue, ValidationState } from './types';
import { preview, renderRich } from './text';

export interface IssueList {
  set(state: ValidationState, issues: OverlayIssue[], okText?: string): void;
}

/**
 * The same messages keep the same buttons, so a press that blurs the field finds its button still there; a fix
 * acts on pointerdown, before the blur re-renders anything. Keyboard activation arrives as a click with no press.
 */
export function buildIssueList(list: HTMLUListElement, signal: AbortSignal): IssueList {
  const doc = list.ownerDocument;
  let shownKey = '';
  let fixes: Array<((e: MouseEvent) => void) | undefined> = [];
  const fixButton = (label: string, parent: Element, n: number): void => {
    const b = doc.createElement('button');
    b.type = 'button';
    b.textContent = label;
    parent.append(b);
    b.addEventListener('pointerdown', (e) => {
      if (e.button !== 0) return;
      e.preventDefault();
      fixes[n]?.(e);
    }, { signal });
    b.addEventListener('click', (e) => e.detail === 0 && fixes[n]?.(e), { signal });
  };
  return {
    set(state, issues, okText) {
      fixes = issues.map((i) => i.fix?.onApply);
      const key = JSON.stringify([state, okText, issues.map((i) => [i.message, i.fix?.label])]);
      if (key === shownKey) return;
      shownKey = key;
      const items = issues.map((issue, n) => {
        const li = doc.createElement('li');
        const msg = doc.createElement('span');
        li.append(msg);
        renderRich(msg, preview(issue.message, 300));
        if (issue.fix) {
          li.append(' ');
          fixButton(preview(issue.fix.label, 60), li, n);
        }
        return li;
      });
      if (state === 'valid' && okText) {
        const li = doc.createElement('li');
        li.className = 'ok';
        li.textContent = okText;
        items.unshift(li);
      }
      list.replaceChildren(...items);
    },
  };
}
