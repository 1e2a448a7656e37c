// Who may ask the vault for what: the sender, frame and destination checks before any value leaves the background.
import type { ParsedTarget, ParsedTask, Platform, TaskId, ValueName } from '../guide/schema';
import type { Reply } from '../messaging/protocol';
import { originOf, type Sender } from '../messaging/senders';
import { VALUE_LABELS } from './labels';

export type { Sender };

/** The guide facts the gate needs (from `utils/guide`); injected so the rules are testable on their own. */
export interface GuideFacts {
  taskById(id: TaskId): ParsedTask | undefined;
  tasksForUrl(url: string): ParsedTask[];
  destinationOrigins(name: ValueName): string[];
  /** The vendor whose console serves this origin (from the guide's page patterns), if any. */
  vendorOf(origin: string): Platform | undefined;
}

/**
 * The frame a message came from, or a refusal. A sandboxed frame has the opaque origin `'null'`
 * (Chrome reports it in `sender.origin`, the content script in `self.origin`); it can never be trusted
 * with a value because any script in it can read the field.
 */
function contentFrame(
  sender: Sender,
  extensionId: string,
  reportedOrigin: string | undefined,
): Reply<{ frameOrigin: string; topOrigin: string; frameUrl: string; topUrl: string }> {
  if (sender.id !== extensionId) return { ok: false, message: 'Refused: the request did not come from Engage Copilot.' };
  if (sender.tab?.id === undefined || typeof sender.frameId !== 'number' || !sender.url || !sender.tab.url) {
    return { ok: false, message: 'Refused: only Engage Copilot on a console page can ask for this.' };
  }
  if (sender.origin === 'null' || reportedOrigin === 'null') {
    return { ok: false, message: 'Refused: this field is in a sandboxed frame, which any script could read.' };
  }
  const frameOrigin = originOf(sender.url);
  const topOrigin = originOf(sender.tab.url);
  if (!frameOrigin || !topOrigin || frameOrigin === 'null') {
    return { ok: false, message: 'Refused: the page address could not be read.' };
  }
  // Chrome's sender.origin is the frame's real origin even when the URL looks different (about:blank, blob:).
  if (sender.origin && sender.origin !== frameOrigin) {
    return { ok: false, message: 'Refused: the frame’s origin does not match its address.' };
  }
  return { ok: true, frameOrigin, topOrigin, frameUrl: sender.url, topUrl: sender.tab.url };
}

/** The target the locator guides for this task, found in the guide data (never trusted from the request). */
function targetOf(facts: GuideFacts, taskId: TaskId, targetKey: string): ParsedTarget | undefined {
  return facts.taskById(taskId)?.targets.find((t) => t.key === targetKey);
}

/** The page (or, for a framed wizard, the page framing it) belongs to this task. */
function pageIsTask(facts: GuideFacts, taskId: TaskId, frameUrl: string, topUrl: string): boolean {
  return [frameUrl, topUrl].some((url) => facts.tasksForUrl(url).some((t) => t.id === taskId));
}

/**
 * Every page between the top and this frame (the browser's `location.ancestorOrigins`, as our content
 * script read it) must be the same vendor's console: an attacker's frame in between could otherwise
 * frame the real form inside the real console. Firefox has no `ancestorOrigins`; there only the top page
 * and the frame are checked.
 */
function foreignAncestor(facts: GuideFacts, vendor: Platform, ancestors: readonly string[] | undefined): string | undefined {
  return ancestors?.find((origin) => facts.vendorOf(origin) !== vendor);
}

/**
 * May this content-script frame receive the value the guide wants in `targetKey` of `taskId`?
 * All must hold: our own content script; a real click; a target that wants a carried value; a page of
 * that task; the frame's origin a destination of the value; the top-level page this frame's origin, or
 * (in a frame) the same vendor's console; never a sandboxed frame.
 */
export function checkFill(
  facts: GuideFacts,
  extensionId: string,
  sender: Sender,
  req: { taskId: TaskId; targetKey: string; trusted: boolean; frameOrigin?: string; ancestorOrigins?: string[] },
): Reply<{ name: ValueName }> {
  const frame = contentFrame(sender, extensionId, req.frameOrigin);
  if (!frame.ok) return frame;
  if (!req.trusted) return { ok: false, message: 'Refused: a fill needs your own click on the Fill button.' };
  const target = targetOf(facts, req.taskId, req.targetKey);
  if (!target || target.want.kind !== 'value') {
    return { ok: false, message: 'Refused: this field does not take a carried value.' };
  }
  const name = target.want.name;
  const label = VALUE_LABELS[name];
  if (!pageIsTask(facts, req.taskId, frame.frameUrl, frame.topUrl)) {
    return { ok: false, message: `Refused: this page is not where the ${label} goes.` };
  }
  const destinations = facts.destinationOrigins(name);
  if (!destinations.includes(frame.frameOrigin)) {
    return { ok: false, message: `Refused: the ${label} may only be filled on ${destinations.join(' or ')}, not ${frame.frameOrigin}.` };
  }
  if (sender.frameId === 0) {
    if (frame.topOrigin !== frame.frameOrigin) return { ok: false, message: 'Refused: the tab’s address does not match the page.' };
  } else {
    const vendor = facts.vendorOf(frame.frameOrigin);
    if (!vendor || facts.vendorOf(frame.topOrigin) !== vendor) {
      return { ok: false, message: `Refused: this frame is inside ${frame.topOrigin}, which is not the console it belongs to.` };
    }
    const between = foreignAncestor(facts, vendor, req.ancestorOrigins);
    if (between) return { ok: false, message: `Refused: this frame is inside ${between}, which is not the console it belongs to.` };
  }
  return { ok: true, name };
}

/**
 * May this frame hand the vault a captured value for `name`? Our own content script, a real user
 * action, a target that shows that value, on a page of that task, never from a sandboxed frame.
 */
export function checkCapture(
  facts: GuideFacts,
  extensionId: string,
  sender: Sender,
  req: { taskId: TaskId; targetKey: string; name: ValueName; trusted: boolean; ancestorOrigins?: string[] },
): Reply<{ origin: string }> {
  const frame = contentFrame(sender, extensionId, undefined);
  if (!frame.ok) return frame;
  if (!req.trusted) return { ok: false, message: 'Not kept: capture needs your own copy or click.' };
  return shownOn(facts, sender, frame, req);
}

/**
 * May this frame ask which row of its page's list is the kept key's (`vault.keyRow`)? Our own content script, on a
 * page of that task, about a target that shows `name`; the same frame rules as a capture, no user action needed
 * (the answer is an index into what the page itself shows).
 */
export function checkKeyRow(
  facts: GuideFacts,
  extensionId: string,
  sender: Sender,
  req: { taskId: TaskId; targetKey: string; name: ValueName; ancestorOrigins?: string[] },
): Reply<{ origin: string }> {
  const frame = contentFrame(sender, extensionId, undefined);
  return frame.ok ? shownOn(facts, sender, frame, req) : frame;
}

/** The target shows `name`, on a page of its task, in one of the consoles (and only inside that same console). */
function shownOn(
  facts: GuideFacts,
  sender: Sender,
  frame: { frameOrigin: string; topOrigin: string; frameUrl: string; topUrl: string },
  req: { taskId: TaskId; targetKey: string; name: ValueName; ancestorOrigins?: string[] },
): Reply<{ origin: string }> {
  const target = targetOf(facts, req.taskId, req.targetKey);
  if (!target || target.captures !== req.name) {
    return { ok: false, message: 'Not kept: this element does not show that value.' };
  }
  if (!pageIsTask(facts, req.taskId, frame.frameUrl, frame.topUrl)) {
    return { ok: false, message: 'Not kept: this page is not where that value is shown.' };
  }
  const vendor = facts.vendorOf(frame.frameOrigin);
  if (!vendor || (sender.frameId !== 0 && (facts.vendorOf(frame.topOrigin) !== vendor || foreignAncestor(facts, vendor, req.ancestorOrigins)))) {
    return { ok: false, message: 'Not kept: this page is not one of the consoles.' };
  }
  return { ok: true, origin: frame.frameOrigin };
}
