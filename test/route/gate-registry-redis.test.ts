import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RedisGateRegistry } from '../../src/route/gate-registry-redis.ts';
import { runGateRegistryContract } from '../contract/gate-registry.contract.ts';

const REDIS_URL = process.env.PARLEY_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
/** Unique per run so parallel runs against the same Redis do not see each other's keys. */
const RUN = `parley-test-gr-${process.pid}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}:`;

let admin: Redis;
let sub = 0;
const space = () => `${RUN}t${++sub}:`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function keysOfRun(): Promise<string[]> {
  const keys: string[] = [];
  let cursor = '0';
  do {
    const [next, batch] = await admin.scan(cursor, 'MATCH', `${RUN}*`, 'COUNT', 1000);
    cursor = next;
    keys.push(...batch);
  } while (cursor !== '0');
  return keys;
}

beforeAll(async () => {
  admin = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1, retryStrategy: () => null });
  let cause: unknown;
  admin.on('error', (err) => {
    cause ??= err;
  });
  try {
    await admin.connect();
    await admin.ping();
  } catch (err) {
    admin.disconnect();
    throw new Error(
      `Redis is not reachable at ${REDIS_URL} (needed by the Redis gate registry tests): ${cause ?? err}`,
    );
  }
});

afterAll(async () => {
  if (admin?.status !== 'ready') return;
  const keys = await keysOfRun();
  for (let i = 0; i < keys.length; i += 500) await admin.del(...keys.slice(i, i + 500));
  await admin.quit();
});

runGateRegistryContract({
  name: 'Redis',
  create: ({ staleMs }) => RedisGateRegistry.connect({ redis: REDIS_URL, keyPrefix: space(), staleMs }),
});

describe('RedisGateRegistry (Redis-specific)', () => {
  it('fails with an error naming Redis when it cannot connect', async () => {
    await expect(RedisGateRegistry.connect({ redis: 'redis://127.0.0.1:1' })).rejects.toThrow(/Redis/);
  });

  it('shares entries between instances on one prefix, not across prefixes, and leaves no keys behind', async () => {
    const prefix = space();
    const a = await RedisGateRegistry.connect({ redis: REDIS_URL, keyPrefix: prefix, staleMs: 300 });
    const b = await RedisGateRegistry.connect({ redis: REDIS_URL, keyPrefix: prefix, staleMs: 300 });
    const other = await RedisGateRegistry.connect({ redis: REDIS_URL, keyPrefix: space(), staleMs: 300 });
    try {
      await a.report({
        nodeId: 'node-1',
        host: 'h',
        tcpPort: 1,
        wsPort: 2,
        connections: 0,
        sessions: 0,
        updatedAt: 1,
      });
      expect((await b.list()).map((g) => g.nodeId)).toEqual(['node-1']);
      expect(await other.list()).toEqual([]);
      const keys = await admin.keys(`${prefix}*`);
      expect(keys.sort()).toEqual([`${prefix}gates:{gates}:exp`, `${prefix}gates:{gates}:info`]);
      for (const k of keys) expect(await admin.pttl(k)).toBeGreaterThan(0);
      // Nobody reads or reports: the keys expire by themselves on the Redis clock.
      await sleep(450);
      expect(await admin.keys(`${prefix}*`)).toEqual([]);
    } finally {
      await Promise.all([a.close(), b.close(), other.close()]);
    }
  });

  it('leaves a client it was given open', async () => {
    const client = new Redis(REDIS_URL);
    const r = await RedisGateRegistry.connect({ redis: client, keyPrefix: space() });
    await r.close();
    expect(await client.ping()).toBe('PONG');
    await client.quit();
  });
});
