/**
 * The pure part of MessageStore.append, shared by every engine: given the batch, the members of
 * its groups, the current seqs of the users and conversations involved and the earlier sends of
 * the batch's idempotency keys, decide the rows to write and the result of every item. Engines
 * differ only in how they read and write.
 */
import type { Insertable } from 'kysely';
import type { AppendRequest, AppendResult, MessageChange } from '../types.ts';
import {
  type ConvHeadsTable,
  type ConvMessagesTable,
  type MessagesTable,
  newUserConv,
  type TimelineTable,
  type UserConvsTable,
  type UserSeqTable,
} from './schema.ts';

export type Sent = Pick<AppendResult, 'msgId' | 'ts' | 'senderSeq' | 'convSeq'>;

/** Unambiguous map key of the idempotency pair (ids may contain any character). */
export function sendKey(fromUid: string, clientMsgId: string): string {
  return `${fromUid.length}:${fromUid}${clientMsgId}`;
}

/** Groups whose members the batch needs (read inside the transaction, before appendKeys). */
export function groupsOf(batch: readonly AppendRequest[]): string[] {
  const ids = new Set<string>();
  for (const r of batch) if (r.group) ids.add(r.group.groupId);
  return [...ids].sort();
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
  /** Every conversation of the batch, sorted. */
  readonly convs: string[];
  /** Distinct user timelines of each item. */
  readonly recipientsOf: string[][];
  /** Group members of each item ([] for c2c). */
  readonly membersOf: (readonly string[])[];
  /** The members of a group of the batch, as a set. */
  memberSetOf(groupId: string): ReadonlySet<string>;
}

/** `members`: the current members of every group of `groupsOf(batch)`. */
export function appendKeys(
  batch: readonly AppendRequest[],
  members: ReadonlyMap<string, readonly string[]>,
): AppendKeys {
  const pairs: [string, string][] = [];
  const keys = new Set<string>();
  const involved = new Set<string>();
  const convs = new Set<string>();
  const recipientsOf: string[][] = [];
  const membersOf: (readonly string[])[] = [];
  for (const { message: m, recipients, group } of batch) {
    const k = sendKey(m.fromUid, m.clientMsgId);
    if (!keys.has(k)) {
      keys.add(k);
      pairs.push([m.fromUid, m.clientMsgId]);
    }
    involved.add(m.fromUid);
    convs.add(m.convId);
    const distinct = new Set(recipients);
    const groupMembers = group ? (members.get(group.groupId) ?? []) : [];
    if (group && groupMembers.length <= group.writeDiffusionMax) {
      for (const uid of groupMembers) distinct.add(uid);
    }
    for (const r of distinct) involved.add(r);
    recipientsOf.push([...distinct]);
    membersOf.push(groupMembers);
  }
  const sets = new Map<string, Set<string>>();
  const memberSetOf = (groupId: string): ReadonlySet<string> => {
    let set = sets.get(groupId);
    if (!set) {
      set = new Set(members.get(groupId) ?? []);
      sets.set(groupId, set);
    }
    return set;
  };
  return {
    pairs,
    involved: [...involved].sort(),
    convs: [...convs].sort(),
    recipientsOf,
    membersOf,
    memberSetOf,
  };
}

export interface AppendPlan {
  readonly results: AppendResult[];
  readonly messageRows: Insertable<MessagesTable>[];
  readonly timelineRows: Insertable<TimelineTable>[];
  /** New highest seq of every user that got timeline rows. */
  readonly seqRows: Insertable<UserSeqTable>[];
  readonly convRows: Insertable<ConvMessagesTable>[];
  /** New head of every conversation that got messages. */
  readonly headRows: Insertable<ConvHeadsTable>[];
  /** Entries of one-to-one conversations that start with this batch (insert if missing). */
  readonly newEntries: Insertable<UserConvsTable>[];
  /** Recalls and edits to apply to earlier messages, in batch order. */
  readonly changes: MessageChange[];
}

export interface AppendReads {
  /** Current seq of every involved user that has one (missing = 0). Updated in place. */
  readonly seqs: Map<string, number>;
  /** Current head seq of every conversation that has one (missing = 0). Updated in place. */
  readonly heads: Map<string, number>;
  /** Earlier stored sends by sendKey. */
  readonly prior: ReadonlyMap<string, Sent>;
}

function c2cEntry(uid: string, convId: string, peer: string): Insertable<UserConvsTable> {
  return newUserConv({ uid, convId, convType: 'c2c', peer, readSeq: 0, startSeq: 0 });
}

/**
 * Assigns consecutive seqs per user and per conversation in batch order and resolves duplicates
 * (earlier stored sends in `prior`, or earlier items of the same batch).
 */
export function planAppend(
  batch: readonly AppendRequest[],
  keys: AppendKeys,
  reads: AppendReads,
): AppendPlan {
  const { seqs, heads, prior } = reads;
  const results: AppendResult[] = [];
  const firstInBatch = new Map<string, Sent>();
  const messageRows: Insertable<MessagesTable>[] = [];
  const timelineRows: Insertable<TimelineTable>[] = [];
  const convRows: Insertable<ConvMessagesTable>[] = [];
  const newEntries: Insertable<UserConvsTable>[] = [];
  const changes: MessageChange[] = [];
  const raised = new Set<string>();
  const lastOf = new Map<string, { msgId: number; ts: number }>();
  for (let i = 0; i < batch.length; i++) {
    const req = batch[i]!;
    const m = req.message;
    const k = sendKey(m.fromUid, m.clientMsgId);
    const first = prior.get(k) ?? firstInBatch.get(k);
    if (first !== undefined) {
      results.push({ ...first, duplicate: true, seqs: new Map(), members: [] });
      continue;
    }
    // Membership was checked before the send was accepted; a removal committed since wins.
    if (req.group && m.type !== 'system' && !keys.memberSetOf(req.group.groupId).has(m.fromUid)) {
      results.push({
        msgId: 0,
        ts: 0,
        senderSeq: 0,
        convSeq: 0,
        duplicate: false,
        seqs: new Map(),
        members: [],
        notMember: true,
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
    const convSeq = (heads.get(m.convId) ?? 0) + 1;
    heads.set(m.convId, convSeq);
    lastOf.set(m.convId, { msgId: m.msgId, ts: m.ts });
    if (convSeq === 1 && m.convType === 'c2c') {
      newEntries.push(c2cEntry(m.fromUid, m.convId, m.to));
      if (m.to !== m.fromUid) newEntries.push(c2cEntry(m.to, m.convId, m.fromUid));
    }
    convRows.push({
      conv_id: m.convId,
      seq: convSeq,
      msg_id: m.msgId,
      sender_uid: m.fromUid,
      counted: req.countsUnread === false ? 0 : 1,
    });
    if (req.change) changes.push(req.change);
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
      conv_id: m.convId,
      conv_seq: convSeq,
      ref_msg_id: m.refMsgId,
      ref_kind: m.refKind,
      edited_at: 0,
      recalled: 0,
    });
    const sent: Sent = { msgId: m.msgId, ts: m.ts, senderSeq, convSeq };
    firstInBatch.set(k, sent);
    results.push({ ...sent, duplicate: false, seqs: mine, members: keys.membersOf[i]! });
  }
  const seqRows = [...raised].map((uid) => ({ uid, seq: seqs.get(uid)! }));
  const headRows = [...lastOf].map(([convId, last]) => ({
    conv_id: convId,
    seq: heads.get(convId)!,
    last_msg_id: last.msgId,
    last_ts: last.ts,
  }));
  return { results, messageRows, timelineRows, seqRows, convRows, headRows, newEntries, changes };
}
