/**
 * The events outbox of the sharded store. An event and its queue rows live on one shard: the
 * home of its dedup key when it has one (so a resend finds the first event there), else the
 * home of its event id. Claims, listings and counts ask every shard and merge.
 */
import type { EventDelivery, EventQueueStats, EventRecord, EventStore } from '../types.ts';
import type { ShardRouter } from './shard-router.ts';

export class ShardedEventStore implements EventStore {
  constructor(private readonly r: ShardRouter) {}

  private homeOf(e: EventRecord): number {
    return this.r.home(e.dedupKey !== '' ? e.dedupKey : String(e.eventId));
  }

  /** One transaction per shard, concurrently; each event is atomic on its shard. */
  async append(
    events: readonly EventRecord[],
    sinks: readonly string[],
  ): Promise<{ eventId: number; ts: number; duplicate: boolean }[]> {
    const byShard = this.r.groupBy(events.keys(), (i) => this.homeOf(events[i]!));
    const out: { eventId: number; ts: number; duplicate: boolean }[] = new Array(events.length);
    await Promise.all(
      [...byShard].map(async ([s, idx]) => {
        const res = await this.r.at(s).events.append(
          idx.map((i) => events[i]!),
          sinks,
        );
        idx.forEach((i, k) => {
          out[i] = res[k]!;
        });
      }),
    );
    return out;
  }

  /** Up to `limit` rows per shard, merged by event id. */
  async claim(sink: string, now: number, limit: number, leaseMs: number): Promise<EventDelivery[]> {
    const parts = await this.r.all((p) => p.events.claim(sink, now, limit, leaseMs));
    return parts.flat().sort((a, b) => a.event.eventId - b.event.eventId);
  }

  async release(sink: string, eventIds: readonly number[]): Promise<void> {
    await this.r.all((p) => p.events.release(sink, eventIds));
  }

  async delivered(sink: string, eventIds: readonly number[]): Promise<void> {
    await this.r.all((p) => p.events.delivered(sink, eventIds));
  }

  async failed(
    sink: string,
    eventId: number,
    f: { now: number; nextAt: number; error: string; dead: boolean },
  ): Promise<void> {
    await this.r.all((p) => p.events.failed(sink, eventId, f));
  }

  async deadLetters(opts: { sink?: string; afterEventId?: number; limit: number }): Promise<EventDelivery[]> {
    const parts = await this.r.all((p) => p.events.deadLetters(opts));
    return parts
      .flat()
      .sort((a, b) => a.event.eventId - b.event.eventId || (a.sink < b.sink ? -1 : 1))
      .slice(0, opts.limit);
  }

  async requeue(eventId: number, now: number, sink?: string): Promise<number> {
    const parts = await this.r.all((p) => p.events.requeue(eventId, now, sink));
    return parts.reduce((a, b) => a + b, 0);
  }

  async dropSink(sink: string): Promise<number> {
    const parts = await this.r.all((p) => p.events.dropSink(sink));
    return parts.reduce((a, b) => a + b, 0);
  }

  async stats(): Promise<EventQueueStats[]> {
    const parts = await this.r.all((p) => p.events.stats());
    const bySink = new Map<string, EventQueueStats>();
    for (const s of parts.flat()) {
      const prev = bySink.get(s.sink);
      if (!prev) {
        bySink.set(s.sink, s);
        continue;
      }
      const later = s.lastErrorAt > prev.lastErrorAt ? s : prev;
      bySink.set(s.sink, {
        sink: s.sink,
        pending: prev.pending + s.pending,
        dead: prev.dead + s.dead,
        lastError: later.lastError,
        lastErrorAt: later.lastErrorAt,
      });
    }
    return [...bySink.values()].sort((a, b) => (a.sink < b.sink ? -1 : 1));
  }

  async get(eventId: number): Promise<EventRecord | undefined> {
    const parts = await this.r.all((p) => p.events.get(eventId));
    return parts.find((e) => e !== undefined);
  }

  async lastEventId(): Promise<number> {
    const parts = await this.r.all((p) => p.events.lastEventId());
    return Math.max(0, ...parts);
  }

  async purge(before: number, limit: number): Promise<number> {
    const parts = await this.r.all((p) => p.events.purge(before, limit));
    return parts.reduce((a, b) => a + b, 0);
  }
}
