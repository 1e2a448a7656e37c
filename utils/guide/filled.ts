// The guide data with the schema's defaults filled in, without zod: the data is compiled in and typed, and
// tests/unit/guide/data.test.ts holds this equal to `GuideSchema.parse(guideData)`, which stays the definition.
import type { Guide, ParsedTarget, ParsedTask, Success, Target, Task } from './schema';
import type { guideData } from './data/guide';

type SuccessInput = NonNullable<Task['success']>;

const fillTarget = (t: Target): ParsedTarget => ({ ...t, placeholders: t.placeholders ?? [] });

const fillSuccess = (s: SuccessInput): Success => ({ ...s, proves: s.proves ?? true, keep: s.keep ?? [] });

function fillTask(t: Task): ParsedTask {
  const { success, ...rest } = t;
  return {
    ...rest,
    produces: t.produces ?? [],
    consumes: t.consumes ?? [],
    finishesAfter: t.finishesAfter ?? [],
    targets: (t.targets ?? []).map(fillTarget),
    variants: t.variants ?? [],
    ...(success ? { success: fillSuccess(success) } : {}),
  };
}

/** The guide as every context reads it (what `GuideSchema.parse` returns for this data). */
export function fillGuide(data: typeof guideData): Guide {
  return { source: data.source, stages: data.stages.map((s) => ({ ...s, tasks: s.tasks.map(fillTask) })) };
}
