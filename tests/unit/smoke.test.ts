import { describe, expect, it } from 'vitest';
import { GuideSchema, TASK_IDS } from '../../utils/guide/schema';

describe('guide schema', () => {
  it('lists twenty task ids, each unique', () => {
    expect(new Set(TASK_IDS).size).toBe(20);
    expect(GuideSchema.safeParse({ source: 'x', stages: [] }).success).toBe(false);
  });
});
