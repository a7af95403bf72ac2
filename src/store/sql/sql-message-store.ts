import type { Kysely, Selectable, Transaction } from 'kysely';
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
import { addPlanWrites, lockConversations, lockUsers, RoundTrip } from './append-io.ts';
import { appendKeys, groupsOf, planAppend, type Sent } from './append-plan.ts';
import { chunksFor, type SqlDialectOps, toStoreError } from './dialect-ops.ts';

import type { Database, MessagesTable } from './schema.ts';

type MessageRow = Selectable<MessagesTable>;

/** Message types that the full-text index holds. */
const SEARCHABLE_TYPE = 'text';
/** Messages one search indexes first at most (the background indexer does the rest). */
const SEARCH_CATCH_UP = 5000;
/**
 * Attempts of an append that the database rolled back as a deadlock victim (MySQL; the whole
 * transaction is undone, so it is simply run again).
 */
const APPEND_ATTEMPTS = 4;

export function toMessage(row: MessageRow): StoredMessage {
  return {
    msgId: Number(row.msg_id),
    clientMsgId: row.client_msg_id,
    fromUid: row.sender_uid,
    convType: row.conv_type,
    to: row.to_id,
    type: row.type,
    content: row.content,
    ts: Number(row.ts),
    convId: row.conv_id,
    convSeq: Number(row.conv_seq),
    refMsgId: Number(row.ref_msg_id),
    refKind: row.ref_kind,
    editedAt: Number(row.edited_at),
    recalled: row.recalled !== 0,
  };
}

/**
 * Messages, write-diffusion timelines and conversation timelines. One append is one transaction
 * with a fixed number of statements whatever the batch size (each chunked under the dialect's
 * parameter limit): read the members of the batch's groups, lock and read the seqs of every
 * involved user and conversation, read earlier sends of the batch's idempotency keys, then
 * multi-row inserts and upserts.
 */
export class SqlMessageStore implements MessageStore {
  constructor(
    protected readonly db: Kysely<Database>,
    protected readonly ops: SqlDialectOps,
  ) {}

  async append(batch: readonly AppendRequest[]): Promise<AppendResult[]> {
    if (batch.length === 0) return [];
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.db.transaction().execute((trx) => this.appendIn(trx, batch));
      } catch (err) {
        if (attempt < APPEND_ATTEMPTS && this.ops.classifyError(err) === 'deadlock') continue;
        throw toStoreError(this.ops, err, 'append');
      }
    }
  }

  private async appendIn(
    trx: Transaction<Database>,
    batch: readonly AppendRequest[],
  ): Promise<AppendResult[]> {
    const convIds = [...new Set(batch.map((r) => r.message.convId))].sort();
    const heads = new Map<string, number>();
    const members = new Map<string, string[]>();
    await lockConversations(trx, this.ops, convIds, groupsOf(batch), heads, members);
    const keys = appendKeys(batch, members);
    const seqs = new Map<string, number>();
    const prior = new Map<string, Sent>();
    await lockUsers(trx, this.ops, keys.involved, keys.pairs, seqs, prior);
    const plan = planAppend(batch, keys, { seqs, heads, prior });
    const writes = new RoundTrip();
    addPlanWrites(writes, trx, this.ops, plan);
    await writes.run(trx, this.ops);
    return plan.results;
  }

  async get(msgId: number): Promise<StoredMessage | undefined> {
    const row = await this.db
      .selectFrom('messages')
      .selectAll()
      .where('msg_id', '=', msgId)
      .executeTakeFirst();
    return row === undefined ? undefined : toMessage(row);
  }

  async bySender(fromUid: string, clientMsgId: string): Promise<StoredMessage | undefined> {
    const row = await this.db
      .selectFrom('messages')
      .selectAll()
      .where('sender_uid', '=', fromUid)
      .where('client_msg_id', '=', clientMsgId)
      .executeTakeFirst();
    return row === undefined ? undefined : toMessage(row);
  }

  async getMany(msgIds: readonly number[]): Promise<StoredMessage[]> {
    const out: StoredMessage[] = [];
    for (const chunk of chunksFor([...new Set(msgIds)], 1, this.ops.maxParams)) {
      const rows = await this.db.selectFrom('messages').selectAll().where('msg_id', 'in', chunk).execute();
      for (const r of rows) out.push(toMessage(r));
    }
    return out;
  }

  async timeline(
    uid: string,
    afterSeq: number,
    limit: number,
  ): Promise<{ entries: TimelineEntry[]; hasMore: boolean }> {
    const take = Math.max(0, Math.floor(limit));
    const rows = await this.db
      .selectFrom('timeline as t')
      .innerJoin('messages as m', 'm.msg_id', 't.msg_id')
      .selectAll('m')
      .select('t.seq')
      .where('t.uid', '=', uid)
      .where('t.seq', '>', afterSeq)
      .orderBy('t.seq')
      .limit(take + 1)
      .execute();
    const entries = rows.slice(0, take).map((r) => ({ seq: Number(r.seq), message: toMessage(r) }));
    return { entries, hasMore: rows.length > take };
  }

  async timelineRefs(uid: string, afterSeq: number, upTo: number, limit: number): Promise<TimelineRef[]> {
    const rows = await this.db
      .selectFrom('timeline as t')
      .innerJoin('messages as m', 'm.msg_id', 't.msg_id')
      .select(['t.seq', 'm.msg_id', 'm.sender_uid', 'm.client_msg_id', 'm.conv_type', 'm.type'])
      .where('t.uid', '=', uid)
      .where('t.seq', '>', afterSeq)
      .where('t.seq', '<=', upTo)
      .orderBy('t.seq')
      .limit(Math.max(0, Math.floor(limit)))
      .execute();
    return rows.map((r) => ({
      seq: Number(r.seq),
      msgId: Number(r.msg_id),
      fromUid: r.sender_uid,
      clientMsgId: r.client_msg_id,
      convType: r.conv_type,
      type: r.type,
    }));
  }

  async lastMsgId(): Promise<number> {
    const row = await this.db
      .selectFrom('messages')
      .select((eb) => eb.fn.max('msg_id').as('last'))
      .executeTakeFirst();
    return Number(row?.last ?? 0);
  }

  async maxSeq(uid: string): Promise<number> {
    const row = await this.db.selectFrom('user_seq').select('seq').where('uid', '=', uid).executeTakeFirst();
    return row === undefined ? 0 : Number(row.seq);
  }

  convTimeline(
    convId: string,
    afterSeq: number,
    upTo: number,
    limit: number,
  ): Promise<{ messages: StoredMessage[]; hasMore: boolean }> {
    return this.convRange(convId, afterSeq, upTo + 1, 'asc', limit);
  }

  convHistory(
    convId: string,
    beforeSeq: number,
    floor: number,
    limit: number,
  ): Promise<{ messages: StoredMessage[]; hasMore: boolean }> {
    return this.convRange(convId, floor, beforeSeq, 'desc', limit);
  }

  /** Messages of a conversation with above < conv seq < below, in `order`, at most `limit`. */
  private async convRange(
    convId: string,
    above: number,
    below: number,
    order: 'asc' | 'desc',
    limit: number,
  ): Promise<{ messages: StoredMessage[]; hasMore: boolean }> {
    const take = Math.max(0, Math.floor(limit));
    const rows = await this.db
      .selectFrom('conv_messages as c')
      .innerJoin('messages as m', 'm.msg_id', 'c.msg_id')
      .selectAll('m')
      .where('c.conv_id', '=', convId)
      .where('c.seq', '>', above)
      .where('c.seq', '<', below)
      .orderBy('c.seq', order)
      .limit(take + 1)
      .execute();
    return { messages: rows.slice(0, take).map(toMessage), hasMore: rows.length > take };
  }

  async deleteForUser(uid: string, msgIds: readonly number[]): Promise<void> {
    const ids = [...new Set(msgIds)];
    if (ids.length === 0) return;
    try {
      for (const chunk of chunksFor(ids, 2, this.ops.maxParams)) {
        await this.db
          .insertInto('deleted_messages')
          .values(chunk.map((msg_id) => ({ uid, msg_id })))
          .ignore()
          .execute();
      }
    } catch (err) {
      throw toStoreError(this.ops, err, 'delete for user');
    }
  }

  async deletedFor(uid: string, msgIds: readonly number[]): Promise<Set<number>> {
    const out = new Set<number>();
    for (const chunk of chunksFor([...new Set(msgIds)], 1, this.ops.maxParams - 1)) {
      const rows = await this.db
        .selectFrom('deleted_messages')
        .select('msg_id')
        .where('uid', '=', uid)
        .where('msg_id', 'in', chunk)
        .execute();
      for (const r of rows) out.add(Number(r.msg_id));
    }
    return out;
  }

  async indexForSearch(limit: number): Promise<number> {
    if (!this.ops.searchNeedsIndexer) return 0;
    const take = Math.max(1, Math.floor(limit));
    return this.db.transaction().execute(async (trx) => {
      const state = await trx
        .selectFrom('search_state')
        .select('indexed_upto')
        .where('id', '=', 1)
        .executeTakeFirstOrThrow();
      const fresh = await trx
        .selectFrom('messages')
        .select(['msg_id', 'type', 'content', 'recalled'])
        .where('msg_id', '>', state.indexed_upto)
        .orderBy('msg_id')
        .limit(take)
        .execute();
      const queued = await trx.selectFrom('search_queue').select('msg_id').limit(take).execute();
      const changed =
        queued.length === 0
          ? []
          : await trx
              .selectFrom('messages')
              .select(['msg_id', 'type', 'content', 'recalled'])
              .where(
                'msg_id',
                'in',
                queued.map((q) => q.msg_id),
              )
              .execute();
      const put: { msgId: number; content: string }[] = [];
      const remove: number[] = queued.map((q) => Number(q.msg_id));
      for (const r of [...fresh, ...changed]) {
        if (r.type === SEARCHABLE_TYPE && r.recalled === 0)
          put.push({ msgId: Number(r.msg_id), content: r.content });
      }
      await this.ops.searchRemove<Database>(trx, remove);
      await this.ops.searchPut<Database>(trx, put);
      if (queued.length > 0) {
        await trx
          .deleteFrom('search_queue')
          .where(
            'msg_id',
            'in',
            queued.map((q) => q.msg_id),
          )
          .execute();
      }
      if (fresh.length > 0) {
        await trx
          .updateTable('search_state')
          .set({ indexed_upto: fresh[fresh.length - 1]!.msg_id })
          .where('id', '=', 1)
          .execute();
      }
      return fresh.length + queued.length;
    });
  }

  /** Lets the index catch up with recent messages (a bounded amount; the indexer does the rest). */
  private async catchUpIndex(): Promise<void> {
    for (let i = 0; i < SEARCH_CATCH_UP / 1000; i++) {
      if ((await this.indexForSearch(1000)) < 1000) break;
    }
  }

  /**
   * Newest first by msg_id (the primary key); with a sender, through the (sender, client id)
   * index; with a conversation on MySQL, through (conv_id, conv_seq). A text filter goes
   * through the full-text index on SQLite and scans on MySQL, as `search` does.
   */
  async browse(q: BrowseQuery): Promise<{ messages: StoredMessage[]; hasMore: boolean }> {
    const take = Math.max(1, Math.floor(q.limit));
    const text = q.text.trim();
    let query = this.db.selectFrom('messages as m').selectAll('m');
    if (text !== '') {
      await this.catchUpIndex();
      query = query
        .where('m.recalled', '=', 0)
        .where('m.type', '=', SEARCHABLE_TYPE)
        .where([...text].length >= 3 ? this.ops.searchMatch(text) : this.ops.searchScan(text));
    }
    if (q.fromUid !== '') query = query.where('m.sender_uid', '=', q.fromUid);
    if (q.convId !== '') query = query.where('m.conv_id', '=', q.convId);
    if (q.beforeMsgId > 0) query = query.where('m.msg_id', '<', q.beforeMsgId);
    const rows = await query
      .orderBy('m.msg_id', 'desc')
      .limit(take + 1)
      .execute();
    return { messages: rows.slice(0, take).map(toMessage), hasMore: rows.length > take };
  }

  async search(q: SearchQuery): Promise<{ messages: StoredMessage[]; hasMore: boolean }> {
    await this.catchUpIndex();
    const take = Math.max(1, Math.floor(q.limit));
    const text = q.text.trim();
    const indexed = [...text].length >= 3;
    let query = this.db
      .selectFrom('messages as m')
      .innerJoin('user_convs as uc', (j) => j.onRef('uc.conv_id', '=', 'm.conv_id').on('uc.uid', '=', q.uid))
      .selectAll('m')
      .where('m.recalled', '=', 0)
      .where('m.type', '=', SEARCHABLE_TYPE)
      .whereRef('m.conv_seq', '>', 'uc.start_seq')
      .where((eb) => eb.or([eb('uc.left_seq', '=', 0), eb('m.conv_seq', '<=', eb.ref('uc.left_seq'))]))
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('deleted_messages as d')
              .select('d.msg_id')
              .where('d.uid', '=', q.uid)
              .whereRef('d.msg_id', '=', 'm.msg_id'),
          ),
        ),
      );
    query = query.where(indexed ? this.ops.searchMatch(text) : this.ops.searchScan(text));
    if (q.convId !== '') query = query.where('m.conv_id', '=', q.convId);
    if (q.beforeMsgId > 0) query = query.where('m.msg_id', '<', q.beforeMsgId);
    const rows = await query
      .orderBy('m.msg_id', 'desc')
      .limit(take + 1)
      .execute();
    return { messages: rows.slice(0, take).map(toMessage), hasMore: rows.length > take };
  }
}
