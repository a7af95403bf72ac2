/** One key's place in line: see ArrivalOrder. */
export interface Turn {
  /** Resolves once every earlier turn of the same key is done. Never rejects. */
  readonly ready: Promise<void>;
  /** Ends this turn (idempotent): the next turn of the key may go once the earlier ones are done. */
  done(): void;
}

/**
 * Keeps the requests of one key (a session) in the order they arrived at one step, while the
 * work before that step (store reads whose latency varies: on a connection pool they finish in
 * any order) runs concurrently. `take` must be called synchronously on arrival; the caller
 * awaits `ready` just before the ordered step and calls `done` right after it (and on failure).
 */
export class ArrivalOrder {
  private readonly tails = new Map<string, Promise<void>>();

  take(key: string): Turn {
    const ready = this.tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((r) => {
      release = r;
    });
    const tail = ready.then(() => mine);
    this.tails.set(key, tail);
    let ended = false;
    return {
      ready,
      done: () => {
        if (ended) return;
        ended = true;
        release();
        void tail.then(() => {
          if (this.tails.get(key) === tail) this.tails.delete(key);
        });
      },
    };
  }

  /** Keys with a turn not yet done (for tests). */
  get size(): number {
    return this.tails.size;
  }
}
