// Sinks that come and go at run time (console webhooks): the writer queues each event for the
// sinks that want its type at emission time; the dispatcher adds and removes delivery loops.
import { afterEach, describe, expect, it } from 'vitest';
import { EventDispatcher } from '../../src/events/event-dispatcher.ts';
import { EventWriter } from '../../src/events/event-writer.ts';
import type { EventSink } from '../../src/events/types.ts';
import { IdGenerator } from '../../src/logic/id-generator.ts';
import { createLogger } from '../../src/observability/logger.ts';
import { createSqliteStore, type SqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import type { EventRecord } from '../../src/store/types.ts';

const log = createLogger('silent');
const open: SqliteStore[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
});

async function store(): Promise<SqliteStore> {
  const s = await createSqliteStore({ file: ':memory:' });
  open.push(s);
  return s;
}

function recording(id: string, got: EventRecord[]): EventSink {
  return {
    id,
    target: id,
    async start() {},
    async close() {},
    async deliver(batch) {
      got.push(...batch);
      return batch.map(() => ({ ok: true as const }));
    },
  };
}

const until = async (check: () => boolean, what: string) => {
  const end = Date.now() + 5000;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe('run-time sinks', () => {
  it('the writer queues each event for the sinks its type had when emitted', async () => {
    const s = await store();
    let sinksOf = (type: string): string[] => (type === 'login' ? ['a', 'b'] : ['a']);
    const w = new EventWriter({
      store: s.events,
      ids: new IdGenerator(0),
      node: 'n',
      sinks: (type) => sinksOf(type),
      types: 'all',
      log,
    });
    w.emit('login', { uid: 'x' });
    w.emit('logout', { uid: 'x' });
    w.emit('login', { uid: 'y' });
    await w.close();
    const stats = await s.events.stats();
    expect(stats.map((x) => [x.sink, x.pending])).toEqual([
      ['a', 3],
      ['b', 2],
    ]);
    sinksOf = () => [];
    const w2 = new EventWriter({
      store: s.events,
      ids: new IdGenerator(0),
      node: 'n',
      sinks: (type) => sinksOf(type),
      types: 'all',
      log,
    });
    expect(w2.wants('login')).toBe(false);
  });

  it('the dispatcher starts a loop for an added sink and stops the loop of a removed one', async () => {
    const s = await store();
    const d = new EventDispatcher({
      store: s.events,
      sinks: [],
      log,
      pollMs: 10,
      leaseMs: 1000,
      maxAttempts: 3,
      maxAgeMs: 60_000,
      retryBaseMs: 10,
      retryMaxMs: 10,
    });
    d.start();
    const got: EventRecord[] = [];
    const ev = (eventId: number): EventRecord => ({
      eventId,
      type: 'login',
      ts: Date.now(),
      node: 'n',
      payload: '{}',
      dedupKey: '',
    });
    await s.events.append([ev(1)], ['webhook:late']);
    d.addSink(recording('webhook:late', got));
    d.addSink(recording('webhook:late', got));
    await until(() => got.length === 1, 'the added sink to deliver');
    expect(d.status().map((x) => x.sink)).toEqual(['webhook:late']);
    await d.removeSink('webhook:late');
    await d.removeSink('webhook:unknown');
    expect(d.status()).toEqual([]);
    await s.events.append([ev(2)], ['webhook:late']);
    d.wake();
    await new Promise((r) => setTimeout(r, 100));
    expect(got.map((e) => e.eventId)).toEqual([1]);
    await d.close();
  });
});
