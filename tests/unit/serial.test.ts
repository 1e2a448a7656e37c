// The shared write queue the stores use: work runs one at a time, in order, and a failure stays with its caller.
import { describe, expect, it } from 'vitest';
import { createSerial } from '../../utils/serial';

describe('createSerial', () => {
  it('runs each piece of work after the previous one settles, even when one fails', async () => {
    const serial = createSerial();
    const order: string[] = [];
    const slow = serial(async () => {
      await new Promise((r) => setTimeout(r, 20));
      order.push('slow');
    });
    const failing = serial(async () => {
      order.push('failing');
      throw new Error('boom');
    });
    const last = serial(async () => {
      order.push('last');
      return 3;
    });
    await slow;
    await expect(failing).rejects.toThrow('boom');
    expect(await last).toBe(3);
    expect(order).toEqual(['slow', 'failing', 'last']);
  });

  it('waits for a start-up promise first, and goes on if it rejected', async () => {
    const serial = createSerial(Promise.reject(new Error('repair failed')));
    expect(await serial(async () => 'ran')).toBe('ran');
  });
});
