import type { Insertable, Kysely, Selectable, Transaction } from 'kysely';
import type { AppendRequest, AppendResult, MessageStore, StoredMessage, TimelineEntry } from '../types.ts';
import { chunksFor, type SqlDialectOps, toStoreError } from './dialect-ops.ts';
import type { Database, MessagesTable, TimelineTable } from './schema.ts';

type MessageRow = Selectable<MessagesTable>;
type Sent = Pick<AppendResult, 'msgId' | 'ts' | 'senderSeq'>;

const MESSAGE_COLUMNS = 9;
const TIMELINE_COLUMNS = 3;
const SEQ_COLUMNS = 2;

/** Unambiguous map key of the idempotency pair (ids may contain any character). */
function sendKey(fromUid: string, clientMsgId: string): string {
  return `${fromUid.length}:${fromUid}${clientMsgId}`;
}

function toMessage(row: MessageRow): StoredMessage {
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

function duplicateOf(first: Sent): AppendResult {
  return { msgId: first.msgId, ts: first.ts, senderSeq: first.senderSeq, duplicate: true, seqs: new Map() };
}

/**
 * Messages and write-diffusion timelines. One append is one transaction with a fixed number of
 * statements whatever the batch size (each chunked under the dialect's parameter limit): lock
 * and read the seqs of every involved user, read earlier sends of the batch's idempotency keys,
 * then multi-row inserts of messages and timeline rows and one multi-row seq upsert.
 */
export class SqlMessageStore implements MessageStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly ops: SqlDialectOps,
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
    const pairs: [string, string][] = [];
    const keys = new Set<string>();
    const involved = new Set<string>();
    const recipientsOf: string[][] = [];
    for (const { message: m, recipients } of batch) {
      const k = sendKey(m.fromUid, m.clientMsgId);
      if (!keys.has(k)) {
        keys.add(k);
        pairs.push([m.fromUid, m.clientMsgId]);
      }
      // The sender's seq row is locked even when the sender is no recipient: that serialises
      // concurrent sends of one sender, so the duplicate check below cannot race.
      involved.add(m.fromUid);
      const distinct = [...new Set(recipients)];
      for (const r of distinct) involved.add(r);
      recipientsOf.push(distinct);
    }

    const seqs = await this.lockSeqs(trx, [...involved].sort());
    const prior = await this.findSent(trx, pairs);

    const results: AppendResult[] = [];
    const firstInBatch = new Map<string, Sent>();
    const messageRows: Insertable<MessagesTable>[] = [];
    const timelineRows: Insertable<TimelineTable>[] = [];
    const raised = new Set<string>();
    for (let i = 0; i < batch.length; i++) {
      const m = batch[i]!.message;
      const k = sendKey(m.fromUid, m.clientMsgId);
      const first = prior.get(k) ?? firstInBatch.get(k);
      if (first !== undefined) {
        results.push(duplicateOf(first));
        continue;
      }
      const mine = new Map<string, number>();
      for (const uid of recipientsOf[i]!) {
        const seq = (seqs.get(uid) ?? 0) + 1;
        seqs.set(uid, seq);
        mine.set(uid, seq);
        raised.add(uid);
        timelineRows.push({ uid, seq, msg_id: m.msgId });
      }
      const senderSeq = mine.get(m.fromUid) ?? 0;
      messageRows.push({
        msg_id: m.msgId,
        sender_uid: m.fromUid,
        client_msg_id: m.clientMsgId,
        conv_type: m.convType,
        to_id: m.to,
        type: m.type,
        content: m.content,
        ts: m.ts,
        sender_seq: senderSeq,
      });
      const sent = { msgId: m.msgId, ts: m.ts, senderSeq };
      firstInBatch.set(k, sent);
      results.push({ ...sent, duplicate: false, seqs: mine });
    }

    const max = this.ops.maxParams;
    for (const chunk of chunksFor(messageRows, MESSAGE_COLUMNS, max)) {
      await trx.insertInto('messages').values(chunk).execute();
    }
    for (const chunk of chunksFor(timelineRows, TIMELINE_COLUMNS, max)) {
      await trx.insertInto('timeline').values(chunk).execute();
    }
    const seqRows = [...raised].map((uid) => ({ uid, seq: seqs.get(uid)! }));
    for (const chunk of chunksFor(seqRows, SEQ_COLUMNS, max)) {
      await trx
        .insertInto('user_seq')
        .values(chunk)
        .modifyEnd(this.ops.upsertTail(['uid'], ['seq']))
        .execute();
    }
    return results;
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

  async maxSeq(uid: string): Promise<number> {
    const row = await this.db.selectFrom('user_seq').select('seq').where('uid', '=', uid).executeTakeFirst();
    return row === undefined ? 0 : Number(row.seq);
  }
}
