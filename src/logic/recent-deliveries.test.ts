import { describe, expect, it } from 'vitest';
import { type DeliveredEntry, RecentDeliveries } from './recent-deliveries.ts';

const e = (seq: number): DeliveredEntry => ({
  seq,
  msgId: 100 + seq,
  from: 'x',
  clientMsgId: `c${seq}`,
  c2c: true,
});

describe('RecentDeliveries', () => {
  it('answers a fully cached range and drops what was acknowledged', () => {
    const r = new RecentDeliveries();
    for (let s = 5; s <= 10; s++) r.add('u', e(s));
    expect(r.take('u', 4, 7)?.map((x) => x.seq)).toEqual([5, 6, 7]);
    expect(r.take('u', 7, 10)?.map((x) => x.seq)).toEqual([8, 9, 10]);
    expect(r.take('u', 10, 11)).toBeUndefined();
  });

  it('refuses a range it does not fully hold, so the caller reads the store', () => {
    const r = new RecentDeliveries();
    for (let s = 5; s <= 10; s++) r.add('u', e(s));
    expect(r.take('u', 2, 6)).toBeUndefined(); // seqs 3, 4 unknown
    expect(r.take('u', 6, 12)).toBeUndefined(); // 11, 12 unknown
  });

  it('restarts its run after a hole in the seqs', () => {
    const r = new RecentDeliveries();
    r.add('u', e(1));
    r.add('u', e(2));
    r.add('u', e(5));
    expect(r.take('u', 0, 2)).toBeUndefined();
    expect(r.take('u', 4, 5)?.map((x) => x.seq)).toEqual([5]);
  });

  it('keeps its entry count in step through adds, holes and takes', () => {
    const r = new RecentDeliveries();
    for (let s = 1; s <= 300; s++) r.add('a', e(s)); // capped at 256 per user
    expect(r.size).toBe(256);
    r.add('b', e(1));
    r.add('b', e(2));
    r.add('b', e(9)); // hole: b restarts at 9
    expect(r.size).toBe(257);
    r.take('a', 44, 100);
    expect(r.size).toBe(201);
    r.take('a', 100, 300);
    expect(r.size).toBe(1);
  });
});
