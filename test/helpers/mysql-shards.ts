/**
 * A sharded store over two fresh MariaDB/MySQL databases for the enclosing describe: slots
 * 0-255 on the first, 256-1023 on the second, so that the contract suites' alice and carol
 * live on the first and bob, dave, eve, u1 and g1 on the second (one-to-one and group traffic
 * crosses shards). `create()` empties both and opens a store.
 */
import { ShardMap } from '../../src/store/mysql/shard-map.ts';
import {
  createShardedMysqlStore,
  type ShardedMysqlStore,
  type ShardedMysqlStoreOptions,
} from '../../src/store/mysql/sharded-store.ts';
import { MYSQL_URI, type MysqlTestDatabase, useMysqlDatabase } from './mysql.ts';

export interface ShardedTestDatabases {
  readonly shards: readonly [MysqlTestDatabase, MysqlTestDatabase];
  /** `a:0-255,b:256-1023` with the two databases' names. */
  mapText(): string;
  create(over?: Partial<ShardedMysqlStoreOptions>): Promise<ShardedMysqlStore>;
}

export function useShardedMysql(): ShardedTestDatabases {
  const shards = [useMysqlDatabase(), useMysqlDatabase()] as const;
  const mapText = () => `${shards[0].name}:0-255,${shards[1].name}:256-1023`;
  return {
    shards,
    mapText,
    async create(over = {}) {
      await Promise.all(shards.map((s) => s.clear()));
      return createShardedMysqlStore({
        map: ShardMap.parse(mapText()),
        uri: MYSQL_URI,
        migrate: false,
        connectionLimit: 4,
        maintenanceMs: 0,
        ...over,
      });
    },
  };
}
