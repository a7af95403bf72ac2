// The first-start admin account when several nodes start at once: on SQLite and on MariaDB two
// stores (two nodes) race to create it; exactly one does and writes the password file.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AdminAccounts } from '../../src/admin/admin-accounts.ts';
import { loadConfig } from '../../src/config/load.ts';
import { verifyPassword } from '../../src/logic/passwords.ts';
import { createLogger } from '../../src/observability/logger.ts';
import { createSqliteStore } from '../../src/store/sqlite/sqlite-store.ts';
import type { Store } from '../../src/store/types.ts';
import { useMysqlDatabase } from '../helpers/mysql.ts';
import { tempDir } from '../helpers/server.ts';

const log = createLogger('silent');

async function race(a: Store, b: Store): Promise<void> {
  const tmp = tempDir('parley-admin-boot-');
  try {
    const config = loadConfig({ overrides: { dataDir: tmp.dir } });
    const results = await Promise.all([
      new AdminAccounts(a, config).bootstrap(log),
      new AdminAccounts(b, config).bootstrap(log),
    ]);
    const made = results.filter((p): p is string => p !== undefined);
    expect(made).toHaveLength(1);
    const file = join(tmp.dir, 'admin-password.txt');
    expect(readFileSync(file, 'utf8').trim()).toBe(made[0]);
    const admins = await a.admins.list();
    expect(admins.map((x) => [x.name, x.role, x.disabled])).toEqual([['admin', 'owner', false]]);
    expect(await verifyPassword(admins[0]!.passwordHash, made[0]!)).toBe(true);
    // Later starts create nothing.
    expect(await new AdminAccounts(b, config).bootstrap(log)).toBeUndefined();
    expect(existsSync(file)).toBe(true);
  } finally {
    tmp.cleanup();
  }
}

describe('admin bootstrap race', () => {
  it('sqlite: two stores on one file, one account', async () => {
    const tmp = tempDir('parley-admin-db-');
    const file = join(tmp.dir, 'p.db');
    const a = await createSqliteStore({ file });
    const b = await createSqliteStore({ file });
    try {
      await race(a, b);
    } finally {
      await a.close();
      await b.close();
      tmp.cleanup();
    }
  });

  describe('mariadb', () => {
    const db = useMysqlDatabase();
    it('two stores on one database, one account', async () => {
      const a = await db.create();
      const b = await db.open();
      await race(a, b);
    });
  });
});
