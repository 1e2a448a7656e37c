// The guide's names (names.ts) as zod/mini enums, for the schemas that check messages and stored data.
import { z } from 'zod/mini';
import { PLATFORMS, REGIONS, RULE_IDS, TASK_IDS, VALUE_NAMES } from './names';

export * from './names';

export const PlatformSchema = z.enum(PLATFORMS);
export const RegionSchema = z.enum(REGIONS);
export const TaskIdSchema = z.enum(TASK_IDS);
export const ValueNameSchema = z.enum(VALUE_NAMES);
export const RuleIdSchema = z.enum(RULE_IDS);
