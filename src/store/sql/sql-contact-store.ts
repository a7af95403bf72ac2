import type { Insertable, Kysely, Selectable } from 'kysely';
import { NotFoundError } from '../errors.ts';
import type { ContactStore, FriendRecord, FriendRequestRecord } from '../types.ts';
import { type SqlDialectOps, toStoreError } from './dialect-ops.ts';
import type { Database, FriendRequestsTable, FriendsTable } from './schema.ts';

function toRequest(row: Selectable<FriendRequestsTable>): FriendRequestRecord {
  return {
    fromUid: row.from_uid,
    toUid: row.to_uid,
    note: row.note,
    status: row.status,
    ts: Number(row.ts),
  };
}

function toFriend(row: Selectable<FriendsTable>): FriendRecord {
  return { uid: row.uid, friendUid: row.friend_uid, remark: row.remark, since: Number(row.since) };
}

/**
 * Friend requests, friendships (one row per direction in friends) and blacklists. Inserts that
 * must leave an existing row alone use an upsert that rewrites a key column with its own value:
 * unlike INSERT OR IGNORE / INSERT IGNORE it swallows nothing but the key conflict, on both
 * dialects.
 */
export class SqlContactStore implements ContactStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly ops: SqlDialectOps,
  ) {}

  async putRequest(r: Omit<FriendRequestRecord, 'status'>): Promise<void> {
    try {
      await this.db
        .insertInto('friend_requests')
        .values({ from_uid: r.fromUid, to_uid: r.toUid, note: r.note, status: 'pending', ts: r.ts })
        .modifyEnd(this.ops.upsertTail(['from_uid', 'to_uid'], ['note', 'status', 'ts']))
        .execute();
    } catch (err) {
      throw toStoreError(this.ops, err, `friend request ${r.fromUid} -> ${r.toUid}`);
    }
  }

  async getRequest(fromUid: string, toUid: string): Promise<FriendRequestRecord | undefined> {
    const row = await this.db
      .selectFrom('friend_requests')
      .selectAll()
      .where('from_uid', '=', fromUid)
      .where('to_uid', '=', toUid)
      .executeTakeFirst();
    return row === undefined ? undefined : toRequest(row);
  }

  async settleRequest(fromUid: string, toUid: string, status: 'accepted' | 'rejected'): Promise<boolean> {
    try {
      const r = await this.db
        .updateTable('friend_requests')
        .set({ status })
        .where('from_uid', '=', fromUid)
        .where('to_uid', '=', toUid)
        .where('status', '=', 'pending')
        .executeTakeFirst();
      return r.numUpdatedRows > 0n;
    } catch (err) {
      throw toStoreError(this.ops, err, `friend request ${fromUid} -> ${toUid}`);
    }
  }

  /** Newest first; requests with the same ts by (fromUid, toUid). */
  async pendingRequests(uid: string): Promise<FriendRequestRecord[]> {
    const rows = await this.db
      .selectFrom('friend_requests')
      .selectAll()
      .where('status', '=', 'pending')
      .where((eb) => eb.or([eb('from_uid', '=', uid), eb('to_uid', '=', uid)]))
      .orderBy('ts', 'desc')
      .orderBy('from_uid')
      .orderBy('to_uid')
      .execute();
    return rows.map(toRequest);
  }

  /** A side that exists keeps its remark and since; a missing side starts with no remark. */
  async addFriends(a: string, b: string, since: number): Promise<void> {
    const rows: Insertable<FriendsTable>[] = [{ uid: a, friend_uid: b, remark: '', since }];
    if (a !== b) rows.push({ uid: b, friend_uid: a, remark: '', since });
    try {
      await this.db
        .insertInto('friends')
        .values(rows)
        .modifyEnd(this.ops.upsertTail(['uid', 'friend_uid'], ['friend_uid']))
        .execute();
    } catch (err) {
      throw toStoreError(this.ops, err, `friends ${a}, ${b}`);
    }
  }

  async removeFriends(a: string, b: string): Promise<boolean> {
    try {
      const r = await this.db
        .deleteFrom('friends')
        .where((eb) =>
          eb.or([
            eb.and([eb('uid', '=', a), eb('friend_uid', '=', b)]),
            eb.and([eb('uid', '=', b), eb('friend_uid', '=', a)]),
          ]),
        )
        .executeTakeFirst();
      return r.numDeletedRows > 0n;
    } catch (err) {
      throw toStoreError(this.ops, err, `friends ${a}, ${b}`);
    }
  }

  /** Whether a lists b as a friend (both sides are always written and deleted together). */
  async areFriends(a: string, b: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('friends')
      .select('uid')
      .where('uid', '=', a)
      .where('friend_uid', '=', b)
      .executeTakeFirst();
    return row !== undefined;
  }

  /** Ordered by friendUid. */
  async friendsOf(uid: string): Promise<FriendRecord[]> {
    const rows = await this.db
      .selectFrom('friends')
      .selectAll()
      .where('uid', '=', uid)
      .orderBy('friend_uid')
      .execute();
    return rows.map(toFriend);
  }

  async setRemark(uid: string, friendUid: string, remark: string): Promise<void> {
    let updated: bigint;
    try {
      const r = await this.db
        .updateTable('friends')
        .set({ remark })
        .where('uid', '=', uid)
        .where('friend_uid', '=', friendUid)
        .executeTakeFirst();
      updated = r.numUpdatedRows;
    } catch (err) {
      throw toStoreError(this.ops, err, `friend ${uid} -> ${friendUid}`);
    }
    if (updated === 0n) throw new NotFoundError(`${friendUid} is not a friend of ${uid}`);
  }

  /** Blocking again keeps the first block's ts; unblocking a user not blocked is a no-op. */
  async setBlocked(uid: string, blockedUid: string, blocked: boolean, ts: number): Promise<void> {
    try {
      if (blocked) {
        await this.db
          .insertInto('blocks')
          .values({ uid, blocked_uid: blockedUid, ts })
          .modifyEnd(this.ops.upsertTail(['uid', 'blocked_uid'], ['blocked_uid']))
          .execute();
      } else {
        await this.db
          .deleteFrom('blocks')
          .where('uid', '=', uid)
          .where('blocked_uid', '=', blockedUid)
          .execute();
      }
    } catch (err) {
      throw toStoreError(this.ops, err, `block ${uid} -> ${blockedUid}`);
    }
  }

  async isBlocked(uid: string, other: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('blocks')
      .select('uid')
      .where('uid', '=', uid)
      .where('blocked_uid', '=', other)
      .executeTakeFirst();
    return row !== undefined;
  }

  /** The uids `uid` has blocked, ordered. */
  async blockedBy(uid: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('blocks')
      .select('blocked_uid')
      .where('uid', '=', uid)
      .orderBy('blocked_uid')
      .execute();
    return rows.map((r) => r.blocked_uid);
  }
}
