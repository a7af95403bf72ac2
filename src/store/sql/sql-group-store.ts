import {
  type Insertable,
  type Kysely,
  type Selectable,
  type SqlBool,
  sql,
  type Transaction,
  type Updateable,
} from 'kysely';
import { groupConvId } from '../conv-id.ts';
import { ConflictError, NotFoundError } from '../errors.ts';
import type {
  GroupMemberRecord,
  GroupPatch,
  GroupRecord,
  GroupRoleName,
  GroupStore,
  JoinRequestRecord,
} from '../types.ts';
import { chunksFor, containsPattern, LIKE_ESCAPE, type SqlDialectOps, toStoreError } from './dialect-ops.ts';
import {
  type Database,
  type GroupJoinRequestsTable,
  type GroupMembersTable,
  type GroupsTable,
  newUserConv,
  type UserConvsTable,
} from './schema.ts';

function toGroup(row: Selectable<GroupsTable>): GroupRecord {
  return {
    groupId: row.group_id,
    name: row.name,
    avatar: row.avatar,
    intro: row.intro,
    type: row.type,
    joinPolicy: row.join_policy,
    ownerUid: row.owner_uid,
    memberCount: Number(row.member_count),
    mutedAll: row.muted_all !== 0,
    dismissed: row.dismissed !== 0,
    createdAt: Number(row.created_at),
  };
}

function toMember(row: Selectable<GroupMembersTable>): GroupMemberRecord {
  return {
    groupId: row.group_id,
    uid: row.uid,
    role: row.role,
    nickname: row.nickname,
    mutedUntil: Number(row.muted_until),
    joinedAt: Number(row.joined_at),
  };
}

function toJoinRequest(row: Selectable<GroupJoinRequestsTable>): JoinRequestRecord {
  return { groupId: row.group_id, uid: row.uid, note: row.note, ts: Number(row.ts) };
}

/** A fresh conversation entry of `uid` in the group's conversation, visible after `headSeq`. */
function entryRow(uid: string, groupId: string, headSeq: number): Insertable<UserConvsTable> {
  return newUserConv({
    uid,
    convId: groupConvId(groupId),
    convType: 'group',
    peer: groupId,
    readSeq: headSeq,
    startSeq: headSeq,
  });
}

const ENTRY_COLUMNS = 12;
const MEMBER_COLUMNS = 6;

/**
 * Groups, their members and join requests over chat_groups, group_members and
 * group_join_requests; membership changes also maintain each member's user_convs entry and the
 * member_count kept in chat_groups.
 *
 * Membership writers lock the chat_groups row first (then read conv_heads), so concurrent
 * additions cannot both pass the size check.
 */
export class SqlGroupStore implements GroupStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly ops: SqlDialectOps,
  ) {}

  /**
   * The owner is always a member with role owner (added when `members` lacks it); for a uid
   * listed twice the first entry counts. Only the owner may have role owner (TypeError
   * otherwise). Every member joins at createdAt with an entry starting at seq 0.
   */
  async create(
    group: Omit<GroupRecord, 'memberCount'>,
    members: readonly { uid: string; role: GroupRoleName }[],
  ): Promise<GroupRecord> {
    const roles = new Map<string, GroupRoleName>([[group.ownerUid, 'owner']]);
    for (const m of members) {
      if (m.role === 'owner' && m.uid !== group.ownerUid) {
        throw new TypeError(`group ${group.groupId}: only the owner ${group.ownerUid} may have role owner`);
      }
      if (!roles.has(m.uid)) roles.set(m.uid, m.role);
    }
    const record: GroupRecord = { ...group, memberCount: roles.size };
    try {
      await this.db.transaction().execute(async (trx) => {
        await trx
          .insertInto('chat_groups')
          .values({
            group_id: group.groupId,
            name: group.name,
            avatar: group.avatar,
            intro: group.intro,
            type: group.type,
            join_policy: group.joinPolicy,
            owner_uid: group.ownerUid,
            member_count: roles.size,
            muted_all: group.mutedAll ? 1 : 0,
            dismissed: group.dismissed ? 1 : 0,
            created_at: group.createdAt,
          })
          .execute();
        const memberRows = [...roles].map(
          ([uid, role]): Insertable<GroupMembersTable> => ({
            group_id: group.groupId,
            uid,
            role,
            nickname: '',
            muted_until: 0,
            joined_at: group.createdAt,
          }),
        );
        for (const chunk of chunksFor(memberRows, MEMBER_COLUMNS, this.ops.maxParams)) {
          await trx.insertInto('group_members').values(chunk).execute();
        }
        const entries = [...roles.keys()].map((uid) => entryRow(uid, group.groupId, 0));
        for (const chunk of chunksFor(entries, ENTRY_COLUMNS, this.ops.maxParams)) {
          await trx.insertInto('user_convs').values(chunk).execute();
        }
      });
    } catch (err) {
      throw toStoreError(this.ops, err, `group ${group.groupId}`);
    }
    return record;
  }

  async get(groupId: string): Promise<GroupRecord | undefined> {
    const row = await this.db
      .selectFrom('chat_groups')
      .selectAll()
      .where('group_id', '=', groupId)
      .executeTakeFirst();
    return row === undefined ? undefined : toGroup(row);
  }

  async list(opts: { after?: string; limit: number; query?: string }): Promise<GroupRecord[]> {
    if (opts.limit <= 0) return [];
    let q = this.db.selectFrom('chat_groups').selectAll().orderBy('group_id').limit(opts.limit);
    if (opts.after !== undefined) q = q.where('group_id', '>', opts.after);
    if (opts.query) {
      const prefix = `${containsPattern(opts.query).slice(1)}`;
      const part = containsPattern(opts.query);
      // lower() on both sides: case-insensitive for ASCII on every dialect.
      q = q.where((eb) =>
        eb.or([
          sql<SqlBool>`lower(group_id) like lower(${prefix}) escape ${LIKE_ESCAPE}`,
          sql<SqlBool>`lower(name) like lower(${part}) escape ${LIKE_ESCAPE}`,
        ]),
      );
    }
    return (await q.execute()).map(toGroup);
  }

  async getMany(groupIds: readonly string[]): Promise<GroupRecord[]> {
    const out: GroupRecord[] = [];
    for (const chunk of chunksFor([...new Set(groupIds)], 1, this.ops.maxParams)) {
      const rows = await this.db
        .selectFrom('chat_groups')
        .selectAll()
        .where('group_id', 'in', chunk)
        .execute();
      for (const r of rows) out.push(toGroup(r));
    }
    return out;
  }

  async update(groupId: string, patch: GroupPatch): Promise<GroupRecord> {
    const set: Updateable<GroupsTable> = {};
    if (patch.name !== undefined) set.name = patch.name;
    if (patch.avatar !== undefined) set.avatar = patch.avatar;
    if (patch.intro !== undefined) set.intro = patch.intro;
    if (patch.joinPolicy !== undefined) set.join_policy = patch.joinPolicy;
    if (patch.mutedAll !== undefined) set.muted_all = patch.mutedAll ? 1 : 0;
    if (patch.dismissed !== undefined) set.dismissed = patch.dismissed ? 1 : 0;
    try {
      return await this.db.transaction().execute(async (trx) => {
        if (Object.keys(set).length > 0) {
          await trx.updateTable('chat_groups').set(set).where('group_id', '=', groupId).execute();
        }
        const row = await trx
          .selectFrom('chat_groups')
          .selectAll()
          .where('group_id', '=', groupId)
          .executeTakeFirst();
        if (row === undefined) throw new NotFoundError(`group ${groupId} not found`);
        return toGroup(row);
      });
    } catch (err) {
      throw toStoreError(this.ops, err, `group ${groupId}`);
    }
  }

  async member(groupId: string, uid: string): Promise<GroupMemberRecord | undefined> {
    const row = await this.db
      .selectFrom('group_members')
      .selectAll()
      .where('group_id', '=', groupId)
      .where('uid', '=', uid)
      .executeTakeFirst();
    return row === undefined ? undefined : toMember(row);
  }

  async members(groupId: string, after: string, limit: number): Promise<GroupMemberRecord[]> {
    if (limit <= 0) return [];
    const rows = await this.db
      .selectFrom('group_members')
      .selectAll()
      .where('group_id', '=', groupId)
      .where('uid', '>', after)
      .orderBy('uid')
      .limit(limit)
      .execute();
    return rows.map(toMember);
  }

  /** Ordered by uid. */
  async memberUids(groupId: string): Promise<string[]> {
    const rows = await this.db
      .selectFrom('group_members')
      .select('uid')
      .where('group_id', '=', groupId)
      .orderBy('uid')
      .execute();
    return rows.map((r) => r.uid);
  }

  /**
   * Added members get role member, no nickname and an entry with readSeq = startSeq = the
   * conversation's head seq (0 before the first message); a rejoining user's old entry is reset
   * the same way (leftSeq 0, not hidden; pinned, muted and draft are kept). Throws
   * NotFoundError for an unknown group. Returns the added uids in request order.
   */
  async addMembers(
    groupId: string,
    uids: readonly string[],
    joinedAt: number,
    maxMembers: number,
  ): Promise<string[]> {
    const wanted = [...new Set(uids)];
    if (wanted.length === 0) return [];
    try {
      return await this.db.transaction().execute(async (trx) => {
        const count = await this.lockGroup(trx, groupId);
        if (count === undefined) throw new NotFoundError(`group ${groupId} not found`);
        const head = await this.headSeq(trx, groupId);
        const present = await this.presentMembers(trx, groupId, wanted);
        const added = wanted.filter((u) => !present.has(u));
        if (added.length === 0) return [];
        if (count + added.length > maxMembers) {
          throw new ConflictError(
            `group ${groupId}: ${count} + ${added.length} members would exceed ${maxMembers}`,
          );
        }
        const memberRows = added.map(
          (uid): Insertable<GroupMembersTable> => ({
            group_id: groupId,
            uid,
            role: 'member',
            nickname: '',
            muted_until: 0,
            joined_at: joinedAt,
          }),
        );
        for (const chunk of chunksFor(memberRows, MEMBER_COLUMNS, this.ops.maxParams)) {
          await trx.insertInto('group_members').values(chunk).execute();
        }
        const entries = added.map((uid) => entryRow(uid, groupId, head));
        for (const chunk of chunksFor(entries, ENTRY_COLUMNS, this.ops.maxParams)) {
          await trx
            .insertInto('user_convs')
            .values(chunk)
            .modifyEnd(
              this.ops.upsertTail(['uid', 'conv_id'], ['read_seq', 'start_seq', 'left_seq', 'hidden_seq']),
            )
            .execute();
        }
        await trx
          .updateTable('chat_groups')
          .set((eb) => ({ member_count: eb('member_count', '+', added.length) }))
          .where('group_id', '=', groupId)
          .execute();
        return added;
      });
    } catch (err) {
      throw toStoreError(this.ops, err, `group ${groupId} members`);
    }
  }

  /**
   * Removed members' entries get leftSeq = the head seq, so they keep exactly what they could
   * see. Before the group's first message (head seq 0) there is nothing to keep, and leftSeq 0
   * would read as "still a member": the entry is deleted instead. An unknown group has no
   * members to remove. Returns the removed uids in request order.
   */
  async removeMembers(groupId: string, uids: readonly string[]): Promise<string[]> {
    const wanted = [...new Set(uids)];
    if (wanted.length === 0) return [];
    try {
      return await this.db.transaction().execute(async (trx) => {
        if ((await this.lockGroup(trx, groupId)) === undefined) return [];
        const head = await this.headSeq(trx, groupId);
        const present = await this.presentMembers(trx, groupId, wanted);
        const removed = wanted.filter((u) => present.has(u));
        if (removed.length === 0) return [];
        const convId = groupConvId(groupId);
        for (const chunk of chunksFor(removed, 1, this.ops.maxParams - 2)) {
          await trx
            .deleteFrom('group_members')
            .where('group_id', '=', groupId)
            .where('uid', 'in', chunk)
            .execute();
          if (head > 0) {
            await trx
              .updateTable('user_convs')
              .set({ left_seq: head })
              .where('conv_id', '=', convId)
              .where('uid', 'in', chunk)
              .execute();
          } else {
            await trx
              .deleteFrom('user_convs')
              .where('conv_id', '=', convId)
              .where('uid', 'in', chunk)
              .execute();
          }
        }
        await trx
          .updateTable('chat_groups')
          .set((eb) => ({ member_count: eb('member_count', '-', removed.length) }))
          .where('group_id', '=', groupId)
          .execute();
        return removed;
      });
    } catch (err) {
      throw toStoreError(this.ops, err, `group ${groupId} members`);
    }
  }

  /** A role of owner here does not change the group's owner: that is transferOwner's job. */
  async updateMember(
    groupId: string,
    uid: string,
    patch: { role?: GroupRoleName; nickname?: string; mutedUntil?: number },
  ): Promise<void> {
    const set: Updateable<GroupMembersTable> = {};
    if (patch.role !== undefined) set.role = patch.role;
    if (patch.nickname !== undefined) set.nickname = patch.nickname;
    if (patch.mutedUntil !== undefined) set.muted_until = patch.mutedUntil;
    if (Object.keys(set).length === 0) {
      if ((await this.member(groupId, uid)) === undefined) {
        throw new NotFoundError(`${uid} is not a member of group ${groupId}`);
      }
      return;
    }
    let updated: bigint;
    try {
      const r = await this.db
        .updateTable('group_members')
        .set(set)
        .where('group_id', '=', groupId)
        .where('uid', '=', uid)
        .executeTakeFirst();
      updated = r.numUpdatedRows;
    } catch (err) {
      throw toStoreError(this.ops, err, `group ${groupId} member ${uid}`);
    }
    if (updated === 0n) throw new NotFoundError(`${uid} is not a member of group ${groupId}`);
  }

  /**
   * Throws NotFoundError when the group does not exist or `to` is not a member, ConflictError
   * when `from` is not the current owner (ownership moved since the caller checked). A transfer
   * to the owner themself changes nothing.
   */
  async transferOwner(groupId: string, from: string, to: string): Promise<void> {
    try {
      await this.db.transaction().execute(async (trx) => {
        const group = await trx
          .selectFrom('chat_groups')
          .select('owner_uid')
          .where('group_id', '=', groupId)
          .modifyEnd(this.ops.lockingReadTail)
          .executeTakeFirst();
        if (group === undefined) throw new NotFoundError(`group ${groupId} not found`);
        if (group.owner_uid !== from) {
          throw new ConflictError(`group ${groupId}: ${from} is not the owner`);
        }
        const target = await trx
          .selectFrom('group_members')
          .select('uid')
          .where('group_id', '=', groupId)
          .where('uid', '=', to)
          .executeTakeFirst();
        if (target === undefined) throw new NotFoundError(`${to} is not a member of group ${groupId}`);
        if (from === to) return;
        await trx
          .updateTable('group_members')
          .set({ role: 'admin' })
          .where('group_id', '=', groupId)
          .where('uid', '=', from)
          .execute();
        await trx
          .updateTable('group_members')
          .set({ role: 'owner' })
          .where('group_id', '=', groupId)
          .where('uid', '=', to)
          .execute();
        await trx.updateTable('chat_groups').set({ owner_uid: to }).where('group_id', '=', groupId).execute();
      });
    } catch (err) {
      throw toStoreError(this.ops, err, `group ${groupId} owner`);
    }
  }

  /** Dismissed groups included (the caller decides what to show). */
  async groupsOf(uid: string): Promise<{ group: GroupRecord; member: GroupMemberRecord }[]> {
    const rows = await this.db
      .selectFrom('group_members as gm')
      .innerJoin('chat_groups', 'chat_groups.group_id', 'gm.group_id')
      .selectAll('chat_groups')
      .select(['gm.uid', 'gm.role', 'gm.nickname', 'gm.muted_until', 'gm.joined_at'])
      .where('gm.uid', '=', uid)
      .orderBy('chat_groups.group_id')
      .execute();
    return rows.map((r) => ({ group: toGroup(r), member: toMember(r) }));
  }

  async addJoinRequest(r: JoinRequestRecord): Promise<void> {
    try {
      await this.db
        .insertInto('group_join_requests')
        .values({ group_id: r.groupId, uid: r.uid, note: r.note, ts: r.ts })
        .modifyEnd(this.ops.upsertTail(['group_id', 'uid'], ['note', 'ts']))
        .execute();
    } catch (err) {
      throw toStoreError(this.ops, err, `group ${r.groupId} join request of ${r.uid}`);
    }
  }

  /** Oldest first (by ts, then uid). */
  async joinRequests(groupId: string): Promise<JoinRequestRecord[]> {
    const rows = await this.db
      .selectFrom('group_join_requests')
      .selectAll()
      .where('group_id', '=', groupId)
      .orderBy('ts')
      .orderBy('uid')
      .execute();
    return rows.map(toJoinRequest);
  }

  async deleteJoinRequest(groupId: string, uid: string): Promise<boolean> {
    const r = await this.db
      .deleteFrom('group_join_requests')
      .where('group_id', '=', groupId)
      .where('uid', '=', uid)
      .executeTakeFirst();
    return r.numDeletedRows > 0n;
  }

  /**
   * Locks the group's row against other membership writers; returns its member count
   * (undefined for an unknown group).
   */
  private async lockGroup(trx: Transaction<Database>, groupId: string): Promise<number | undefined> {
    const row = await trx
      .selectFrom('chat_groups')
      .select('member_count')
      .where('group_id', '=', groupId)
      .modifyEnd(this.ops.lockingReadTail)
      .executeTakeFirst();
    return row === undefined ? undefined : Number(row.member_count);
  }

  /** The group conversation's head seq (0 before its first message), locked like appends lock it. */
  private async headSeq(trx: Transaction<Database>, groupId: string): Promise<number> {
    const row = await trx
      .selectFrom('conv_heads')
      .select('seq')
      .where('conv_id', '=', groupConvId(groupId))
      .modifyEnd(this.ops.lockingReadTail)
      .executeTakeFirst();
    return row === undefined ? 0 : Number(row.seq);
  }

  /** Which of `uids` are members of the group. */
  private async presentMembers(
    trx: Transaction<Database>,
    groupId: string,
    uids: readonly string[],
  ): Promise<Set<string>> {
    const present = new Set<string>();
    for (const chunk of chunksFor(uids, 1, this.ops.maxParams - 1)) {
      const rows = await trx
        .selectFrom('group_members')
        .select('uid')
        .where('group_id', '=', groupId)
        .where('uid', 'in', chunk)
        .execute();
      for (const r of rows) present.add(r.uid);
    }
    return present;
  }
}
