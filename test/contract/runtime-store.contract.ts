/**
 * The console webhooks, runtime settings and the outbox's dropSink parts of the Store contract
 * (src/store/types.ts), run by runStoreContract against every store implementation.
 */
import { describe, expect, it } from 'vitest';
import { DuplicateError } from '../../src/store/errors.ts';
import type { EventRecord, Store, WebhookRecord } from '../../src/store/types.ts';

function hook(id: string, over: Partial<WebhookRecord> = {}): WebhookRecord {
  return {
    id,
    url: `https://hooks.example/in/${id}?q=Ünïcødé`,
    secret: `s-${id}-${'x'.repeat(40)}`,
    types: [],
    createdAt: 1_700_000_000_000,
    createdBy: 'root',
    revokedAt: 0,
    ...over,
  };
}

let nextEventId = 9_000_000;
function ev(): EventRecord {
  const eventId = nextEventId++;
  return {
    eventId,
    type: 'login',
    ts: 1_700_000_000_000 + eventId,
    node: 'node-0',
    payload: '{}',
    dedupKey: '',
  };
}

export function describeRuntimeStores(store: () => Store): void {
  describe('console webhooks', () => {
    it('creates, lists by creation time, refuses a duplicate id', async () => {
      const a = hook('aa', { types: ['login', 'message.sent'], createdAt: 2 });
      const b = hook('bb', { createdAt: 1 });
      await store().webhooks.create(a);
      await store().webhooks.create(b);
      await expect(store().webhooks.create(hook('aa'))).rejects.toBeInstanceOf(DuplicateError);
      expect(await store().webhooks.list()).toEqual([b, a]);
    });

    it('revokes: hidden from the default list, kept with includeRevoked, first time kept', async () => {
      await store().webhooks.create(hook('cc'));
      await store().webhooks.create(hook('dd'));
      expect(await store().webhooks.revoke('cc', 5_000)).toBe(true);
      expect(await store().webhooks.revoke('cc', 6_000)).toBe(true);
      expect(await store().webhooks.revoke('nope', 6_000)).toBe(false);
      expect((await store().webhooks.list()).map((w) => w.id)).toEqual(['dd']);
      const all = await store().webhooks.list({ includeRevoked: true });
      expect(all.find((w) => w.id === 'cc')?.revokedAt).toBe(5_000);
      expect(all.find((w) => w.id === 'dd')?.revokedAt).toBe(0);
    });
  });

  describe('runtime settings', () => {
    it('puts, replaces, lists by key and deletes overrides', async () => {
      expect(await store().runtimeSettings.list()).toEqual([]);
      await store().runtimeSettings.put({
        key: 'push.preview',
        value: 'false',
        changedBy: 'a',
        changedAt: 1,
      });
      await store().runtimeSettings.put({ key: 'log.level', value: '"debug"', changedBy: 'a', changedAt: 2 });
      await store().runtimeSettings.put({ key: 'log.level', value: '"warn"', changedBy: 'b', changedAt: 3 });
      expect(await store().runtimeSettings.list()).toEqual([
        { key: 'log.level', value: '"warn"', changedBy: 'b', changedAt: 3 },
        { key: 'push.preview', value: 'false', changedBy: 'a', changedAt: 1 },
      ]);
      expect(await store().runtimeSettings.delete('log.level')).toBe(true);
      expect(await store().runtimeSettings.delete('log.level')).toBe(false);
      expect((await store().runtimeSettings.list()).map((s) => s.key)).toEqual(['push.preview']);
    });
  });

  describe('events outbox: dropSink', () => {
    it("removes the sink's pending and dead rows only", async () => {
      const events = [ev(), ev(), ev()];
      await store().events.append(events, ['webhook:gone', 'webhook:kept']);
      await store().events.claim('webhook:gone', 9_000_000_000_000, 1, 1000);
      await store().events.failed('webhook:gone', events[0]!.eventId, {
        now: 1,
        nextAt: 2,
        error: 'HTTP 500',
        dead: true,
      });
      expect(await store().events.dropSink('webhook:gone')).toBe(3);
      expect(await store().events.dropSink('webhook:gone')).toBe(0);
      const stats = await store().events.stats();
      expect(stats.map((s) => [s.sink, s.pending, s.dead])).toEqual([['webhook:kept', 3, 0]]);
    });
  });
}
