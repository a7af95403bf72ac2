import {
  Code,
  Commands,
  type ConvSyncReq,
  type ConvSyncResp,
  type DeleteReq,
  type Empty,
  encodePush,
  type HistoryReq,
  type HistoryResp,
  type Message,
  ParleyError,
  type ReadStatusReq,
  type ReadStatusResp,
  type SearchReq,
  type SearchResp,
  type Typing,
} from '@parley/protocol';
import { parseConvId } from '../store/conv-id.ts';
import type { ConvListing, StoredMessage } from '../store/types.ts';
import { canSee, entryOf, isAdmin, visibleCeiling, visibleMessage } from './access.ts';
import { toWireMessage } from './convert.ts';
import { pushToUsers } from './push.ts';
import type { LogicDeps, Session } from './types.ts';
import { nonNegative } from './validate.ts';

const DEFAULT_PAGE = 50;
const MAX_PAGE = 200;
const MAX_DELETE = 500;
const MAX_QUERY = 100;

function pageSize(limit: number | null | undefined, fallback = DEFAULT_PAGE): number {
  return Math.min(limit || fallback, MAX_PAGE);
}

/** Reading conversations (conversation timelines, history, search) and the operations that store nothing. */
export class MessageOps {
  constructor(private readonly d: LogicDeps) {}

  /** MSG/CONV_SYNC: how members of a group in read diffusion catch up. */
  async convSync(session: Session, req: ConvSyncReq): Promise<ConvSyncResp> {
    const entry = await entryOf(this.d.store, session.uid, req.convId);
    const after = Math.max(nonNegative(req.afterSeq, 'after_seq'), entry.startSeq);
    const upTo = visibleCeiling(entry);
    const limit = Math.min(req.limit || 200, this.d.config['msg.syncPageMax']);
    const page = await this.d.store.messages.convTimeline(entry.convId, after, upTo, limit);
    return { messages: await this.wire(session.uid, page.messages), hasMore: page.hasMore, maxSeq: upTo };
  }

  /** MSG/HISTORY: backwards through a conversation, newest first. */
  async history(session: Session, req: HistoryReq): Promise<HistoryResp> {
    const entry = await entryOf(this.d.store, session.uid, req.convId);
    let before = nonNegative(req.beforeSeq, 'before_seq');
    if (req.beforeMsgId) {
      const { message } = await visibleMessage(this.d.store, session.uid, req.beforeMsgId, 'before_msg_id');
      if (message.convId !== entry.convId) {
        throw new ParleyError(Code.BAD_REQUEST, 'before_msg_id is in another conversation', 'before_msg_id');
      }
      before = message.convSeq;
    }
    const ceiling = visibleCeiling(entry);
    if (before === 0 || before > ceiling + 1) before = ceiling + 1;
    const page = await this.d.store.messages.convHistory(
      entry.convId,
      before,
      entry.startSeq,
      pageSize(req.limit),
    );
    return { messages: await this.wire(session.uid, page.messages), hasMore: page.hasMore };
  }

  /** MSG/DELETE: for me only; my other devices are told. */
  async deleteForMe(session: Session, req: DeleteReq): Promise<Empty> {
    const ids = [...new Set(req.msgIds ?? [])];
    if (ids.length === 0 || ids.length > MAX_DELETE) {
      throw new ParleyError(Code.BAD_REQUEST, `msg_ids must hold 1-${MAX_DELETE} ids`, 'msg_ids');
    }
    for (const id of ids) {
      if (!Number.isSafeInteger(id) || id <= 0)
        throw new ParleyError(Code.BAD_REQUEST, 'bad message id', 'msg_ids');
    }
    const found = await this.d.store.messages.getMany(ids);
    if (found.length !== ids.length)
      throw new ParleyError(Code.MESSAGE_NOT_FOUND, 'unknown message id', 'msg_ids');
    // One entry read per conversation, not per message.
    const entries = new Map<string, ConvListing | undefined>();
    for (const m of found) {
      if (!entries.has(m.convId))
        entries.set(m.convId, await this.d.store.conversations.get(session.uid, m.convId));
      const entry = entries.get(m.convId);
      if (!entry || !canSee(entry, m.convSeq)) {
        throw new ParleyError(Code.MESSAGE_NOT_FOUND, `no message ${m.msgId}`, 'msg_ids');
      }
    }
    await this.d.store.messages.deleteForUser(session.uid, ids);
    void pushToUsers(
      this.d,
      [session.uid],
      encodePush(Commands.deleted, { msgIds: ids }),
      session.sessionId,
    ).catch((err: unknown) => this.d.log.warn({ err }, 'delete push failed'));
    return {};
  }

  /** MSG/SEARCH over the caller's own conversations. */
  async search(session: Session, req: SearchReq): Promise<SearchResp> {
    const text = (req.query ?? '').trim();
    if (text.length === 0 || text.length > MAX_QUERY) {
      throw new ParleyError(Code.BAD_REQUEST, `query must be 1-${MAX_QUERY} characters`, 'query');
    }
    const convId = req.convId ?? '';
    if (convId !== '') await entryOf(this.d.store, session.uid, convId);
    const page = await this.d.store.messages.search({
      uid: session.uid,
      text,
      convId,
      beforeMsgId: nonNegative(req.beforeMsgId, 'before_msg_id'),
      limit: pageSize(req.limit, 20),
    });
    return { messages: page.messages.map((m) => toWireMessage(m, 0)), hasMore: page.hasMore };
  }

  /** MSG/READ_STATUS: computed from read positions, never from per-reader rows. */
  async readStatus(session: Session, req: ReadStatusReq): Promise<ReadStatusResp> {
    const { message: m } = await visibleMessage(this.d.store, session.uid, req.msgId);
    let readers: string[];
    if (m.convType === 'group') {
      // Current members only: the answer names today's members.
      const me = await this.d.store.groups.member(m.to, session.uid);
      if (!me) throw new ParleyError(Code.NOT_GROUP_MEMBER, 'not a member any more', 'msg_id');
      if (m.fromUid !== session.uid && !isAdmin(me)) {
        throw new ParleyError(Code.PERMISSION_DENIED, 'only the sender or an admin may ask', 'msg_id');
      }
      readers = (await this.d.store.groups.memberUids(m.to)).filter((u) => u !== m.fromUid);
    } else {
      if (m.fromUid !== session.uid) {
        throw new ParleyError(Code.PERMISSION_DENIED, 'only the sender may ask', 'msg_id');
      }
      const peer = m.to;
      const user = await this.d.store.users.get(peer);
      if (!user?.readReceipts) {
        throw new ParleyError(Code.PERMISSION_DENIED, 'the recipient does not share read receipts', 'msg_id');
      }
      readers = peer === m.fromUid ? [] : [peer];
    }
    const positions = await this.d.store.conversations.positions(m.convId, readers);
    const readUids: string[] = [];
    const unreadUids: string[] = [];
    for (const uid of readers) {
      const p = positions.get(uid);
      // Members who joined after the message never had it to read.
      if (!p || p.startSeq >= m.convSeq) continue;
      (p.readSeq >= m.convSeq ? readUids : unreadUids).push(uid);
    }
    return {
      readCount: readUids.length,
      unreadCount: unreadUids.length,
      readUids: req.withUids ? readUids : [],
      unreadUids: req.withUids ? unreadUids : [],
    };
  }

  /** MSG/TYPING: relayed to the peer or the group's members online, never stored. */
  async typing(session: Session, req: Typing): Promise<Empty> {
    const conv = parseConvId(req.convId ?? '');
    if (!conv) throw new ParleyError(Code.BAD_REQUEST, 'conv_id is not a conversation id', 'conv_id');
    const entry = await entryOf(this.d.store, session.uid, req.convId);
    if (entry.leftSeq > 0) throw new ParleyError(Code.NOT_GROUP_MEMBER, 'not a member any more', 'conv_id');
    let to: string[];
    if (conv.type === 'c2c') {
      to = entry.peer === session.uid ? [] : [entry.peer];
      if (to.length > 0 && (await this.d.store.contacts.isBlocked(entry.peer, session.uid))) to = [];
    } else {
      const group = await this.d.store.groups.get(conv.groupId);
      // In read diffusion groups, typing notices would be noise to thousands: not relayed.
      to =
        group && group.memberCount <= this.d.config['group.writeDiffusionMax']
          ? (await this.d.store.groups.memberUids(conv.groupId)).filter((u) => u !== session.uid)
          : [];
    }
    const frame = encodePush(Commands.typingNotice, {
      convId: entry.convId,
      fromUid: session.uid,
      typing: req.typing === true,
      ts: Date.now(),
    });
    await pushToUsers(this.d, to, frame);
    return {};
  }

  private async wire(uid: string, messages: readonly StoredMessage[]): Promise<Message[]> {
    const deleted = await this.d.store.messages.deletedFor(
      uid,
      messages.map((m) => m.msgId),
    );
    return messages.map((m) => toWireMessage(m, 0, deleted.has(m.msgId)));
  }
}
