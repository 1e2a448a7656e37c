// Reads stored progress and notices without zod, for the side panel's first screen (zod costs it more script time
// than anything but React; docs/performance.md). Each reader accepts exactly what its schema in model.ts accepts and
// returns what that schema's parse returns: unknown keys dropped, names trimmed. tests/unit/progress/read.test.ts holds
// them equal on generated and corrupted values, and fails when a schema gains a field these do not read.
import { isTaskId, REGIONS } from '../guide/names';
import type { Notice, Onboarding, ProgressState, TaskState, TaskStateCore } from './model';

/** Thrown inside a reader at the first value its schema would refuse; never leaves this module. */
class Refused extends Error {}

type Obj = Record<string, unknown>;

const refuse = (): never => {
  throw new Refused();
};

// zod's object: any non-null, non-array object. Its record: a plain object.
const object = (v: unknown): Obj => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : refuse());

const isPlain = (v: Obj) => {
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === null || proto === Object.prototype;
};

const string = (v: unknown, min = 0, max = Infinity): string =>
  typeof v === 'string' && v.length >= min && v.length <= max ? v : refuse();

/** zod's `z.int().check(z.nonnegative())`: a safe integer ≥ 0. */
const count = (v: unknown): number => (Number.isSafeInteger(v) && (v as number) >= 0 ? (v as number) : refuse());

function oneOf<T extends string>(options: readonly T[]) {
  const set: ReadonlySet<unknown> = new Set(options);
  return (v: unknown): T => (set.has(v) ? (v as T) : refuse());
}

const taskStatus = oneOf(['todo', 'done', 'skipped'] as const);
const taskSource = oneOf(['manual', 'page', 'api'] as const);
const region = oneOf(REGIONS);
const noticeKind = oneOf(['repaired', 'migrated'] as const);

const SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;
const slug = (v: unknown): string => (SLUG.test(string(v)) ? (v as string) : refuse());

/**
 * An optional key as zod reads it: absent stays absent; present (even as `undefined`) is kept, and its value must
 * pass unless it is `undefined`.
 */
function optional<T>(from: Obj, key: string, read: (v: unknown) => T, into: Obj): void {
  if (!(key in from)) return;
  const v = from[key];
  into[key] = v === undefined ? undefined : read(v);
}

function taskStateCore(v: unknown): TaskStateCore {
  const o = object(v);
  const out: Obj = { status: taskStatus(o.status), source: taskSource(o.source) };
  optional(o, 'evidence', (e) => string(e, 1, 500), out);
  optional(o, 'skipReason', (e) => string(e, 1, 500), out);
  out.at = count(o.at);
  return out as TaskStateCore;
}

function taskState(v: unknown): TaskState {
  const core = taskStateCore(v) as Obj;
  optional(object(v), 'previous', (p) => (p === null ? null : taskStateCore(p)), core);
  return core as TaskState;
}

/** `OnboardingNameSchema`: trimmed, then 1–80 characters. */
const onboardingName = (v: unknown): string => string(string(v).trim(), 1, 80);

function tasks(v: unknown): Onboarding['tasks'] {
  const o = object(v);
  if (!isPlain(o) || Object.getOwnPropertySymbols(o).some((s) => Object.prototype.propertyIsEnumerable.call(o, s))) refuse();
  const out: Obj = {};
  for (const key of Object.keys(o)) {
    if (key === '__proto__') continue;
    if (!isTaskId(key)) refuse();
    out[key] = taskState(o[key]);
  }
  return out as Onboarding['tasks'];
}

function onboarding(v: unknown): Onboarding {
  const o = object(v);
  const out: Obj = { id: string(o.id, 1, 64), name: onboardingName(o.name), region: region(o.region) };
  optional(o, 'workspace', slug, out);
  optional(o, 'space', slug, out);
  out.createdAt = count(o.createdAt);
  out.tasks = tasks(o.tasks);
  return out as Onboarding;
}

function progressState(v: unknown): ProgressState {
  const o = object(v);
  const activeId = string(o.activeId, 1);
  const list = Array.isArray(o.onboardings) ? o.onboardings.map(onboarding) : refuse();
  if (list.length < 1) refuse();
  if (!list.some((x) => x.id === activeId)) refuse();
  if (new Set(list.map((x) => x.id)).size !== list.length) refuse();
  return { activeId, onboardings: list };
}

function notice(v: unknown): Notice {
  const o = object(v);
  return { id: string(o.id, 1), at: count(o.at), kind: noticeKind(o.kind), message: string(o.message, 1) };
}

function attempt<T>(read: () => T): T | null {
  try {
    return read();
  } catch (err) {
    if (err instanceof Refused) return null;
    throw err;
  }
}

/** What `ProgressStateSchema.safeParse` returns as data, or null where it fails. */
export function readProgressState(raw: unknown): ProgressState | null {
  return attempt(() => progressState(raw));
}

/** What `NoticesSchema.safeParse` returns as data, or null where it fails. */
export function readNoticeList(raw: unknown): Notice[] | null {
  return attempt(() => (Array.isArray(raw) ? raw.map(notice) : refuse()));
}

/** The keys each reader knows, per schema, for the test that fails when a schema gains one. */
export const READ_KEYS = {
  taskState: ['status', 'source', 'evidence', 'skipReason', 'at', 'previous'],
  onboarding: ['id', 'name', 'region', 'workspace', 'space', 'createdAt', 'tasks'],
  progressState: ['activeId', 'onboardings'],
  notice: ['id', 'at', 'kind', 'message'],
} as const;
