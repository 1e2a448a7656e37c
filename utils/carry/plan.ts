// The capture plan in the page: asked of the background once per content script, so the guide stays out of the bundle.
import { urlMatches } from '../guide/match';
import type { ValueName } from '../guide/schema';
import { sendMessage } from '../messaging/protocol';
import type { CapturePlan, PlanTarget } from '../vault/wire';

const NO_PLAN: CapturePlan = { targets: [], keepFor: {} };
let asked: Promise<CapturePlan> | null = null;

/**
 * The background's plan. Asked once and shared by copy capture and the "Keep for …" buttons; a send that
 * fails (the extension was reloaded under this page) gives an empty plan now and is asked again next time.
 * The reply comes from our own background, which checks every capture again, so only its shape is checked.
 */
export function capturePlan(): Promise<CapturePlan> {
  asked ??= sendMessage('vault.capturePlan', undefined).then(
    (plan) => (Array.isArray(plan?.targets) && typeof plan.keepFor === 'object' && plan.keepFor !== null ? plan : NO_PLAN),
    () => {
      asked = null;
      return NO_PLAN;
    },
  );
  return asked;
}

/** The plan's targets on the page at `url`, in guide order (framed Twilio pages included, as in the guide). */
export function planTargetsAt(plan: CapturePlan, url: string): PlanTarget[] {
  return plan.targets.filter((t) => urlMatches(url, t.matches));
}

/** The first capture target at `url` that shows the value `name`, if this page shows it. */
export function planTargetFor(plan: CapturePlan, url: string, name: ValueName): PlanTarget | undefined {
  return planTargetsAt(plan, url).find((t) => t.target.captures === name);
}
