// Guide data: a target the locator could confuse with another task's ("Verify", "Save") says where it is.
import { describe, expect, it } from 'vitest';
import { allTasks } from '../../../utils/guide';
import { TargetSchema } from '../../../utils/guide/schema';
import { isGenericLabel } from '../../../utils/locator/text';

describe('guide data scopes', () => {
  it('gives every target with a generic label ("Verify", "Save", "Get Started", …) a scope', () => {
    const unscoped = allTasks().flatMap((task) =>
      task.targets
        .filter((t) => t.labels.some(isGenericLabel) && !t.scope?.title?.length && !t.scope?.section?.length)
        .map((t) => `${task.id}.${t.key} (${t.labels.join(' / ')})`),
    );
    expect(unscoped).toEqual([]);
  });

  it('knows the generic labels whatever their case, spacing or trailing mark', () => {
    expect(['Verify', ' save ', 'GET STARTED', 'Done', 'Edit …'].every(isGenericLabel)).toBe(true);
    expect(['Subuser API Key', 'Create API Key', 'Save Twilio Account'].some(isGenericLabel)).toBe(false);
  });

  it('refuses a scope key the locator does not read, so a misspelt scope cannot silently vanish', () => {
    const base = { key: 'x', kind: 'button', labels: ['Verify'], want: { kind: 'click' }, instruction: 'Click.' };
    expect(TargetSchema.safeParse({ ...base, scope: { title: ['Set up your email service'] } }).success).toBe(true);
    expect(TargetSchema.safeParse({ ...base, scope: { dialog: ['Set up your email service'] } }).success).toBe(false);
  });
});
