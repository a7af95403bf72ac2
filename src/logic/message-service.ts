import { randomUUID } from 'node:crypto';
import {
  Code,
  Commands,
  type DeliverAckReq,
  type DeliverAckResp,
  type EditReq,
  encodePush,
  type Message,
  type MessageTypeName,
  msgTypeName,
  type NoticeResp,
  ParleyError,
  type RecallReq,
  ReceiptKind,
  type RefKindName,
  refKindName,
  type SendReq,
  type SendResp,
  type SyncReq,
  type SyncResp,
} from '@parley/protocol';
import type { SessionInfo } from '../route/types.ts';
import { c2cConvId, groupConvId } from '../store/conv-id.ts';
import type {
  AppendRequest,
  AppendResult,
  GroupTarget,
  MessageChange,
  StoredMessage,
} from '../store/types.ts';
import { checkMaySpeak, isAdmin, membershipOf, visibleMessage } from './access.ts';
import { ArrivalOrder, type Turn } from './arrival-order.ts';
import { checkUid } from './auth-service.ts';
import { toWireMessage } from './convert.ts';
import { CursorWriter } from './cursor-writer.ts';
import { type CommittedItem, GroupCommitter } from './group-commit.ts';
import type { IdGenerator } from './id-generator.ts';
import type { FannedOut } from './push-service.ts';
import { type DeliveredEntry, RecentDeliveries } from './recent-deliveries.ts';
import type { LogicDeps, Session } from './types.ts';
import { clientMsgIdOf, MAX_CLIENT_MSG_ID, nonNegative } from './validate.ts';

export interface MessageDeps extends LogicDeps {
  ids: IdGenerator;
  /** Refuses (BLOCKED, NOT_FRIENDS) when `from` may not message `to` one-to-one. */
  mayMessage(from: string, to: string): Promise<void>;
  /** Told after each fan-out which recipients were online (push notifications). */
  afterFanOut?: (items: readonly FannedOut[], online: ReadonlyMap<string, readonly SessionInfo[]>) => void;
}

/** A message the server itself writes into a conversation (system events, recall/edit notices). */
export interface Post {
  readonly fromUid: string;
  readonly convType: 'c2c' | 'group';
  /** Peer uid (c2c) or group id. */
  readonly to: string;
  readonly type: MessageTypeName;
  readonly content: string;
  readonly clientMsgId?: string;
  readonly refMsgId?: number;
  /** Extra user timelines (e.g. members just removed, so that they learn of it). */
  readonly alsoTo?: readonly string[];
  readonly change?: MessageChange;
  readonly countsUnread?: boolean;
}

const EDIT_PREFIX = 'edit:';
const DEFAULT_SYNC_PAGE = 200;
const RECEIPT_PAGE = 1000;
/** Delivery receipts one acknowledgement produces at most (for the newest entries it covers). */
const MAX_RECEIPTS_PER_ACK = 10_000;
const CACHE_LIMIT = 100_000;
/** Upper bound of the encoded messages of one sync response (UTF-8 worst case: 3 bytes/char). */
const SYNC_PAGE_BYTES = 1024 * 1024;
/** Ids, seq, type and the other fields of one encoded entry, generously. */
const ENTRY_OVERHEAD = 256;

/** Messages whose delivery the sender hears of: not the server's notices. */
function wantsReceipt(type: MessageTypeName): boolean {
  return type !== 'recall' && type !== 'edit' && type !== 'system';
}

type Frames = Map<string, { sessionId: string; frame: Uint8Array }[]>;

function addFrame(byGate: Frames, gateId: string, sessionId: string, frame: Uint8Array): void {
  let list = byGate.get(gateId);
  if (!list) {
    list = [];
    byGate.set(gateId, list);
  }
  list.push({ sessionId, frame });
}

/** One-to-one messages: durable send with group commit, fan-out, sync, delivery acks and receipts. */
export class MessageService {
  private readonly committer: GroupCommitter;
  private readonly cursors: CursorWriter;
  /** Users known to exist (users are never deleted). A cache, not the truth. */
  private readonly knownUsers = new Set<string>();
  private readonly userChecks = new Map<string, Promise<boolean>>();
  /** Highest seq any device of a user has acknowledged: receipts go out once per message. */
  private readonly deliveredUpTo = new Map<string, number>();
  /** Highest timeline seq known per user (seqs only grow, so a cached value is never too high). */
  private readonly maxSeqs = new Map<string, number>();
  /** Entries recently pushed to online users, turned into receipts when acknowledged. */
  private readonly recent = new RecentDeliveries();
  /** Per session: sends reach the committer in the order they arrived. */
  private readonly sendOrder = new ArrivalOrder();
  /** Fan-outs in commit order; never rejects. */
  private fanOutChain: Promise<void> = Promise.resolve();

  constructor(private readonly d: MessageDeps) {
    this.committer = new GroupCommitter({
      store: d.store.messages,
      maxBatch: d.config['store.maxBatch'],
      afterCommit: (items) => {
        this.fanOut(items);
        if (d.events?.wants('message.sent')) this.emitSent(items);
      },
      onBatch: (size, seconds) => {
        d.metrics.batchSize.observe(size);
        d.metrics.commitSeconds.observe(seconds);
      },
    });
    this.cursors = new CursorWriter(d.store.devices, d.config['store.cursorFlushMs'], (err) =>
      d.log.error({ err }, 'writing device cursors failed; will retry'),
    );
  }

  async send(session: Session, req: SendReq, receivedAt: number): Promise<SendResp> {
    // Taken on arrival: the checks below read the store, and on a connection pool (MySQL) those
    // reads finish in any order; the submission waits for the session's earlier sends, so one
    // connection's messages are committed in the order they were sent.
    const turn = this.sendOrder.take(session.sessionId);
    try {
      return await this.sendInTurn(session, req, receivedAt, turn);
    } finally {
      turn.done();
    }
  }

  private async sendInTurn(
    session: Session,
    req: SendReq,
    receivedAt: number,
    turn: Turn,
  ): Promise<SendResp> {
    const clientMsgId = clientMsgIdOf(req.clientMsgId);
    const refKind: RefKindName | '' = req.refMsgId ? (refKindName(req.refKind) ?? 'reply') : '';
    let type: MessageTypeName | undefined = msgTypeName(req.type);
    let content = req.content ?? '';
    const isGroup = (req.groupId ?? '') !== '';
    let to: string;
    let group: GroupTarget | undefined;
    if (isGroup) {
      if (req.toUid) throw new ParleyError(Code.BAD_REQUEST, 'set either to_uid or group_id', 'to_uid');
      const { group: g, me } = await membershipOf(this.d.store, req.groupId, session.uid);
      checkMaySpeak(g, me, Date.now());
      to = g.groupId;
      group = { groupId: to, writeDiffusionMax: this.d.config['group.writeDiffusionMax'] };
    } else {
      to = checkUid(req.toUid, 'to_uid');
      await this.ensureUser(to);
      if (to !== session.uid) await this.d.mayMessage(session.uid, to);
    }
    const convId = isGroup ? groupConvId(to) : c2cConvId(session.uid, to);
    let refMsgId = 0;
    if (req.refMsgId) {
      const { message: ref } = await visibleMessage(this.d.store, session.uid, req.refMsgId, 'ref_msg_id');
      if (ref.recalled)
        throw new ParleyError(Code.MESSAGE_NOT_FOUND, 'the message was recalled', 'ref_msg_id');
      if (refKind === 'reply' && ref.convId !== convId) {
        throw new ParleyError(
          Code.BAD_REQUEST,
          'a reply must be in the conversation of its message',
          'ref_msg_id',
        );
      }
      if (refKind === 'forward' && content === '') {
        type = ref.type;
        content = ref.content;
      }
      refMsgId = ref.msgId;
    }
    if (!type) throw new ParleyError(Code.BAD_MSG_TYPE, `unknown message type ${req.type ?? 0}`, 'type');
    if (type === 'recall' || type === 'edit' || type === 'system') {
      throw new ParleyError(Code.BAD_MSG_TYPE, `${type} messages are written by the server`, 'type');
    }
    this.checkContent(type, content, 'content');
    // A resend of a stored message (its ack was lost) is not asked about again: the store
    // answers it as a duplicate with the first send's ack.
    if (this.d.beforeSend && (await this.d.store.messages.bySender(session.uid, clientMsgId)) === undefined) {
      const checked = await this.d.beforeSend.check({
        from: session.uid,
        deviceId: session.deviceId,
        convType: isGroup ? 'group' : 'c2c',
        to,
        convId,
        type,
        content,
        clientMsgId,
      });
      if (checked !== content) {
        content = checked;
        this.checkContent(type, content, 'content');
      }
    }
    // From here to the submission nothing waits: ids and timestamps follow the arrival order too.
    await turn.ready;
    const message: StoredMessage = {
      msgId: this.d.ids.next(),
      clientMsgId,
      fromUid: session.uid,
      convType: isGroup ? 'group' : 'c2c',
      to,
      type,
      content,
      ts: Date.now(),
      convId,
      convSeq: 0,
      refMsgId,
      refKind,
      editedAt: 0,
      recalled: false,
    };
    const request: AppendRequest = isGroup
      ? { message, recipients: [], group }
      : { message, recipients: [session.uid, to] };
    const committed = this.committer.submit(request, session.sessionId);
    turn.done();
    const r = await committed;
    if (r.notMember) throw new ParleyError(Code.NOT_GROUP_MEMBER, `not a member of ${to}`, 'group_id');
    if (!r.duplicate) this.d.metrics.messagesIn.inc();
    this.d.metrics.ackLatency.observe((performance.now() - receivedAt) / 1000);
    return { msgId: r.msgId, seq: r.senderSeq, ts: r.ts, duplicate: r.duplicate, convId, convSeq: r.convSeq };
  }

  /**
   * A SYSTEM message from `from` (a service account or any user) to a user or a group, as a
   * business server sends it: both ends must exist (a group must be live), the content obeys
   * the limits of every message, and the sender need not be a member. Idempotent on
   * (from, clientMsgId) like a send.
   */
  async sendSystem(p: {
    from: string;
    toUid?: string;
    groupId?: string;
    content: string;
    clientMsgId?: string;
  }): Promise<SendResp> {
    checkUid(p.from, 'from');
    const isGroup = p.groupId !== undefined && p.groupId !== '';
    const to = isGroup ? p.groupId! : checkUid(p.toUid, 'to');
    const clientMsgId = clientMsgIdOf(p.clientMsgId || `sys:${randomUUID()}`);
    this.checkContent('system', p.content, 'content');
    await this.ensureUser(p.from, 'from');
    if (isGroup) {
      const group = await this.d.store.groups.get(to);
      if (!group) throw new ParleyError(Code.GROUP_NOT_FOUND, `no group ${to}`, 'group_id');
      if (group.dismissed) throw new ParleyError(Code.GROUP_DISMISSED, undefined, 'group_id');
    } else {
      await this.ensureUser(to);
    }
    const r = await this.post({
      fromUid: p.from,
      convType: isGroup ? 'group' : 'c2c',
      to,
      type: 'system',
      content: p.content,
      clientMsgId,
    });
    if (!r.duplicate) this.d.metrics.messagesIn.inc();
    return {
      msgId: r.msgId,
      seq: r.senderSeq,
      ts: r.ts,
      duplicate: r.duplicate,
      convId: isGroup ? groupConvId(to) : c2cConvId(p.from, to),
      convSeq: r.convSeq,
    };
  }

  /**
   * An announcement from `from` (an existing user, e.g. a service account) to every session
   * online on any gate, as a `system.broadcast` push. Not stored: a device offline now never
   * gets it. Returns the broadcast's id and time.
   */
  async broadcast(from: string, content: string): Promise<{ id: string; ts: number }> {
    checkUid(from, 'from');
    this.checkContent('system', content, 'content');
    await this.ensureUser(from, 'from');
    const id = randomUUID();
    const ts = Date.now();
    this.d.bus.broadcast(encodePush(Commands.broadcast, { id, from, content, ts }));
    return { id, ts };
  }

  /** Writes a server-made message into a conversation, with the same durability as a send. */
  async post(p: Post): Promise<AppendResult> {
    const isGroup = p.convType === 'group';
    const message: StoredMessage = {
      msgId: this.d.ids.next(),
      clientMsgId: p.clientMsgId ?? `sys:${randomUUID()}`,
      fromUid: p.fromUid,
      convType: p.convType,
      to: p.to,
      type: p.type,
      content: p.content,
      ts: Date.now(),
      convId: isGroup ? groupConvId(p.to) : c2cConvId(p.fromUid, p.to),
      convSeq: 0,
      refMsgId: p.refMsgId ?? 0,
      refKind: '',
      editedAt: 0,
      recalled: false,
    };
    const alsoTo = p.alsoTo ?? [];
    const request: AppendRequest = {
      message,
      recipients: isGroup ? alsoTo : [p.fromUid, p.to, ...alsoTo],
      group: isGroup
        ? { groupId: p.to, writeDiffusionMax: this.d.config['group.writeDiffusionMax'] }
        : undefined,
      change: p.change,
      countsUnread: p.countsUnread,
    };
    // No origin: every session of the author gets it pushed too, the asking one included.
    const r = await this.committer.submit(request);
    if (r.notMember) throw new ParleyError(Code.NOT_GROUP_MEMBER, `not a member of ${p.to}`);
    return r;
  }

  /** MSG/RECALL: by the sender within the window, or by a group admin. */
  async recall(session: Session, req: RecallReq): Promise<NoticeResp> {
    const { message: m } = await visibleMessage(this.d.store, session.uid, req.msgId);
    this.checkChangeable(m);
    const now = Date.now();
    let allowed = m.fromUid === session.uid && now - m.ts <= this.d.config['msg.recallWindowMs'];
    if (m.convType === 'group') {
      // Only current members of a live group write into it; admins recall even when muted.
      const { group, me } = await membershipOf(this.d.store, m.to, session.uid);
      if (isAdmin(me)) {
        if (group.dismissed) throw new ParleyError(Code.GROUP_DISMISSED, undefined, 'msg_id');
        allowed = true;
      } else if (allowed) {
        checkMaySpeak(group, me, now);
      }
    } else if (allowed && m.to !== m.fromUid) {
      await this.d.mayMessage(session.uid, m.to);
    }
    if (!allowed) {
      if (m.fromUid !== session.uid && m.convType === 'c2c') {
        throw new ParleyError(Code.PERMISSION_DENIED, 'only the sender may recall a message', 'msg_id');
      }
      throw m.fromUid === session.uid
        ? new ParleyError(Code.WINDOW_PASSED, 'the recall window has passed', 'msg_id')
        : new ParleyError(Code.PERMISSION_DENIED, 'only the sender or a group admin may recall', 'msg_id');
    }
    return this.postRecall(
      m,
      session.uid,
      m.convType === 'group' ? m.to : m.fromUid === session.uid ? m.to : m.fromUid,
      { by: session.uid },
    );
  }

  /**
   * Recall by an operator of the server (the admin console): any message, whoever sent it, with
   * no time window. The notice (content `{"admin": true}`) comes from the message's sender in a
   * one-to-one conversation and from the group's owner in a group, so it reaches everyone the
   * message reached; a dismissed group's messages stay as they are.
   */
  async recallByAdmin(msgId: number): Promise<NoticeResp> {
    const m = await this.d.store.messages.get(msgId);
    if (!m) throw new ParleyError(Code.MESSAGE_NOT_FOUND, `no message ${msgId}`, 'msg_id');
    this.checkChangeable(m);
    if (m.convType === 'group') {
      const group = await this.d.store.groups.get(m.to);
      if (!group) throw new ParleyError(Code.GROUP_NOT_FOUND, `no group ${m.to}`, 'msg_id');
      if (group.dismissed) throw new ParleyError(Code.GROUP_DISMISSED, undefined, 'msg_id');
      return this.postRecall(m, group.ownerUid, m.to, { admin: true });
    }
    return this.postRecall(m, m.fromUid, m.to, { admin: true });
  }

  private async postRecall(
    m: StoredMessage,
    fromUid: string,
    to: string,
    content: Record<string, unknown>,
  ): Promise<NoticeResp> {
    const r = await this.post({
      fromUid,
      convType: m.convType,
      to,
      type: 'recall',
      content: JSON.stringify(content),
      // One recall per message and user: a retried request is a duplicate, not a second notice.
      clientMsgId: `recall:${m.msgId}`,
      refMsgId: m.msgId,
      change: { kind: 'recall', msgId: m.msgId },
      countsUnread: false,
    });
    return { noticeMsgId: r.msgId, convSeq: r.convSeq, ts: r.ts };
  }

  /** MSG/EDIT: the sender's own message, within the window. */
  async edit(session: Session, req: EditReq): Promise<NoticeResp> {
    const { message: m } = await visibleMessage(this.d.store, session.uid, req.msgId);
    this.checkChangeable(m);
    if (m.fromUid !== session.uid) {
      throw new ParleyError(Code.PERMISSION_DENIED, 'only the sender may edit a message', 'msg_id');
    }
    const now = Date.now();
    if (now - m.ts > this.d.config['msg.editWindowMs']) {
      throw new ParleyError(Code.WINDOW_PASSED, 'the edit window has passed', 'msg_id');
    }
    // An edit reaches everyone like a new message: the same rules as for sending apply.
    if (m.convType === 'group') {
      const { group, me } = await membershipOf(this.d.store, m.to, session.uid);
      checkMaySpeak(group, me, now);
    } else if (m.to !== m.fromUid) {
      await this.d.mayMessage(session.uid, m.to);
    }
    const content = req.content ?? '';
    this.checkContent(m.type, content, 'content');
    // Stored as `edit:<id>` under the same length limit as every client message id.
    const clientMsgId = clientMsgIdOf(
      req.clientMsgId || randomUUID(),
      MAX_CLIENT_MSG_ID - EDIT_PREFIX.length,
    );
    const r = await this.post({
      fromUid: session.uid,
      convType: m.convType,
      to: m.to,
      type: 'edit',
      content,
      clientMsgId: `${EDIT_PREFIX}${clientMsgId}`,
      refMsgId: m.msgId,
      change: { kind: 'edit', msgId: m.msgId, content, at: now },
      countsUnread: false,
    });
    return { noticeMsgId: r.msgId, convSeq: r.convSeq, ts: r.ts };
  }

  private checkChangeable(m: StoredMessage): void {
    if (m.recalled) throw new ParleyError(Code.MESSAGE_NOT_FOUND, 'the message was recalled', 'msg_id');
    if (m.type === 'recall' || m.type === 'edit' || m.type === 'system') {
      throw new ParleyError(Code.BAD_REQUEST, `a ${m.type} message cannot be changed`, 'msg_id');
    }
  }

  private checkContent(type: MessageTypeName, content: string, field: string): void {
    if (content.length === 0) throw new ParleyError(Code.BODY_EMPTY, undefined, field);
    const max = this.d.config['msg.maxContentBytes'];
    // UTF-8 takes at most 3 bytes per UTF-16 unit: count bytes only when it could matter.
    if (content.length > max || (content.length * 3 > max && Buffer.byteLength(content) > max)) {
      throw new ParleyError(Code.BODY_TOO_LARGE, `content exceeds ${max} bytes`, field);
    }
    if (type === 'custom' || type === 'image' || type === 'file' || type === 'voice') {
      try {
        JSON.parse(content);
      } catch {
        throw new ParleyError(Code.BAD_REQUEST, `content of a ${type} message must be JSON`, field);
      }
    }
  }

  async sync(session: Session, req: SyncReq): Promise<SyncResp> {
    const after = nonNegative(req.afterSeq, 'after_seq');
    const limit = Math.min(req.limit || DEFAULT_SYNC_PAGE, this.d.config['msg.syncPageMax']);
    const [page, maxSeq] = await Promise.all([
      this.d.store.messages.timeline(session.uid, after, limit),
      this.d.store.messages.maxSeq(session.uid),
    ]);
    // A page stays well below every frame limit: cut it by size, keeping at least one entry
    // (one content is at most msg.maxContentBytes), and say there is more.
    const messages: Message[] = [];
    // Entries deleted for this user, or before the start of a conversation they cleared, keep
    // their seq (no gap) but come without content.
    const deleted = new Set<number>();
    if (page.entries.length > 0) {
      for (const id of await this.d.store.messages.deletedFor(
        session.uid,
        page.entries.map((e) => e.message.msgId),
      )) {
        deleted.add(id);
      }
      const starts = await this.d.store.conversations.startSeqs(session.uid, [
        ...new Set(page.entries.map((e) => e.message.convId)),
      ]);
      for (const e of page.entries) {
        if (e.message.convSeq <= (starts.get(e.message.convId) ?? 0)) deleted.add(e.message.msgId);
      }
    }
    let bytes = 0;
    for (const e of page.entries) {
      bytes += e.message.content.length * 3 + ENTRY_OVERHEAD;
      if (messages.length > 0 && bytes > SYNC_PAGE_BYTES) break;
      messages.push(toWireMessage(e.message, e.seq, deleted.has(e.message.msgId)));
    }
    return { messages, hasMore: page.hasMore || messages.length < page.entries.length, maxSeq };
  }

  async deliverAck(session: Session, req: DeliverAckReq): Promise<DeliverAckResp> {
    const seq = nonNegative(req.seq, 'seq');
    let maxSeq = this.maxSeqs.get(session.uid) ?? 0;
    if (seq > maxSeq) {
      maxSeq = await this.d.store.messages.maxSeq(session.uid);
      this.remember(this.maxSeqs, session.uid, maxSeq);
    }
    if (seq > maxSeq) {
      throw new ParleyError(Code.BAD_REQUEST, `seq ${seq} is beyond the timeline (${maxSeq})`, 'seq');
    }
    this.cursors.raise(session.uid, session.deviceId, seq);
    let prev = this.deliveredUpTo.get(session.uid);
    if (prev === undefined) {
      const devices = await this.d.store.devices.listOf(session.uid);
      // Another ack of this user may have moved it meanwhile: never go below that.
      prev = Math.max(
        devices.reduce((m, dev) => Math.max(m, dev.ackSeq), 0),
        this.deliveredUpTo.get(session.uid) ?? 0,
      );
    }
    if (seq > prev) {
      this.remember(this.deliveredUpTo, session.uid, seq);
      await this.sendReceipts(session.uid, prev, seq);
    }
    return { ackSeq: seq };
  }

  /** Waits for every accepted send to be committed and cursors to be written. */
  async close(): Promise<void> {
    await this.committer.close();
    await this.fanOutChain;
    await this.cursors.flush();
  }

  /** Makes new message ids greater than every stored one (a clock that stepped back cannot
   * reuse an id). Call once at start. */
  async init(): Promise<void> {
    this.d.ids.advancePast(await this.d.store.messages.lastMsgId());
  }

  /**
   * Refuses USER_NOT_FOUND (naming `field`) unless `uid` exists. Known users are cached, so a
   * busy sender or recipient costs no store read. (The REST API checks the user it sends as.)
   */
  async ensureUser(uid: string, field = 'to_uid'): Promise<void> {
    if (this.knownUsers.has(uid)) return;
    // Concurrent first sends to one user share one lookup.
    let check = this.userChecks.get(uid);
    if (!check) {
      check = this.d.store.users.existing([uid]).then((found) => found.has(uid));
      this.userChecks.set(uid, check);
      void check.finally(() => this.userChecks.delete(uid)).catch(() => {});
    }
    if (!(await check)) throw new ParleyError(Code.USER_NOT_FOUND, `user ${uid} does not exist`, field);
    if (this.knownUsers.size >= CACHE_LIMIT) this.knownUsers.clear();
    this.knownUsers.add(uid);
  }

  private remember(map: Map<string, number>, key: string, value: number): void {
    if (map.size >= CACHE_LIMIT && !map.has(key)) map.clear();
    map.set(key, value);
  }

  /** The entries (from, to] of uid's timeline: from the recent-push cache, else the store. */
  private async entriesBetween(uid: string, from: number, to: number): Promise<DeliveredEntry[]> {
    const cached = this.recent.take(uid, from, to);
    if (cached) return cached;
    // An ack can cover a long offline backlog: receipts go out for its newest entries only, read
    // without content, a page at a time with the event loop free in between.
    const out: DeliveredEntry[] = [];
    let after = Math.max(from, to - MAX_RECEIPTS_PER_ACK);
    while (after < to) {
      const refs = await this.d.store.messages.timelineRefs(uid, after, to, RECEIPT_PAGE);
      for (const r of refs) {
        out.push({
          seq: r.seq,
          msgId: r.msgId,
          from: r.fromUid,
          clientMsgId: r.clientMsgId,
          c2c: r.convType === 'c2c' && wantsReceipt(r.type),
        });
      }
      if (refs.length < RECEIPT_PAGE) break;
      after = refs[refs.length - 1]!.seq;
      await new Promise<void>((r) => setImmediate(r));
    }
    return out;
  }

  /** DELIVERED receipts to the senders of the c2c messages in (from, to] of uid's timeline. */
  private async sendReceipts(uid: string, from: number, to: number): Promise<void> {
    const now = Date.now();
    const bySender = new Map<string, Uint8Array[]>();
    for (const e of await this.entriesBetween(uid, from, to)) {
      if (!e.c2c || e.from === uid) continue;
      const frame = encodePush(Commands.receipt, {
        kind: ReceiptKind.DELIVERED,
        msgId: e.msgId,
        byUid: uid,
        ts: now,
        clientMsgId: e.clientMsgId,
      });
      const list = bySender.get(e.from);
      if (list) list.push(frame);
      else bySender.set(e.from, [frame]);
    }
    if (bySender.size === 0) return;
    const sessions = await this.d.presence.sessionsOfMany([...bySender.keys()]);
    const byGate: Frames = new Map();
    for (const [sender, frames] of bySender) {
      for (const s of sessions.get(sender) ?? []) {
        for (const frame of frames) addFrame(byGate, s.gateId, s.sessionId, frame);
      }
    }
    for (const [gateId, items] of byGate) this.d.bus.deliver(gateId, items);
  }

  /** A message.sent event per newly committed message (batched into the outbox, off the ack path). */
  private emitSent(items: readonly CommittedItem[]): void {
    const withContent = this.d.config['events.includeContent'];
    for (const it of items) {
      if (it.result.duplicate || it.result.notMember) continue;
      const m = it.request.message;
      this.d.events?.emit('message.sent', {
        msgId: it.result.msgId,
        clientMsgId: m.clientMsgId,
        convId: m.convId,
        convType: m.convType,
        convSeq: it.result.convSeq,
        from: m.fromUid,
        to: m.to,
        type: m.type,
        ts: m.ts,
        refMsgId: m.refMsgId,
        ...(withContent ? { content: m.content } : {}),
      });
    }
  }

  /**
   * Pushes each committed message to every online session of every recipient (the sender's
   * other devices included), except the session that sent it, which has the ack. Per user,
   * pushes go out in seq order: batches are fanned out in commit order.
   */
  private fanOut(items: readonly CommittedItem[]): void {
    const uids = new Set<string>();
    for (const it of items) {
      if (it.result.duplicate) continue;
      for (const [uid, seq] of it.result.seqs) {
        uids.add(uid);
        if (seq > (this.maxSeqs.get(uid) ?? 0)) this.remember(this.maxSeqs, uid, seq);
      }
      // Read diffusion: members are not in `seqs` (only extra recipients such as a removed
      // member are); online ones still get the message pushed.
      for (const uid of it.result.members) uids.add(uid);
    }
    if (uids.size === 0) return;
    // Chained: a later batch's pushes never overtake an earlier one's, even when presence
    // lookups (Redis) answer out of order.
    const lookup = this.d.presence.sessionsOfMany([...uids]);
    this.fanOutChain = this.fanOutChain
      .then(() => lookup)
      .then(
        (online) => {
          const byGate: Frames = new Map();
          let count = 0;
          for (const it of items) {
            if (it.result.duplicate) continue;
            const m: StoredMessage = { ...it.request.message, convSeq: it.result.convSeq };
            if (it.result.members.length > 0 && !it.result.members.every((u) => it.result.seqs.has(u))) {
              // Read diffusion: one frame (seq 0) for every online member not in a timeline.
              let frame: Uint8Array | undefined;
              for (const uid of it.result.members) {
                if (it.result.seqs.has(uid)) continue;
                for (const s of online.get(uid) ?? []) {
                  if (s.sessionId === it.origin) continue;
                  frame ??= encodePush(Commands.push, { msg: toWireMessage(m, 0) });
                  addFrame(byGate, s.gateId, s.sessionId, frame);
                  count++;
                }
              }
            }
            for (const [uid, seq] of it.result.seqs) {
              const sessions = online.get(uid);
              if (!sessions) continue;
              this.recent.add(uid, {
                seq,
                msgId: m.msgId,
                from: m.fromUid,
                clientMsgId: m.clientMsgId,
                c2c: m.convType === 'c2c' && wantsReceipt(m.type),
              });
              let frame: Uint8Array | undefined;
              for (const s of sessions) {
                if (s.sessionId === it.origin) continue;
                frame ??= encodePush(Commands.push, { msg: toWireMessage(m, seq) });
                addFrame(byGate, s.gateId, s.sessionId, frame);
                count++;
              }
            }
          }
          for (const [gateId, list] of byGate) this.d.bus.deliver(gateId, list);
          this.d.metrics.messagesOut.inc(count);
          if (this.d.afterFanOut) {
            const fanned: FannedOut[] = [];
            for (const it of items) {
              if (!it.result.duplicate) fanned.push({ message: it.request.message, seqs: it.result.seqs });
            }
            this.d.afterFanOut(fanned, online);
          }
        },
        (err: unknown) => this.d.log.warn({ err }, 'presence lookup for fan-out failed; clients will sync'),
      );
  }
}
