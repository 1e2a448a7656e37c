// Capturing a value where the console shows it: on the person's own copy (copy event, copy button) or "Keep for …".
import { recognizeValue } from '../guide/recognize';
import type { ParsedTarget, TaskId, ValueName } from '../guide/schema';
import { findTarget } from '../locator/find';
import type { CaptureRequest } from '../vault/messages';
import type { CapturePlan } from '../vault/wire';
import { capturePlan, planTargetFor, planTargetsAt } from './plan';

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

/** The text a capture target shows: an input's value, otherwise its text. Buttons show none (read the clipboard). */
export function shownValue(el: Element): string | null {
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) return el.value;
  const role = el.getAttribute('role');
  if (el instanceof HTMLButtonElement || el instanceof HTMLAnchorElement || role === 'button' || role === 'link') return null;
  // Text nodes carry layout whitespace around the value; what a field holds is never trimmed.
  return (el.textContent ?? '').trim();
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

type Send = (req: CaptureRequest) => Promise<{ message: string }>;

/**
 * Listens for the person's copies on this page. A trusted `copy` event inside a capture target's box
 * sends what was copied; a trusted click on a copy button in that box (consoles copy with the async
 * clipboard API, which fires no `copy` event) sends the value the field shows, or asks the background
 * to read the clipboard when the target is itself the copy button (Segment's "Copy webhook URL").
 * Nothing is listened for on pages whose tasks capture nothing (by the background's plan, see plan.ts).
 */
export function watchCopies(
  doc: Document,
  signal: AbortSignal,
  send: Send,
  notify: (text: string) => void,
  plan: Promise<CapturePlan> = capturePlan(),
): void {
  void plan.then((p) => {
    if (!signal.aborted) listenForCopies(doc, signal, p, send, notify);
  });
}

function listenForCopies(doc: Document, signal: AbortSignal, plan: CapturePlan, send: Send, notify: (text: string) => void): void {
  const url = () => doc.defaultView?.location.href ?? '';
  if (planTargetsAt(plan, url()).length === 0) return;

  const report = (req: CaptureRequest) => void send(req).then((r) => notify(r.message), () => undefined);

  doc.addEventListener('copy', (event) => {
    if (!event.isTrusted) return;
    const selection = doc.getSelection();
    const targets = captureTargetsHere(doc, plan, url());
    const hit = targetFor(selection?.anchorNode ?? (event.target as Node | null), targets);
    // Read after the page's own copy handler may have replaced the data. A selection's edges carry
    // layout whitespace (a triple-click takes the line break); data the page set is taken as it is.
    queueMicrotask(() => {
      const value = event.clipboardData?.getData('text/plain') || selection?.toString().trim() || (hit ? shownValue(hit.element) : '') || '';
      const which = hit ?? recognizedHere(plan, url(), value);
      if (!which) return;
      report({ taskId: which.taskId, targetKey: which.target.key, name: which.target.captures, value, trusted: true, via: 'copy' });
    });
  }, { signal });

  doc.addEventListener('click', (event) => {
    if (!event.isTrusted) return;
    const clicked = event.composedPath()[0];
    if (!(clicked instanceof Element)) return;
    const targets = captureTargetsHere(doc, plan, url());
    const hit = targetFor(clicked, targets);
    if (!hit) {
      // A value shown as a click-to-copy button ("click the API key to copy it").
      const button = clicked.closest('button,[role="button"]');
      const text = button?.textContent?.trim() ?? '';
      const which = text ? recognizedHere(plan, url(), text) : undefined;
      if (which) report({ taskId: which.taskId, targetKey: which.target.key, name: which.target.captures, value: text, trusted: true, via: 'copy' });
      return;
    }
    const onButton = clicked.closest('button,[role="button"],a');
    // Clicking into a field the person types in is not a copy; that value is captured on change.
    const onValue = (hit.element === clicked || hit.element.contains(clicked)) && !isEditable(hit.element);
    if (!onButton && !onValue) return;
    const shown = shownValue(hit.element);
    // Let the console finish its own copy first.
    setTimeout(() => {
      if (shown === null) {
        report({ taskId: hit.taskId, targetKey: hit.target.key, name: hit.target.captures, value: '', trusted: true, via: 'clipboard' });
      } else if (onButton || shown) {
        report({ taskId: hit.taskId, targetKey: hit.target.key, name: hit.target.captures, value: shownValue(hit.element) ?? shown, trusted: true, via: 'copy' });
      }
    }, 150);
  }, { capture: true, signal });

  // A value the person types (the subuser name) is kept when they leave the field, as typed.
  doc.addEventListener('change', (event) => {
    if (!event.isTrusted || !(event.target instanceof Element) || !isEditable(event.target)) return;
    const hit = captureTargetsHere(doc, plan, url()).find((t) => t.element === event.target);
    const value = hit ? shownValue(hit.element) : null;
    if (!hit || !value) return;
    report({ taskId: hit.taskId, targetKey: hit.target.key, name: hit.target.captures, value, trusted: true, via: 'copy' });
  }, { capture: true, signal });
}

function isEditable(el: Element): boolean {
  return (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) && !el.readOnly && !el.disabled;
}
