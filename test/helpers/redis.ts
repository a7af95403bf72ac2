/**
 * A Redis key space for one test file: `useRedisRun(what)` (at file level) connects an admin
 * client before the tests, failing with a message naming Redis when it is unreachable, and
 * deletes every key under the run's prefix afterwards. Each `space()` is a fresh sub-prefix.
 */
import { Redis } from 'ioredis';
import { afterAll, beforeAll, expect } from 'vitest';

export const REDIS_URL = process.env.PARLEY_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export interface RedisRun {
  /** Unique per run, so parallel runs against the same Redis do not see each other's keys. */
  readonly prefix: string;
  /** A fresh key space under the run's prefix. */
  space(): string;
  /** The administrative client (valid once the file's beforeAll ran). */
  readonly admin: Redis;
  /** Every key under the run's prefix. */
  keys(): Promise<string[]>;
}

export function useRedisRun(what: string): RedisRun {
  const prefix = `parley-test-${process.pid}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}:`;
  let admin: Redis | undefined;
  let sub = 0;
  const keys = async (): Promise<string[]> => {
    const out: string[] = [];
    let cursor = '0';
    do {
      const [next, batch] = await admin!.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
      cursor = next;
      out.push(...batch);
    } while (cursor !== '0');
    return out;
  };

  beforeAll(async () => {
    const client = new Redis(REDIS_URL, {
      lazyConnect: true,
      maxRetriesPerRequest: 1,
      retryStrategy: () => null,
    });
    let cause: unknown;
    client.on('error', (err) => {
      cause ??= err;
    });
    try {
      await client.connect();
      await client.ping();
    } catch (err) {
      client.disconnect();
      throw new Error(`Redis is not reachable at ${REDIS_URL} (needed by ${what}): ${cause ?? err}`);
    }
    admin = client;
  });

  afterAll(async () => {
    if (admin?.status !== 'ready') return;
    const found = await keys();
    for (let i = 0; i < found.length; i += 500) await admin.del(...found.slice(i, i + 500));
    expect(await keys()).toEqual([]);
    await admin.quit();
  });

  return {
    prefix,
    space: () => `${prefix}t${++sub}:`,
    get admin(): Redis {
      if (!admin) throw new Error('Redis admin client used before beforeAll');
      return admin;
    },
    keys,
  };
}
