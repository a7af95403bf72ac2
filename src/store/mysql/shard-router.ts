/**
 * Where the rows of a sharded store live, and how an operation reaches them. Shared by the
 * aggregates of the sharded store (src/store/mysql/sharded-*.ts).
 *
 * Placement (see docs/architecture.md, "Sharding"):
 * - A user's own rows (user, devices, timeline and its seq, conversation entries, friends,
 *   friend requests, blocks, deleted-for-me marks) live on the user's home shard, the shard of
 *   the uid's slot. Rows about two users (friendship, friend request) are kept on both homes.
 * - A group's rows (group, members, join requests) live on the group's home shard and, except
 *   join requests, are replicated to the home shard of every member.
 * - A conversation's rows (messages, conversation timeline, head) are replicated to every
 *   shard that holds a participant: both homes for one-to-one, every member's home and the
 *   group's home for a group. So every query about one user runs on that user's home alone,
 *   joins included, exactly as on a single database.
 * - A token lives on the shard of its hash's slot.
 *
 * Writes that touch several shards run as one cross-shard transaction (src/store/mysql/xa.ts).
 */
import type { Kysely } from 'kysely';
import { parseConvId } from '../conv-id.ts';
import type { SqlDialectOps } from '../sql/dialect-ops.ts';
import type { Database } from '../sql/schema.ts';
import { SqlStoreParts } from '../sql/sql-store-parts.ts';
import type { MysqlParts } from './mysql-store.ts';
import type { ShardMap } from './shard-map.ts';
import type { XaCoordinator, XaTransaction } from './xa.ts';

/** The SQL aggregates over one XA branch. */
class BranchParts extends SqlStoreParts {
  constructor(db: Kysely<Database>, ops: SqlDialectOps) {
    super(db, ops);
  }
}

export class ShardRouter {
  constructor(
    readonly map: ShardMap,
    readonly shards: readonly MysqlParts[],
    readonly xa: XaCoordinator,
  ) {}

  /** Home shard of a uid, group id or token hash. */
  home(key: string): number {
    return this.map.shardOf(key);
  }

  /** The aggregates of shard `i` outside any cross-shard transaction. */
  at(i: number): SqlStoreParts {
    return this.shards[i]!.store;
  }

  /** The shard that holds a conversation completely: the group's home, or the first uid's. */
  convHome(convId: string): number {
    const c = parseConvId(convId);
    if (c === undefined) return 0;
    return this.home(c.type === 'group' ? c.groupId : c.a);
  }

  /** Homes of `keys`, ascending, each once. */
  homes(keys: Iterable<string>): number[] {
    return [...new Set([...keys].map((k) => this.home(k)))].sort((a, b) => a - b);
  }

  /** The aggregates of shard `i` inside `tx` (its branch there starts on first use). */
  async branch(tx: XaTransaction, i: number): Promise<SqlStoreParts> {
    return new BranchParts(await tx.on(i), this.shards[i]!.ops);
  }

  /** Kysely of shard `i`'s branch in `tx`, with the shard's dialect ops. */
  async raw(tx: XaTransaction, i: number): Promise<{ db: Kysely<Database>; ops: SqlDialectOps }> {
    return { db: await tx.on(i), ops: this.shards[i]!.ops };
  }

  /**
   * Runs `fn` on each of `shards` (ascending) atomically: on one shard with that shard's own
   * transactions, on several inside one cross-shard transaction. Returns the results in shard
   * order.
   */
  async each<T>(
    shards: readonly number[],
    fn: (parts: SqlStoreParts, shard: number) => Promise<T>,
  ): Promise<T[]> {
    const list = [...new Set(shards)].sort((a, b) => a - b);
    if (list.length === 1) return [await fn(this.at(list[0]!), list[0]!)];
    return this.xa.run(async (tx) => {
      const out: T[] = [];
      for (const s of list) out.push(await fn(await this.branch(tx, s), s));
      return out;
    });
  }

  /** Runs `fn` on every shard concurrently (reads), results in shard order. */
  all<T>(fn: (parts: SqlStoreParts, shard: number) => Promise<T>): Promise<T[]> {
    return Promise.all(this.shards.map((s, i) => fn(s.store, i)));
  }

  /**
   * `items` grouped by the shard `shardOf` names, shards ascending, items in their order (the
   * same lock order in every transaction).
   */
  groupBy<T>(items: Iterable<T>, shardOf: (item: T) => number): Map<number, T[]> {
    const out = new Map<number, T[]>();
    for (const item of items) {
      const s = shardOf(item);
      const list = out.get(s);
      if (list === undefined) out.set(s, [item]);
      else list.push(item);
    }
    return new Map([...out].sort((a, b) => a[0] - b[0]));
  }

  /** Runs `fn` per shard on the keys homed there (reads, concurrently). */
  async byHome<T>(
    keys: Iterable<string>,
    fn: (parts: SqlStoreParts, keys: string[]) => Promise<T>,
  ): Promise<T[]> {
    const groups = this.map.group(keys);
    return Promise.all([...groups].map(([s, ks]) => fn(this.at(s), ks)));
  }
}
