// The progress model: onboardings and their task states, as zod schemas (types derived), plus the actions that change them.
// The side panel's first screen reads progress with read.ts instead (no zod there); tests hold the two equal.
import { z } from 'zod/mini';

/** zod/mini's `.default()`; its leading underscore is zod's own name. */
// oxlint-disable-next-line no-underscore-dangle -- zod/mini exports the default wrapper under this name
export const withDefault = z._default;
import { RegionSchema, TaskIdSchema } from '../guide/ids';

export { PROGRESS_VERSION } from './state';

export const TaskStatusSchema = z.enum(['todo', 'done', 'skipped']);
export type TaskStatus = z.infer<typeof TaskStatusSchema>;

/** Who decided the status: the person, the page (in-console detection) or a vendor API check. */
export const TaskSourceSchema = z.enum(['manual', 'page', 'api']);
export type TaskSource = z.infer<typeof TaskSourceSchema>;

// Bounded lengths keep a runaway caller from filling storage.local.
const Evidence = z.string().check(z.minLength(1), z.maxLength(500));
const SkipReason = z.string().check(z.minLength(1), z.maxLength(500));
/** Segment slugs: lower-case letters, digits and dashes, as Segment uses in URLs. */
export const SlugSchema = z
  .string()
  .check(z.regex(/^[a-z0-9][a-z0-9-]{0,99}$/, 'use the lower-case slug from the Segment URL, e.g. `acme`'));

/** One task's state without its undo history. */
export const TaskStateCoreSchema = z.object({
  status: TaskStatusSchema,
  source: TaskSourceSchema,
  evidence: z.optional(Evidence),
  skipReason: z.optional(SkipReason),
  /** Epoch milliseconds of the change. */
  at: z.int().check(z.nonnegative()),
});
export type TaskStateCore = z.infer<typeof TaskStateCoreSchema>;

/** `previous: null` means the task had no state before (it was an untouched to-do). */
export const TaskStateSchema = z.extend(TaskStateCoreSchema, {
  previous: z.optional(z.nullable(TaskStateCoreSchema)),
});
export type TaskState = z.infer<typeof TaskStateSchema>;

export const OnboardingNameSchema = z
  .string()
  .check(z.trim(), z.minLength(1, 'give the onboarding a name'), z.maxLength(80, 'keep the name under 80 characters'));

export const OnboardingSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  name: OnboardingNameSchema,
  region: RegionSchema,
  workspace: z.optional(SlugSchema),
  space: z.optional(SlugSchema),
  createdAt: z.int().check(z.nonnegative()),
  tasks: z.partialRecord(TaskIdSchema, TaskStateSchema),
});
export type Onboarding = z.infer<typeof OnboardingSchema>;

export const ProgressStateSchema = z
  .object({
    activeId: z.string().check(z.minLength(1)),
    onboardings: z.array(OnboardingSchema).check(z.minLength(1)),
  })
  .check(
    z.refine((s) => s.onboardings.some((o) => o.id === s.activeId), 'the active onboarding must exist'),
    z.refine((s) => new Set(s.onboardings.map((o) => o.id)).size === s.onboardings.length, 'onboarding ids must be unique'),
  );
export type ProgressState = z.infer<typeof ProgressStateSchema>;

/** Version 1: one onboarding, a flat list of done task ids. */
export const ProgressV1Schema = z.object({ done: z.array(z.string()) });
export type ProgressV1 = z.infer<typeof ProgressV1Schema>;

/** A visible note about something the store did on the person's behalf (repair, migration). */
export const NoticeSchema = z.object({
  id: z.string().check(z.minLength(1)),
  at: z.int().check(z.nonnegative()),
  kind: z.enum(['repaired', 'migrated']),
  message: z.string().check(z.minLength(1)),
});
export type Notice = z.infer<typeof NoticeSchema>;
export const NoticesSchema = z.array(NoticeSchema);

const Settings = {
  name: OnboardingNameSchema,
  region: RegionSchema,
  /** An empty string clears the slug. */
  workspace: z.optional(z.union([SlugSchema, z.literal('')])),
  space: z.optional(z.union([SlugSchema, z.literal('')])),
};

/** Every change to progress. The background applies them one at a time (see store.ts). */
const SetTaskState = z.object({
  type: z.literal('setTaskState'),
  onboardingId: z.optional(z.string()),
  taskId: TaskIdSchema,
  status: TaskStatusSchema,
  source: TaskSourceSchema,
  evidence: z.optional(Evidence),
  skipReason: z.optional(z.string().check(z.maxLength(500))),
});

export const ProgressActionSchema = z.discriminatedUnion('type', [
  SetTaskState,
  /** Several task states in one write (a Verify run's verdicts): all apply, or none does. */
  z.object({
    type: z.literal('setTaskStates'),
    onboardingId: z.optional(z.string()),
    changes: z.array(z.omit(SetTaskState, { type: true, onboardingId: true })).check(z.maxLength(100)),
  }),
  z.object({ type: z.literal('undoTask'), onboardingId: z.optional(z.string()), taskId: TaskIdSchema }),
  z.object({
    type: z.literal('createOnboarding'),
    name: Settings.name,
    region: withDefault(Settings.region, 'us'),
    workspace: Settings.workspace,
    space: Settings.space,
  }),
  z.object({
    type: z.literal('updateOnboarding'),
    onboardingId: z.string(),
    name: z.optional(Settings.name),
    region: z.optional(Settings.region),
    workspace: Settings.workspace,
    space: Settings.space,
  }),
  z.object({ type: z.literal('switchOnboarding'), onboardingId: z.string() }),
  z.object({ type: z.literal('deleteOnboarding'), onboardingId: z.string() }),
  z.object({ type: z.literal('resetOnboarding'), onboardingId: z.string() }),
  z.object({ type: z.literal('dismissNotice'), noticeId: z.string() }),
]);
export type ProgressAction = z.input<typeof ProgressActionSchema>;
export type ParsedProgressAction = z.infer<typeof ProgressActionSchema>;

/** The reply to every progress action: errors are values with a message for the person. */
export type ProgressResult = { ok: true; state: ProgressState } | { ok: false; message: string; state: ProgressState };

// The pure helpers live in state.ts (no zod, for the side panel's first screen); re-exported for everyone else.
export { activeOnboarding, DEFAULT_ONBOARDING_NAME, freshOnboarding, freshState, statusOf } from './state';
