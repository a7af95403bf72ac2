/**
 * The reads and writes of MessageStore.append over one database, shared by the single-database
 * SQL store (one transaction) and the sharded store (one branch per shard, each given the rows
 * that belong to it).
 */
import { type Kysely, sql } from 'kysely';
import type { MessageChange } from '../types.ts';
import { type AppendPlan, type Sent, sendKey } from './append-plan.ts';
import { chunksFor, type SqlDialectOps } from './dialect-ops.ts';
import type { Database } from './schema.ts';

const MESSAGE_COLUMNS = 15;
const TIMELINE_COLUMNS = 3;
const SEQ_COLUMNS = 2;
const CONV_COLUMNS = 5;
const HEAD_COLUMNS = 4;
const ENTRY_COLUMNS = 12;

/** The rows of an append plan that one database receives. */
export type PlanRows = Omit<AppendPlan, 'results'>;

/**
 * Current seqs of `ids` in a (key, seq) table (sorted ids, so that lock order is the same in
 * every transaction), locked until commit. Missing rows get one at 0 first, so that there is a
 * row to lock (conv_heads rows with last_msg_id 0 are overwritten in the same transaction).
 * The insert is an upsert rewriting the key with itself rather than an INSERT IGNORE: where
 * another transaction created the row meanwhile, MySQL's IGNORE would take a shared lock that
 * the locking read then upgrades, and two such upgraders deadlock; the upsert takes the
 * exclusive lock at once.
 */
export async function lockSeqRows(
  trx: Kysely<Database>,
  ops: SqlDialectOps,
  table: 'user_seq' | 'conv_heads',
  ids: readonly string[],
): Promise<Map<string, number>> {
  const seqs = new Map<string, number>();
  await readSeqs(trx, ops, table, ids, seqs);
  const missing = ids.filter((id) => !seqs.has(id));
  if (missing.length > 0) {
    for (const chunk of chunksFor(missing, HEAD_COLUMNS, ops.maxParams)) {
      if (table === 'user_seq') {
        await trx
          .insertInto('user_seq')
          .values(chunk.map((uid) => ({ uid, seq: 0 })))
          .modifyEnd(ops.upsertTail(['uid'], ['uid']))
          .execute();
      } else {
        await trx
          .insertInto('conv_heads')
          .values(chunk.map((conv_id) => ({ conv_id, seq: 0, last_msg_id: 0, last_ts: 0 })))
          .modifyEnd(ops.upsertTail(['conv_id'], ['conv_id']))
          .execute();
      }
    }
    await readSeqs(trx, ops, table, missing, seqs);
  }
  return seqs;
}

async function readSeqs(
  trx: Kysely<Database>,
  ops: SqlDialectOps,
  table: 'user_seq' | 'conv_heads',
  ids: readonly string[],
  into: Map<string, number>,
): Promise<void> {
  const column = table === 'user_seq' ? 'uid' : 'conv_id';
  for (const chunk of chunksFor(ids, 1, ops.maxParams)) {
    const rows = await sql<{
      id: string;
      seq: number;
    }>`select ${sql.ref(column)} as id, seq from ${sql.table(
      table,
    )} where ${sql.ref(column)} in (${sql.join(chunk)}) ${ops.lockingReadTail}`.execute(trx);
    for (const r of rows.rows) into.set(r.id, Number(r.seq));
  }
}

/** Current members of each group, ordered by uid (read after the group's head is locked). */
export async function readMembers(
  trx: Kysely<Database>,
  groupIds: readonly string[],
  into: Map<string, string[]>,
): Promise<void> {
  for (const groupId of groupIds) {
    const rows = await trx
      .selectFrom('group_members')
      .select('uid')
      .where('group_id', '=', groupId)
      .orderBy('uid')
      .execute();
    into.set(
      groupId,
      rows.map((r) => r.uid),
    );
  }
}

/** Earlier stored sends among the (fromUid, clientMsgId) `pairs`, by sendKey. */
export async function findSent(
  trx: Kysely<Database>,
  ops: SqlDialectOps,
  pairs: readonly (readonly [string, string])[],
): Promise<Map<string, Sent>> {
  const found = new Map<string, Sent>();
  for (const chunk of chunksFor(pairs, 2, ops.maxParams)) {
    const rows = await trx
      .selectFrom('messages')
      .select(['msg_id', 'sender_uid', 'client_msg_id', 'ts', 'sender_seq', 'conv_seq'])
      .where(ops.pairIn(['sender_uid', 'client_msg_id'], chunk))
      .execute();
    for (const r of rows) {
      found.set(sendKey(r.sender_uid, r.client_msg_id), {
        msgId: Number(r.msg_id),
        ts: Number(r.ts),
        senderSeq: Number(r.sender_seq),
        convSeq: Number(r.conv_seq),
      });
    }
  }
  return found;
}

/** Writes `rows` with a fixed number of multi-row statements (chunked under the parameter limit). */
export async function writePlanRows(
  trx: Kysely<Database>,
  ops: SqlDialectOps,
  rows: PlanRows,
): Promise<void> {
  const max = ops.maxParams;
  for (const chunk of chunksFor(rows.messageRows, MESSAGE_COLUMNS, max)) {
    await trx.insertInto('messages').values(chunk).execute();
  }
  for (const chunk of chunksFor(rows.timelineRows, TIMELINE_COLUMNS, max)) {
    await trx.insertInto('timeline').values(chunk).execute();
  }
  for (const chunk of chunksFor(rows.seqRows, SEQ_COLUMNS, max)) {
    await trx
      .insertInto('user_seq')
      .values(chunk)
      .modifyEnd(ops.upsertTail(['uid'], ['seq']))
      .execute();
  }
  for (const chunk of chunksFor(rows.convRows, CONV_COLUMNS, max)) {
    await trx.insertInto('conv_messages').values(chunk).execute();
  }
  for (const chunk of chunksFor(rows.headRows, HEAD_COLUMNS, max)) {
    await trx
      .insertInto('conv_heads')
      .values(chunk)
      .modifyEnd(ops.upsertTail(['conv_id'], ['seq', 'last_msg_id', 'last_ts']))
      .execute();
  }
  for (const chunk of chunksFor(rows.newEntries, ENTRY_COLUMNS, max)) {
    await trx.insertInto('user_convs').values(chunk).ignore().execute();
  }
  for (const change of rows.changes) await applyChange(trx, change, ops.searchNeedsIndexer);
}

/**
 * Applies a recall or edit to its target message and, where an indexer feeds the search index
 * (`reindex`), queues it for re-indexing.
 */
export async function applyChange(
  trx: Kysely<Database>,
  change: MessageChange,
  reindex: boolean,
): Promise<void> {
  if (change.kind === 'recall') {
    await trx
      .updateTable('messages')
      .set({ recalled: 1, content: '' })
      .where('msg_id', '=', change.msgId)
      .execute();
  } else {
    await trx
      .updateTable('messages')
      .set({ content: change.content, edited_at: change.at })
      .where('msg_id', '=', change.msgId)
      .execute();
  }
  if (reindex) await trx.insertInto('search_queue').values({ msg_id: change.msgId }).ignore().execute();
}
