import { describe, expect, it } from 'vitest';
import { TokenBucket } from './rate-limit.ts';

describe('TokenBucket', () => {
  it('allows the burst, then the sustained rate, and says how long to wait', () => {
    const b = new TokenBucket(10, 5, 0);
    for (let i = 0; i < 5; i++) expect(b.take(0)).toBe(0);
    const wait = b.take(0);
    expect(wait).toBe(100);
    expect(b.take(100)).toBe(0);
    expect(b.take(100)).toBeGreaterThan(0);
    expect(b.take(10_000)).toBe(0); // refilled, capped at the burst
  });
});
