export type Listener<T> = (payload: T) => void;

/**
 * A minimal typed emitter over `E`, an interface that maps each event name to its payload type. Listeners run synchronously in subscription order; one that throws
 * does not stop the others: its error goes to `onListenerError`.
 */
export class TypedEmitter<E extends object> {
  private readonly listeners = new Map<keyof E, Set<Listener<never>>>();

  constructor(private readonly onListenerError: (err: unknown, event: keyof E) => void) {}

  /** Subscribes; returns the function that unsubscribes. */
  on<K extends keyof E>(event: K, fn: Listener<E[K]>): () => void {
    let set = this.listeners.get(event);
    if (!set) {
      set = new Set();
      this.listeners.set(event, set);
    }
    set.add(fn as Listener<never>);
    return () => {
      this.listeners.get(event)?.delete(fn as Listener<never>);
    };
  }

  /** Subscribes for the next event only. */
  once<K extends keyof E>(event: K, fn: Listener<E[K]>): () => void {
    const off = this.on(event, (payload) => {
      off();
      fn(payload);
    });
    return off;
  }

  emit<K extends keyof E>(event: K, payload: E[K]): void {
    const set = this.listeners.get(event);
    if (!set || set.size === 0) return;
    for (const fn of [...set] as Listener<E[K]>[]) {
      try {
        fn(payload);
      } catch (err) {
        this.onListenerError(err, event);
      }
    }
  }

  listenerCount(event: keyof E): number {
    return this.listeners.get(event)?.size ?? 0;
  }

  clear(): void {
    this.listeners.clear();
  }
}
