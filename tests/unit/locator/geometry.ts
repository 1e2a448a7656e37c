// Test helper: happy-dom has no layout, so give every element a plausible box unless its style says otherwise.
import { vi } from 'vitest';

/** Elements get a 200×24 box at their inline `left`/`top` (default 10,10); `width:0`/`height:0` give zero. */
export function fakeLayout(): void {
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const style = (this as HTMLElement).style;
    const px = (v: string | undefined, d: number): number => (v && v.endsWith('px') ? parseFloat(v) : d);
    const left = px(style?.left, 10);
    const top = px(style?.top, 10);
    const width = px(style?.width, 200);
    const height = px(style?.height, 24);
    return { left, top, width, height, right: left + width, bottom: top + height, x: left, y: top, toJSON() {} } as DOMRect;
  });
}
