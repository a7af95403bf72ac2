import { randomBytes } from 'node:crypto';
import { type Kysely, type Selectable, sql } from 'kysely';
import { DuplicateError } from '../errors.ts';
import type { EventDelivery, EventQueueStats, EventRecord, EventStore } from '../types.ts';
import { chunksFor, type SqlDialectOps, toStoreError } from './dialect-ops.ts';
import type { Database, EventQueueTable, EventsTable } from './schema.ts';

const EVENT_COLUMNS = 6;
const QUEUE_COLUMNS = 9;
const MAX_ERROR = 500;
/** A concurrent append with the same dedup key (MySQL) loses the race once; then it sees the row. */
const DUPLICATE_RETRIES = 3;

type Row = Selectable<EventQueueTable> & Omit<Selectable<EventsTable>, 'event_id'>;

function toEvent(r: Selectable<EventsTable>): EventRecord {
  return {
    eventId: Number(r.event_id),
    type: r.type,
    ts: Number(r.ts),
    node: r.node,
    payload: r.payload,
    dedupKey: r.dedup_key ?? '',
  };
}

function toDelivery(r: Row): EventDelivery {
  return {
    event: toEvent(r),
    sink: r.sink,
    attempts: Number(r.attempts),
    nextAt: Number(r.next_at),
    dead: Number(r.status) === 1,
    lastError: r.last_error,
    updatedAt: Number(r.updated_at),
  };
}

/** The events outbox over `events` and `event_queue` (see EventStore). */
export class SqlEventStore implements EventStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly ops: SqlDialectOps,
  ) {}

  async append(
    events: readonly EventRecord[],
    sinks: readonly string[],
  ): Promise<{ eventId: number; ts: number; duplicate: boolean }[]> {
    if (events.length === 0) return [];
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.db.transaction().execute((trx) => this.appendIn(trx, events, sinks));
      } catch (err) {
        const e = toStoreError(this.ops, err, 'event');
        if (!(e instanceof DuplicateError) || attempt >= DUPLICATE_RETRIES) throw e;
      }
    }
  }

  private async appendIn(
    trx: Kysely<Database>,
    events: readonly EventRecord[],
    sinks: readonly string[],
  ): Promise<{ eventId: number; ts: number; duplicate: boolean }[]> {
    const keys = [...new Set(events.map((e) => e.dedupKey).filter((k) => k !== ''))];
    const known = new Map<string, { eventId: number; ts: number }>();
    for (const chunk of chunksFor(keys, 1, this.ops.maxParams)) {
      const rows = await trx
        .selectFrom('events')
        .select(['event_id', 'ts', 'dedup_key'])
        .where('dedup_key', 'in', chunk)
        .execute();
      for (const r of rows) known.set(r.dedup_key ?? '', { eventId: Number(r.event_id), ts: Number(r.ts) });
    }
    const out: { eventId: number; ts: number; duplicate: boolean }[] = [];
    const fresh: EventRecord[] = [];
    for (const e of events) {
      const first = e.dedupKey === '' ? undefined : known.get(e.dedupKey);
      if (first) {
        out.push({ ...first, duplicate: true });
        continue;
      }
      if (e.dedupKey !== '') known.set(e.dedupKey, { eventId: e.eventId, ts: e.ts });
      fresh.push(e);
      out.push({ eventId: e.eventId, ts: e.ts, duplicate: false });
    }
    const rows = fresh.map((e) => ({
      event_id: e.eventId,
      type: e.type,
      ts: e.ts,
      node: e.node,
      payload: e.payload,
      dedup_key: e.dedupKey === '' ? null : e.dedupKey,
    }));
    for (const chunk of chunksFor(rows, EVENT_COLUMNS, this.ops.maxParams)) {
      await trx.insertInto('events').values(chunk).execute();
    }
    const queue = fresh.flatMap((e) =>
      sinks.map((sink) => ({
        event_id: e.eventId,
        sink,
        status: 0,
        attempts: 0,
        next_at: e.ts,
        claimed_until: 0,
        claim_token: '',
        last_error: '',
        updated_at: e.ts,
      })),
    );
    for (const chunk of chunksFor(queue, QUEUE_COLUMNS, this.ops.maxParams)) {
      await trx.insertInto('event_queue').values(chunk).execute();
    }
    return out;
  }

  async claim(sink: string, now: number, limit: number, leaseMs: number): Promise<EventDelivery[]> {
    const candidates = await this.db
      .selectFrom('event_queue')
      .select('event_id')
      .where('sink', '=', sink)
      .where('status', '=', 0)
      .where('next_at', '<=', now)
      .where('claimed_until', '<=', now)
      .orderBy('event_id')
      .limit(limit)
      .execute();
    if (candidates.length === 0) return [];
    const ids = candidates.map((c) => Number(c.event_id));
    const token = randomBytes(12).toString('hex');
    // The conditions again: a row another node claimed since the select keeps its claim.
    await this.db
      .updateTable('event_queue')
      .set({ claimed_until: now + leaseMs, claim_token: token })
      .where('sink', '=', sink)
      .where('event_id', 'in', ids)
      .where('status', '=', 0)
      .where('claimed_until', '<=', now)
      .execute();
    const rows = await this.db
      .selectFrom('event_queue as q')
      .innerJoin('events as e', 'e.event_id', 'q.event_id')
      .selectAll('q')
      .select(['e.type', 'e.ts', 'e.node', 'e.payload', 'e.dedup_key'])
      .where('q.sink', '=', sink)
      .where('q.event_id', 'in', ids)
      .where('q.claim_token', '=', token)
      .orderBy('q.event_id')
      .execute();
    return rows.map(toDelivery);
  }

  async release(sink: string, eventIds: readonly number[]): Promise<void> {
    for (const chunk of chunksFor([...eventIds], 1, this.ops.maxParams)) {
      await this.db
        .updateTable('event_queue')
        .set({ claimed_until: 0, claim_token: '' })
        .where('sink', '=', sink)
        .where('event_id', 'in', chunk)
        .where('status', '=', 0)
        .execute();
    }
  }

  async delivered(sink: string, eventIds: readonly number[]): Promise<void> {
    for (const chunk of chunksFor([...eventIds], 1, this.ops.maxParams)) {
      await this.db
        .deleteFrom('event_queue')
        .where('sink', '=', sink)
        .where('event_id', 'in', chunk)
        .execute();
    }
  }

  async failed(
    sink: string,
    eventId: number,
    f: { now: number; nextAt: number; error: string; dead: boolean },
  ): Promise<void> {
    await this.db
      .updateTable('event_queue')
      .set((eb) => ({
        attempts: eb('attempts', '+', 1),
        status: f.dead ? 1 : 0,
        next_at: f.nextAt,
        claimed_until: 0,
        claim_token: '',
        last_error: f.error.slice(0, MAX_ERROR),
        updated_at: f.now,
      }))
      .where('sink', '=', sink)
      .where('event_id', '=', eventId)
      .execute();
  }

  async deadLetters(opts: { sink?: string; afterEventId?: number; limit: number }): Promise<EventDelivery[]> {
    let q = this.db
      .selectFrom('event_queue as q')
      .innerJoin('events as e', 'e.event_id', 'q.event_id')
      .selectAll('q')
      .select(['e.type', 'e.ts', 'e.node', 'e.payload', 'e.dedup_key'])
      .where('q.status', '=', 1)
      .where('q.event_id', '>', opts.afterEventId ?? 0);
    if (opts.sink !== undefined) q = q.where('q.sink', '=', opts.sink);
    const rows = await q.orderBy('q.event_id').orderBy('q.sink').limit(opts.limit).execute();
    return rows.map(toDelivery);
  }

  async requeue(eventId: number, now: number, sink?: string): Promise<number> {
    let q = this.db
      .updateTable('event_queue')
      .set({ status: 0, attempts: 0, next_at: now, claimed_until: 0, claim_token: '', updated_at: now })
      .where('event_id', '=', eventId)
      .where('status', '=', 1);
    if (sink !== undefined) q = q.where('sink', '=', sink);
    const r = await q.executeTakeFirst();
    return Number(r.numUpdatedRows);
  }

  async dropSink(sink: string): Promise<number> {
    const r = await this.db.deleteFrom('event_queue').where('sink', '=', sink).executeTakeFirst();
    return Number(r.numDeletedRows);
  }

  async stats(): Promise<EventQueueStats[]> {
    const counts = await this.db
      .selectFrom('event_queue')
      .select(['sink', 'status', (eb) => eb.fn.countAll<number>().as('n')])
      .groupBy(['sink', 'status'])
      .execute();
    const bySink = new Map<
      string,
      { pending: number; dead: number; lastError: string; lastErrorAt: number }
    >();
    for (const c of counts) {
      const s = bySink.get(c.sink) ?? { pending: 0, dead: 0, lastError: '', lastErrorAt: 0 };
      if (Number(c.status) === 1) s.dead += Number(c.n);
      else s.pending += Number(c.n);
      bySink.set(c.sink, s);
    }
    for (const [sink, s] of bySink) {
      const last = await this.db
        .selectFrom('event_queue')
        .select(['last_error', 'updated_at'])
        .where('sink', '=', sink)
        .where('last_error', '<>', '')
        .orderBy('updated_at', 'desc')
        .limit(1)
        .executeTakeFirst();
      if (last) {
        s.lastError = last.last_error;
        s.lastErrorAt = Number(last.updated_at);
      }
    }
    return [...bySink].map(([sink, s]) => ({ sink, ...s })).sort((a, b) => (a.sink < b.sink ? -1 : 1));
  }

  async get(eventId: number): Promise<EventRecord | undefined> {
    const row = await this.db
      .selectFrom('events')
      .selectAll()
      .where('event_id', '=', eventId)
      .executeTakeFirst();
    return row === undefined ? undefined : toEvent(row);
  }

  async lastEventId(): Promise<number> {
    const row = await this.db
      .selectFrom('events')
      .select((eb) => eb.fn.max('event_id').as('m'))
      .executeTakeFirst();
    return Number(row?.m ?? 0);
  }

  async purge(before: number, limit: number): Promise<number> {
    const rows = await this.db
      .selectFrom('events as e')
      .select('e.event_id')
      .where('e.ts', '<', before)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('event_queue as q')
              .select(sql<number>`1`.as('one'))
              .whereRef('q.event_id', '=', 'e.event_id'),
          ),
        ),
      )
      .orderBy('e.event_id')
      .limit(limit)
      .execute();
    let removed = 0;
    for (const chunk of chunksFor(
      rows.map((r) => Number(r.event_id)),
      1,
      this.ops.maxParams,
    )) {
      const r = await this.db.deleteFrom('events').where('event_id', 'in', chunk).executeTakeFirst();
      removed += Number(r.numDeletedRows);
    }
    return removed;
  }
}
