/**
 * The embedded Store: one SQLite file in WAL mode behind better-sqlite3, driven through Kysely
 * with the shared SQL of src/store/sql. One connection serves the whole process; Kysely queues
 * operations on it, so appends never interleave. Open each file through one store per process:
 * a second connection in the same thread would block the event loop on the write lock.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  Kysely,
  type SqliteDatabase,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
  sql,
} from 'kysely';
import { sqliteOps } from '../sql/dialect-ops.ts';
import { migrateToLatest } from '../sql/migrations.ts';
import type { Database } from '../sql/schema.ts';
import { SqlStoreParts } from '../sql/sql-store-parts.ts';
import type { Store } from '../types.ts';
import { SqliteMessageStore } from './sqlite-message-store.ts';

export interface SqliteStoreOptions {
  /** Database file; missing parent directories are created. ':memory:' for a private database. */
  file: string;
  /**
   * FULL (default): a resolved write survives power loss. NORMAL: survives a crash of the
   * process but not of the machine (the last commits may roll back); fewer fsyncs.
   */
  synchronous?: 'FULL' | 'NORMAL';
  /**
   * WAL pages after which a commit checkpoints them into the database file. Larger means fewer,
   * longer checkpoints and less rewriting of hot pages. Default 10 000 (about 40 MiB).
   */
  walAutocheckpointPages?: number;
  /** How long a write waits for another process's lock before failing, in ms. Default 5000. */
  busyTimeoutMs?: number;
  /** Apply pending migrations while opening. Default true. */
  migrate?: boolean;
  /**
   * Append through cached prepared statements (default) rather than the shared Kysely query
   * code. Both produce the same rows; the contract suite runs against both.
   */
  preparedAppend?: boolean;
}

/** Settings of the open connection, as SQLite reports them. */
export interface SqliteSettings {
  /** 'wal' for files; 'memory' for ':memory:'. */
  readonly journalMode: string;
  readonly synchronous: 'OFF' | 'NORMAL' | 'FULL' | 'EXTRA';
  readonly busyTimeoutMs: number;
  readonly walAutocheckpointPages: number;
}

export interface SqliteStore extends Store {
  settings(): SqliteSettings;
}

const SYNCHRONOUS_NAMES = ['OFF', 'NORMAL', 'FULL', 'EXTRA'] as const;

/** Every transaction writes, so take the write lock at BEGIN: waits go through busy_timeout. */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }
}

/** Most distinct statements kept prepared; bulk inserts of varying sizes would otherwise pile up. */
const STATEMENT_CACHE = 256;

/**
 * The database as Kysely sees it, with prepared statements cached by SQL text: Kysely prepares
 * every query anew, and preparing costs more than running the small queries of the hot paths
 * (delivery acks, sync, login). Statements are reused only by Kysely's one serialised connection.
 */
function cachingDatabase(sqlite: BetterSqlite3.Database): SqliteDatabase {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(text: string) {
      let st = cache.get(text);
      if (!st) {
        st = sqlite.prepare(text);
        if (cache.size >= STATEMENT_CACHE) cache.delete(cache.keys().next().value!);
        cache.set(text, st);
      }
      return st;
    },
  };
}

class SqliteStoreImpl extends SqlStoreParts implements SqliteStore {
  #closing: Promise<void> | undefined;

  constructor(
    private readonly sqlite: BetterSqlite3.Database,
    private readonly db: Kysely<Database>,
    preparedAppend: boolean,
  ) {
    super(db, sqliteOps, preparedAppend ? new SqliteMessageStore(db, sqliteOps, sqlite) : undefined);
  }

  migrate(): Promise<void> {
    return migrateToLatest(this.db, sqliteOps);
  }

  async ping(): Promise<void> {
    await sql`select 1`.execute(this.db);
  }

  settings(): SqliteSettings {
    const level = Number(this.sqlite.pragma('synchronous', { simple: true }));
    return {
      journalMode: String(this.sqlite.pragma('journal_mode', { simple: true })),
      synchronous: SYNCHRONOUS_NAMES[level] ?? 'FULL',
      busyTimeoutMs: Number(this.sqlite.pragma('busy_timeout', { simple: true })),
      walAutocheckpointPages: Number(this.sqlite.pragma('wal_autocheckpoint', { simple: true })),
    };
  }

  /**
   * Waits for the operations called before close (they queue on the one connection in call
   * order), then closes the file, checkpointing the WAL. Operations called later reject.
   * Idempotent.
   */
  close(): Promise<void> {
    this.#closing ??= (async () => {
      // Let operations started in this tick reach the connection queue ahead of close.
      await new Promise<void>((r) => setImmediate(r));
      await this.db.connection().execute(async () => {
        this.sqlite.close();
      });
      await this.db.destroy();
    })();
    return this.#closing;
  }
}

/**
 * Opens (creating if needed) the SQLite store at `opts.file` and, unless `migrate: false`,
 * brings its schema up to date.
 *
 * @example
 * const store = await createSqliteStore({ file: 'data/parley.db' });
 * await store.users.create({ uid: 'alice', nickname: 'Alice', passwordHash: '', createdAt: Date.now() });
 * await store.close();
 */
export async function createSqliteStore(opts: SqliteStoreOptions): Promise<SqliteStore> {
  const synchronous = opts.synchronous ?? 'FULL';
  if (synchronous !== 'FULL' && synchronous !== 'NORMAL') {
    throw new TypeError(`synchronous must be FULL or NORMAL, got ${String(synchronous)}`);
  }
  const busyTimeoutMs = Math.max(0, Math.floor(opts.busyTimeoutMs ?? 5000));
  const inMemory = opts.file === ':memory:' || opts.file === '';
  if (!inMemory && !opts.file.startsWith('file:'))
    mkdirSync(dirname(resolve(opts.file)), { recursive: true });

  const sqlite = new BetterSqlite3(opts.file);
  try {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma(`synchronous = ${synchronous}`);
    sqlite.pragma(`busy_timeout = ${busyTimeoutMs}`);
    sqlite.pragma('temp_store = MEMORY');
    // 32 MiB page cache; WAL file truncated to 64 MiB after checkpoints.
    sqlite.pragma('cache_size = -32768');
    sqlite.pragma('journal_size_limit = 67108864');
    sqlite.pragma(`wal_autocheckpoint = ${Math.max(1, Math.floor(opts.walAutocheckpointPages ?? 10_000))}`);
    const db = new Kysely<Database>({
      dialect: new ImmediateSqliteDialect({ database: cachingDatabase(sqlite) }),
    });
    const store = new SqliteStoreImpl(sqlite, db, opts.preparedAppend !== false);
    if (opts.migrate !== false) await store.migrate();
    return store;
  } catch (err) {
    sqlite.close();
    throw err;
  }
}
