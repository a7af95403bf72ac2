/**
 * The reads and writes of MessageStore.append over one database, shared by the single-database
 * SQL store (one transaction) and the sharded store (one branch per shard, each given the rows
 * that belong to it). Statements are gathered into round trips: on MySQL an append is BEGIN,
 * three round trips (lock heads and read members; lock seqs and read earlier sends; write) and
 * COMMIT, whatever the batch size (one more in each locking phase when rows are new).
 */
import { CompiledQuery, type Kysely, type Selectable, sql } from 'kysely';
import { groupConvId } from '../conv-id.ts';
import type { MessageChange } from '../types.ts';
import { type AppendPlan, type Sent, sendKey } from './append-plan.ts';
import { chunksFor, type SqlDialectOps } from './dialect-ops.ts';
import type { Database, MessagesTable } from './schema.ts';

const MESSAGE_COLUMNS = 15;
const TIMELINE_COLUMNS = 3;
const SEQ_COLUMNS = 2;
const CONV_COLUMNS = 5;
const HEAD_COLUMNS = 4;
const ENTRY_COLUMNS = 12;

/** The rows of an append plan that one database receives. */
export type PlanRows = Omit<AppendPlan, 'results'>;

/**
 * Queries sent together: in one round trip where the dialect takes several statements at once
 * (MySQL, whose statements then run in order on the server), else one after another. Each
 * query's rows are at the index `add` returned.
 */
export class RoundTrip {
  readonly #queries: CompiledQuery[] = [];

  add(query: { compile(): CompiledQuery }): number {
    this.#queries.push(query.compile());
    return this.#queries.length - 1;
  }

  get size(): number {
    return this.#queries.length;
  }

  async run(db: Kysely<Database>, ops: SqlDialectOps): Promise<unknown[][]> {
    const qs = this.#queries;
    if (!ops.multiStatement || qs.length <= 1) {
      const out: unknown[][] = [];
      for (const q of qs) out.push((await db.executeQuery(q)).rows as unknown[]);
      return out;
    }
    const joined = CompiledQuery.raw(
      qs.map((q) => q.sql).join(';\n'),
      qs.flatMap((q) => q.parameters),
    );
    const { rows } = await db.executeQuery(joined);
    return (rows as unknown[]).map((r) => (Array.isArray(r) ? r : []));
  }
}

/**
 * Adds the locking reads of the rows of `ids` in a (key, seq) table: locked until commit, seqs
 * read. Ids are sorted by the caller, so that lock order is the same in every transaction.
 */
function addSeqLocks(
  trip: RoundTrip,
  trx: Kysely<Database>,
  ops: SqlDialectOps,
  table: 'user_seq' | 'conv_heads',
  ids: readonly string[],
): number[] {
  const column = table === 'user_seq' ? 'uid' : 'conv_id';
  return chunksFor(ids, 1, ops.maxParams).map((chunk) =>
    trip.add({
      compile: () =>
        sql`select ${sql.ref(column)} as id, seq from ${sql.table(table)} where ${sql.ref(column)} in (${sql.join(
          chunk,
        )}) ${ops.lockingReadTail}`.compile(trx),
    }),
  );
}

/**
 * Adds the creation of missing rows of a (key, seq) table at seq 0 (conv_heads rows with
 * last_msg_id 0 are overwritten in the same transaction), so that there is a row to lock. Only
 * for rows the locking read did not find: on existing rows the upsert's duplicate-key check
 * would take gap locks. It is an upsert rewriting the key with itself rather than an INSERT
 * IGNORE: MySQL's IGNORE would take a shared lock on a row another transaction created
 * meanwhile, which the locking read then upgrades, and two such upgraders deadlock; the upsert
 * takes the exclusive lock at once.
 */
function addSeqCreates(
  trip: RoundTrip,
  trx: Kysely<Database>,
  ops: SqlDialectOps,
  table: 'user_seq' | 'conv_heads',
  ids: readonly string[],
): void {
  for (const chunk of chunksFor(ids, HEAD_COLUMNS, ops.maxParams)) {
    if (table === 'user_seq') {
      trip.add(
        trx
          .insertInto('user_seq')
          .values(chunk.map((uid) => ({ uid, seq: 0 })))
          .modifyEnd(ops.upsertTail(['uid'], ['uid'])),
      );
    } else {
      trip.add(
        trx
          .insertInto('conv_heads')
          .values(chunk.map((conv_id) => ({ conv_id, seq: 0, last_msg_id: 0, last_ts: 0 })))
          .modifyEnd(ops.upsertTail(['conv_id'], ['conv_id'])),
      );
    }
  }
}

/**
 * Phase 1 of an append on one database: locks the heads of `convIds` (sorted) and reads the
 * members of `groupIds` after them (membership writers lock the head too, so these are the
 * members at the message's seq). One round trip; a second one for conversations without a head
 * row yet. Adds to `heads` and `members`.
 */
export async function lockConversations(
  db: Kysely<Database>,
  ops: SqlDialectOps,
  convIds: readonly string[],
  groupIds: readonly string[],
  heads: Map<string, number>,
  members: Map<string, string[]>,
): Promise<void> {
  const trip = new RoundTrip();
  const headsAt = addSeqLocks(trip, db, ops, 'conv_heads', convIds);
  const membersAt = addMemberReads(trip, db, groupIds);
  const results = await trip.run(db, ops);
  const found = seqsFrom(results, headsAt);
  membersFrom(results, membersAt, members);
  const missing = convIds.filter((id) => !found.has(id));
  if (missing.length > 0) {
    const again = new RoundTrip();
    addSeqCreates(again, db, ops, 'conv_heads', missing);
    const at = addSeqLocks(again, db, ops, 'conv_heads', missing);
    const reread = addMemberReads(
      again,
      db,
      groupIds.filter((g) => missing.includes(groupConvId(g))),
    );
    const more = await again.run(db, ops);
    seqsFrom(more, at, found);
    membersFrom(more, reread, members);
  }
  for (const [k, v] of found) heads.set(k, v);
}

/**
 * Phase 2 of an append on one database: locks the seq rows of `uids` (sorted) and reads the
 * earlier sends among `pairs` (whose senders are among `uids`) after them: a sender's seq lock
 * serialises their sends, so the duplicate check cannot race. One round trip; a second one for
 * users without a seq row yet. Adds to `seqs` and `prior`.
 */
export async function lockUsers(
  db: Kysely<Database>,
  ops: SqlDialectOps,
  uids: readonly string[],
  pairs: readonly (readonly [string, string])[],
  seqs: Map<string, number>,
  prior: Map<string, Sent>,
): Promise<void> {
  const trip = new RoundTrip();
  const seqsAt = addSeqLocks(trip, db, ops, 'user_seq', uids);
  const sentAt = addSentReads(trip, db, ops, pairs);
  const results = await trip.run(db, ops);
  const found = seqsFrom(results, seqsAt);
  sentFrom(results, sentAt, prior);
  const missing = uids.filter((id) => !found.has(id));
  if (missing.length > 0) {
    const again = new RoundTrip();
    addSeqCreates(again, db, ops, 'user_seq', missing);
    const at = addSeqLocks(again, db, ops, 'user_seq', missing);
    const newSenders = new Set(missing);
    const reread = addSentReads(
      again,
      db,
      ops,
      pairs.filter(([from]) => newSenders.has(from)),
    );
    const more = await again.run(db, ops);
    seqsFrom(more, at, found);
    sentFrom(more, reread, prior);
  }
  for (const [k, v] of found) seqs.set(k, v);
}

/** The seqs read by the statements `addSeqLocks` added. */
function seqsFrom(results: unknown[][], at: readonly number[], into = new Map<string, number>()) {
  for (const i of at)
    for (const r of results[i] as { id: string; seq: number }[]) into.set(r.id, Number(r.seq));
  return into;
}

/** Adds reads of the current members of each group, ordered by uid (after its head's lock). */
function addMemberReads(
  trip: RoundTrip,
  trx: Kysely<Database>,
  groupIds: readonly string[],
): [string, number][] {
  return groupIds.map((groupId) => [
    groupId,
    trip.add(trx.selectFrom('group_members').select('uid').where('group_id', '=', groupId).orderBy('uid')),
  ]);
}

/** The members read by the statements `addMemberReads` added. */
function membersFrom(
  results: unknown[][],
  at: readonly [string, number][],
  into = new Map<string, string[]>(),
): Map<string, string[]> {
  for (const [groupId, i] of at) {
    into.set(
      groupId,
      (results[i] as { uid: string }[]).map((r) => r.uid),
    );
  }
  return into;
}

/** Adds reads of earlier stored sends among the (fromUid, clientMsgId) `pairs`. */
function addSentReads(
  trip: RoundTrip,
  trx: Kysely<Database>,
  ops: SqlDialectOps,
  pairs: readonly (readonly [string, string])[],
): number[] {
  return chunksFor(pairs, 2, ops.maxParams).map((chunk) =>
    trip.add(
      trx
        .selectFrom('messages')
        .select(['msg_id', 'sender_uid', 'client_msg_id', 'ts', 'sender_seq', 'conv_seq'])
        .where(ops.pairIn(['sender_uid', 'client_msg_id'], chunk)),
    ),
  );
}

/** The earlier sends read by the statements `addSentReads` added, by sendKey. */
function sentFrom(results: unknown[][], at: readonly number[], into = new Map<string, Sent>()) {
  type Row = Pick<
    Selectable<MessagesTable>,
    'msg_id' | 'sender_uid' | 'client_msg_id' | 'ts' | 'sender_seq' | 'conv_seq'
  >;
  for (const i of at) {
    for (const r of results[i] as Row[]) {
      into.set(sendKey(r.sender_uid, r.client_msg_id), {
        msgId: Number(r.msg_id),
        ts: Number(r.ts),
        senderSeq: Number(r.sender_seq),
        convSeq: Number(r.conv_seq),
      });
    }
  }
  return into;
}

/** Adds the writes of `rows`: a fixed number of multi-row statements (chunked under the parameter limit). */
export function addPlanWrites(
  trip: RoundTrip,
  trx: Kysely<Database>,
  ops: SqlDialectOps,
  rows: PlanRows,
): void {
  const max = ops.maxParams;
  for (const chunk of chunksFor(rows.messageRows, MESSAGE_COLUMNS, max)) {
    trip.add(trx.insertInto('messages').values(chunk));
  }
  for (const chunk of chunksFor(rows.timelineRows, TIMELINE_COLUMNS, max)) {
    trip.add(trx.insertInto('timeline').values(chunk));
  }
  for (const chunk of chunksFor(rows.seqRows, SEQ_COLUMNS, max)) {
    trip.add(
      trx
        .insertInto('user_seq')
        .values(chunk)
        .modifyEnd(ops.upsertTail(['uid'], ['seq'])),
    );
  }
  for (const chunk of chunksFor(rows.convRows, CONV_COLUMNS, max)) {
    trip.add(trx.insertInto('conv_messages').values(chunk));
  }
  for (const chunk of chunksFor(rows.headRows, HEAD_COLUMNS, max)) {
    trip.add(
      trx
        .insertInto('conv_heads')
        .values(chunk)
        .modifyEnd(ops.upsertTail(['conv_id'], ['seq', 'last_msg_id', 'last_ts'])),
    );
  }
  for (const chunk of chunksFor(rows.newEntries, ENTRY_COLUMNS, max)) {
    trip.add(trx.insertInto('user_convs').values(chunk).ignore());
  }
  for (const change of rows.changes) addChange(trip, trx, change, ops.searchNeedsIndexer);
}

/**
 * Adds the statements that apply a recall or edit to its target message and, where an indexer
 * feeds the search index (`reindex`), queue it for re-indexing.
 */
export function addChange(
  trip: RoundTrip,
  trx: Kysely<Database>,
  change: MessageChange,
  reindex: boolean,
): void {
  if (change.kind === 'recall') {
    trip.add(
      trx.updateTable('messages').set({ recalled: 1, content: '' }).where('msg_id', '=', change.msgId),
    );
  } else {
    trip.add(
      trx
        .updateTable('messages')
        .set({ content: change.content, edited_at: change.at })
        .where('msg_id', '=', change.msgId),
    );
  }
  if (reindex) trip.add(trx.insertInto('search_queue').values({ msg_id: change.msgId }).ignore());
}
