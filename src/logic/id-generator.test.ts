import { describe, expect, it } from 'vitest';
import { IdGenerator, idTime } from './id-generator.ts';

describe('IdGenerator', () => {
  it('is strictly increasing and exact as a JS number, even in bursts and when the clock steps back', () => {
    let now = Date.UTC(2026, 5, 1);
    const gen = new IdGenerator(3, () => now);
    let prev = 0;
    for (let i = 0; i < 5000; i++) {
      if (i === 2000) now -= 10_000;
      const id = gen.next();
      expect(id).toBeGreaterThan(prev);
      expect(Number.isSafeInteger(id)).toBe(true);
      prev = id;
    }
  });

  it('differs between nodes at the same instant and encodes the time', () => {
    const t = Date.UTC(2030, 0, 1);
    const a = new IdGenerator(0, () => t).next();
    const b = new IdGenerator(31, () => t).next();
    expect(a).not.toBe(b);
    expect(idTime(a)).toBe(t);
    expect(() => new IdGenerator(32)).toThrow(RangeError);
  });

  it('stays below 2^53 until 2059', () => {
    const id = new IdGenerator(31, () => Date.UTC(2059, 0, 1)).next();
    expect(id).toBeLessThan(2 ** 53);
  });

  it('advancePast makes later ids greater than a stored one, even from an earlier clock', () => {
    const later = new IdGenerator(1, () => Date.UTC(2030, 0, 1)).next();
    const gen = new IdGenerator(1, () => Date.UTC(2029, 0, 1));
    gen.advancePast(later);
    expect(gen.next()).toBeGreaterThan(later);
  });
});
