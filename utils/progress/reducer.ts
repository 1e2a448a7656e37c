// Pure progress transitions: (state, action) → new state or a refusal with a human message. No storage, no browser.
import type { TaskId } from '../guide/schema';
import {
  activeOnboarding,
  freshOnboarding,
  type Onboarding,
  type ParsedProgressAction,
  type ProgressState,
  type TaskState,
  type TaskStateCore,
} from './model';

export interface ReduceContext {
  now: number;
  newId: () => string;
  /** Only tasks the guide marks "if necessary" / "if applicable" may be skipped. */
  isConditional: (taskId: TaskId) => boolean;
  taskTitle?: (taskId: TaskId) => string;
}

export type ReduceResult = { ok: true; state: ProgressState } | { ok: false; message: string };

// Progress is stored unencrypted in storage.local, so anything shaped like a credential is refused outright.
const SECRET_SHAPES: Array<[RegExp, string]> = [
  [/SG\.[\w-]{10,}\.[\w-]{10,}/, 'a SendGrid API key'],
  [/\b[A-Za-z0-9]{32}\b/, 'a Twilio API key secret or auth token'],
];

/** Names what a text looks like when it looks like a secret, else null. */
export function secretShape(text: string): string | null {
  for (const [re, what] of SECRET_SHAPES) if (re.test(text)) return what;
  return null;
}

function refuse(message: string): ReduceResult {
  return { ok: false, message };
}

function findOnboarding(state: ProgressState, id: string | undefined): Onboarding | undefined {
  return id === undefined ? activeOnboarding(state) : state.onboardings.find((o) => o.id === id);
}

function replaceOnboarding(state: ProgressState, next: Onboarding): ProgressState {
  return { ...state, onboardings: state.onboardings.map((o) => (o.id === next.id ? next : o)) };
}

function core(s: TaskState): TaskStateCore {
  const { previous: _previous, ...rest } = s;
  return rest;
}

function noSuchOnboarding(id: string | undefined): ReduceResult {
  return refuse(`There is no onboarding with id \`${id}\`; it may have been deleted in another panel.`);
}

/** Applies one action. Unchanged input comes back as the same object, so callers can skip the write. */
export function reduce(state: ProgressState, action: ParsedProgressAction, ctx: ReduceContext): ReduceResult {
  switch (action.type) {
    case 'setTaskState': {
      const ob = findOnboarding(state, action.onboardingId);
      if (!ob) return noSuchOnboarding(action.onboardingId);
      const title = ctx.taskTitle?.(action.taskId) ?? action.taskId;
      const reason = action.skipReason?.trim();
      if (action.status === 'skipped') {
        if (!ctx.isConditional(action.taskId))
          return refuse(`“${title}” is not optional in the guide, so it cannot be skipped; mark it done when it is.`);
        if (!reason) return refuse(`Say why you are skipping “${title}” (for example: “the number is toll-free”).`);
      }
      for (const text of [reason, action.evidence]) {
        const shape = text ? secretShape(text) : null;
        if (shape) return refuse(`That text looks like ${shape}. Progress never stores secrets; describe it in words instead.`);
      }
      const current = ob.tasks[action.taskId];
      if (
        current &&
        current.status === action.status &&
        current.source === action.source &&
        current.evidence === action.evidence &&
        current.skipReason === (action.status === 'skipped' ? reason : undefined)
      )
        return { ok: true, state };
      if (!current && action.status === 'todo' && action.evidence === undefined) return { ok: true, state };
      const next: TaskState = {
        status: action.status,
        source: action.source,
        at: ctx.now,
        previous: current ? core(current) : null,
        ...(action.evidence !== undefined ? { evidence: action.evidence } : {}),
        ...(action.status === 'skipped' ? { skipReason: reason } : {}),
      };
      return { ok: true, state: replaceOnboarding(state, { ...ob, tasks: { ...ob.tasks, [action.taskId]: next } }) };
    }
    case 'setTaskStates': {
      let next = state;
      for (const change of action.changes) {
        const r = reduce(next, { type: 'setTaskState', onboardingId: action.onboardingId, ...change }, ctx);
        if (!r.ok) return r;
        next = r.state;
      }
      return { ok: true, state: next };
    }
    case 'undoTask': {
      const ob = findOnboarding(state, action.onboardingId);
      if (!ob) return noSuchOnboarding(action.onboardingId);
      const current = ob.tasks[action.taskId];
      if (!current || current.previous === undefined)
        return refuse(`There is nothing to undo for “${ctx.taskTitle?.(action.taskId) ?? action.taskId}”.`);
      const tasks = { ...ob.tasks };
      if (current.previous === null) delete tasks[action.taskId];
      else tasks[action.taskId] = { ...current.previous };
      return { ok: true, state: replaceOnboarding(state, { ...ob, tasks }) };
    }
    case 'createOnboarding': {
      const ob: Onboarding = {
        ...freshOnboarding(ctx.newId(), ctx.now, action.name.trim()),
        region: action.region,
        ...(action.workspace ? { workspace: action.workspace } : {}),
        ...(action.space ? { space: action.space } : {}),
      };
      return { ok: true, state: { activeId: ob.id, onboardings: [...state.onboardings, ob] } };
    }
    case 'updateOnboarding': {
      const ob = findOnboarding(state, action.onboardingId);
      if (!ob) return noSuchOnboarding(action.onboardingId);
      const next: Onboarding = { ...ob };
      if (action.name !== undefined) next.name = action.name.trim();
      if (action.region !== undefined) next.region = action.region;
      for (const key of ['workspace', 'space'] as const) {
        const v = action[key];
        if (v === '') delete next[key];
        else if (v !== undefined) next[key] = v;
      }
      return { ok: true, state: replaceOnboarding(state, next) };
    }
    case 'switchOnboarding': {
      const ob = findOnboarding(state, action.onboardingId);
      if (!ob) return noSuchOnboarding(action.onboardingId);
      return { ok: true, state: ob.id === state.activeId ? state : { ...state, activeId: ob.id } };
    }
    case 'deleteOnboarding': {
      const ob = findOnboarding(state, action.onboardingId);
      if (!ob) return noSuchOnboarding(action.onboardingId);
      const rest = state.onboardings.filter((o) => o.id !== ob.id);
      // The panel always has an onboarding to show: deleting the last one starts a fresh one.
      if (rest.length === 0) {
        const fresh = freshOnboarding(ctx.newId(), ctx.now);
        return { ok: true, state: { activeId: fresh.id, onboardings: [fresh] } };
      }
      const activeId = state.activeId === ob.id ? rest[0]!.id : state.activeId;
      return { ok: true, state: { activeId, onboardings: rest } };
    }
    case 'resetOnboarding': {
      const ob = findOnboarding(state, action.onboardingId);
      if (!ob) return noSuchOnboarding(action.onboardingId);
      return { ok: true, state: replaceOnboarding(state, { ...ob, tasks: {} }) };
    }
    case 'dismissNotice':
      // Notices live in their own storage item; the store handles this action.
      return { ok: true, state };
  }
}
