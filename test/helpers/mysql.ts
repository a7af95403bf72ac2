/**
 * MySQL/MariaDB test databases. `useMysqlDatabase()` (inside a describe) creates a fresh
 * database `parley_t_<random>` before the describe's tests, migrates it once, and drops it
 * after them; `create()` then empties its tables and opens a store without migrating, which is
 * what makes a fresh store per test cheap.
 *
 * The server comes from PARLEY_TEST_MYSQL_URI (default mysql://root@127.0.0.1:3306, the local
 * MariaDB service). When it cannot be reached the tests fail, naming the service.
 */
import { randomBytes } from 'node:crypto';
import { type Connection, createConnection, type ResultSetHeader, type RowDataPacket } from 'mysql2';
import { afterAll, beforeAll } from 'vitest';
import {
  createMysqlStore,
  type MysqlStore,
  type MysqlStoreOptions,
} from '../../src/store/mysql/mysql-store.ts';
import { MIGRATION_LOCK_TABLE, MIGRATION_TABLE } from '../../src/store/sql/migrations.ts';

export const MYSQL_URI = process.env.PARLEY_TEST_MYSQL_URI ?? 'mysql://root@127.0.0.1:3306';

/** host:port of MYSQL_URI, for messages. */
export function mysqlServer(): string {
  const u = new URL(MYSQL_URI);
  return `${u.hostname}:${u.port || 3306}`;
}

/** One administrative connection (no default database; several statements per query allowed). */
export class MysqlAdmin {
  private constructor(private readonly conn: Connection) {}

  static async connect(): Promise<MysqlAdmin> {
    const conn = createConnection({
      uri: MYSQL_URI,
      multipleStatements: true,
      supportBigNumbers: true,
      bigNumberStrings: false,
      charset: 'UTF8MB4_BIN',
      connectTimeout: 5000,
    });
    try {
      await new Promise<void>((resolve, reject) => conn.connect((err) => (err ? reject(err) : resolve())));
    } catch (err) {
      conn.destroy();
      const code = (err as { code?: string }).code ?? '';
      throw new Error(
        `MariaDB/MySQL service unreachable at ${mysqlServer()} (${code || String(err)}). Start it with ` +
          '`start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd` or set ' +
          'PARLEY_TEST_MYSQL_URI.',
        { cause: err },
      );
    }
    return new MysqlAdmin(conn);
  }

  query<T extends RowDataPacket[] | ResultSetHeader | ResultSetHeader[] | RowDataPacket[][]>(
    text: string,
    values: readonly unknown[] = [],
  ): Promise<T> {
    return new Promise((resolve, reject) => {
      this.conn.query<T>(text, [...values], (err, result) => (err ? reject(err) : resolve(result)));
    });
  }

  async rows<R>(text: string, values: readonly unknown[] = []): Promise<R[]> {
    return (await this.query<RowDataPacket[]>(text, values)) as unknown as R[];
  }

  end(): Promise<void> {
    return new Promise((resolve) => this.conn.end(() => resolve()));
  }
}

export interface MysqlTestDatabase {
  /** The database's name (valid once the describe's beforeAll ran). */
  readonly name: string;
  /** Options of a store on this database (no migration). */
  options(over?: Partial<MysqlStoreOptions>): MysqlStoreOptions;
  /** Empties every table (the migration's seed row is put back) and opens a store. */
  create(over?: Partial<MysqlStoreOptions>): Promise<MysqlStore>;
  /** Opens another store on the database as it is (a second logic node). */
  open(over?: Partial<MysqlStoreOptions>): Promise<MysqlStore>;
  /** Empties every table, as `create` does. */
  clear(): Promise<void>;
  /** The administrative connection. */
  readonly admin: MysqlAdmin;
}

/**
 * A fresh database for the enclosing describe (call it at describe level). Stores opened with
 * `create` and not closed by their tests are closed before the database is dropped. With
 * `migrate: false` the database stays empty (no tables; `create` and `clear` unavailable).
 */
export function useMysqlDatabase(opts: { migrate?: boolean } = {}): MysqlTestDatabase {
  const name = `parley_t_${randomBytes(5).toString('hex')}`;
  let admin: MysqlAdmin | undefined;
  let clearSql = '';
  const opened: MysqlStore[] = [];

  beforeAll(async () => {
    admin = await MysqlAdmin.connect();
    // The tables name their collation themselves (per server flavour).
    await admin.query(`create database \`${name}\` character set utf8mb4`);
    if (opts.migrate === false) return;
    const store = await createMysqlStore({ uri: MYSQL_URI, database: name, connectionLimit: 1 });
    await store.close();
    const tables = await admin.rows<{ name: string }>(
      `select table_name as name from information_schema.tables
        where table_schema = ? and table_name not in (?, ?) order by table_name`,
      [name, MIGRATION_TABLE, MIGRATION_LOCK_TABLE],
    );
    // DELETE rather than TRUNCATE: the tables hold a few rows after most tests, and InnoDB's
    // TRUNCATE recreates each table (18 tables: ~45 ms here, DELETE ~15 ms; 190 tests per run).
    clearSql = [
      `use \`${name}\``,
      ...tables.map((t) => `delete from \`${t.name}\``),
      'insert into search_state (id, indexed_upto) values (1, 0)',
    ].join(';\n');
  });

  afterAll(async () => {
    await Promise.all(opened.splice(0).map((s) => s.close().catch(() => {})));
    if (admin === undefined) return;
    await admin.query(`drop database if exists \`${name}\``);
    await admin.end();
  });

  const db: MysqlTestDatabase = {
    name,
    get admin(): MysqlAdmin {
      if (admin === undefined) throw new Error(`MariaDB/MySQL at ${mysqlServer()}: not connected`);
      return admin;
    },
    options: (over = {}) => ({ uri: MYSQL_URI, database: name, migrate: false, connectionLimit: 4, ...over }),
    async clear() {
      if (clearSql === '') throw new Error(`database ${name} was not migrated`);
      await db.admin.query(clearSql);
    },
    async open(over = {}) {
      const store = await createMysqlStore(db.options(over));
      opened.push(store);
      return store;
    },
    async create(over = {}) {
      await db.clear();
      return db.open(over);
    },
  };
  return db;
}
