/**
 * The cluster scenario's backends: a fresh MariaDB/MySQL database `parley_bench_<random>` with the
 * bench users and their login tokens (prepared through the MySQL store), unique Redis and NATS
 * prefixes, the backends' pids (for their CPU time), and the clean-up afterwards.
 *
 * The servers come from PARLEY_BENCH_MYSQL_URI, PARLEY_BENCH_REDIS_URL and PARLEY_BENCH_NATS_URL
 * (default: the local services on their standard ports).
 */
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { createConnection } from 'mysql2/promise';
import { createMysqlStore } from '../src/store/mysql/mysql-store.ts';
import { ShardMap } from '../src/store/mysql/shard-map.ts';
import { createShardedMysqlStore } from '../src/store/mysql/sharded-store.ts';
import { seedUsers } from './prepare.ts';
import type { CpuProcess } from './types.ts';

export const MYSQL_URI = process.env.PARLEY_BENCH_MYSQL_URI ?? 'mysql://root@127.0.0.1:3306';
export const REDIS_URL = process.env.PARLEY_BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
export const NATS_URL = process.env.PARLEY_BENCH_NATS_URL ?? 'nats://127.0.0.1:4222';

export interface ClusterBackends {
  /** The run's database(s), comma-separated (several: the shards of a sharded store). */
  database: string;
  /** Redis key prefix and NATS subject prefix of this run. */
  prefix: string;
  /** Settings of every gate+logic node of this run (nodeId and ports apart). */
  settings: Record<string, string | number>;
  /** The local backend processes found by name (none when they run elsewhere). */
  processes: CpuProcess[];
  /** Drops the database and deletes this run's Redis keys. */
  cleanup(): Promise<void>;
}

/** Pids of local processes named exactly `name` (empty when there is none, or no pgrep). */
function pidsOf(name: string): number[] {
  try {
    return execFileSync('pgrep', ['-x', name], { encoding: 'utf8' }).split('\n').filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

async function admin() {
  try {
    return await createConnection({ uri: MYSQL_URI, connectTimeout: 5000 });
  } catch (err) {
    const u = new URL(MYSQL_URI);
    throw new Error(
      `MariaDB/MySQL unreachable at ${u.hostname}:${u.port || 3306} (${(err as { code?: string }).code ?? err}); ` +
        'start it or set PARLEY_BENCH_MYSQL_URI',
      { cause: err },
    );
  }
}

async function deleteRedisKeys(prefix: string): Promise<number> {
  const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    let cursor = '0';
    let deleted = 0;
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
      cursor = next;
      if (keys.length > 0) deleted += await redis.del(...keys);
    } while (cursor !== '0');
    return deleted;
  } finally {
    redis.disconnect();
  }
}

/**
 * Creates the database (or `shards` databases, halves of the slot space), migrates it and writes
 * `users` users (uid 0..users-1, the bench password hash, a login token each) through the store.
 */
export async function prepareClusterBackends(
  users: number,
  onProgress: (done: number, total: number) => void,
  shards: 1 | 2 = 1,
): Promise<ClusterBackends> {
  const base = `parley_bench_${randomBytes(5).toString('hex')}`;
  const databases = shards === 1 ? [base] : [`${base}_s0`, `${base}_s1`];
  const shardMap = shards === 1 ? '' : `${databases[0]}:0-511,${databases[1]}:512-1023`;
  const prefix = `pb${randomBytes(4).toString('hex')}`;
  const conn = await admin();
  const created: string[] = [];
  const cleanup = async (): Promise<void> => {
    for (const d of created.splice(0)) await conn.query(`drop database if exists \`${d}\``);
    await conn.end();
    await deleteRedisKeys(`${prefix}:`).catch(() => 0);
  };
  try {
    for (const d of databases) {
      await conn.query(`create database \`${d}\` character set utf8mb4`);
      created.push(d);
    }
    // Redis must answer before the nodes start (they would fail with a less obvious message).
    await deleteRedisKeys(`${prefix}:`).catch((err: unknown) => {
      throw new Error(`Redis unreachable at ${REDIS_URL} (${(err as Error).message})`, { cause: err });
    });
    const store =
      shards === 1
        ? await createMysqlStore({ uri: MYSQL_URI, database: base, migrate: true, connectionLimit: 8 })
        : await createShardedMysqlStore({
            map: ShardMap.parse(shardMap),
            uri: MYSQL_URI,
            migrate: true,
            connectionLimit: 8,
            maintenanceMs: 0,
          });
    try {
      await seedUsers(store, users, onProgress);
    } finally {
      await store.close();
    }
  } catch (err) {
    await cleanup().catch(() => {});
    throw err;
  }
  const processes: CpuProcess[] = ['mariadbd', 'mysqld', 'redis-server', 'nats-server'].flatMap((name) =>
    pidsOf(name).map((pid) => ({ name, pid, parley: false })),
  );
  return {
    database: databases.join(','),
    prefix,
    settings: {
      roles: 'gate,logic',
      'store.engine': 'mysql',
      'store.mysqlUri': MYSQL_URI,
      'store.mysqlDatabase': base,
      'store.mysqlShards': shardMap,
      'presence.engine': 'redis',
      'presence.redisUrl': REDIS_URL,
      'presence.redisPrefix': `${prefix}:`,
      'bus.engine': 'nats',
      'bus.natsServers': NATS_URL,
      'bus.natsPrefix': `${prefix}.`,
    },
    processes,
    cleanup,
  };
}
