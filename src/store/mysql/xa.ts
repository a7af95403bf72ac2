/**
 * Atomic writes across the shards of a sharded MySQL/MariaDB store: XA transactions with a
 * decision record, so that a crash at any point leaves every shard either with all of a
 * transaction or with none of it.
 *
 * Protocol of one transaction over branches on shards i < j < ...:
 * 1. Each branch runs `XA START`, its statements, then (all but the lowest shard, the
 *    coordinator) `XA END` and `XA PREPARE`: a prepared branch survives a crash of either side.
 * 2. The coordinator inserts the transaction's row into its `xa_decisions` table inside its own
 *    branch and commits it in one phase. That commit is the decision: from then on the
 *    transaction is committed.
 * 3. The prepared branches are committed. A failure here leaves them prepared; recovery
 *    finishes them.
 *
 * Recovery (`XaCoordinator.recover`, at open and periodically) looks at prepared branches older
 * than `recoverAfterMs` and decides by the coordinator's table: a decision row means commit; no
 * row means the transaction never committed, and recovery inserts an abort row (committed = 0)
 * before rolling back, so that a slow owner reaching step 2 afterwards fails on the duplicate
 * key and rolls back too. The unique key makes the two outcomes exclusive.
 *
 * A transaction with a single branch commits in one phase without a decision row.
 *
 * Lock order: callers take row locks shard by shard in ascending order within each phase of
 * their work (see ShardedMessageStore.append), so that two transactions cannot wait on each
 * other across databases, which no database could detect. A lock wait that times out anyway
 * rolls the whole transaction back and `run` tries it again.
 */
import { randomBytes } from 'node:crypto';
import { crc32 } from 'node:zlib';
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  Kysely,
  MysqlAdapter,
  MysqlIntrospector,
  MysqlQueryCompiler,
  type QueryResult,
  sql,
} from 'kysely';
import type { PoolConnection, ResultSetHeader } from 'mysql2';
import { ConflictError } from '../errors.ts';
import type { Database } from '../sql/schema.ts';

/** A shard as the coordinator sees it. */
export interface XaShard {
  readonly index: number;
  /** Kysely over the shard's pool. */
  readonly db: Kysely<Database>;
  /** A connection of the shard's pool, set up as the pool's connections are. */
  acquire(): Promise<PoolConnection>;
  /** Stable short id of the shard's database (8 hex), part of every branch id. */
  readonly tag: string;
}

/** The tag of a database: 8 hex digits of CRC32 over server and database name. */
export function shardTag(server: string, database: string): string {
  return crc32(`${server}/${database}`).toString(16).padStart(8, '0');
}

const XID_PREFIX = 'pxa';
/** errno of MySQL errors after which the whole transaction was rolled back and may run again. */
const RETRYABLE = new Set([1213 /* deadlock */, 1205 /* lock wait timeout */, 1614, 1613, 1402]);
const ATTEMPTS = 4;

function errnoChain(err: unknown): number[] {
  const out: number[] = [];
  for (let e: unknown = err, depth = 0; e !== null && typeof e === 'object' && depth < 5; depth++) {
    const errno = (e as { errno?: unknown }).errno;
    if (typeof errno === 'number') out.push(errno);
    e = (e as { cause?: unknown }).cause;
  }
  return out;
}

/** Whether `err` (or an error it wraps) says the database rolled the transaction back. */
export function isRetryable(err: unknown): boolean {
  return errnoChain(err).some((n) => RETRYABLE.has(n));
}

/**
 * A driver over one held connection whose transaction calls do nothing: the XA branch is the
 * transaction.
 */
class BranchDriver implements Driver {
  constructor(private readonly conn: DatabaseConnection) {}
  async init(): Promise<void> {}
  async acquireConnection(): Promise<DatabaseConnection> {
    return this.conn;
  }
  async beginTransaction(): Promise<void> {}
  async commitTransaction(): Promise<void> {}
  async rollbackTransaction(): Promise<void> {}
  async releaseConnection(): Promise<void> {}
  async destroy(): Promise<void> {}
}

/**
 * Kysely's view of a raw mysql2 connection (results shaped as its MySQL driver shapes them).
 * `prefix` (the branch's XA START) goes out with the first query, in the same round trip.
 */
class RawConnection implements DatabaseConnection {
  #prefix: string | undefined;

  constructor(
    readonly raw: PoolConnection,
    prefix?: string,
  ) {
    this.#prefix = prefix;
  }

  executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const prefix = this.#prefix;
    this.#prefix = undefined;
    const text = prefix === undefined ? query.sql : `${prefix};\n${query.sql}`;
    return new Promise((resolve, reject) => {
      this.raw.query(text, [...query.parameters], (err, result) => {
        if (err) return reject(err);
        let own: unknown = result;
        if (prefix !== undefined) {
          // Results of [prefix, ...the query's statements]: one statement answers its own result.
          const all = result as unknown[];
          own = all.length === 2 ? all[1] : all.slice(1);
        }
        if (Array.isArray(own)) return resolve({ rows: own as R[] });
        const ok = own as ResultSetHeader;
        resolve({
          numAffectedRows: BigInt(ok.affectedRows ?? 0),
          numChangedRows: BigInt(ok.changedRows ?? 0),
          rows: [],
        });
      });
    });
  }

  /** Whether the branch's XA START has not gone out yet (no query ran). */
  get unstarted(): boolean {
    return this.#prefix !== undefined;
  }

  // biome-ignore lint/correctness/useYield: streaming is not offered inside a branch
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('streaming queries are not supported inside a cross-shard transaction');
  }
}

function branchKysely(conn: DatabaseConnection): Kysely<Database> {
  return new Kysely<Database>({
    dialect: {
      createAdapter: () => new MysqlAdapter(),
      createDriver: () => new BranchDriver(conn),
      createIntrospector: (db) => new MysqlIntrospector(db),
      createQueryCompiler: () => new MysqlQueryCompiler(),
    },
  });
}

interface Branch {
  readonly shard: XaShard;
  readonly conn: RawConnection;
  readonly db: Kysely<Database>;
  /** Gives the connection back, or closes it when it may still hold branch state. */
  release(): void;
  /** Set once a statement left the branch in a state another user of the connection would trip over. */
  broken: boolean;
}

function xidOf(gtrid: string, shard: XaShard): string {
  return `'${gtrid}','${shard.tag}'`;
}

async function exec(conn: DatabaseConnection, text: string): Promise<void> {
  await conn.executeQuery(CompiledQuery.raw(text));
}

/** One cross-shard transaction; see the module comment. */
export class XaTransaction {
  readonly #branches = new Map<number, Promise<Branch>>();
  /** Set by the first branch, whose shard becomes the coordinator (its tag is in the id). */
  #gtrid: string | undefined;
  #coordinator = -1;

  constructor(private readonly coordinator: XaCoordinator) {}

  /**
   * Kysely bound to this transaction's branch on `shard` (started on first use). Code that
   * calls `transaction()` on it runs inside the branch: begin and commit do nothing there.
   */
  on(shard: number): Promise<Kysely<Database>> {
    return this.#branch(shard).then((b) => b.db);
  }

  /** Shards with a branch, ascending. */
  shards(): number[] {
    return [...this.#branches.keys()].sort((a, b) => a - b);
  }

  #branch(index: number): Promise<Branch> {
    let b = this.#branches.get(index);
    if (b === undefined) {
      const shard = this.coordinator.shard(index);
      if (this.#gtrid === undefined) {
        this.#gtrid = this.coordinator.newGtrid(shard);
        this.#coordinator = index;
      }
      b = (async () => {
        const conn = new RawConnection(await shard.acquire(), `xa start ${xidOf(this.gtrid(), shard)}`);
        const branch: Branch = {
          shard,
          conn,
          db: branchKysely(conn),
          broken: false,
          release() {
            if (branch.broken) conn.raw.destroy();
            else conn.raw.release();
          },
        };
        return branch;
      })();
      this.#branches.set(index, b);
    }
    return b;
  }

  /** The transaction's global id ('' before the first branch). */
  gtrid(): string {
    return this.#gtrid ?? '';
  }

  /** Commits every branch (see the module comment). Branch connections are released. */
  async commit(): Promise<void> {
    const all = await this.#settledBranches();
    // A branch on which no statement ran never started.
    const branches = all.filter((b) => !b.conn.unstarted);
    for (const b of all) if (b.conn.unstarted) b.release();
    if (branches.length === 0) return;
    let decided = false;
    try {
      if (branches.length === 1) {
        const only = branches[0]!;
        decided = true;
        only.broken = true;
        const xid = xidOf(this.gtrid(), only.shard);
        await exec(only.conn, `xa end ${xid};\nxa commit ${xid} one phase`);
        only.broken = false;
        return;
      }
      const coord = branches.find((b) => b.shard.index === this.#coordinator);
      if (coord === undefined)
        throw new Error('cross-shard transaction: the coordinator branch did not start');
      const others = branches.filter((b) => b !== coord);
      await Promise.all(
        others.map(async (b) => {
          // Prepared: until its commit or rollback succeeds, the connection holds the branch.
          b.broken = true;
          const xid = xidOf(this.gtrid(), b.shard);
          await exec(b.conn, `xa end ${xid};\nxa prepare ${xid}`);
        }),
      );
      // The decision row, the end and the one-phase commit of the coordinator in one round trip:
      // the statements stop at the first failure.
      const xid = xidOf(this.gtrid(), coord.shard);
      try {
        coord.broken = true;
        await coord.conn.executeQuery(
          CompiledQuery.raw(
            `insert into xa_decisions (xid, committed, created_at) values (?, 1, ?);\nxa end ${xid};\nxa commit ${xid} one phase`,
            [this.gtrid(), Date.now()],
          ),
        );
        coord.broken = false;
      } catch (err) {
        if (errnoChain(err).includes(1062)) {
          throw new ConflictError('cross-shard transaction was aborted by recovery, retry', { cause: err });
        }
        // Whether the commit happened is unknown: never roll back; recovery decides by the row.
        decided = true;
        throw err;
      }
      decided = true;
      const results = await Promise.allSettled(
        others.map(async (b) => {
          await exec(b.conn, `xa commit ${xidOf(this.gtrid(), b.shard)}`);
          b.broken = false;
        }),
      );
      if (results.every((r) => r.status === 'fulfilled'))
        this.coordinator.forget(coord.shard.index, this.gtrid());
    } catch (err) {
      if (!decided) await this.#rollbackAll(branches);
      throw err;
    } finally {
      for (const b of branches) b.release();
    }
  }

  /** Rolls back every branch that is not decided; releases the connections. */
  async rollback(): Promise<void> {
    const branches = await this.#settledBranches();
    try {
      await this.#rollbackAll(branches);
    } finally {
      for (const b of branches) b.release();
    }
  }

  async #rollbackAll(branches: readonly Branch[]): Promise<void> {
    await Promise.all(
      branches.map(async (b) => {
        if (b.conn.unstarted) return;
        await exec(b.conn, `xa end ${xidOf(this.gtrid(), b.shard)}`).catch(() => {});
        try {
          await exec(b.conn, `xa rollback ${xidOf(this.gtrid(), b.shard)}`);
          b.broken = false;
        } catch {
          b.broken = true;
        }
      }),
    );
  }

  /** The branches that started (failed starts already released their connection). */
  async #settledBranches(): Promise<Branch[]> {
    const out: Branch[] = [];
    for (const index of this.shards()) {
      try {
        out.push(await this.#branches.get(index)!);
      } catch {
        // never started
      }
    }
    return out;
  }
}

export interface XaCoordinatorOptions {
  /** Prepared branches older than this are resolved by recovery. Default 30 000. */
  recoverAfterMs?: number;
  /** Called with errors of background work (recovery sweeps, decision clean-up). */
  onError?: (err: unknown) => void;
}

/** Runs cross-shard transactions over a fixed list of shards and resolves what crashes left. */
export class XaCoordinator {
  readonly #byTag = new Map<string, XaShard>();
  readonly #node = randomBytes(3).toString('hex');
  #counter = 0;
  #active = 0;
  #idle: (() => void)[] = [];
  /** Decision rows to delete, by coordinator shard: their transactions are fully committed. */
  readonly #done = new Map<number, string[]>();
  readonly recoverAfterMs: number;

  constructor(
    private readonly list: readonly XaShard[],
    private readonly opts: XaCoordinatorOptions = {},
  ) {
    for (const s of list) this.#byTag.set(s.tag, s);
    this.recoverAfterMs = opts.recoverAfterMs ?? 30_000;
  }

  shard(index: number): XaShard {
    const s = this.list[index];
    if (s === undefined) throw new RangeError(`no shard ${index}`);
    return s;
  }

  /**
   * Runs `fn` in a new cross-shard transaction and commits it; rolls back when `fn` throws.
   * A transaction the database rolled back (deadlock, lock wait timeout) runs again, up to 4
   * times in all, so `fn` must have no effects outside the transaction.
   */
  async run<T>(fn: (tx: XaTransaction) => Promise<T>): Promise<T> {
    this.#active++;
    try {
      return await this.#attempt(fn);
    } finally {
      this.#active--;
      if (this.#active === 0) for (const wake of this.#idle.splice(0)) wake();
    }
  }

  /** Resolves once no transaction is running. */
  async settled(): Promise<void> {
    while (this.#active > 0) await new Promise<void>((r) => this.#idle.push(r));
  }

  async #attempt<T>(fn: (tx: XaTransaction) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      const tx = new XaTransaction(this);
      let result: T;
      try {
        result = await fn(tx);
      } catch (err) {
        await tx.rollback();
        if (attempt < ATTEMPTS && isRetryable(err)) continue;
        throw err;
      }
      try {
        await tx.commit();
        return result;
      } catch (err) {
        if (attempt < ATTEMPTS && (isRetryable(err) || err instanceof ConflictError)) continue;
        throw err;
      }
    }
  }

  /** `pxa.<coordinator tag>.<ms base 36>.<node><counter>`: at most 40 characters. */
  newGtrid(coord: XaShard): string {
    this.#counter = (this.#counter + 1) % 0x1000000;
    return `${XID_PREFIX}.${coord.tag}.${Date.now().toString(36)}.${this.#node}${this.#counter.toString(36)}`;
  }

  /** Marks a transaction fully committed: its decision row may go. */
  forget(coordinator: number, gtrid: string): void {
    let list = this.#done.get(coordinator);
    if (list === undefined) {
      list = [];
      this.#done.set(coordinator, list);
    }
    list.push(gtrid);
  }

  /** Deletes the decision rows of fully committed transactions. */
  async cleanUp(): Promise<void> {
    for (const [index, xids] of this.#done) {
      const batch = xids.splice(0, 1000);
      if (batch.length === 0) continue;
      await sql`delete from xa_decisions where xid in (${sql.join(batch)})`.execute(this.shard(index).db);
    }
  }

  /**
   * Resolves prepared branches of this store's transactions that are older than
   * `recoverAfterMs` (all of them with `olderThanMs: 0`, which is only safe when no node is
   * running transactions). Returns how many branches were committed and rolled back.
   */
  async recover(olderThanMs = this.recoverAfterMs): Promise<{ committed: number; rolledBack: number }> {
    let committed = 0;
    let rolledBack = 0;
    const now = Date.now();
    for (const shard of this.list) {
      const { rows } = await sql<{
        gtrid_length: number;
        bqual_length: number;
        data: string | Uint8Array;
      }>`xa recover`.execute(shard.db);
      for (const row of rows) {
        const data = typeof row.data === 'string' ? row.data : Buffer.from(row.data).toString('latin1');
        const gtrid = data.slice(0, Number(row.gtrid_length));
        const bqual = data.slice(
          Number(row.gtrid_length),
          Number(row.gtrid_length) + Number(row.bqual_length),
        );
        const [prefix, coordTag, ms] = gtrid.split('.');
        if (prefix !== XID_PREFIX || bqual !== shard.tag || ms === undefined) continue;
        const coord = this.#byTag.get(coordTag ?? '');
        if (coord === undefined) continue;
        if (now - Number.parseInt(ms, 36) < olderThanMs) continue;
        try {
          const commit = await this.#decide(coord, gtrid);
          await sql.raw(`xa ${commit ? 'commit' : 'rollback'} ${xidOf(gtrid, shard)}`).execute(shard.db);
          if (commit) committed++;
          else rolledBack++;
        } catch (err) {
          // Its owner may have finished it meanwhile; any other cause is tried again next time.
          this.report(err);
        }
      }
    }
    return { committed, rolledBack };
  }

  /** The outcome of `gtrid`: committed when its coordinator holds a commit row; else aborted for good. */
  async #decide(coord: XaShard, gtrid: string): Promise<boolean> {
    try {
      await sql`insert into xa_decisions (xid, committed, created_at) values (${gtrid}, 0, ${Date.now()})`.execute(
        coord.db,
      );
      return false;
    } catch (err) {
      if (!errnoChain(err).includes(1062)) throw err;
    }
    const row = await sql<{
      committed: number;
    }>`select committed from xa_decisions where xid = ${gtrid}`.execute(coord.db);
    return Number(row.rows[0]?.committed ?? 0) === 1;
  }

  /** Background errors go here. */
  report(err: unknown): void {
    this.opts.onError?.(err);
  }
}
