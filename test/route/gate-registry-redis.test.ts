import { Redis } from 'ioredis';
import { describe, expect, it } from 'vitest';
import { RedisGateRegistry } from '../../src/route/gate-registry-redis.ts';
import { runGateRegistryContract } from '../contract/gate-registry.contract.ts';
import { REDIS_URL, useRedisRun } from '../helpers/redis.ts';

const run = useRedisRun('the Redis gate registry tests');

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

runGateRegistryContract({
  name: 'Redis',
  create: ({ staleMs }) => RedisGateRegistry.connect({ redis: REDIS_URL, keyPrefix: run.space(), staleMs }),
});

describe('RedisGateRegistry (Redis-specific)', () => {
  it('fails with an error naming Redis when it cannot connect', async () => {
    await expect(RedisGateRegistry.connect({ redis: 'redis://127.0.0.1:1' })).rejects.toThrow(/Redis/);
  });

  it('shares entries between instances on one prefix, not across prefixes, and leaves no keys behind', async () => {
    const prefix = run.space();
    const a = await RedisGateRegistry.connect({ redis: REDIS_URL, keyPrefix: prefix, staleMs: 300 });
    const b = await RedisGateRegistry.connect({ redis: REDIS_URL, keyPrefix: prefix, staleMs: 300 });
    const other = await RedisGateRegistry.connect({ redis: REDIS_URL, keyPrefix: run.space(), staleMs: 300 });
    try {
      await a.report({
        nodeId: 'node-1',
        host: 'h',
        tcpPort: 1,
        wsPort: 2,
        connections: 0,
        sessions: 0,
        messagesIn: 0,
        messagesOut: 0,
        updatedAt: 1,
      });
      expect((await b.list()).map((g) => g.nodeId)).toEqual(['node-1']);
      expect(await other.list()).toEqual([]);
      const keys = await run.admin.keys(`${prefix}*`);
      expect(keys.sort()).toEqual([`${prefix}gates:{gates}:exp`, `${prefix}gates:{gates}:info`]);
      for (const k of keys) expect(await run.admin.pttl(k)).toBeGreaterThan(0);
      // Nobody reads or reports: the keys expire by themselves on the Redis clock.
      await sleep(450);
      expect(await run.admin.keys(`${prefix}*`)).toEqual([]);
    } finally {
      await Promise.all([a.close(), b.close(), other.close()]);
    }
  });

  it('reads an entry written by an older node (no message counters) with counters 0', async () => {
    const prefix = run.space();
    const r = await RedisGateRegistry.connect({ redis: REDIS_URL, keyPrefix: prefix, staleMs: 5000 });
    try {
      await r.report({
        nodeId: 'node-new',
        host: 'h',
        tcpPort: 1,
        wsPort: 2,
        connections: 1,
        sessions: 1,
        messagesIn: 5,
        messagesOut: 6,
        updatedAt: 1,
      });
      const old = {
        nodeId: 'node-old',
        host: 'h',
        tcpPort: 1,
        wsPort: 2,
        connections: 0,
        sessions: 0,
        updatedAt: 1,
      };
      await run.admin.hset(`${prefix}gates:{gates}:info`, 'node-old', JSON.stringify(old));
      await run.admin.zadd(`${prefix}gates:{gates}:exp`, Date.now() + 60_000, 'node-old');
      const list = await r.list();
      expect(list.find((g) => g.nodeId === 'node-old')).toEqual({ ...old, messagesIn: 0, messagesOut: 0 });
      expect(list.find((g) => g.nodeId === 'node-new')).toMatchObject({ messagesIn: 5, messagesOut: 6 });
    } finally {
      await r.close();
    }
  });

  it('leaves a client it was given open', async () => {
    const client = new Redis(REDIS_URL);
    const r = await RedisGateRegistry.connect({ redis: client, keyPrefix: run.space() });
    await r.close();
    expect(await client.ping()).toBe('PONG');
    await client.quit();
  });
});
