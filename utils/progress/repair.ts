// Turns whatever is in storage into a valid ProgressState: migrates version 1, salvages half-written records,
// and replaces garbage with a fresh onboarding. Pure; each repair comes with a sentence saying what happened.
import { RegionSchema, TaskIdSchema } from '../guide/ids';
import {
  DEFAULT_ONBOARDING_NAME,
  freshState,
  OnboardingNameSchema,
  OnboardingSchema,
  PROGRESS_VERSION,
  ProgressStateSchema,
  ProgressV1Schema,
  SlugSchema,
  TaskStateCoreSchema,
  TaskStateSchema,
  type Notice,
  type Onboarding,
  type ProgressState,
} from './model';
import { renameDoneIds, renameTaskIds, TASK_RENAMES } from './renames';

export interface RepairContext {
  now: number;
  newId: () => string;
  /** Old task id → new (default: the guide's `TASK_RENAMES`); tests pass their own. */
  renames?: Readonly<Record<string, string>>;
}

export interface Repaired {
  state: ProgressState;
  /** Set when the person must be told: what was wrong and what was done about it. */
  notice?: Pick<Notice, 'kind' | 'message'>;
}

/** A short description of a stored value for a notice, never its content. */
export function describeValue(raw: unknown): string {
  if (raw === null) return 'an empty value (null)';
  if (Array.isArray(raw)) return 'a list instead of progress data';
  if (typeof raw === 'string') return 'a piece of text instead of progress data';
  if (typeof raw === 'number' || typeof raw === 'boolean') return `a ${typeof raw} instead of progress data`;
  if (typeof raw === 'object') return 'a record of an unknown shape';
  return 'a value of an unknown kind';
}

function fresh(ctx: RepairContext, why: string): Repaired {
  return {
    state: freshState(ctx.newId(), ctx.now),
    notice: { kind: 'repaired', message: `${why} Engage Copilot started a fresh onboarding, “${DEFAULT_ONBOARDING_NAME}”.` },
  };
}

/** Version 1 → 2 (the storage migration). Anything not shaped like v1 passes through for `repair` to judge. */
export function migrateV1(raw: unknown, ctx: RepairContext): Repaired | { passThrough: unknown } {
  const v1 = ProgressV1Schema.safeParse(raw);
  if (!v1.success || (raw as Record<string, unknown>).onboardings !== undefined) return { passThrough: raw };
  const state = freshState(ctx.newId(), ctx.now);
  const ob = state.onboardings[0]!;
  let unknown = 0;
  for (const id of renameDoneIds(v1.data.done, ctx.renames ?? TASK_RENAMES)) {
    const t = TaskIdSchema.safeParse(id);
    if (t.success) ob.tasks[t.data] = { status: 'done', source: 'manual', at: ctx.now, previous: null };
    else unknown++;
  }
  const kept = Object.keys(ob.tasks).length;
  const dropped = unknown ? ` ${unknown} unknown task id${unknown === 1 ? ' was' : 's were'} left out.` : '';
  return {
    state,
    notice: {
      kind: 'migrated',
      message: `Your saved progress came from an older version and was upgraded: ${kept} done task${kept === 1 ? '' : 's'} kept in “${DEFAULT_ONBOARDING_NAME}”.${dropped}`,
    },
  };
}

/** Rebuilds what can be trusted of one onboarding; undefined when nothing identifies it. */
function salvageOnboarding(raw: unknown, ctx: RepairContext, counts: { tasks: number; fields: number }): Onboarding | undefined {
  const whole = OnboardingSchema.safeParse(raw);
  if (whole.success) return whole.data;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return undefined;
  const o = raw as Record<string, unknown>;
  if (typeof o.id !== 'string' || o.id.length === 0 || o.id.length > 64) return undefined;
  const pick = <T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } }, v: unknown, fallback: T): T => {
    const r = schema.safeParse(v);
    if (r.success) return r.data;
    counts.fields++;
    return fallback;
  };
  const ob: Onboarding = {
    id: o.id,
    name: pick(OnboardingNameSchema, o.name, 'Recovered onboarding'),
    region: pick(RegionSchema, o.region, 'us'),
    // The schema's own rule (a safe, non-negative integer), not a hand-written copy that could drift from it.
    createdAt: OnboardingSchema.shape.createdAt.safeParse(o.createdAt).success ? (o.createdAt as number) : ctx.now,
    tasks: {},
  };
  for (const key of ['workspace', 'space'] as const) {
    if (o[key] === undefined) continue;
    const slug = SlugSchema.safeParse(o[key]);
    if (slug.success) ob[key] = slug.data;
    else counts.fields++;
  }
  const tasks = typeof o.tasks === 'object' && o.tasks !== null && !Array.isArray(o.tasks) ? (o.tasks as Record<string, unknown>) : {};
  if (tasks !== o.tasks) counts.fields++;
  for (const [key, value] of Object.entries(tasks)) {
    const id = TaskIdSchema.safeParse(key);
    const full = TaskStateSchema.safeParse(value);
    // A state whose undo history is damaged is still a good state; only the undo is lost.
    const bare = full.success ? full : TaskStateCoreSchema.safeParse(value);
    if (id.success && bare.success) ob.tasks[id.data] = bare.data;
    else counts.tasks++;
  }
  return ob;
}

/**
 * Validates a stored value; anything invalid is salvaged or replaced, with a notice. `wasWritten` tells an
 * empty first run (no notice) from a record that exists but holds nothing (null: cleared or half-written).
 */
export function repair(stored: unknown, ctx: RepairContext, storedVersion?: number, wasWritten = false): Repaired {
  // Progress saved under a task's old id moves to its new id before anything is judged.
  const { value: raw, moved } = renameTaskIds(stored, ctx.renames ?? TASK_RENAMES);
  const r = repairRenamed(raw, ctx, storedVersion, wasWritten);
  if (!moved || r.notice) return r;
  const carried = `${moved} task${moved === 1 ? '' : 's'}`;
  return { ...r, notice: { kind: 'migrated', message: `Some tasks have new names in this version; your progress on ${carried} was carried over.` } };
}

function repairRenamed(raw: unknown, ctx: RepairContext, storedVersion?: number, wasWritten = false): Repaired {
  if (storedVersion !== undefined && storedVersion > PROGRESS_VERSION)
    return fresh(
      ctx,
      `Your saved progress was written by a newer version of Engage Copilot (storage version ${storedVersion}) that this version cannot read.`,
    );
  if (raw === undefined || raw === null)
    return wasWritten
      ? fresh(ctx, 'Your saved progress was empty (null): it was cleared or only half written.')
      : { state: freshState(ctx.newId(), ctx.now) };
  const valid = ProgressStateSchema.safeParse(raw);
  if (valid.success) return { state: valid.data };
  if (typeof raw !== 'object' || Array.isArray(raw) || !Array.isArray((raw as { onboardings?: unknown }).onboardings))
    return fresh(ctx, `Your saved progress could not be read (it was ${describeValue(raw)}).`);

  const o = raw as { activeId?: unknown; onboardings: unknown[] };
  const counts = { tasks: 0, fields: 0 };
  const kept: Onboarding[] = [];
  let lost = 0;
  for (const item of o.onboardings) {
    const ob = salvageOnboarding(item, ctx, counts);
    if (ob && !kept.some((k) => k.id === ob.id)) kept.push(ob);
    else lost++;
  }
  if (kept.length === 0) return fresh(ctx, 'Your saved progress was damaged and no onboarding in it could be read.');
  const activeId = kept.some((k) => k.id === o.activeId) ? (o.activeId as string) : kept[0]!.id;
  const parts = [
    lost ? `${lost} unreadable onboarding${lost === 1 ? '' : 's'} removed` : '',
    counts.tasks ? `${counts.tasks} unreadable task state${counts.tasks === 1 ? '' : 's'} reset to “to do”` : '',
    counts.fields ? `${counts.fields} damaged setting${counts.fields === 1 ? '' : 's'} restored to defaults` : '',
  ].filter(Boolean);
  return {
    state: { activeId, onboardings: kept },
    notice: {
      kind: 'repaired',
      message: `Your saved progress was partly damaged and has been repaired: ${parts.join('; ') || 'the onboarding that was open could not be found, so the first one is open now'}. ${kept.length} onboarding${kept.length === 1 ? ' was' : 's were'} kept; check the tasks you had finished.`,
    },
  };
}
