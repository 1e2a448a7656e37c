// Checks for what a console page's content script reads: messages from our background and its own storage.local key.
// Hand-written because zod/mini's core (about 21 KB) would be half the content-script budget for three small
// shapes. Each check is exactly as strict as its zod schema (`TargetRequestSchema`, `FieldDescriptionSchema`,
// `PicksSchema` in utils/locator/description.ts), which stay the definition; tests/unit/guidance/page-parse.test.ts holds them equal.
import type { FieldDescription } from '../locator/pick';
import type { TargetRequest } from './wire';

type Bag = Record<string, unknown>;

const isObject = (v: unknown): v is Bag => typeof v === 'object' && v !== null && !Array.isArray(v);
/** As zod's record: an object whose prototype is Object's own (or none). */
const isPlainObject = (v: unknown): v is Bag => {
  if (!isObject(v)) return false;
  const proto: unknown = Object.getPrototypeOf(v);
  return proto === null || proto === Object.prototype;
};
const isText = (v: unknown, min: number, max: number): v is string => typeof v === 'string' && v.length >= min && v.length <= max;
const isOptionalText = (v: unknown, max: number): v is string | undefined => v === undefined || isText(v, 0, max);

/** `{ taskId, targetKey }` from the side panel via the background, or null. */
export function parseTargetRequest(data: unknown): TargetRequest | null {
  if (!isObject(data) || !isText(data.taskId, 0, 64) || !isText(data.targetKey, 1, 64)) return null;
  return { taskId: data.taskId, targetKey: data.targetKey };
}

/** One remembered field description, with only its known keys, or null. */
export function parseFieldDescription(data: unknown): FieldDescription | null {
  if (!isObject(data)) return null;
  const { label, name, placeholder, tag, type, nth } = data;
  if (!isOptionalText(label, 300) || !isOptionalText(name, 300) || !isOptionalText(placeholder, 300)) return null;
  if (!isText(tag, 0, 40) || !isOptionalText(type, 40)) return null;
  if (typeof nth !== 'number' || !Number.isSafeInteger(nth) || nth < 0) return null;
  const out: FieldDescription = { tag, nth };
  if (label !== undefined) out.label = label;
  if (name !== undefined) out.name = name;
  if (placeholder !== undefined) out.placeholder = placeholder;
  if (type !== undefined) out.type = type;
  return out;
}

/** The picks record (keys ≤ 200 characters); anything off in it gives null, as the whole record is then dropped. */
export function parsePicks(data: unknown): Record<string, FieldDescription> | null {
  if (!isPlainObject(data)) return null;
  const out: Record<string, FieldDescription> = {};
  for (const key of Object.keys(data)) {
    if (key.length > 200) return null;
    const d = parseFieldDescription(data[key]);
    if (!d) return null;
    if (key !== '__proto__') out[key] = d;
  }
  return out;
}
