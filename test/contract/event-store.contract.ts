/**
 * The EventStore part of the Store contract (src/store/types.ts), run by runStoreContract
 * against every store implementation.
 */
import { describe, expect, it } from 'vitest';
import type { EventRecord, Store } from '../../src/store/types.ts';

let nextEventId = 5_000_000;

function ev(over: Partial<EventRecord> = {}): EventRecord {
  const eventId = over.eventId ?? nextEventId++;
  return {
    eventId,
    type: 'login',
    ts: 1_700_000_000_000 + eventId,
    node: 'node-0',
    payload: JSON.stringify({ uid: `u${eventId}`, text: 'Ünïcødé 爱 🐇' }),
    dedupKey: '',
    ...over,
  };
}

const FAR = 9_000_000_000_000;

export function describeEventStore(store: () => Store): void {
  describe('events outbox', () => {
    it('stores events and queues each for every sink', async () => {
      const a = ev();
      const b = ev({ type: 'upstream' });
      const res = await store().events.append([a, b], ['webhook:x', 'jetstream']);
      expect(res).toEqual([
        { eventId: a.eventId, ts: a.ts, duplicate: false },
        { eventId: b.eventId, ts: b.ts, duplicate: false },
      ]);
      expect(await store().events.get(a.eventId)).toEqual(a);
      expect(await store().events.lastEventId()).toBeGreaterThanOrEqual(b.eventId);
      const claimed = await store().events.claim('webhook:x', FAR, 10, 1000);
      expect(claimed.map((d) => d.event)).toEqual([a, b]);
      expect(claimed[0]).toMatchObject({ sink: 'webhook:x', attempts: 0, dead: false });
      const stats = await store().events.stats();
      expect(stats.map((s) => [s.sink, s.pending, s.dead])).toEqual([
        ['jetstream', 2, 0],
        ['webhook:x', 2, 0],
      ]);
    });

    it('is idempotent on the dedup key, across calls and within a batch', async () => {
      const first = ev({ dedupKey: 'up:alice:c1' });
      const again = ev({ dedupKey: 'up:alice:c1' });
      const other = ev({ dedupKey: 'up:bob:c1' });
      const [r1] = await store().events.append([first], ['s']);
      expect(r1).toEqual({ eventId: first.eventId, ts: first.ts, duplicate: false });
      const res = await store().events.append([again, other, ev({ dedupKey: 'up:bob:c1' })], ['s']);
      expect(res).toEqual([
        { eventId: first.eventId, ts: first.ts, duplicate: true },
        { eventId: other.eventId, ts: other.ts, duplicate: false },
        { eventId: other.eventId, ts: other.ts, duplicate: true },
      ]);
      expect(await store().events.get(again.eventId)).toBeUndefined();
      expect((await store().events.claim('s', FAR, 10, 1000)).map((d) => d.event.eventId)).toEqual([
        first.eventId,
        other.eventId,
      ]);
    });

    it('claims due rows once per lease, in event id order', async () => {
      const evs = [ev(), ev(), ev()];
      await store().events.append(evs, ['s']);
      const now = evs[2]!.ts + 1;
      const [c1, c2] = await Promise.all([
        store().events.claim('s', now, 2, 10_000),
        store().events.claim('s', now, 2, 10_000),
      ]);
      // No row is held by both claims; what they left is claimed next.
      const ids = [...c1!, ...c2!].map((d) => d.event.eventId);
      expect(new Set(ids).size).toBe(ids.length);
      const rest = await store().events.claim('s', now, 10, 10_000);
      expect([...ids, ...rest.map((d) => d.event.eventId)].sort((x, y) => x - y)).toEqual(
        evs.map((e) => e.eventId),
      );
      expect(await store().events.claim('s', now + 5000, 10, 10_000)).toEqual([]);
      // The lease ends: claimable again (a node that died lets its rows go).
      expect(await store().events.claim('s', now + 10_000, 10, 10_000)).toHaveLength(3);
      // Released rows are claimable at once, with no attempt counted.
      const held = await store().events.claim('s', now + 20_000, 10, 10_000);
      await store().events.release('s', [held[0]!.event.eventId]);
      const back = await store().events.claim('s', now + 20_000, 10, 10_000);
      expect(back.map((d) => [d.event.eventId, d.attempts])).toEqual([[held[0]!.event.eventId, 0]]);
      // Not due yet: not claimed.
      const later = ev({ ts: now + 100_000 });
      await store().events.append([later], ['t']);
      expect(await store().events.claim('t', now, 10, 1000)).toEqual([]);
    });

    it('removes delivered rows, reschedules failed ones and dead-letters them', async () => {
      const [a, b] = [ev(), ev()];
      await store().events.append([a, b], ['s']);
      const now = b.ts + 1;
      await store().events.claim('s', now, 10, 60_000);
      await store().events.delivered('s', [a.eventId]);
      await store().events.failed('s', b.eventId, { now, nextAt: now + 500, error: 'HTTP 500', dead: false });
      expect(await store().events.claim('s', now + 499, 10, 1000)).toEqual([]);
      const [retry] = await store().events.claim('s', now + 500, 10, 1000);
      expect(retry).toMatchObject({ attempts: 1, lastError: 'HTTP 500', dead: false });
      expect(retry?.event.eventId).toBe(b.eventId);
      await store().events.failed('s', b.eventId, {
        now: now + 600,
        nextAt: now + 600,
        error: 'gone',
        dead: true,
      });
      expect(await store().events.claim('s', FAR, 10, 1000)).toEqual([]);
      const dead = await store().events.deadLetters({ limit: 10 });
      expect(dead.map((d) => [d.event.eventId, d.sink, d.attempts, d.dead, d.lastError])).toEqual([
        [b.eventId, 's', 2, true, 'gone'],
      ]);
      expect(await store().events.stats()).toEqual([
        { sink: 's', pending: 0, dead: 1, lastError: 'gone', lastErrorAt: now + 600 },
      ]);
      expect(await store().events.requeue(b.eventId, now + 700, 'other')).toBe(0);
      expect(await store().events.requeue(b.eventId, now + 700)).toBe(1);
      expect(await store().events.deadLetters({ limit: 10 })).toEqual([]);
      const [again] = await store().events.claim('s', now + 700, 10, 1000);
      expect(again).toMatchObject({ attempts: 0, dead: false });
    });

    it('purges old events no sink holds, forgetting their dedup keys', async () => {
      const done = ev({ ts: 1000, dedupKey: 'up:carol:x' });
      const held = ev({ ts: 1000 });
      await store().events.append([done, held], ['s']);
      await store().events.delivered('s', [done.eventId]);
      expect(await store().events.purge(2000, 100)).toBe(1);
      expect(await store().events.get(done.eventId)).toBeUndefined();
      expect(await store().events.get(held.eventId)).toBeDefined();
      const [r] = await store().events.append([ev({ dedupKey: 'up:carol:x' })], ['s']);
      expect(r?.duplicate).toBe(false);
    });
  });
}
