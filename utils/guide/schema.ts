// The shape of the onboarding guide as data: stages → tasks → targets (the names they use are in ids.ts).
import { z } from 'zod';
import { PlatformSchema, RuleIdSchema, TaskIdSchema, ValueNameSchema } from './ids';

export {
  PlatformSchema,
  RegionSchema,
  RULE_IDS,
  RuleIdSchema,
  TASK_IDS,
  TaskIdSchema,
  VALUE_NAMES,
  ValueNameSchema,
  type Platform,
  type Region,
  type RuleId,
  type TaskId,
  type ValueName,
} from './ids';

/** A string that may differ by region (e.g. the SendGrid event-webhook URL). */
export const RegionalTextSchema = z.union([
  z.string().min(1),
  z.object({ us: z.string().min(1), eu: z.string().min(1) }),
]);
export type RegionalText = z.infer<typeof RegionalTextSchema>;

/**
 * A console page. `deepLink` may hold `{workspace}` and `{space}` placeholders (Segment),
 * filled from the onboarding's settings. `matches` are WebExtension match patterns; the
 * first one is the canonical page, the rest are known variants (new consoles, legacy hosts).
 */
export const PageSchema = z.object({
  deepLink: z.string().url(),
  matches: z.array(z.string().min(1)).min(1),
  /** Human name of the page, e.g. "Settings > Subuser Management". */
  name: z.string().min(1),
});
export type Page = z.infer<typeof PageSchema>;

/**
 * And this target of the task (a field or checkbox) held what it wants when the page last showed it: the saved
 * value may show only in its editor (the SendGrid webhook list never shows the URL). Never while an editor is open.
 */
const HeldFieldSchema = z.string().optional();

/**
 * A row of a list this onboarding chose earlier: the IP the Engage subuser was given, the number the person bought.
 * Remembered per onboarding when the person makes the choice, then preferred (and required) where the console lists several.
 */
export const RowNameSchema = z.enum(['engageIp', 'engageNumber']);
export type RowName = z.infer<typeof RowNameSchema>;

/** How the page itself shows that the task is done. */
export const DoneSignalSchema = z.discriminatedUnion('kind', [
  /** A table column lists all these values (e.g. Identifier lists `email` and `phone`). */
  z.object({
    kind: z.literal('tableColumnHas'),
    column: z.array(z.string().min(1)).min(1),
    values: z.array(z.string().min(1)).min(1),
    field: HeldFieldSchema,
    /** Only the row showing this onboarding's remembered value counts (the Engage IP's "Warming up"). */
    row: RowNameSchema.optional(),
  }),
  /** An element near one of these labels reads one of these states (e.g. "Enabled"). */
  z.object({
    kind: z.literal('labelReads'),
    labels: z.array(z.string().min(1)).min(1),
    states: z.array(z.string().min(1)).min(1),
    field: HeldFieldSchema,
  }),
  /** This text appears on the page (e.g. a success banner). */
  z.object({ kind: z.literal('textAppears'), text: z.array(z.string().min(1)).min(1) }),
  /** A visible heading reads one of these (a screen's own title, never a button that leads to it). */
  z.object({ kind: z.literal('headingReads'), text: z.array(z.string().min(1)).min(1), field: HeldFieldSchema }),
]);
export type DoneSignal = z.infer<typeof DoneSignalSchema>;

/** What a target wants the person to enter or choose. */
export const WantSchema = z.discriminatedUnion('kind', [
  /** An exact value from the guide (may differ by region). */
  z.object({ kind: z.literal('literal'), value: RegionalTextSchema }),
  /** A value produced by an earlier task (carried by the vault when it is a secret). */
  z.object({ kind: z.literal('value'), name: ValueNameSchema }),
  /** The person chooses, under `rule`; `hint` says what a good choice looks like. */
  z.object({ kind: z.literal('choice'), hint: z.string().min(1) }),
  /** A toggle, checkbox or radio that must be on. */
  z.object({ kind: z.literal('checked') }),
  /** A button or link to click. */
  z.object({ kind: z.literal('click') }),
]);
export type Want = z.infer<typeof WantSchema>;

/**
 * A field, toggle, radio, select or button, described the way a person sees it.
 * Never by generated id or class name: those change on every load.
 */
export const TargetSchema = z.object({
  /** Unique within the task, e.g. `username`. */
  key: z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*$/),
  kind: z.enum(['field', 'toggle', 'checkbox', 'radio', 'select', 'button']),
  /** Accessible name or visible label text; the first is the current one, the rest aliases. */
  labels: z.array(z.string().min(1)).min(1),
  placeholders: z.array(z.string().min(1)).default([]),
  /** ARIA role, when it disambiguates (e.g. `switch`). */
  role: z.string().optional(),
  /**
   * Where the person sees it, by what they read: `title` names the screen (a dialog, side sheet, page
   * or card with that heading or name, whatever holds it); `section` a part of it under that heading.
   */
  scope: z
    .strictObject({
      title: z.array(z.string().min(1)).optional(),
      section: z.array(z.string().min(1)).optional(),
    })
    .optional(),
  want: WantSchema,
  rule: z.optional(RuleIdSchema),
  /** This element shows a value the copilot can capture (credential carry). */
  captures: z.optional(ValueNameSchema),
  /** What to do with this element, in the guide's words, with bold labels as **Label**. */
  instruction: z.string().min(1),
  /** A field that should hold what an earlier step of this onboarding set up (reverse DNS: the domain authenticated). */
  sameAs: z.enum(['authenticatedDomain']).optional(),
  /** Where to find it when it is not on the page, said only then ("In a service you created already: open it…"). */
  elsewhere: z.string().min(1).optional(),
  /** A radio's reason for this choice, said when the person picks another option of its group. */
  why: z.string().min(1).optional(),
  /** A radio's other options that serve as well (a higher plan), as labels (`Premier …`: one starting with Premier). */
  alsoAccepts: z.array(z.string().min(1)).optional(),
  /**
   * For a control the console labels by its value (an IP address; a key ID shown as text in a table): found as
   * the first control of its kind in `scope`, or the first cell of the column headed by one of `labels`.
   */
  findBy: z.enum(['firstInScope', 'column']).optional(),
  /** A button is passed only once the page shows one of these (Add Senders: the pool lists a sender), not when a later control shows. */
  passedWhen: z.array(DoneSignalSchema).min(1).optional(),
  /** One of several similar rows (a pencil per IP, a checkbox per number): the one showing this remembered value is meant. */
  row: RowNameSchema.optional(),
  /** The row the person ticks here is remembered as this when the task ends (only when exactly one is ticked). */
  remembers: RowNameSchema.optional(),
});
export type Target = z.input<typeof TargetSchema>;
export type ParsedTarget = z.infer<typeof TargetSchema>;


/**
 * The screen a task ends on, and what the copilot says there. The task is done there once every value
 * in `keep` is kept (or the person says they saved it elsewhere): consoles show some secrets only once.
 */
export const SuccessSchema = z.object({
  shows: DoneSignalSchema,
  /** What the copilot says on it, e.g. "Number bought". */
  says: z.string().min(1),
  /** A pattern of the page's own words to quote after `says` (shown on the page only, never stored). */
  quote: z.string().min(1).optional(),
  /** The screen proves the task done; false: the person gets one click to mark it done. */
  proves: z.boolean().default(true),
  keep: z.array(ValueNameSchema).default([]),
  /** The quoted page words are this onboarding's row (the number bought), remembered when the task is done. */
  remembers: RowNameSchema.optional(),
});
export type Success = z.infer<typeof SuccessSchema>;

/** A later version of the guide that a person may meet on today's consoles. */
export const VariantSchema = z.object({
  /** Guide commit date, e.g. `2025-10-01`. */
  since: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  note: z.string().min(1),
});

export const TaskSchema = z.object({
  id: TaskIdSchema,
  platform: PlatformSchema,
  title: z.string().min(1),
  /** Short imperative steps in our own words; the guide's bold UI labels kept as **Label**. */
  steps: z.array(z.string().min(1)).min(1),
  page: PageSchema,
  /** Present when the guide says "if necessary" / "if applicable". */
  conditional: z.object({ when: z.string().min(1) }).optional(),
  produces: z.array(ValueNameSchema).default([]),
  consumes: z.array(ValueNameSchema).default([]),
  /**
   * Later tasks this one can only finish after (Connect Twilio to Segment picks the Messaging Service the Twilio
   * stage creates): while one of them is guided, this task is not called an earlier step still open.
   */
  finishesAfter: z.array(TaskIdSchema).default([]),
  /** Link into the guide (the section that describes this task). */
  guideUrl: z.string().url(),
  targets: z.array(TargetSchema).default([]),
  done: DoneSignalSchema.optional(),
  /** The task's success screen (tasks with a `done` signal may have none: that signal is their success). */
  success: SuccessSchema.optional(),
  variants: z.array(VariantSchema).default([]),
});
export type Task = z.input<typeof TaskSchema>;
export type ParsedTask = z.infer<typeof TaskSchema>;

export const StageSchema = z.object({
  id: z.enum(['segment', 'sendgrid', 'twilio']),
  title: z.string().min(1),
  tasks: z.array(TaskSchema).min(1),
});
export type Stage = z.infer<typeof StageSchema>;

export const GuideSchema = z.object({
  /** Which source the data implements, e.g. the 2022 guide with master winning. */
  source: z.string().min(1),
  stages: z.array(StageSchema).length(3),
});
export type Guide = z.infer<typeof GuideSchema>;
