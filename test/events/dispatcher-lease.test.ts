// Two nodes deliver one webhook sink from one MariaDB outbox while each delivery takes 30 ms, so
// a full claim (100 events) takes far longer than the 1 s lease: every event must still be
// delivered exactly once and never by both nodes at the same time.
import { describe, expect, it } from 'vitest';
import { EventDispatcher } from '../../src/events/event-dispatcher.ts';
import type { EventSink } from '../../src/events/types.ts';
import { createLogger } from '../../src/observability/logger.ts';
import type { EventRecord } from '../../src/store/types.ts';
import { useMysqlDatabase } from '../helpers/mysql.ts';

describe('event dispatcher: slow receiver, short lease, two nodes', () => {
  const db = useMysqlDatabase();

  it('delivers each event once', async () => {
    const s1 = await db.create();
    const s2 = await db.open();
    const now = Date.now();
    const events: EventRecord[] = Array.from({ length: 150 }, (_, i) => ({
      eventId: 1000 + i,
      type: 'login',
      ts: now,
      node: 'n',
      payload: '{}',
      dedupKey: '',
    }));
    await s1.events.append(events, ['webhook:x']);
    const count = new Map<number, number>();
    const inFlight = new Map<number, number>();
    let overlapping = 0;
    const sink = (target: string): EventSink => ({
      id: 'webhook:x',
      target,
      async start() {},
      async close() {},
      async deliver(batch) {
        const out = [];
        for (const e of batch) {
          inFlight.set(e.eventId, (inFlight.get(e.eventId) ?? 0) + 1);
          if (inFlight.get(e.eventId)! > 1) overlapping++;
          await new Promise((r) => setTimeout(r, 30));
          inFlight.set(e.eventId, inFlight.get(e.eventId)! - 1);
          count.set(e.eventId, (count.get(e.eventId) ?? 0) + 1);
          out.push({ ok: true as const });
        }
        return out;
      },
    });
    const opts = {
      log: createLogger('silent'),
      pollMs: 50,
      leaseMs: 1000,
      maxAttempts: 12,
      maxAgeMs: 86_400_000,
      retryBaseMs: 1000,
      retryMaxMs: 300_000,
    };
    const d1 = new EventDispatcher({ ...opts, store: s1.events, sinks: [sink('A')] });
    const d2 = new EventDispatcher({ ...opts, store: s2.events, sinks: [sink('B')] });
    d1.start();
    d2.start();
    const deadline = Date.now() + 30_000;
    while ((await s1.events.stats()).some((s) => s.pending > 0) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
    }
    await d1.close();
    await d2.close();
    expect(count.size).toBe(150);
    expect([...count.values()].filter((n) => n > 1)).toEqual([]);
    expect(overlapping).toBe(0);
  }, 40_000);
});
