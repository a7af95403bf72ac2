import { describe, expect, it } from 'vitest';
import { ArrivalOrder } from './arrival-order.ts';

const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

describe('ArrivalOrder', () => {
  it('runs the ordered step in arrival order whatever order the work before it finishes in', async () => {
    const order = new ArrivalOrder();
    const stepped: number[] = [];
    const delays = [30, 5, 20, 0, 10];
    await Promise.all(
      delays.map(async (ms, i) => {
        const turn = order.take('s1');
        try {
          await tick(ms);
          await turn.ready;
          stepped.push(i);
        } finally {
          turn.done();
        }
      }),
    );
    expect(stepped).toEqual([0, 1, 2, 3, 4]);
    await tick();
    expect(order.size).toBe(0);
  });

  it('does not hold back other keys, and a turn that failed early lets the next go', async () => {
    const order = new ArrivalOrder();
    const slow = order.take('a');
    const other = order.take('b');
    await other.ready; // not behind 'a'
    const next = order.take('a');
    slow.done(); // failed before its step
    slow.done(); // idempotent
    await next.ready;
    next.done();
    other.done();
    await tick();
    expect(order.size).toBe(0);
  });
});
