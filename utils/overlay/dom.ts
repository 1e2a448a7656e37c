// Making the overlay's elements: plain DOM in its shadow root, every listener removed with the content script.

export type Make = <K extends keyof HTMLElementTagNameMap>(tag: K, cls?: string, parent?: Element) => HTMLElementTagNameMap[K];
export type MakeButton = (label: string, parent: Element, onClick: (e: MouseEvent) => void, cls?: string) => HTMLButtonElement;

export interface Dom {
  doc: Document;
  signal: AbortSignal;
  el: Make;
  button: MakeButton;
}

export function makeDom(doc: Document, signal: AbortSignal): Dom {
  const el: Make = (tag, cls, parent) => {
    const e = doc.createElement(tag);
    if (cls) e.className = cls;
    parent?.append(e);
    return e;
  };
  const button: MakeButton = (label, parent, onClick, cls) => {
    const b = el('button', cls, parent);
    b.type = 'button';
    b.textContent = label;
    b.addEventListener('click', onClick, { signal });
    return b;
  };
  return { doc, signal, el, button };
}
