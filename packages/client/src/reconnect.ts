import type { ReconnectOptions } from './types.ts';

export const DEFAULT_MIN_DELAY_MS = 200;
export const DEFAULT_MAX_DELAY_MS = 10_000;

/**
 * Delay before reconnect attempt number `attempt` (0-based): uniformly random between `min` and
 * `min·2^(attempt+1)`, that ceiling capped at `max`. Every attempt, the first included, is
 * jittered: clients that lost the same server do not all come back at the same moment.
 */
export function backoffDelay(
  attempt: number,
  min: number,
  max: number,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(max, min * 2 ** (Math.min(Math.max(attempt, 0), 30) + 1));
  return Math.round(min + random() * Math.max(0, ceiling - min));
}

/** One pending reconnect timer and the attempt counter behind it. */
export class Backoff {
  private attempt = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  readonly min: number;
  readonly max: number;

  constructor(
    options: ReconnectOptions,
    private readonly random: () => number = Math.random,
  ) {
    this.min = Math.max(0, options.minDelayMs ?? DEFAULT_MIN_DELAY_MS);
    this.max = Math.max(this.min, options.maxDelayMs ?? DEFAULT_MAX_DELAY_MS);
  }

  /** Attempts made since the last reset. */
  get attempts(): number {
    return this.attempt;
  }

  get scheduled(): boolean {
    return this.timer !== undefined;
  }

  /** Runs `fn` after the next delay (replacing a pending one) and returns that delay. */
  schedule(fn: () => void): number {
    this.cancel();
    const delay = backoffDelay(this.attempt, this.min, this.max, this.random);
    this.attempt += 1;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      fn();
    }, delay);
    return delay;
  }

  cancel(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** After a successful login: the next outage starts from the shortest delay again. */
  reset(): void {
    this.attempt = 0;
  }
}
