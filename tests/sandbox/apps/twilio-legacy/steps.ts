// The wizard's steps, their routes inside the frame, and the draft it keeps between them.
import { navigate } from '../shared/router.ts';

export const STEPS = ['create', 'senders', 'integration', 'compliance', 'done'] as const;
export type Step = (typeof STEPS)[number];

const BASE = '/console/sms/services/create';
export const pathOf = (step: Step): string => (step === 'create' ? BASE : `${BASE}/${step}`);

export function stepOf(path: string): Step {
  const tail = path.replace(/\/+$/, '').slice(BASE.length).replace(/^\//, '');
  return (STEPS as readonly string[]).includes(tail) ? (tail as Step) : 'create';
}

/** Move to a step with pushState, keeping `__override_layout__=embed&x-target-region=us1`, and tell the parent page. */
export function goTo(step: Step): void {
  navigate(pathOf(step) + location.search);
  if (window.parent !== window) {
    window.parent.postMessage({ type: 'sandbox:frame-route', path: pathOf(step) + location.search }, '*');
  }
}

export type Draft = {
  name: string;
  useCase: string;
  senders: string[];
  incoming: 'defer' | 'drop' | 'webhook';
  requestUrl: string;
  requestMethod: 'HTTP Post' | 'HTTP Get';
  fallbackUrl: string;
  fallbackMethod: 'HTTP Post' | 'HTTP Get';
};

export const EMPTY_DRAFT: Draft = {
  name: '', useCase: '', senders: [], incoming: 'defer', requestUrl: '', requestMethod: 'HTTP Post', fallbackUrl: '', fallbackMethod: 'HTTP Post',
};

export const USE_CASES = ['Notify my users', 'Market my services', 'Verify users', 'Discuss with users', 'Poll and survey users', 'Not listed here'];
export const INCOMING_LABELS: Record<Draft['incoming'], string> = { defer: "Defer to sender's webhook", drop: 'Drop the message', webhook: 'Send a webhook' };
