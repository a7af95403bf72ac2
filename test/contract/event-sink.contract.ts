/**
 * The EventSink contract (src/events/types.ts), run against every sink with the same checks:
 * the sink alone, and the sink behind the delivery loop over a real outbox (SQLite store).
 *
 * @example
 * runEventSinkContract({ name: 'webhook', create: async () => ({ sink, received, breakIt, fixIt, close }) });
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EventDispatcher } from '../../src/events/event-dispatcher.ts';
import type { EventSink } from '../../src/events/types.ts';
import { createLogger } from '../../src/observability/logger.ts';
import { createSqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import type { EventRecord, Store } from '../../src/store/types.ts';

/** One event as the destination got it. */
export interface ReceivedEvent {
  readonly id: number;
  readonly type: string;
  readonly data: unknown;
}

export interface SinkHarness {
  readonly sink: EventSink;
  /** Every copy the destination holds, in the order it got them (duplicates it kept included). */
  received(): Promise<ReceivedEvent[]>;
  /** Makes the destination refuse (down); fixIt makes it work again. */
  breakIt(): Promise<void>;
  fixIt(): Promise<void>;
  /** Whether the destination itself drops a second copy of an event id (JetStream dedup). */
  readonly dedups: boolean;
  close(): Promise<void>;
}

export interface EventSinkContractOptions {
  name: string;
  /** A started sink over a fresh, empty destination. */
  create: () => Promise<SinkHarness>;
}

let nextId = 8_000_000;

function ev(type = 'login', data: Record<string, unknown> = {}): EventRecord {
  const eventId = nextId++;
  return {
    eventId,
    type,
    ts: Date.now(),
    node: 'node-0',
    payload: JSON.stringify({ n: eventId, text: 'Ünïcødé 爱 🐇', ...data }),
    dedupKey: '',
  };
}

async function eventually(check: () => Promise<boolean>, what: string, timeoutMs = 8000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

export function runEventSinkContract(opts: EventSinkContractOptions): void {
  describe(`EventSink contract: ${opts.name}`, () => {
    let h: SinkHarness;
    beforeEach(async () => {
      h = await opts.create();
    });
    afterEach(async () => {
      await h.close();
    });

    it('delivers each event with its id, type and payload, and reports ok', async () => {
      const events = [ev('login', { uid: 'alice' }), ev('upstream', { service: 'orders' })];
      const out = await h.sink.deliver(events);
      expect(out.map((o) => o?.ok)).toEqual([true, true]);
      const got = await h.received();
      expect(got.map((g) => [g.id, g.type])).toEqual(events.map((e) => [e.eventId, e.type]));
      expect(got[1]?.data).toEqual(JSON.parse(events[1]!.payload));
    });

    it('a redelivered event keeps its id, so the receiver can drop the copy', async () => {
      const e = ev();
      await h.sink.deliver([e]);
      const again = await h.sink.deliver([e]);
      expect(again[0]?.ok).toBe(true);
      const got = (await h.received()).filter((g) => g.id === e.eventId);
      expect(got.length).toBe(h.dedups ? 1 : 2);
      expect(new Set(got.map((g) => JSON.stringify(g))).size).toBe(1);
    });

    it('reports a failure (never throws) while the destination is down', async () => {
      await h.breakIt();
      const out = await h.sink.deliver([ev(), ev()]);
      expect(out[0]?.ok).toBe(false);
      expect(out[0] && !out[0].ok ? out[0].error : '').not.toBe('');
      expect(out.every((o) => o === undefined || !o.ok)).toBe(true);
      await h.fixIt();
      const later = await h.sink.deliver([ev()]);
      expect(later[0]?.ok).toBe(true);
    });

    describe('behind the delivery loop over the outbox', () => {
      let store: Store;
      let dir: string;
      let dispatcher: EventDispatcher | undefined;
      beforeEach(async () => {
        dir = mkdtempSync(join(tmpdir(), 'parley-sink-'));
        store = await createSqliteStore({ file: join(dir, 'p.db') });
      });
      afterEach(async () => {
        await dispatcher?.close();
        await store.close();
        rmSync(dir, { recursive: true, force: true });
      });
      const start = (maxAttempts = 100): EventDispatcher => {
        dispatcher = new EventDispatcher({
          store: store.events,
          sinks: [h.sink],
          log: createLogger('silent'),
          pollMs: 20,
          leaseMs: 5000,
          maxAttempts,
          maxAgeMs: 60_000,
          retryBaseMs: 50,
          retryMaxMs: 200,
        });
        dispatcher.start();
        return dispatcher;
      };

      it('delivers what the outbox holds at least once and empties the queue', async () => {
        const events = Array.from({ length: 20 }, () => ev('message.sent'));
        await store.events.append(events, [h.sink.id]);
        start();
        await eventually(
          async () => (await store.events.stats()).every((s) => s.pending === 0),
          'queue empty',
        );
        const ids = new Set((await h.received()).map((g) => g.id));
        for (const e of events) expect(ids.has(e.eventId)).toBe(true);
      });

      it('retries after the destination was down, then delivers', async () => {
        await h.breakIt();
        const events = [ev(), ev(), ev()];
        await store.events.append(events, [h.sink.id]);
        start();
        await eventually(
          async () => (await store.events.stats()).some((s) => s.lastError !== ''),
          'a failed attempt',
        );
        await h.fixIt();
        await eventually(
          async () => (await store.events.stats()).every((s) => s.pending === 0),
          'queue empty',
        );
        const ids = new Set((await h.received()).map((g) => g.id));
        expect(events.every((e) => ids.has(e.eventId))).toBe(true);
      });

      it('dead-letters after max attempts; a requeued event is delivered', async () => {
        await h.breakIt();
        const e = ev();
        await store.events.append([e], [h.sink.id]);
        start(2);
        await eventually(
          async () => (await store.events.deadLetters({ limit: 10 })).length === 1,
          'dead letter',
        );
        await h.fixIt();
        expect(await store.events.requeue(e.eventId, Date.now())).toBe(1);
        await eventually(
          async () => (await h.received()).some((g) => g.id === e.eventId),
          'delivery after requeue',
        );
      });
    });
  });
}
