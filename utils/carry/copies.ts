// Listening for the person's own copies on a console page, and keeping only what they saw and chose.
//
// A script on the console host is the adversary here: it can rewrite what a copy puts on the clipboard,
// copy with `execCommand('copy')` during the person's click, or draw its own copy button. So a copy is kept
// only if its text is the person's selection or the visible text of the field the guide names, and the
// clipboard is read only after a trusted click on the copy control the guide names for this page.
import { isVisible } from '../locator/visibility';
import type { CaptureRequest } from '../vault/messages';
import type { CapturePlan } from '../vault/wire';
import { captureTargetsHere, recognizedHere, shownValue, targetFor, visibleText, type CaptureTarget } from './capture';
import { capturePlan, planTargetsAt } from './plan';

type Send = (req: CaptureRequest) => Promise<{ message: string }>;

export const CHANGED_COPY = 'Not kept: the page changed what you copied. Select the value and copy it again, or use the Keep button.';

/** How long after the person's copy shortcut (or right-click menu) its copy event may arrive. */
const SHORTCUT_MS = 1000;
const MENU_MS = 60_000;

/**
 * Listens for the person's copies on this page. A trusted `copy` event right after their copy shortcut
 * or right-click sends what they selected; a trusted click on a copy button in a field's box sends the
 * value the field shows; a trusted click on a guide-named copy control asks the background to read the
 * clipboard. Nothing is listened for on pages whose tasks capture nothing (by the background's plan).
 */
export function watchCopies(
  doc: Document,
  signal: AbortSignal,
  send: Send,
  notify: Notify,
  plan: Promise<CapturePlan> = capturePlan(),
): void {
  void plan.then((p) => {
    if (!signal.aborted) listenForCopies(doc, signal, p, send, notify);
  });
}

/** The text the person has selected: inside a focused field, or on the page. */
function selectedText(doc: Document): string {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  if ((active instanceof HTMLInputElement || active instanceof HTMLTextAreaElement) && active.selectionStart !== active.selectionEnd) {
    return active.value.slice(active.selectionStart ?? 0, active.selectionEnd ?? 0);
  }
  const selection = doc.getSelection();
  const node = selection?.anchorNode;
  const el = node instanceof Element ? node : node?.parentElement;
  // A selection the page made inside something nobody can see is not what the person chose.
  return el && isVisible(el) ? (selection?.toString() ?? '') : '';
}

/**
 * Did the person just ask for a copy? Their copy shortcut's keydown (the copy event follows it in the
 * same task) or the right-click menu. Each gesture allows one copy, so a page's own `execCommand('copy')`
 * during a click, or later, is never taken for theirs.
 */
function watchCopyGesture(doc: Document, signal: AbortSignal): () => boolean {
  let shortcutAt = -Infinity;
  let menuAt = -Infinity;
  const win = doc.defaultView;
  win?.addEventListener('keydown', (e) => {
    if (!e.isTrusted) return;
    const key = e.key.toLowerCase();
    if (((e.ctrlKey || e.metaKey) && (key === 'c' || key === 'insert')) || key === 'copy') shortcutAt = performance.now();
  }, { capture: true, signal });
  win?.addEventListener('contextmenu', (e) => {
    if (e.isTrusted) menuAt = performance.now();
  }, { capture: true, signal });
  return () => {
    const now = performance.now();
    const ok = now - shortcutAt < SHORTCUT_MS || now - menuAt < MENU_MS;
    shortcutAt = -Infinity;
    menuAt = -Infinity;
    return ok;
  };
}

const same = (a: string, b: string) => a.trim() === b.trim();

/** Shows what a capture did; `about`: the control it was about (its note stays while the person is in that form). */
export type Notify = (text: string, about?: Element) => void;

function listenForCopies(doc: Document, signal: AbortSignal, plan: CapturePlan, send: Send, notify: Notify): void {
  const url = () => doc.defaultView?.location.href ?? '';
  if (planTargetsAt(plan, url()).length === 0) return;

  /** `current`: whether the answer still concerns what the page shows (a typed value fixed meanwhile is not). */
  const report = (req: CaptureRequest, about?: Element, current = () => true) =>
    void send(req).then((r) => current() && notify(r.message, about), () => undefined);
  const keep = (which: Omit<CaptureTarget, 'element'> & { element?: Element }, value: string, via: CaptureRequest['via'], shown?: string) =>
    report(
      { taskId: which.taskId, targetKey: which.target.key, name: which.target.captures, value, trusted: true, via, ...(shown ? { shown } : {}) },
      which.element,
      () => via !== 'typed' || !which.element || shownValue(which.element) === value,
    );
  const gesture = watchCopyGesture(doc, signal);

  // What the person selected is read as the copy starts (window, capture: before any console handler can
  // change the selection); what the copy carries is read as it ends (window, bubble: after the console's
  // handlers set their data). A console that stops the event's propagation gets nothing kept.
  const win = doc.defaultView;
  let started: { event: Event; selected: string; hit: CaptureTarget | undefined } | null = null;
  win?.addEventListener('copy', (event) => {
    started = null;
    if (!event.isTrusted || !gesture()) return;
    const hit = targetFor(doc.getSelection()?.anchorNode ?? (event.target as Node | null), captureTargetsHere(doc, plan, url()));
    started = { event, selected: selectedText(doc).trim(), hit };
  }, { capture: true, signal });
  win?.addEventListener('copy', (event) => {
    const copy = started?.event === event ? started : null;
    started = null;
    if (!copy) return;
    const { selected, hit } = copy;
    const shown = hit ? (shownValue(hit.element) ?? '') : '';
    const data = event.clipboardData?.getData('text/plain') ?? '';
    const value = selected || shown;
    const which = hit ?? recognizedHere(plan, url(), value) ?? (data ? recognizedHere(plan, url(), data.trim()) : undefined);
    if (!which) return;
    // Data the page set counts only if it is what the person selected, or what the named field shows.
    if (data && !same(data, selected) && !(shown && same(data, shown))) return notify(CHANGED_COPY);
    if (value) keep(which, value, 'copy');
  }, { signal });

  doc.addEventListener('click', (event) => {
    if (!event.isTrusted) return;
    const clicked = event.composedPath()[0];
    if (!(clicked instanceof Element)) return;
    const targets = captureTargetsHere(doc, plan, url());
    const hit = targetFor(clicked, targets);
    if (!hit) {
      // A value shown as a click-to-copy button ("click the API key to copy it"): only text a person sees
      // counts, never a page-drawn look-alike's hidden text or CSS-generated label.
      const button = clicked.closest('button,[role="button"]');
      const text = button && isVisible(button) ? visibleText(button) : '';
      const which = text ? recognizedHere(plan, url(), text) : undefined;
      // Only where the locator cannot find the control the guide names: when it is on the page, it is the one source.
      if (which && !targets.some((t) => t.target.captures === which.target.captures)) keep(which, text, 'copy');
      return;
    }
    const onTarget = hit.element === clicked || hit.element.contains(clicked);
    const shown = shownValue(hit.element);
    if (shown === null) {
      // The target is itself a copy control: only a click on that control reads the clipboard, never a
      // click on another button near it (Segment's own Verify sits in the same card).
      if (!onTarget) return;
      const label = visibleText(hit.element);
      // Let the console finish its own copy first.
      setTimeout(() => keep(hit, '', 'clipboard', label), 150);
      return;
    }
    const onButton = clicked.closest('button,[role="button"],a');
    // Clicking into a field the person types in is not a copy; that value is captured on change.
    const onValue = onTarget && !isEditable(hit.element);
    if (!onButton && !onValue) return;
    setTimeout(() => {
      const now = shownValue(hit.element) ?? shown;
      if (onButton || now) keep(hit, now, 'copy');
    }, 150);
  }, { capture: true, signal });

  // A value the person types (the subuser name) is kept when they leave the field, as typed; one the rules refuse
  // gets a note that stays while they are in that form ("Not kept: you typed…"), as the ring may have moved on.
  doc.addEventListener('change', (event) => {
    if (!event.isTrusted || !(event.target instanceof Element) || !isEditable(event.target)) return;
    const hit = captureTargetsHere(doc, plan, url()).find((t) => t.element === event.target);
    const value = hit ? shownValue(hit.element) : null;
    if (!hit || !value) return;
    keep(hit, value, 'typed');
  }, { capture: true, signal });
}

function isEditable(el: Element): boolean {
  return (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) && !el.readOnly && !el.disabled;
}
