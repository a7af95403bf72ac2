/**
 * Server message ids: positive integers below 2^53 (exact in JS numbers, JSON and protobuf
 * int64 with --force-number), time-ordered and unique across up to 32 nodes.
 *
 * Layout: milliseconds since 2025-01-01 (40 bits, until 2059) · node (5 bits) · counter (8 bits).
 * More than 256 ids in one millisecond borrow the next millisecond, so ids stay strictly
 * increasing on one node even under bursts or a clock that steps back.
 */
export const ID_EPOCH = Date.UTC(2025, 0, 1);
const NODE_BITS = 5;
const COUNTER_BITS = 8;
const COUNTER_MAX = (1 << COUNTER_BITS) - 1;
const NODE_SHIFT = 2 ** COUNTER_BITS;
const TIME_SHIFT = 2 ** (NODE_BITS + COUNTER_BITS);

export class IdGenerator {
  private lastMs = 0;
  private counter = 0;

  constructor(
    private readonly node: number,
    private readonly now: () => number = Date.now,
  ) {
    if (!Number.isInteger(node) || node < 0 || node >= 1 << NODE_BITS) {
      throw new RangeError(`node id ${node} outside 0..${(1 << NODE_BITS) - 1}`);
    }
  }

  /** Makes every later id greater than `id` (seeded from the store at start: a clock that
   * stepped back across a restart cannot reuse an id). */
  advancePast(id: number): void {
    const ms = Math.floor(id / TIME_SHIFT);
    const counter = id % NODE_SHIFT;
    if (ms > this.lastMs || (ms === this.lastMs && counter > this.counter)) {
      this.lastMs = ms;
      this.counter = counter;
    }
  }

  next(): number {
    const ms = Math.max(this.now() - ID_EPOCH, 0);
    if (ms > this.lastMs) {
      this.lastMs = ms;
      this.counter = 0;
    } else if (this.counter < COUNTER_MAX) {
      this.counter++;
    } else {
      this.lastMs++;
      this.counter = 0;
    }
    return this.lastMs * TIME_SHIFT + this.node * NODE_SHIFT + this.counter;
  }
}

/** The creation time encoded in an id (unix ms). */
export function idTime(id: number): number {
  return Math.floor(id / TIME_SHIFT) + ID_EPOCH;
}

/** The smallest id that can be created at unix ms `ms` (on any node). */
export function idFloor(ms: number): number {
  return Math.max(0, ms - ID_EPOCH) * TIME_SHIFT;
}
