/**
 * Messages and timelines in the sharded store.
 *
 * An append is one cross-shard transaction in three phases, each taking its locks shard by
 * shard in ascending order (so two appends never wait on each other across databases):
 * 1. lock the heads of the batch's conversations on their home shards (the group's home, or
 *    the home of a one-to-one conversation's first uid) and read the members of its groups there;
 * 2. lock the seq rows of every sender and recipient on their homes, and read earlier sends of
 *    the batch's idempotency keys on the senders' homes;
 * 3. plan the batch as a single database would (src/store/sql/append-plan.ts), then write each
 *    row where it lives: timeline rows, seqs and entries on their user's home; the message,
 *    its conversation row and the head on every shard that holds a participant (both users'
 *    homes, or the group's home and every member's) and on the homes of its other recipients.
 * Every other write of these rows (recall, edit, membership changes) also starts from the lock
 * on the conversation's home, which is what keeps the replicas identical.
 */
import { groupConvId } from '../conv-id.ts';
import { addPlanWrites, lockConversations, lockUsers, type PlanRows, RoundTrip } from '../sql/append-io.ts';
import { appendKeys, groupsOf, planAppend, type Sent } from '../sql/append-plan.ts';
import { toStoreError } from '../sql/dialect-ops.ts';
import type {
  AppendRequest,
  AppendResult,
  BrowseQuery,
  MessageStore,
  SearchQuery,
  StoredMessage,
  TimelineEntry,
  TimelineRef,
} from '../types.ts';
import type { ShardRouter } from './shard-router.ts';

function emptyRows(): PlanRows {
  return {
    messageRows: [],
    timelineRows: [],
    seqRows: [],
    convRows: [],
    headRows: [],
    newEntries: [],
    changes: [],
  };
}

export class ShardedMessageStore implements MessageStore {
  constructor(private readonly r: ShardRouter) {}

  async append(batch: readonly AppendRequest[]): Promise<AppendResult[]> {
    if (batch.length === 0) return [];
    try {
      return await this.#append(batch);
    } catch (err) {
      throw toStoreError(this.r.shards[0]!.ops, err, 'append');
    }
  }

  #append(batch: readonly AppendRequest[]): Promise<AppendResult[]> {
    return this.r.xa.run(async (tx) => {
      const r = this.r;
      // Phase 1: conversation heads and group members, on the conversations' homes.
      const convIds = [...new Set(batch.map((q) => q.message.convId))].sort();
      const groupIds = new Set(groupsOf(batch));
      const heads = new Map<string, number>();
      const members = new Map<string, string[]>();
      for (const [s, ids] of r.groupBy(convIds, (c) => r.convHome(c))) {
        const { db, ops } = await r.raw(tx, s);
        const groupsHere = [...groupIds].filter((g) => ids.includes(groupConvId(g)));
        await lockConversations(db, ops, ids, groupsHere, heads, members);
      }
      const keys = appendKeys(batch, members);
      // Phase 2: user seqs on their homes, with earlier sends of the senders homed there.
      const seqs = new Map<string, number>();
      const prior = new Map<string, Sent>();
      const pairsByHome = r.groupBy(keys.pairs, (pair) => r.home(pair[0]));
      for (const [s, uids] of r.map.group(keys.involved)) {
        const { db, ops } = await r.raw(tx, s);
        await lockUsers(db, ops, uids, pairsByHome.get(s) ?? [], seqs, prior);
      }
      // Phase 3: plan once, write each row where it lives.
      const plan = planAppend(batch, keys, { seqs, heads, prior });
      const rows = new Map<number, PlanRows>();
      const at = (s: number): PlanRows => {
        let p = rows.get(s);
        if (p === undefined) {
          p = emptyRows();
          rows.set(s, p);
        }
        return p;
      };
      const recipientsOf = new Map<number, string[]>();
      for (const t of plan.timelineRows) {
        at(r.home(t.uid)).timelineRows.push(t);
        const msgId = Number(t.msg_id);
        recipientsOf.set(msgId, [...(recipientsOf.get(msgId) ?? []), t.uid]);
      }
      for (const q of plan.seqRows) at(r.home(q.uid)).seqRows.push(q);
      for (const e of plan.newEntries) at(r.home(e.uid)).newEntries.push(e);
      const convRowOf = new Map(plan.convRows.map((c) => [Number(c.msg_id), c]));
      const convShards = new Map<string, Set<number>>();
      for (const m of plan.messageRows) {
        const msgId = Number(m.msg_id);
        const participants =
          m.conv_type === 'group' ? [m.to_id, ...(members.get(m.to_id) ?? [])] : [m.sender_uid, m.to_id];
        let convSet = convShards.get(m.conv_id);
        if (convSet === undefined) {
          convSet = new Set();
          convShards.set(m.conv_id, convSet);
        }
        for (const s of r.homes([...participants, m.sender_uid, ...(recipientsOf.get(msgId) ?? [])])) {
          at(s).messageRows.push(m);
          at(s).convRows.push(convRowOf.get(msgId)!);
          convSet.add(s);
        }
      }
      for (const h of plan.headRows) for (const s of convShards.get(h.conv_id) ?? []) at(s).headRows.push(h);
      // A recall or edit reaches every copy of its target, wherever the target was replicated.
      if (plan.changes.length > 0)
        for (let s = 0; s < r.shards.length; s++) at(s).changes.push(...plan.changes);
      await Promise.all(
        [...rows].map(async ([s, part]) => {
          const { db, ops } = await r.raw(tx, s);
          const trip = new RoundTrip();
          addPlanWrites(trip, db, ops, part);
          await trip.run(db, ops);
        }),
      );
      return plan.results;
    });
  }

  /** Any copy will do: copies are changed together. */
  async get(msgId: number): Promise<StoredMessage | undefined> {
    const found = await this.r.all((p) => p.messages.get(msgId));
    return found.find((m) => m !== undefined);
  }

  /** On the sender's home shard: every message has a copy there (the sender is a participant). */
  bySender(fromUid: string, clientMsgId: string): Promise<StoredMessage | undefined> {
    return this.r.at(this.r.home(fromUid)).messages.bySender(fromUid, clientMsgId);
  }

  async getMany(msgIds: readonly number[]): Promise<StoredMessage[]> {
    const found = await this.r.all((p) => p.messages.getMany(msgIds));
    const byId = new Map<number, StoredMessage>();
    for (const list of found) for (const m of list) if (!byId.has(m.msgId)) byId.set(m.msgId, m);
    return [...byId.values()];
  }

  timeline(
    uid: string,
    afterSeq: number,
    limit: number,
  ): Promise<{ entries: TimelineEntry[]; hasMore: boolean }> {
    return this.r.at(this.r.home(uid)).messages.timeline(uid, afterSeq, limit);
  }

  maxSeq(uid: string): Promise<number> {
    return this.r.at(this.r.home(uid)).messages.maxSeq(uid);
  }

  timelineRefs(uid: string, afterSeq: number, upTo: number, limit: number): Promise<TimelineRef[]> {
    return this.r.at(this.r.home(uid)).messages.timelineRefs(uid, afterSeq, upTo, limit);
  }

  async lastMsgId(): Promise<number> {
    return Math.max(0, ...(await this.r.all((p) => p.messages.lastMsgId())));
  }

  convTimeline(
    convId: string,
    afterSeq: number,
    upTo: number,
    limit: number,
  ): Promise<{ messages: StoredMessage[]; hasMore: boolean }> {
    return this.r.at(this.r.convHome(convId)).messages.convTimeline(convId, afterSeq, upTo, limit);
  }

  convHistory(
    convId: string,
    beforeSeq: number,
    floor: number,
    limit: number,
  ): Promise<{ messages: StoredMessage[]; hasMore: boolean }> {
    return this.r.at(this.r.convHome(convId)).messages.convHistory(convId, beforeSeq, floor, limit);
  }

  deleteForUser(uid: string, msgIds: readonly number[]): Promise<void> {
    return this.r.at(this.r.home(uid)).messages.deleteForUser(uid, msgIds);
  }

  deletedFor(uid: string, msgIds: readonly number[]): Promise<Set<number>> {
    return this.r.at(this.r.home(uid)).messages.deletedFor(uid, msgIds);
  }

  async indexForSearch(limit: number): Promise<number> {
    return (await this.r.all((p) => p.messages.indexForSearch(limit))).reduce((a, b) => a + b, 0);
  }

  /**
   * One conversation: its home holds all of it; one sender: the sender's home holds every
   * message they sent. Otherwise each shard's first `limit` newest, merged newest first, each
   * message once (a message has a copy on every shard of a participant; copies are changed
   * together, so any will do): a message of the true first `limit` is among the first `limit` of
   * any shard holding it.
   */
  async browse(q: BrowseQuery): Promise<{ messages: StoredMessage[]; hasMore: boolean }> {
    if (q.convId !== '') return this.r.at(this.r.convHome(q.convId)).messages.browse(q);
    if (q.fromUid !== '') return this.r.at(this.r.home(q.fromUid)).messages.browse(q);
    const take = Math.max(1, Math.floor(q.limit));
    const parts = await this.r.all((p) => p.messages.browse({ ...q, limit: take }));
    const byId = new Map<number, StoredMessage>();
    for (const part of parts) for (const m of part.messages) if (!byId.has(m.msgId)) byId.set(m.msgId, m);
    const merged = [...byId.values()].sort((a, b) => b.msgId - a.msgId);
    return {
      messages: merged.slice(0, take),
      hasMore: merged.length > take || parts.some((p) => p.hasMore),
    };
  }

  /** The user's home holds every conversation the user can search. */
  search(q: SearchQuery): Promise<{ messages: StoredMessage[]; hasMore: boolean }> {
    return this.r.at(this.r.home(q.uid)).messages.search(q);
  }
}
