/**
 * The few places where SQLite and MySQL/MariaDB need different SQL. Everything else in
 * src/store/sql is plain Kysely and runs on both; an implementation passes one of these objects
 * to the per-aggregate stores and to the migrations.
 */
import { type Expression, type Kysely, type RawBuilder, type SqlBool, sql } from 'kysely';
import { ConflictError, DuplicateError, StoreError } from '../errors.ts';

/**
 * `deadlock`: the database chose this transaction as a deadlock victim and rolled all of it back,
 * so running it again is safe; surfaces as ConflictError when not retried.
 */
export type StoreErrorClass = 'duplicate' | 'conflict' | 'deadlock' | 'unavailable';

export interface SqlDialectOps {
  readonly name: 'sqlite' | 'mysql';
  /** Most bound parameters one statement may carry; bulk statements are chunked below it. */
  readonly maxParams: number;
  /**
   * Whether one query may carry several statements separated by `;` (run in order, answered
   * with one result per statement): MySQL with the pool's multipleStatements flag.
   */
  readonly multiStatement: boolean;
  /** Column type of message ids (the messages primary key). */
  readonly idType: RawBuilder<unknown>;
  /** Column type of message content. */
  readonly contentType: RawBuilder<unknown>;
  /**
   * Appended to CREATE TABLE. `clusteredByKey` marks tables with small rows that are only ever
   * read by their primary key (prefix), which SQLite then stores WITHOUT ROWID.
   */
  createTableTail(clusteredByKey: boolean): RawBuilder<unknown>;
  /**
   * Appended to a (multi-row) INSERT: a row whose `conflict` key exists overwrites that row's
   * `update` columns with the inserted values instead of failing.
   */
  upsertTail(conflict: readonly string[], update: readonly string[]): RawBuilder<unknown>;
  /**
   * Appended to a SELECT inside a transaction: the rows read stay locked against other writers
   * until commit. Empty where the transaction already holds the database's write lock.
   */
  readonly lockingReadTail: RawBuilder<unknown>;
  /** The condition `(columns[0], columns[1])` is one of `pairs`; uses a composite index. */
  pairIn(
    columns: readonly [string, string],
    pairs: readonly (readonly [string, string])[],
  ): RawBuilder<SqlBool>;
  /** Which kind of StoreError a driver error stands for, if any. */
  classifyError(err: unknown): StoreErrorClass | undefined;
  /** The larger of two integer expressions. */
  greatest(a: Expression<number>, b: Expression<number>): RawBuilder<number>;
  /** Creates the index that search uses (in the migration): full-text, or for a scan. */
  createSearchIndex(db: Kysely<unknown>): Promise<void>;
  /**
   * Whether the index must be fed by the indexer (SQLite FTS5); false where the database keeps
   * it up to date by itself or search scans (MySQL). When false, recalls and edits are not
   * queued for re-indexing and indexForSearch does nothing.
   */
  readonly searchNeedsIndexer: boolean;
  /** Adds (or replaces) messages in the index. */
  searchPut<DB>(db: Kysely<DB>, rows: readonly { msgId: number; content: string }[]): Promise<void>;
  /** Removes messages from the index. */
  searchRemove<DB>(db: Kysely<DB>, msgIds: readonly number[]): Promise<void>;
  /**
   * Condition on the messages table (alias `m`): its content contains `text` (3+ characters,
   * case-insensitive) according to the index.
   */
  searchMatch(text: string): RawBuilder<SqlBool>;
  /**
   * Condition on the messages table (alias `m`): its content contains `text` as a substring,
   * ASCII letters in any case, LIKE wildcards in `text` matching themselves. Scans the rows the
   * rest of the query leaves (short queries, which the index cannot answer).
   */
  searchScan(text: string): RawBuilder<SqlBool>;
}

/** `text` as an FTS5 string literal: a phrase matched as a substring by the trigram tokenizer. */
function fts5Phrase(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

function errorProp(err: unknown, key: 'code' | 'errno'): unknown {
  return typeof err === 'object' && err !== null && key in err
    ? (err as Record<string, unknown>)[key]
    : undefined;
}

const empty = sql``;

/** LIKE pattern for "contains `text`" with `\` as the escape character. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The LIKE escape character, always bound as a parameter: a backslash literal would need
 * different quoting on SQLite (none) and MySQL (backslash escapes in string literals).
 */
export const LIKE_ESCAPE = '\\';

/**
 * SQLite (better-sqlite3). Transactions are expected to start with BEGIN IMMEDIATE, so the
 * write lock is held from the first statement and locking reads need no clause.
 */
export const sqliteOps: SqlDialectOps = {
  name: 'sqlite',
  maxParams: 32_766,
  multiStatement: false,
  // INTEGER PRIMARY KEY makes msg_id the rowid: one B-tree instead of table plus index.
  idType: sql`integer`,
  contentType: sql`text`,
  createTableTail: (clusteredByKey) => (clusteredByKey ? sql`without rowid` : empty),
  upsertTail: (conflict, update) =>
    sql`on conflict (${sql.join(conflict.map((c) => sql.ref(c)))}) do update set ${sql.join(
      update.map((c) => sql`${sql.ref(c)} = excluded.${sql.ref(c)}`),
    )}`,
  lockingReadTail: empty,
  // SQLite accepts a row value IN only with a subquery on the right; VALUES is one.
  pairIn: (columns, pairs) =>
    sql<SqlBool>`(${sql.ref(columns[0])}, ${sql.ref(columns[1])}) in (values ${sql.join(
      pairs.map(([a, b]) => sql`(${a}, ${b})`),
    )})`,
  classifyError(err) {
    const code = errorProp(err, 'code');
    if (typeof code !== 'string') return undefined;
    if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') return 'duplicate';
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'unavailable';
    return undefined;
  },
  greatest: (a, b) => sql<number>`max(${a}, ${b})`,
  // Trigram tokens match any substring of 3+ characters, whatever the script (CJK has no spaces
  // to split words at); contentless: the text lives only in messages.
  async createSearchIndex(db) {
    await sql`create virtual table messages_fts using fts5(content, tokenize = 'trigram', content = '', contentless_delete = 1)`.execute(
      db,
    );
  },
  searchNeedsIndexer: true,
  async searchPut(db, rows) {
    if (rows.length === 0) return;
    await sql`delete from messages_fts where rowid in (${sql.join(rows.map((r) => r.msgId))})`.execute(db);
    for (const r of rows) {
      await sql`insert into messages_fts (rowid, content) values (${r.msgId}, ${r.content})`.execute(db);
    }
  },
  async searchRemove(db, msgIds) {
    if (msgIds.length === 0) return;
    await sql`delete from messages_fts where rowid in (${sql.join(msgIds)})`.execute(db);
  },
  searchMatch: (text) =>
    sql<SqlBool>`m.msg_id in (select rowid from messages_fts where messages_fts match ${fts5Phrase(text)})`,
  // SQLite's LIKE ignores the case of ASCII letters by itself.
  searchScan: (text) => sql<SqlBool>`m.content like ${containsPattern(text)} escape ${LIKE_ESCAPE}`,
};

/**
 * MySQL/MariaDB substring condition: the binary collation compares case-sensitively, so both
 * sides are folded with lower() (which folds the letters of every script, not only ASCII).
 */
function mysqlContains(text: string): RawBuilder<SqlBool> {
  return sql<SqlBool>`lower(m.content) like lower(${containsPattern(text)}) escape ${LIKE_ESCAPE}`;
}

/**
 * MySQL 8 / MariaDB 10.5+ (mysql2), for the cluster store; checked against MariaDB 10.11 by the
 * contract suites (test/store/mysql-store.test.ts). Expects transactions in READ COMMITTED (no
 * gap locks on the seq rows; each statement reads the latest commits, which the duplicate check
 * after the seq row locks relies on), backslash escapes in string literals (no
 * NO_BACKSLASH_ESCAPES, as mysql2 escapes with backslashes) and a connection flag that reports
 * matched rather than changed rows for UPDATE (mysql2's default FOUND_ROWS).
 * src/store/mysql/mysql-store.ts sets all of that up.
 *
 * Tables are utf8mb4 in `collation`, a binary NO PAD one, so that keys compare byte-wise as on
 * SQLite: under the PAD SPACE utf8mb4_bin, 'x' and 'x ' would be the same key.
 *
 * Search has no full-text index: MariaDB has no ngram parser, and its word parser cannot find
 * substrings or unsegmented CJK text; InnoDB FULLTEXT would also be case-sensitive over a binary
 * collation. Every query is a case-folded LIKE scan instead, driven from the user's entries
 * through an index on (conv_id, conv_seq), so it reads only the user's conversations.
 */
function mysqlFlavour(collation: 'utf8mb4_nopad_bin' | 'utf8mb4_0900_bin'): SqlDialectOps {
  return {
    name: 'mysql',
    maxParams: 65_535,
    multiStatement: true,
    idType: sql`bigint`,
    contentType: sql`mediumtext`,
    createTableTail: () => sql`engine=InnoDB default charset=utf8mb4 collate=${sql.raw(collation)}`,
    // VALUES() rather than the 8.0.19 row alias: MariaDB knows only VALUES().
    upsertTail: (_conflict, update) =>
      sql`on duplicate key update ${sql.join(update.map((c) => sql`${sql.ref(c)} = values(${sql.ref(c)})`))}`,
    lockingReadTail: sql`for update`,
    pairIn: (columns, pairs) =>
      sql<SqlBool>`(${sql.ref(columns[0])}, ${sql.ref(columns[1])}) in (${sql.join(
        pairs.map(([a, b]) => sql`(${a}, ${b})`),
      )})`,
    classifyError(err) {
      const errno = errorProp(err, 'errno');
      if (errno === 1062) return 'duplicate';
      if (errno === 1213) return 'deadlock';
      if (errno === 1205) return 'conflict';
      const code = errorProp(err, 'code');
      if (
        code === 'ECONNREFUSED' ||
        code === 'ECONNRESET' ||
        code === 'PROTOCOL_CONNECTION_LOST' ||
        code === 'ETIMEDOUT'
      ) {
        return 'unavailable';
      }
      return undefined;
    },
    greatest: (a, b) => sql<number>`greatest(${a}, ${b})`,
    // Lets a search go from the user's entries (user_convs by uid) to the messages of each
    // conversation in its visible seq range, instead of scanning all messages.
    async createSearchIndex(db) {
      await sql`create index messages_conv on messages (conv_id, conv_seq)`.execute(db);
    },
    searchNeedsIndexer: false,
    searchPut: async () => {},
    searchRemove: async () => {},
    searchMatch: mysqlContains,
    searchScan: mysqlContains,
  };
}

/** MariaDB 10.2+ (utf8mb4_nopad_bin). The engine the tests run against. */
export const mysqlOps: SqlDialectOps = mysqlFlavour('utf8mb4_nopad_bin');

/** MySQL 8.0.17+ (utf8mb4_0900_bin); otherwise the same as mysqlOps. Not exercised by tests. */
export const mysql8Ops: SqlDialectOps = mysqlFlavour('utf8mb4_0900_bin');

/** The flavour for a server by its `version()`, e.g. '10.11.6-MariaDB' or '8.0.36'. */
export function mysqlOpsFor(version: string): SqlDialectOps {
  return /mariadb/i.test(version) ? mysqlOps : mysql8Ops;
}

/** `err` as the matching StoreError (with the driver error as cause), or `err` itself. */
export function toStoreError(ops: SqlDialectOps, err: unknown, what: string): unknown {
  switch (ops.classifyError(err)) {
    case 'duplicate':
      return new DuplicateError(`${what}: already exists`, { cause: err });
    case 'conflict':
    case 'deadlock':
      return new ConflictError(`${what}: concurrent update, retry`, { cause: err });
    case 'unavailable':
      return new StoreError(`${what}: database unavailable`, { cause: err });
    default:
      return err;
  }
}

/** Splits `items` into runs whose statements stay within `maxParams` bound parameters. */
export function chunksFor<T>(items: readonly T[], paramsPerItem: number, maxParams: number): T[][] {
  const size = Math.max(1, Math.floor(maxParams / paramsPerItem));
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
