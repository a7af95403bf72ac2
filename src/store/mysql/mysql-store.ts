/**
 * The cluster Store: one MySQL 8 / MariaDB 10.5+ database behind a mysql2 connection pool,
 * driven through Kysely with the shared SQL of src/store/sql and `mysqlOps`. Any number of
 * processes (logic nodes) may open stores on the same database at once: appends serialise on
 * row locks of the seq rows (see SqlMessageStore), not on anything held in this process.
 *
 * One MysqlStoreImpl is one database and one pool. A sharded deployment will route between
 * several of them; nothing here assumes it is the only one.
 */

import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  Kysely,
  MysqlDialect,
  type MysqlDialectConfig,
  MysqlDriver,
  sql,
} from 'kysely';
import {
  createPool,
  type PoolConnection,
  type PoolOptions,
  type QueryError,
  type Pool as RawPool,
} from 'mysql2';
import { mysqlOpsFor, type SqlDialectOps } from '../sql/dialect-ops.ts';
import { migrateToLatest } from '../sql/migrations.ts';
import type { Database } from '../sql/schema.ts';
import { SqlStoreParts } from '../sql/sql-store-parts.ts';
import type { Store } from '../types.ts';

/**
 * mysql2 pool settings the caller may choose (host, port, user, password, ssl, timeouts, ...).
 * The settings the engine depends on are not among them: the store always sets them itself.
 */
export type MysqlPoolSettings = Omit<
  PoolOptions,
  | 'uri'
  | 'database'
  | 'connectionLimit'
  | 'charset'
  | 'charsetNumber'
  | 'supportBigNumbers'
  | 'bigNumberStrings'
  | 'decimalNumbers'
  | 'dateStrings'
  | 'typeCast'
  | 'multipleStatements'
  | 'namedPlaceholders'
  | 'rowsAsArray'
  | 'flags'
  | 'jsonStrings'
>;

export interface MysqlStoreOptions {
  /**
   * Server address and credentials as a URL, e.g. `mysql://parley:secret@db1:3306`. Only host,
   * port, user and password are taken from it (`database` names the database; other settings go
   * in `pool`, whose host, port, user and password win over the URL's).
   */
  uri?: string;
  /** Further pool settings (host, port, user, password, ssl, connectTimeout, ...). */
  pool?: MysqlPoolSettings;
  /** The database (schema) holding Parley's tables; must exist. */
  database: string;
  /** Apply pending migrations while opening. Default true. */
  migrate?: boolean;
  /** Most connections the pool opens. Default 10. */
  connectionLimit?: number;
  /**
   * Seconds a statement waits for a row lock before its transaction fails (and is retried);
   * undefined keeps the server's setting (50 s by default).
   */
  lockWaitTimeoutSec?: number;
}

/** Settings of a pool connection, as the server reports them. */
export interface MysqlSettings {
  /** `version()`, e.g. "10.11.6-MariaDB" or "8.0.36". */
  readonly version: string;
  readonly database: string;
  /** 'READ-COMMITTED'. */
  readonly isolation: string;
  readonly charset: string;
  readonly collation: string;
}

export interface MysqlStore extends Store {
  /** The database this store reads and writes. */
  readonly database: string;
  settings(): Promise<MysqlSettings>;
}

/**
 * Sent on every new pool connection. READ COMMITTED: no gap locks, and every statement of an
 * append sees what committed before its row locks were granted. sql_mode: strict (no silent
 * truncation) and without NO_BACKSLASH_ESCAPES, whatever the server default, because mysql2
 * escapes bound values with backslashes. (The handshake already chose utf8mb4_bin.)
 */
const SESSION_SETUP = [
  'set session transaction isolation level read committed',
  "set session sql_mode = 'STRICT_ALL_TABLES,ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION'",
];

function sessionSetup(opts: MysqlStoreOptions): string[] {
  const wait = opts.lockWaitTimeoutSec;
  if (wait === undefined) return SESSION_SETUP;
  return [...SESSION_SETUP, `set session innodb_lock_wait_timeout = ${Math.max(1, Math.floor(wait))}`];
}

/** Kysely's connection class of the MySQL driver (not exported by name). */
type PooledConnection = Parameters<MysqlDriver['releaseConnection']>[0];

/**
 * MysqlDriver that counts connections wanted or in use, so that close can wait for the work
 * running on them.
 */
class TrackingMysqlDriver extends MysqlDriver {
  #busy = 0;
  #waiters: (() => void)[] = [];

  override async acquireConnection(): Promise<DatabaseConnection> {
    this.#busy++;
    try {
      return await super.acquireConnection();
    } catch (err) {
      this.#done();
      throw err;
    }
  }

  override async releaseConnection(connection: PooledConnection): Promise<void> {
    try {
      await super.releaseConnection(connection);
    } finally {
      this.#done();
    }
  }

  #done(): void {
    this.#busy--;
    if (this.#busy === 0) for (const wake of this.#waiters.splice(0)) wake();
  }

  /**
   * Resolves once no connection is wanted or in use and none was asked for in the following
   * turn of the event loop (an operation of several queries asks again right after a release).
   */
  async settled(): Promise<void> {
    for (;;) {
      if (this.#busy > 0) await new Promise<void>((r) => this.#waiters.push(r));
      await new Promise<void>((r) => setImmediate(r));
      if (this.#busy === 0) return;
    }
  }
}

class TrackingMysqlDialect extends MysqlDialect {
  readonly #config: MysqlDialectConfig;
  #driver: TrackingMysqlDriver | undefined;

  constructor(config: MysqlDialectConfig) {
    super(config);
    this.#config = config;
  }

  override createDriver(): Driver {
    this.#driver = new TrackingMysqlDriver(this.#config);
    return this.#driver;
  }

  /** Settles the driver Kysely made (immediately if it made none yet). */
  async settled(): Promise<void> {
    await this.#driver?.settled();
  }
}

class MysqlStoreImpl extends SqlStoreParts implements MysqlStore {
  #closing: Promise<void> | undefined;

  constructor(
    readonly database: string,
    private readonly db: Kysely<Database>,
    private readonly dialect: TrackingMysqlDialect,
    private readonly ops: SqlDialectOps,
  ) {
    super(db, ops);
  }

  /** Concurrent migrations (several nodes starting) are serialised by Kysely's GET_LOCK. */
  migrate(): Promise<void> {
    return migrateToLatest(this.db, this.ops);
  }

  async ping(): Promise<void> {
    await sql`select 1`.execute(this.db);
  }

  async settings(): Promise<MysqlSettings> {
    const { rows } = await sql<{
      version: string;
      db: string;
      charset: string;
      collation: string;
    }>`select version() as version, database() as db, @@character_set_connection as charset,
      @@collation_connection as collation`.execute(this.db);
    // MariaDB 10.x names the variable tx_isolation, MySQL 8 only transaction_isolation.
    const vars = await sql<{
      Variable_name: string;
      Value: string;
    }>`show session variables where variable_name in ('tx_isolation', 'transaction_isolation')`.execute(
      this.db,
    );
    const row = rows[0]!;
    return {
      version: row.version,
      database: row.db,
      isolation: vars.rows[0]?.Value ?? '',
      charset: row.charset,
      collation: row.collation,
    };
  }

  /**
   * Waits for the operations called before close (those still running and those waiting for a
   * connection), then ends the pool. Operations called later reject. Idempotent.
   */
  close(): Promise<void> {
    this.#closing ??= (async () => {
      // Let operations started in this tick ask for their connection first.
      await new Promise<void>((r) => setImmediate(r));
      await this.dialect.settled();
      await this.db.destroy();
    })();
    return this.#closing;
  }
}

/** A pool error as an Error that names the server, keeping the driver error as cause. */
function describeConnectError(err: unknown, where: string): Error {
  const code = (err as Partial<QueryError> | undefined)?.code;
  const message = err instanceof Error ? err.message : String(err);
  return new Error(`MySQL/MariaDB at ${where}: ${code ?? ''} ${message}`.replace(/\s+/g, ' '), {
    cause: err,
  });
}

/** Host, port, user and password of a mysql:// (or mariadb://) URL. */
function uriSettings(uri: string): MysqlPoolSettings {
  let u: URL;
  try {
    u = new URL(uri);
  } catch {
    throw new TypeError('createMysqlStore: uri is not a URL');
  }
  if (u.protocol !== 'mysql:' && u.protocol !== 'mariadb:') {
    throw new TypeError(`createMysqlStore: uri must be mysql://..., got ${u.protocol}//...`);
  }
  const out: MysqlPoolSettings = {};
  const host = u.hostname.startsWith('[') ? u.hostname.slice(1, -1) : u.hostname;
  if (host !== '') out.host = decodeURIComponent(host);
  if (u.port !== '') out.port = Number(u.port);
  if (u.username !== '') out.user = decodeURIComponent(u.username);
  if (u.password !== '') out.password = decodeURIComponent(u.password);
  return out;
}

/** Where the pool connects, for error messages (never the password). */
function serverOf(settings: MysqlPoolSettings): string {
  if (settings.socketPath) return settings.socketPath;
  return `${settings.host ?? 'localhost'}:${settings.port ?? 3306}`;
}

/** The pool settings of `opts` without the engine's own: URL first, `pool` over it. */
function poolSettings(opts: MysqlStoreOptions): MysqlPoolSettings {
  return { ...(opts.uri !== undefined ? uriSettings(opts.uri) : {}), ...opts.pool };
}

/**
 * The mysql2 pool of a store. mysql2's callback API (not mysql2/promise): Kysely's dialect
 * drives callbacks. BIGINT columns come back as JS numbers (ids, seqs and times stay below
 * 2^53; a larger value would come back as a string rather than a wrong number); DECIMAL (SUM)
 * as numbers too.
 */
export function createMysqlPool(opts: MysqlStoreOptions): RawPool {
  const limit = Math.max(1, Math.floor(opts.connectionLimit ?? 10));
  return createPool({
    ...poolSettings(opts),
    database: opts.database,
    connectionLimit: limit,
    charset: 'UTF8MB4_BIN',
    supportBigNumbers: true,
    bigNumberStrings: false,
    decimalNumbers: true,
    // Several statements per query: an append sends its statements in three round trips
    // (src/store/sql/append-io.ts). Every value is bound by mysql2's escaping, never spliced.
    multipleStatements: true,
    namedPlaceholders: false,
  });
}

/** The pieces of an open MySQL store that a sharded store drives directly. */
export interface MysqlParts {
  readonly store: MysqlStore & SqlStoreParts;
  /** Kysely over the pool. */
  readonly db: Kysely<Database>;
  readonly ops: SqlDialectOps;
  /** `host:port` of the server, for messages and shard tags. */
  readonly server: string;
  /**
   * A connection of the pool outside Kysely, set up as Kysely's are; the caller releases it
   * (or destroys it when it may hold transaction state).
   */
  acquire(): Promise<PoolConnection>;
}

/**
 * Opens a store on an existing database and returns it with its pool's pieces. Fails (and
 * closes the pool) when the server cannot be reached.
 */
export async function openMysqlParts(opts: MysqlStoreOptions): Promise<MysqlParts> {
  if (typeof opts.database !== 'string' || opts.database === '') {
    throw new TypeError('createMysqlStore: database is required');
  }
  const pool = createMysqlPool(opts);
  const setup = sessionSetup(opts);
  const dialect = new TrackingMysqlDialect({
    pool,
    async onCreateConnection(connection) {
      for (const statement of setup) await connection.executeQuery(CompiledQuery.raw(statement));
    },
  });
  const db = new Kysely<Database>({ dialect });
  const server = serverOf(poolSettings(opts));
  const prepared = new WeakSet<PoolConnection>();
  const acquire = async (): Promise<PoolConnection> => {
    const conn = await new Promise<PoolConnection>((resolve, reject) => {
      pool.getConnection((err, c) =>
        err ? reject(describeConnectError(err, `${server}/${opts.database}`)) : resolve(c),
      );
    });
    if (prepared.has(conn)) return conn;
    try {
      for (const statement of setup) {
        await new Promise<void>((resolve, reject) =>
          conn.query(statement, (e) => (e ? reject(e) : resolve())),
        );
      }
    } catch (err) {
      conn.destroy();
      throw err;
    }
    prepared.add(conn);
    return conn;
  };
  let store: MysqlStoreImpl | undefined;
  try {
    let version: string;
    try {
      const { rows } = await sql<{ version: string }>`select version() as version`.execute(db);
      version = rows[0]!.version;
    } catch (err) {
      throw describeConnectError(err, `${server}/${opts.database}`);
    }
    const ops = mysqlOpsFor(version);
    store = new MysqlStoreImpl(opts.database, db, dialect, ops);
    if (opts.migrate !== false) await store.migrate();
    return { store, db, ops, server, acquire };
  } catch (err) {
    await (store?.close() ?? db.destroy()).catch(() => {});
    throw err;
  }
}

/**
 * Opens a store on an existing database and, unless `migrate: false`, brings its schema up to
 * date. Fails (and closes the pool) when the server cannot be reached.
 *
 * @example
 * const store = await createMysqlStore({ uri: 'mysql://root@127.0.0.1:3306', database: 'parley' });
 * await store.users.create({ uid: 'alice', nickname: 'Alice', passwordHash: '', createdAt: Date.now() });
 * await store.close();
 */
export async function createMysqlStore(opts: MysqlStoreOptions): Promise<MysqlStore> {
  return (await openMysqlParts(opts)).store;
}
