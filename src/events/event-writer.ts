import type { IdGenerator } from '../logic/id-generator.ts';
import type { Logger } from '../observability/logger.ts';
import type { EventRecord, EventStore } from '../store/types.ts';
import { EVENT_TYPES, type EventEmitterApi, type EventType } from './types.ts';

export interface EventWriterOptions {
  store: EventStore;
  ids: IdGenerator;
  node: string;
  /**
   * Sink ids every event is queued for, or a function giving them per event type at emission
   * time (console webhooks come and go, and may take only some types).
   */
  sinks: readonly string[] | ((type: string) => readonly string[]);
  /** 'all' or a comma list of event types. */
  types: string;
  log: Logger;
  /** Called after each committed batch (the delivery loop starts at once). */
  onCommit?: () => void;
  maxBatch?: number;
}

interface Pending {
  readonly record: EventRecord;
  /** The sinks it is queued for, decided when emitted. */
  readonly sinks: readonly string[];
  resolve(r: { eventId: number; ts: number; duplicate: boolean }): void;
  reject(err: unknown): void;
}

export class EventWriterClosedError extends Error {
  override readonly name = 'EventWriterClosedError';
}

function sameSinks(a: readonly string[], b: readonly string[]): boolean {
  return a === b || (a.length === b.length && a.every((s, i) => s === b[i]));
}

/** Parses events.types: 'all' or a comma list; throws naming the setting for an unknown type. */
export function parseEventTypes(value: string): ReadonlySet<EventType> {
  const names = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (names.length === 1 && names[0] === 'all') return new Set(EVENT_TYPES);
  const out = new Set<EventType>();
  for (const n of names) {
    if (!(EVENT_TYPES as readonly string[]).includes(n)) {
      throw new Error(
        `events.types: unknown event type ${JSON.stringify(n)}; use all or ${EVENT_TYPES.join(', ')}`,
      );
    }
    out.add(n as EventType);
  }
  return out;
}

/**
 * Group commit for the events outbox: events emitted in the same event-loop turn are written in
 * one store transaction, one batch at a time, in emission order. Durable emits resolve after
 * their batch committed; lifecycle emits are fire-and-forget (a failed batch is logged).
 */
export class EventWriter implements EventEmitterApi {
  private queue: Pending[] = [];
  private running: Promise<void> | undefined;
  private scheduled = false;
  private closed = false;
  private readonly types: ReadonlySet<EventType>;

  constructor(private readonly o: EventWriterOptions) {
    this.types = parseEventTypes(o.types);
  }

  wants(type: EventType): boolean {
    return this.types.has(type) && this.sinksFor(type).length > 0;
  }

  private sinksFor(type: string): readonly string[] {
    return typeof this.o.sinks === 'function' ? this.o.sinks(type) : this.o.sinks;
  }

  emit(type: EventType, data: Record<string, unknown>): void {
    if (!this.wants(type) || this.closed) return;
    this.submit(type, data, '').catch((err: unknown) =>
      this.o.log.warn({ err, type }, 'writing a lifecycle event to the outbox failed; it is lost'),
    );
  }

  emitDurable(
    type: EventType,
    data: Record<string, unknown>,
    dedupKey: string,
  ): Promise<{ eventId: number; ts: number; duplicate: boolean }> {
    return this.submit(type, data, dedupKey);
  }

  /** Refuses new events and resolves once everything emitted has been written. */
  async close(): Promise<void> {
    this.closed = true;
    while (this.running || this.queue.length > 0) {
      if (!this.running) this.running = this.run();
      await this.running;
    }
  }

  private submit(
    type: EventType,
    data: Record<string, unknown>,
    dedupKey: string,
  ): Promise<{ eventId: number; ts: number; duplicate: boolean }> {
    if (this.closed) return Promise.reject(new EventWriterClosedError('the events outbox is closed'));
    const record: EventRecord = {
      eventId: this.o.ids.next(),
      type,
      ts: Date.now(),
      node: this.o.node,
      payload: JSON.stringify(data),
      dedupKey,
    };
    const sinks = this.sinksFor(type);
    return new Promise((resolve, reject) => {
      this.queue.push({ record, sinks, resolve, reject });
      if (!this.scheduled && !this.running) {
        this.scheduled = true;
        setImmediate(() => {
          this.scheduled = false;
          if (!this.running) this.running = this.run();
        });
      }
    });
  }

  private async run(): Promise<void> {
    const max = this.o.maxBatch ?? 1000;
    try {
      while (this.queue.length > 0) {
        const taken = this.queue.splice(0, max);
        // Runs of events queued for the same sinks share one append (usually the whole batch).
        for (let from = 0; from < taken.length; ) {
          let to = from + 1;
          while (to < taken.length && sameSinks(taken[to]!.sinks, taken[from]!.sinks)) to++;
          const batch = taken.slice(from, to);
          from = to;
          try {
            const res = await this.o.store.append(
              batch.map((p) => p.record),
              batch[0]!.sinks,
            );
            for (let i = 0; i < batch.length; i++) batch[i]!.resolve(res[i]!);
            this.o.onCommit?.();
          } catch (err) {
            for (const p of batch) p.reject(err);
          }
        }
      }
    } finally {
      this.running = undefined;
    }
  }
}
