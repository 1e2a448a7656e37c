// The stored shape of a picked field, in its own module: content scripts import pick.ts, and zod/mini's
// `.check` calls cannot be tree-shaken, so a schema there would ship zod to every console page.
import { z } from 'zod/mini';

/** What we keep about a picked element: what a person sees, plus its position among look-alikes. */
const text = (max: number) => z.string().check(z.maxLength(max));
export const FieldDescriptionSchema = z.object({
  label: z.optional(text(300)),
  name: z.optional(text(300)),
  placeholder: z.optional(text(300)),
  tag: text(40),
  type: z.optional(text(40)),
  /** Index among visible controls with the same description, in document order. */
  nth: z.number().check(z.int(), z.minimum(0)),
});
export type FieldDescription = z.infer<typeof FieldDescriptionSchema>;

/** Remembered picks keyed by `platform|task|target` (utils/guidance/picks.ts); content scripts check it with `parsePicks`. */
export const PicksSchema = z.record(z.string().check(z.maxLength(200)), FieldDescriptionSchema);
