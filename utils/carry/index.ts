// Credential carry in the page: "Keep for …" and "Fill" buttons on the overlay, copy capture, side-panel Fill.
// Wiring (in a console content script): `startGuidance(ctx, platform, [createCarry(document, ctx.signal)])`.
// Content-script code: the guide data and classic zod stay in the background (see plan.ts and vault/wire.ts).
import type { ParsedTarget, TaskId } from '../guide/schema';
import { handle } from '../messaging/handle';
import { sendMessage } from '../messaging/protocol';
import type { OverlayAction } from '../overlay/overlay';
import { VALUE_LABELS } from '../vault/labels';
import type { FillReply } from '../vault/messages';
import { parseCarryFillHighlighted } from '../vault/nonce';
import { shownValue } from './capture';
import { watchCopies, type Notify } from './copies';
import { fillField } from './fill';
import { watchFocus } from './focus';
import { checkGenuineClick, watchSighting } from './guard';
import { capturePlan } from './plan';
import { checkSeen } from './seen';

/** The part of the overlay carry uses (see utils/overlay/overlay.ts). */
export interface CarryOverlay {
  addAction(action: OverlayAction): () => void;
  showBanner(text: string, opts?: { about?: Element }): void;
  /** The overlay's own container (in its shadow root), to watch our buttons' real visibility. */
  readonly root?: HTMLElement;
}

/** The highlighted target as carry holds it: `stillHighlighted()` asks the engine to look again. */
interface Highlight {
  taskId: TaskId;
  target: ParsedTarget;
  element: Element;
  stillHighlighted(): boolean;
}

/** What this frame highlights right now, for the side panel's Fill. */
let highlighted: Highlight | null = null;

const PLATFORM_NAMES = { segment: 'Segment', sendgrid: 'SendGrid', twilio: 'Twilio' } as const;

/**
 * A send rejects when this content script has lost the extension (it was reloaded or updated since the
 * page opened: "Extension context invalidated"). Nothing can be kept or filled until the page reloads.
 */
export const LOST_EXTENSION = 'Engage Copilot was reloaded or updated since this page opened. Reload the page, then try again.';
const lost = () => ({ ok: false as const, message: LOST_EXTENSION });

/** The origins of every page framing this one, innermost first (Chromium; undefined where the browser has none). */
export function ancestorOrigins(doc: Document): string[] | undefined {
  const list = doc.defaultView?.location.ancestorOrigins;
  return list ? [...list] : undefined;
}

/** The highlighted target as the guidance engine hands it over (its `ActiveTarget`). */
export interface CarryActive {
  taskId: TaskId;
  target: ParsedTarget;
  element: Element;
  overlay: CarryOverlay;
  revalidate(): void;
}

/**
 * The carry extension for the guidance engine, plus copy capture for this frame. The engine calls the
 * returned function each time it highlights a target and runs its cleanup when it stops.
 */
export function createCarry(doc: Document, signal: AbortSignal): (active: CarryActive) => () => void {
  let lastOverlay: CarryOverlay | null = null;
  startCarry(doc, signal, (text, about) => lastOverlay?.showBanner(text, about ? { about } : {}));
  return (active) => {
    lastOverlay = active.overlay;
    return carryForTarget(active.overlay, active, signal, () => active.revalidate());
  };
}

/** Once per frame: copy capture and the side-panel Fill listener, both torn down by `signal`. */
export function startCarry(doc: Document, signal: AbortSignal, notify: Notify): void {
  // A sandboxed frame can be read by any script in it: never capture or fill there.
  if (doc.defaultView?.origin === 'null') return;
  watchCopies(doc, signal, (req) => sendMessage('vault.capture', { ...req, ancestorOrigins: ancestorOrigins(doc) }).catch(lost), notify);
  const stop = handle('carry.fillHighlighted', async ({ data }) => {
    const req = parseCarryFillHighlighted(data);
    if (!req) return { ok: false as const, message: 'Refused: the request was malformed.' };
    const now = highlighted;
    if (!now || now.target.want.kind !== 'value') return { ok: false as const, message: 'nothing highlighted here' };
    const reply = await sendMessage('vault.fill', {
      taskId: now.taskId,
      targetKey: now.target.key,
      trusted: false,
      frameOrigin: doc.defaultView?.origin ?? 'null',
      ancestorOrigins: ancestorOrigins(doc),
      panelNonce: req.nonce,
    }).catch(lost);
    return applyFill(reply, now, notify);
  });
  signal.addEventListener('abort', () => {
    stop();
    highlighted = null;
  }, { once: true });
}

/**
 * Writes the value into the element the person saw, or refuses: the page may have swapped, hidden or moved
 * it between their click and now. Afterwards the visible field must hold the value; if the page hid or
 * detached it meanwhile, the value is taken out again.
 */
async function applyFill(reply: FillReply | ReturnType<typeof lost>, at: Highlight, notify: (text: string) => void) {
  const refuse = (message: string) => {
    notify(message);
    return { ok: false as const, message };
  };
  if (!reply.ok) return refuse(reply.message);
  const seen = checkSeen(at.element, at.stillHighlighted);
  if (!seen.ok) return refuse(seen.message);
  const outcome = await fillField(at.element, reply.value);
  if (!outcome.ok) return refuse(outcome.message);
  const after = checkSeen(at.element, () => true);
  if (!after.ok) {
    await fillField(at.element, '');
    return refuse('Not filled: the field was hidden or replaced as Engage Copilot filled it. Click Fill again.');
  }
  return outcome;
}

/**
 * Called by the guidance each time it highlights `target` (found by the locator as `element`) in task
 * `taskId`. Adds "Keep for …" to targets that show a carried value and "Fill" to targets that take one.
 * Returns a function that removes what it added.
 */
export function carryForTarget(
  overlay: CarryOverlay,
  active: { taskId: TaskId; target: ParsedTarget; element: Element },
  signal: AbortSignal,
  revalidate: () => void = () => undefined,
): () => void {
  const removers: Array<() => void> = [];
  const doc = active.element.ownerDocument;
  const origin = doc.defaultView?.origin ?? 'null';
  if (origin === 'null') return () => undefined;
  const { taskId, target, element } = active;
  const watch = new AbortController();
  const watchSignal = AbortSignal.any([signal, watch.signal]);
  const focus = overlay.root ? watchFocus(overlay.root, signal) : undefined;
  const sightings = new Map<Element, () => number | null>();
  /** Starts watching the button an action just added (the newest with that label in the overlay). */
  const watchButton = (label: string): void => {
    const buttons = [...(overlay.root?.querySelectorAll('button') ?? [])].filter((b) => b.textContent === label);
    const button = buttons[buttons.length - 1];
    if (button) sightings.set(button, watchSighting(button, watchSignal));
  };
  const genuine = (event: MouseEvent): boolean => {
    const clicked = event.composedPath()[0];
    const button = clicked instanceof Element ? (clicked.closest('button') ?? clicked) : null;
    const since = button ? (sightings.get(button)?.() ?? null) : null;
    const verdict = button ? checkGenuineClick(event, button, since, performance.now(), focus?.verdict(button)) : { ok: false as const, message: 'Ignored.' };
    if (!verdict.ok) overlay.showBanner(verdict.message);
    return verdict.ok;
  };

  const captures = target.captures;
  const keepValue = captures ? shownValue(element) : null;
  let removed = false;
  // The engine looks again; if it now picks another element for this target (the page swapped it), it
  // removes these buttons first, which sets `removed`.
  const here: Highlight = { taskId, target, element, stillHighlighted: () => (revalidate(), !removed && !signal.aborted) };
  if (captures && keepValue !== null) {
    // Whom the value is for comes from the guide, which lives in the background (usually already asked).
    void capturePlan().then((plan) => {
      if (removed || signal.aborted) return;
      const consumer = plan.keepFor[captures];
      const label = `Keep for ${consumer ? PLATFORM_NAMES[consumer] : 'later'}`;
      queueMicrotask(() => watchButton(label));
      removers.push(overlay.addAction({
        label,
        onActivate(event) {
          if (!genuine(event)) return;
          // What is kept is what the person sees in the highlighted field, not an element the page swapped in.
          const seen = checkSeen(element, here.stillHighlighted, 'Keep');
          if (!seen.ok) return overlay.showBanner(seen.message);
          void sendMessage('vault.capture', {
            taskId, targetKey: target.key, name: captures, value: shownValue(element) ?? '', trusted: event.isTrusted, via: 'keep',
            ancestorOrigins: ancestorOrigins(doc),
          }).catch(lost).then((r) => overlay.showBanner(r.message, { about: element }));
        },
      }));
    });
  }

  const want = target.want;
  if (want.kind === 'value') {
    highlighted = here;
    // Always offered: when nothing (or an expired value) is kept, the vault's answer says where to capture it.
    const label = `Fill ${VALUE_LABELS[want.name]}`;
    queueMicrotask(() => watchButton(label));
    removers.push(overlay.addAction({
      label,
      onActivate(event) {
        if (!genuine(event)) return;
        void sendMessage('vault.fill', { taskId, targetKey: target.key, trusted: event.isTrusted, frameOrigin: origin, ancestorOrigins: ancestorOrigins(doc) })
          .catch(lost)
          .then((reply) => applyFill(reply, here, (t) => overlay.showBanner(t)))
          // Validated after the fill exactly like typed input.
          .then((outcome) => outcome.ok && revalidate());
      },
    }));
  }

  const remove = () => {
    removed = true;
    watch.abort();
    for (const r of removers.splice(0)) r();
    if (highlighted === here) highlighted = null;
  };
  signal.addEventListener('abort', remove, { once: true });
  return remove;
}
