/**
 * Groups in the sharded store. A group's rows live on its home shard and are replicated to the
 * home shard of every member, so that a member's list of groups and every group conversation
 * it reads are on its own home. A change runs the single-database operation on the home first
 * (which locks the group's row and head there, the lock every writer of the group takes first)
 * and then on every replica, in one cross-shard transaction. A shard that gains its first
 * member of the group first receives a copy of the group as it was before the change.
 *
 * Replicas of members' homes also hold those members' entries (user_convs) as the operation
 * writes them; only entries on a user's own home are ever read.
 */
import type { Kysely, Selectable } from 'kysely';
import { groupConvId } from '../conv-id.ts';
import { chunksFor, type SqlDialectOps } from '../sql/dialect-ops.ts';
import type { ConvHeadsTable, Database, GroupMembersTable, GroupsTable } from '../sql/schema.ts';
import type { SqlStoreParts } from '../sql/sql-store-parts.ts';
import type {
  GroupMemberRecord,
  GroupPatch,
  GroupRecord,
  GroupRoleName,
  GroupStore,
  JoinRequestRecord,
} from '../types.ts';
import type { ShardRouter } from './shard-router.ts';

const MEMBER_COLUMNS = 6;

/** The rows of a group that a new replica needs. */
interface GroupSnapshot {
  readonly group: Selectable<GroupsTable>;
  readonly members: Selectable<GroupMembersTable>[];
  readonly head: Selectable<ConvHeadsTable> | undefined;
}

/** Replaces whatever `db` holds of the group (a stale replica) with the snapshot. */
async function writeSnapshot(db: Kysely<Database>, ops: SqlDialectOps, snap: GroupSnapshot): Promise<void> {
  const groupId = snap.group.group_id;
  await db.deleteFrom('group_members').where('group_id', '=', groupId).execute();
  await db.deleteFrom('chat_groups').where('group_id', '=', groupId).execute();
  await db.insertInto('chat_groups').values(snap.group).execute();
  for (const chunk of chunksFor(snap.members, MEMBER_COLUMNS, ops.maxParams)) {
    await db.insertInto('group_members').values(chunk).execute();
  }
  if (snap.head !== undefined) {
    await db
      .insertInto('conv_heads')
      .values(snap.head)
      .modifyEnd(ops.upsertTail(['conv_id'], ['seq', 'last_msg_id', 'last_ts']))
      .execute();
  }
}

export class ShardedGroupStore implements GroupStore {
  constructor(private readonly r: ShardRouter) {}

  #home(groupId: string): number {
    return this.r.home(groupId);
  }

  /** Creates the group on its home, then on every member's home. */
  async create(
    group: Omit<GroupRecord, 'memberCount'>,
    members: readonly { uid: string; role: GroupRoleName }[],
  ): Promise<GroupRecord> {
    const home = this.#home(group.groupId);
    const others = this.r.homes([group.ownerUid, ...members.map((m) => m.uid)]).filter((s) => s !== home);
    if (others.length === 0) return this.r.at(home).groups.create(group, members);
    return this.r.xa.run(async (tx) => {
      const record = await (await this.r.branch(tx, home)).groups.create(group, members);
      for (const s of others) await (await this.r.branch(tx, s)).groups.create(group, members);
      return record;
    });
  }

  get(groupId: string): Promise<GroupRecord | undefined> {
    return this.r.at(this.#home(groupId)).groups.get(groupId);
  }

  /**
   * Each shard's first `limit`, merged by id, each group once (its home's row). Replicas only
   * repeat groups, so every group of the true first `limit` is among its home's first `limit`.
   */
  async list(opts: { after?: string; limit: number; query?: string }): Promise<GroupRecord[]> {
    if (opts.limit <= 0) return [];
    const parts = await this.r.all((p) => p.groups.list(opts));
    const byId = new Map<string, GroupRecord>();
    parts.forEach((list, shard) => {
      for (const g of list)
        if (!byId.has(g.groupId) || this.#home(g.groupId) === shard) byId.set(g.groupId, g);
    });
    return [...byId.values()]
      .sort((a, b) => (a.groupId < b.groupId ? -1 : a.groupId > b.groupId ? 1 : 0))
      .slice(0, opts.limit);
  }

  async getMany(groupIds: readonly string[]): Promise<GroupRecord[]> {
    return (await this.r.byHome(groupIds, (p, ids) => p.groups.getMany(ids))).flat();
  }

  update(groupId: string, patch: GroupPatch): Promise<GroupRecord> {
    return this.#onReplicas(groupId, [], (p) => p.groups.update(groupId, patch));
  }

  member(groupId: string, uid: string): Promise<GroupMemberRecord | undefined> {
    return this.r.at(this.#home(groupId)).groups.member(groupId, uid);
  }

  members(groupId: string, after: string, limit: number): Promise<GroupMemberRecord[]> {
    return this.r.at(this.#home(groupId)).groups.members(groupId, after, limit);
  }

  memberUids(groupId: string): Promise<string[]> {
    return this.r.at(this.#home(groupId)).groups.memberUids(groupId);
  }

  addMembers(
    groupId: string,
    uids: readonly string[],
    joinedAt: number,
    maxMembers: number,
  ): Promise<string[]> {
    return this.#onReplicas(groupId, uids, (p) => p.groups.addMembers(groupId, uids, joinedAt, maxMembers));
  }

  removeMembers(groupId: string, uids: readonly string[]): Promise<string[]> {
    return this.#onReplicas(groupId, [], (p) => p.groups.removeMembers(groupId, uids));
  }

  updateMember(
    groupId: string,
    uid: string,
    patch: { role?: GroupRoleName; nickname?: string; mutedUntil?: number },
  ): Promise<void> {
    return this.#onReplicas(groupId, [], (p) => p.groups.updateMember(groupId, uid, patch));
  }

  transferOwner(groupId: string, from: string, to: string): Promise<void> {
    return this.#onReplicas(groupId, [], (p) => p.groups.transferOwner(groupId, from, to));
  }

  /** The user's home holds a replica of every group the user is in. */
  groupsOf(uid: string): Promise<{ group: GroupRecord; member: GroupMemberRecord }[]> {
    return this.r.at(this.r.home(uid)).groups.groupsOf(uid);
  }

  addJoinRequest(req: JoinRequestRecord): Promise<void> {
    return this.r.at(this.#home(req.groupId)).groups.addJoinRequest(req);
  }

  joinRequests(groupId: string): Promise<JoinRequestRecord[]> {
    return this.r.at(this.#home(groupId)).groups.joinRequests(groupId);
  }

  deleteJoinRequest(groupId: string, uid: string): Promise<boolean> {
    return this.r.at(this.#home(groupId)).groups.deleteJoinRequest(groupId, uid);
  }

  /**
   * Runs `op` on the group's home, then on every shard holding a member (and the homes of
   * `joining`, which first get a copy of the group), in one transaction; returns the home's
   * result. The group row and head are locked on the home before anything is read.
   */
  async #onReplicas<T>(
    groupId: string,
    joining: readonly string[],
    op: (parts: SqlStoreParts) => Promise<T>,
  ): Promise<T> {
    const home = this.#home(groupId);
    return this.r.xa.run(async (tx) => {
      const { db, ops } = await this.r.raw(tx, home);
      const group = await db
        .selectFrom('chat_groups')
        .selectAll()
        .where('group_id', '=', groupId)
        .modifyEnd(ops.lockingReadTail)
        .executeTakeFirst();
      if (group === undefined) return op(await this.r.branch(tx, home));
      const head = await db
        .selectFrom('conv_heads')
        .selectAll()
        .where('conv_id', '=', groupConvId(groupId))
        .modifyEnd(ops.lockingReadTail)
        .executeTakeFirst();
      const members = await db
        .selectFrom('group_members')
        .selectAll()
        .where('group_id', '=', groupId)
        .execute();
      const current = new Set(this.r.homes(members.map((m) => m.uid)));
      current.add(home);
      const fresh = this.r.homes(joining).filter((s) => !current.has(s));
      const result = await op(await this.r.branch(tx, home));
      const snapshot: GroupSnapshot = { group, members, head };
      const rest = [...new Set([...current, ...fresh])].filter((s) => s !== home).sort((a, b) => a - b);
      for (const s of rest) {
        if (fresh.includes(s)) {
          const target = await this.r.raw(tx, s);
          await writeSnapshot(target.db, target.ops, snapshot);
        }
        await op(await this.r.branch(tx, s));
      }
      return result;
    });
  }
}
