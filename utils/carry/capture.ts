// Capturing a value where the console shows it: on the person's own copy (copy event, copy button) or "Keep for …".
import { recognizeValue } from '../guide/recognize';
import type { ParsedTarget, TaskId, ValueName } from '../guide/schema';
import { findTarget } from '../locator/find';
import type { CapturePlan } from '../vault/wire';
import { planTargetFor, planTargetsAt } from './plan';

export interface CaptureTarget {
  taskId: TaskId;
  target: ParsedTarget & { captures: ValueName };
  element: Element;
}

/** The capture targets of this page's tasks that the locator finds now (looked up only when the person acts). */
export function captureTargetsHere(doc: Document, plan: CapturePlan, url: string): CaptureTarget[] {
  const out: CaptureTarget[] = [];
  for (const { taskId, target } of planTargetsAt(plan, url)) {
    const found = findLoosely(doc, target);
    if (found) out.push({ taskId, target, element: found.element });
  }
  return out;
}

/**
 * The guide scopes some values to a dialog *and* a section (Twilio's "Copy secret key" is a dialog on
 * some consoles, a page on others); the locator requires both. For capture, the person's own copy
 * already says which field they mean, so a narrower scope that finds nothing is relaxed step by step.
 */
function findLoosely(doc: Document, target: ParsedTarget) {
  const scope = target.scope;
  return findTarget(doc, target) ??
    (scope?.title && scope.section ? findTarget(doc, { ...target, scope: { section: scope.section } }) : null) ??
    (scope ? findTarget(doc, { ...target, scope: undefined }) : null);
}

/**
 * The text a capture target shows a person: an input's value, otherwise its rendered text (`innerText`:
 * no `display:none` text, no CSS-generated label). Buttons show none (read the clipboard).
 */
export function shownValue(el: Element): string | null {
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) return el.value;
  const role = el.getAttribute('role');
  if (el instanceof HTMLButtonElement || el instanceof HTMLAnchorElement || role === 'button' || role === 'link') return null;
  // Text nodes carry layout whitespace around the value; what a field holds is never trimmed.
  return visibleText(el);
}

/** What an element shows on screen as text (`innerText` where the engine lays out; `textContent` in unit DOMs without layout). */
export function visibleText(el: Element): string {
  const shown = el instanceof HTMLElement ? el.innerText : undefined;
  return (shown ?? el.textContent ?? '').trim();
}

/**
 * The box around one field: the nearest ancestor (up to 3 levels) that holds no other capture target.
 * A copy-icon button inside that box copies this field.
 */
export function fieldBox(el: Element, others: readonly Element[]): Element {
  let box: Element = el;
  for (let i = 0; i < 3; i++) {
    const up = box.parentElement;
    if (!up || up === el.ownerDocument.body || others.some((o) => o !== el && up.contains(o))) break;
    box = up;
  }
  return box;
}

/** Which capture target a copy or click belongs to, if any. */
export function targetFor(node: Node | null, targets: readonly CaptureTarget[]): CaptureTarget | undefined {
  if (!node) return undefined;
  const elements = targets.map((t) => t.element);
  return targets.find((t) => t.element === node || t.element.contains(node)) ??
    targets.find((t) => fieldBox(t.element, elements).contains(node));
}

/**
 * When no located field holds what the person copied (a key shown in a button, an ID in a table cell),
 * the copied text itself says which of this page's values it is, if it has that value's shape. The
 * background validates it again against the rule of the target that captures that value.
 */
export function recognizedHere(plan: CapturePlan, url: string, text: string): Omit<CaptureTarget, 'element'> | undefined {
  const name = recognizeValue(text);
  const found = name ? planTargetFor(plan, url, name) : undefined;
  return found && { taskId: found.taskId, target: found.target };
}
