import type { Kysely, Selectable, Transaction } from 'kysely';
import type {
  AppendRequest,
  AppendResult,
  MessageStore,
  StoredMessage,
  TimelineEntry,
  TimelineRef,
} from '../types.ts';
import { appendKeys, planAppend, type Sent, sendKey } from './append-plan.ts';
import { chunksFor, type SqlDialectOps, toStoreError } from './dialect-ops.ts';
import type { Database, MessagesTable } from './schema.ts';

type MessageRow = Selectable<MessagesTable>;

const MESSAGE_COLUMNS = 9;
const TIMELINE_COLUMNS = 3;
const SEQ_COLUMNS = 2;

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
  };
}

/**
 * Messages and write-diffusion timelines. One append is one transaction with a fixed number of
 * statements whatever the batch size (each chunked under the dialect's parameter limit): lock
 * and read the seqs of every involved user, read earlier sends of the batch's idempotency keys,
 * then multi-row inserts of messages and timeline rows and one multi-row seq upsert.
 */
export class SqlMessageStore implements MessageStore {
  constructor(
    protected readonly db: Kysely<Database>,
    protected readonly ops: SqlDialectOps,
  ) {}

  async append(batch: readonly AppendRequest[]): Promise<AppendResult[]> {
    if (batch.length === 0) return [];
    try {
      return await this.db.transaction().execute((trx) => this.appendIn(trx, batch));
    } catch (err) {
      throw toStoreError(this.ops, err, 'append');
    }
  }

  private async appendIn(
    trx: Transaction<Database>,
    batch: readonly AppendRequest[],
  ): Promise<AppendResult[]> {
    const keys = appendKeys(batch);
    const seqs = await this.lockSeqs(trx, keys.involved);
    const prior = await this.findSent(trx, keys.pairs);
    const plan = planAppend(batch, keys, seqs, prior);
    const max = this.ops.maxParams;
    for (const chunk of chunksFor(plan.messageRows, MESSAGE_COLUMNS, max)) {
      await trx.insertInto('messages').values(chunk).execute();
    }
    for (const chunk of chunksFor(plan.timelineRows, TIMELINE_COLUMNS, max)) {
      await trx.insertInto('timeline').values(chunk).execute();
    }
    for (const chunk of chunksFor(plan.seqRows, SEQ_COLUMNS, max)) {
      await trx
        .insertInto('user_seq')
        .values(chunk)
        .modifyEnd(this.ops.upsertTail(['uid'], ['seq']))
        .execute();
    }
    return plan.results;
  }

  /**
   * Current seqs of `uids` (sorted, so that lock order is the same in every transaction), locked
   * until commit. Users without a seq row get one at 0 first, so that there is a row to lock.
   */
  private async lockSeqs(trx: Transaction<Database>, uids: readonly string[]): Promise<Map<string, number>> {
    const seqs = new Map<string, number>();
    await this.readSeqs(trx, uids, seqs);
    const missing = uids.filter((uid) => !seqs.has(uid));
    if (missing.length > 0) {
      for (const chunk of chunksFor(missing, SEQ_COLUMNS, this.ops.maxParams)) {
        await trx
          .insertInto('user_seq')
          .values(chunk.map((uid) => ({ uid, seq: 0 })))
          .ignore()
          .execute();
      }
      await this.readSeqs(trx, missing, seqs);
    }
    return seqs;
  }

  private async readSeqs(
    trx: Transaction<Database>,
    uids: readonly string[],
    into: Map<string, number>,
  ): Promise<void> {
    for (const chunk of chunksFor(uids, 1, this.ops.maxParams)) {
      const rows = await trx
        .selectFrom('user_seq')
        .select(['uid', 'seq'])
        .where('uid', 'in', chunk)
        .modifyEnd(this.ops.lockingReadTail)
        .execute();
      for (const r of rows) into.set(r.uid, Number(r.seq));
    }
  }

  /** Earlier stored sends among the (fromUid, clientMsgId) `pairs`, by sendKey. */
  private async findSent(
    trx: Transaction<Database>,
    pairs: readonly (readonly [string, string])[],
  ): Promise<Map<string, Sent>> {
    const found = new Map<string, Sent>();
    for (const chunk of chunksFor(pairs, 2, this.ops.maxParams)) {
      const rows = await trx
        .selectFrom('messages')
        .select(['msg_id', 'sender_uid', 'client_msg_id', 'ts', 'sender_seq'])
        .where(this.ops.pairIn(['sender_uid', 'client_msg_id'], chunk))
        .execute();
      for (const r of rows) {
        found.set(sendKey(r.sender_uid, r.client_msg_id), {
          msgId: Number(r.msg_id),
          ts: Number(r.ts),
          senderSeq: Number(r.sender_seq),
        });
      }
    }
    return found;
  }

  async get(msgId: number): Promise<StoredMessage | undefined> {
    const row = await this.db
      .selectFrom('messages')
      .selectAll()
      .where('msg_id', '=', msgId)
      .executeTakeFirst();
    return row === undefined ? undefined : toMessage(row);
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
      .select([
        't.seq',
        'm.msg_id',
        'm.sender_uid',
        'm.client_msg_id',
        'm.conv_type',
        'm.to_id',
        'm.type',
        'm.content',
        'm.ts',
        'm.sender_seq',
      ])
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
      .select(['t.seq', 'm.msg_id', 'm.sender_uid', 'm.client_msg_id', 'm.conv_type'])
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
}
