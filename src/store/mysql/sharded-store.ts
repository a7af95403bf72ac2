/**
 * The sharded cluster Store: MySQL/MariaDB databases, one per shard of a ShardMap, behind the
 * one Store interface. Placement and routing: src/store/mysql/shard-router.ts; cross-shard
 * atomicity: src/store/mysql/xa.ts.
 */

import type { AdminStore, SettingStore, Store, WebhookStore } from '../types.ts';
import { type MysqlParts, type MysqlStoreOptions, openMysqlParts } from './mysql-store.ts';
import type { ShardMap } from './shard-map.ts';
import { ShardRouter } from './shard-router.ts';
import { ShardedEventStore } from './sharded-events.ts';
import { ShardedFileStore } from './sharded-files.ts';
import { ShardedGroupStore } from './sharded-groups.ts';
import { ShardedMessageStore } from './sharded-messages.ts';
import {
  ShardedApiKeyStore,
  ShardedContactStore,
  ShardedConversationStore,
  ShardedDeviceStore,
  ShardedPushStore,
  ShardedTokenStore,
  ShardedUserStore,
} from './sharded-people.ts';
import { shardTag, XaCoordinator } from './xa.ts';

export interface ShardedMysqlStoreOptions {
  readonly map: ShardMap;
  /** Default server of shards whose spec names none (host, port, user, password). */
  readonly uri?: string;
  /** Most connections per shard. Default 10. */
  readonly connectionLimit?: number;
  /** Apply pending migrations to every shard while opening. Default true. */
  readonly migrate?: boolean;
  /** Seconds a statement waits for a row lock before its transaction is retried. Default 10. */
  readonly lockWaitTimeoutSec?: number;
  /** Prepared cross-shard branches older than this are resolved by recovery. Default 30 000. */
  readonly recoverAfterMs?: number;
  /** How often recovery and the clean-up of decision rows run (0 = never). Default 10 000. */
  readonly maintenanceMs?: number;
  /** Errors of background maintenance. */
  readonly onError?: (err: unknown) => void;
}

export interface ShardedMysqlStore extends Store {
  readonly shardCount: number;
  /** Resolves what crashed cross-shard transactions left prepared (see XaCoordinator.recover). */
  recover(olderThanMs?: number): Promise<{ committed: number; rolledBack: number }>;
}

class ShardedMysqlStoreImpl implements ShardedMysqlStore {
  readonly users: ShardedUserStore;
  readonly tokens: ShardedTokenStore;
  readonly devices: ShardedDeviceStore;
  readonly messages: ShardedMessageStore;
  readonly conversations: ShardedConversationStore;
  readonly groups: ShardedGroupStore;
  readonly contacts: ShardedContactStore;
  readonly apiKeys: ShardedApiKeyStore;
  /** Admin accounts, sessions and audit log: few global rows, kept on the first shard. */
  readonly admins: AdminStore;
  readonly files: ShardedFileStore;
  readonly events: ShardedEventStore;
  readonly push: ShardedPushStore;
  /** Console webhooks and setting overrides: few rows, kept on the first shard. */
  readonly webhooks: WebhookStore;
  readonly runtimeSettings: SettingStore;
  #timer: NodeJS.Timeout | undefined;
  #closing: Promise<void> | undefined;
  #running = 0;
  #idle: (() => void)[] = [];

  constructor(
    private readonly router: ShardRouter,
    private readonly opts: ShardedMysqlStoreOptions,
  ) {
    this.users = new ShardedUserStore(router);
    this.tokens = new ShardedTokenStore(router);
    this.devices = new ShardedDeviceStore(router);
    this.messages = new ShardedMessageStore(router);
    this.conversations = new ShardedConversationStore(router);
    this.groups = new ShardedGroupStore(router);
    this.contacts = new ShardedContactStore(router);
    this.apiKeys = new ShardedApiKeyStore(router);
    this.admins = router.at(0).admins;
    this.files = new ShardedFileStore(router);
    this.events = new ShardedEventStore(router);
    this.push = new ShardedPushStore(router);
    this.webhooks = router.at(0).webhooks;
    this.runtimeSettings = router.at(0).runtimeSettings;
    const every = opts.maintenanceMs ?? 10_000;
    if (every > 0) {
      this.#timer = setInterval(() => void this.#maintain(), every);
      this.#timer.unref();
    }
  }

  get shardCount(): number {
    return this.router.shards.length;
  }

  async #maintain(): Promise<void> {
    if (this.#closing !== undefined) return;
    this.#running++;
    try {
      await this.router.xa.cleanUp();
      await this.router.xa.recover();
    } catch (err) {
      this.opts.onError?.(err);
    } finally {
      this.#running--;
      if (this.#running === 0) for (const wake of this.#idle.splice(0)) wake();
    }
  }

  /** Migrates every shard, then resolves what crashed cross-shard transactions left prepared. */
  async migrate(): Promise<void> {
    for (const s of this.router.shards) await s.store.migrate();
    await this.router.xa.recover();
  }

  async ping(): Promise<void> {
    await Promise.all(this.router.shards.map((s) => s.store.ping()));
  }

  recover(olderThanMs?: number): Promise<{ committed: number; rolledBack: number }> {
    return this.router.xa.recover(olderThanMs);
  }

  close(): Promise<void> {
    this.#closing ??= (async () => {
      if (this.#timer !== undefined) clearInterval(this.#timer);
      // Let operations started in this tick begin first.
      await new Promise<void>((r) => setImmediate(r));
      if (this.#running > 0) await new Promise<void>((r) => this.#idle.push(r));
      await this.router.xa.settled();
      await this.router.xa.cleanUp().catch(() => {});
      await Promise.all(this.router.shards.map((s) => s.store.close()));
    })();
    return this.#closing;
  }
}

/**
 * Opens a store sharded over the databases of `opts.map` (each must exist). Unless
 * `migrate: false`, their schemas are brought up to date and cross-shard transactions that an
 * earlier crash left prepared are resolved (`migrate()` does both later otherwise).
 *
 * @example
 * const store = await createShardedMysqlStore({
 *   map: ShardMap.parse('parley_a:0-511,parley_b:512-1023'),
 *   uri: 'mysql://root@127.0.0.1:3306',
 * });
 */
export async function createShardedMysqlStore(opts: ShardedMysqlStoreOptions): Promise<ShardedMysqlStore> {
  const opened: MysqlParts[] = [];
  try {
    for (const spec of opts.map.shards) {
      const uri = spec.uri ?? opts.uri;
      const base: MysqlStoreOptions = {
        database: spec.database,
        migrate: opts.migrate,
        connectionLimit: opts.connectionLimit,
        lockWaitTimeoutSec: opts.lockWaitTimeoutSec ?? 10,
      };
      opened.push(await openMysqlParts(uri === undefined ? base : { ...base, uri }));
    }
  } catch (err) {
    await Promise.all(opened.map((p) => p.store.close().catch(() => {})));
    throw err;
  }
  const xa = new XaCoordinator(
    opened.map((p, index) => ({
      index,
      db: p.db,
      tag: shardTag(p.server, p.store.database),
      acquire: p.acquire,
    })),
    {
      ...(opts.recoverAfterMs === undefined ? {} : { recoverAfterMs: opts.recoverAfterMs }),
      ...(opts.onError === undefined ? {} : { onError: opts.onError }),
    },
  );
  const store = new ShardedMysqlStoreImpl(new ShardRouter(opts.map, opened, xa), opts);
  if (opts.migrate !== false) {
    try {
      await xa.recover();
    } catch (err) {
      await store.close();
      throw err;
    }
  }
  return store;
}
