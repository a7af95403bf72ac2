import { join, resolve } from 'node:path';
import type { Config } from '../config/schema.ts';
import { createSqliteStore } from '../store/index.ts';
import type { Store } from '../store/types.ts';

/**
 * Opens the store engine the config names. The one place where a store engine is chosen (server
 * and CLI alike); the caller runs `migrate()` once, as for an injected store.
 */
export async function openStore(config: Config): Promise<Store> {
  const file = config['store.sqliteFile'] || join(resolve(config.dataDir), 'parley.db');
  return createSqliteStore({
    file,
    synchronous: config['store.sqliteSynchronous'] as 'FULL' | 'NORMAL',
    walAutocheckpointPages: config['store.sqliteWalAutocheckpoint'],
    migrate: false,
  });
}
