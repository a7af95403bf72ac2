/**
 * The pure part of MessageStore.append, shared by every engine: given the batch, the current
 * seqs of the users involved and the earlier sends of the batch's idempotency keys, decide the
 * rows to write and the result of every item. Engines differ only in how they read and write.
 */
import type { Insertable } from 'kysely';
import type { AppendRequest, AppendResult } from '../types.ts';
import type { MessagesTable, TimelineTable, UserSeqTable } from './schema.ts';

export type Sent = Pick<AppendResult, 'msgId' | 'ts' | 'senderSeq'>;

/** Unambiguous map key of the idempotency pair (ids may contain any character). */
export function sendKey(fromUid: string, clientMsgId: string): string {
  return `${fromUid.length}:${fromUid}${clientMsgId}`;
}

export interface AppendKeys {
  /** Distinct (fromUid, clientMsgId) pairs of the batch. */
  readonly pairs: [string, string][];
  /**
   * Every sender and recipient, sorted (the same lock order in every transaction). Senders are
   * included even when not recipients: locking their seq row serialises one sender's sends, so
   * the duplicate check cannot race.
   */
  readonly involved: string[];
  /** Distinct recipients of each item. */
  readonly recipientsOf: string[][];
}

export function appendKeys(batch: readonly AppendRequest[]): AppendKeys {
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
    involved.add(m.fromUid);
    const distinct = [...new Set(recipients)];
    for (const r of distinct) involved.add(r);
    recipientsOf.push(distinct);
  }
  return { pairs, involved: [...involved].sort(), recipientsOf };
}

export interface AppendPlan {
  readonly results: AppendResult[];
  readonly messageRows: Insertable<MessagesTable>[];
  readonly timelineRows: Insertable<TimelineTable>[];
  /** New highest seq of every user that got timeline rows. */
  readonly seqRows: Insertable<UserSeqTable>[];
}

/**
 * Assigns consecutive seqs per user in batch order and resolves duplicates (earlier stored
 * sends in `prior`, or earlier items of the same batch). `seqs` holds the current seq of every
 * involved user that has one (missing = 0).
 */
export function planAppend(
  batch: readonly AppendRequest[],
  keys: AppendKeys,
  seqs: Map<string, number>,
  prior: ReadonlyMap<string, Sent>,
): AppendPlan {
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
      results.push({
        msgId: first.msgId,
        ts: first.ts,
        senderSeq: first.senderSeq,
        duplicate: true,
        seqs: new Map(),
      });
      continue;
    }
    const mine = new Map<string, number>();
    for (const uid of keys.recipientsOf[i]!) {
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
  const seqRows = [...raised].map((uid) => ({ uid, seq: seqs.get(uid)! }));
  return { results, messageRows, timelineRows, seqRows };
}
