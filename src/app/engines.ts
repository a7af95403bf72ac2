import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Config } from '../config/schema.ts';
import { LocalFileStore } from '../files/file-store-local.ts';
import { S3FileStore } from '../files/file-store-s3.ts';
import type { FileStore } from '../files/types.ts';
import type { Logger } from '../observability/logger.ts';
import { createPushProviders, type PushProviders } from '../push/index.ts';
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

/**
 * The push providers the config turns on (each needs its credentials set; the log provider is
 * always there). Reads key files now, so a bad path or key stops the node at start.
 */
export function openPushProviders(config: Config, log: Logger): PushProviders {
  const timeoutMs = config['push.timeoutMs'];
  const apnsKey = config['push.apns.keyFile'];
  const apns =
    apnsKey !== '' &&
    config['push.apns.keyId'] !== '' &&
    config['push.apns.teamId'] !== '' &&
    config['push.apns.topic'] !== ''
      ? {
          key: readFileSync(apnsKey, 'utf8'),
          keyId: config['push.apns.keyId'],
          teamId: config['push.apns.teamId'],
          topic: config['push.apns.topic'],
          url: config['push.apns.url'],
          timeoutMs,
        }
      : undefined;
  const fcmFile = config['push.fcm.serviceAccountFile'];
  const fcm =
    fcmFile !== ''
      ? {
          serviceAccount: readFileSync(fcmFile, 'utf8'),
          url: config['push.fcm.url'],
          ...(config['push.fcm.tokenUri'] !== '' ? { tokenUri: config['push.fcm.tokenUri'] } : {}),
          timeoutMs,
        }
      : undefined;
  const webhook =
    config['push.webhook.url'] !== ''
      ? { url: config['push.webhook.url'], secret: config['push.webhook.secret'], timeoutMs }
      : undefined;
  return createPushProviders({
    log: { logger: log },
    ...(apns ? { apns } : {}),
    ...(fcm ? { fcm } : {}),
    ...(webhook ? { webhook } : {}),
  });
}

/** The file engine the config names: a local directory (default) or an S3-compatible service. */
export async function openFileStore(config: Config): Promise<FileStore> {
  if (config['files.engine'] === 's3') {
    for (const k of [
      'files.s3Endpoint',
      'files.s3Bucket',
      'files.s3AccessKey',
      'files.s3SecretKey',
    ] as const) {
      if (config[k] === '') throw new Error(`${k} must be set when files.engine is s3`);
    }
    return new S3FileStore({
      endpoint: config['files.s3Endpoint'],
      bucket: config['files.s3Bucket'],
      region: config['files.s3Region'],
      accessKey: config['files.s3AccessKey'],
      secretKey: config['files.s3SecretKey'],
      forcePathStyle: config['files.s3ForcePathStyle'],
      prefix: config['files.s3Prefix'],
    });
  }
  return LocalFileStore.open({ dir: config['files.dir'] || join(resolve(config.dataDir), 'files') });
}
