import { join, resolve } from 'node:path';
import type { Config } from '../config/schema.ts';
import type { Logger } from '../observability/logger.ts';
import { LocalBus } from '../route/bus-local.ts';
import { NatsBus } from '../route/bus-nats.ts';
import { MemoryGateRegistry } from '../route/gate-registry-memory.ts';
import { RedisGateRegistry } from '../route/gate-registry-redis.ts';
import { MemoryPresence } from '../route/presence-memory.ts';
import { RedisPresence } from '../route/presence-redis.ts';
import type { Bus, GateRegistry, Presence } from '../route/types.ts';
import { createSqliteStore } from '../store/index.ts';
import { createMysqlStore } from '../store/mysql/mysql-store.ts';
import { ShardMap } from '../store/mysql/shard-map.ts';
import { createShardedMysqlStore } from '../store/mysql/sharded-store.ts';
import type { Store } from '../store/types.ts';

/**
 * Opens the store engine the config names. The one place where a store engine is chosen (server
 * and CLI alike); the caller runs `migrate()` once, as for an injected store.
 */
export async function openStore(config: Config, log?: Logger): Promise<Store> {
  if (config['store.engine'] === 'mysql' && config['store.mysqlShards'] !== '') {
    return createShardedMysqlStore({
      map: ShardMap.parse(config['store.mysqlShards']),
      uri: config['store.mysqlUri'],
      connectionLimit: config['store.mysqlConnections'],
      migrate: false,
      onError: (err) => log?.warn({ err }, 'sharded store maintenance failed'),
    });
  }
  if (config['store.engine'] === 'mysql') {
    return createMysqlStore({
      uri: config['store.mysqlUri'],
      database: config['store.mysqlDatabase'],
      connectionLimit: config['store.mysqlConnections'],
      migrate: false,
    });
  }
  const file = config['store.sqliteFile'] || join(resolve(config.dataDir), 'parley.db');
  return createSqliteStore({
    file,
    synchronous: config['store.sqliteSynchronous'] as 'FULL' | 'NORMAL',
    walAutocheckpointPages: config['store.sqliteWalAutocheckpoint'],
    migrate: false,
  });
}

/** The presence engine the config names. */
export async function openPresence(config: Config): Promise<Presence> {
  if (config['presence.engine'] === 'redis') {
    return RedisPresence.connect({
      redis: config['presence.redisUrl'],
      keyPrefix: config['presence.redisPrefix'],
      ttlMs: config['presence.ttlMs'],
    });
  }
  return new MemoryPresence();
}

/**
 * The gate registry (dispatch) follows the presence engine: in-process for one node, Redis (same
 * server and key prefix as presence) for a cluster.
 */
export async function openGateRegistry(config: Config): Promise<GateRegistry> {
  if (config['presence.engine'] === 'redis') {
    return RedisGateRegistry.connect({
      redis: config['presence.redisUrl'],
      keyPrefix: config['presence.redisPrefix'],
      staleMs: config['dispatch.staleMs'],
    });
  }
  return new MemoryGateRegistry({ staleMs: config['dispatch.staleMs'] });
}

/** The bus engine the config names. */
export async function openBus(config: Config, log: Logger): Promise<Bus> {
  if (config['bus.engine'] === 'nats') {
    return NatsBus.connect({
      nats: config['bus.natsServers']
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
      subjectPrefix: config['bus.natsPrefix'],
      logger: log,
    });
  }
  return new LocalBus();
}
