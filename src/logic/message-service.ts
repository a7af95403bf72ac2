import {
  Code,
  Commands,
  type DeliverAckReq,
  type DeliverAckResp,
  encodePush,
  type Message,
  msgTypeName,
  ParleyError,
  ReceiptKind,
  type SendReq,
  type SendResp,
  type SyncReq,
  type SyncResp,
} from '@parley/protocol';
import type { AppendRequest, StoredMessage } from '../store/types.ts';
import { checkUid } from './auth-service.ts';
import { toWireMessage } from './convert.ts';
import { CursorWriter } from './cursor-writer.ts';
import { type CommittedItem, GroupCommitter } from './group-commit.ts';
import type { IdGenerator } from './id-generator.ts';
import { type DeliveredEntry, RecentDeliveries } from './recent-deliveries.ts';
import type { LogicDeps, Session } from './types.ts';

export interface MessageDeps extends LogicDeps {
  ids: IdGenerator;
}

const MAX_CLIENT_MSG_ID = 64;
const DEFAULT_SYNC_PAGE = 200;
const RECEIPT_PAGE = 1000;
/** Delivery receipts one acknowledgement produces at most (for the newest entries it covers). */
const MAX_RECEIPTS_PER_ACK = 10_000;
const CACHE_LIMIT = 100_000;
/** Upper bound of the encoded messages of one sync response (UTF-8 worst case: 3 bytes/char). */
const SYNC_PAGE_BYTES = 1024 * 1024;
/** Ids, seq, type and the other fields of one encoded entry, generously. */
const ENTRY_OVERHEAD = 256;

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
  /** Fan-outs in commit order; never rejects. */
  private fanOutChain: Promise<void> = Promise.resolve();

  constructor(private readonly d: MessageDeps) {
    this.committer = new GroupCommitter({
      store: d.store.messages,
      maxBatch: d.config['store.maxBatch'],
      afterCommit: (items) => this.fanOut(items),
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
    const to = checkUid(req.toUid, 'to_uid');
    const clientMsgId = req.clientMsgId ?? '';
    if (clientMsgId.length < 1 || clientMsgId.length > MAX_CLIENT_MSG_ID) {
      throw new ParleyError(
        Code.BAD_REQUEST,
        `client_msg_id must be 1-${MAX_CLIENT_MSG_ID} characters`,
        'client_msg_id',
      );
    }
    const type = msgTypeName(req.type);
    if (!type) throw new ParleyError(Code.BAD_MSG_TYPE, `unknown message type ${req.type ?? 0}`, 'type');
    const content = req.content ?? '';
    if (content.length === 0) throw new ParleyError(Code.BODY_EMPTY, undefined, 'content');
    const max = this.d.config['msg.maxContentBytes'];
    // UTF-8 takes at most 3 bytes per UTF-16 unit: count bytes only when it could matter.
    if (content.length > max || (content.length * 3 > max && Buffer.byteLength(content) > max)) {
      throw new ParleyError(Code.BODY_TOO_LARGE, `content exceeds ${max} bytes`, 'content');
    }
    if (type === 'custom' || type === 'image' || type === 'file' || type === 'voice') {
      try {
        JSON.parse(content);
      } catch {
        throw new ParleyError(Code.BAD_REQUEST, `content of a ${type} message must be JSON`, 'content');
      }
    }
    await this.ensureUser(to);
    const message: StoredMessage = {
      msgId: this.d.ids.next(),
      clientMsgId,
      fromUid: session.uid,
      convType: 'c2c',
      to,
      type,
      content,
      ts: Date.now(),
    };
    const request: AppendRequest = { message, recipients: [session.uid, to] };
    const r = await this.committer.submit(request, session.sessionId);
    if (!r.duplicate) this.d.metrics.messagesIn.inc();
    this.d.metrics.ackLatency.observe((performance.now() - receivedAt) / 1000);
    return { msgId: r.msgId, seq: r.senderSeq, ts: r.ts, duplicate: r.duplicate };
  }

  async sync(session: Session, req: SyncReq): Promise<SyncResp> {
    const after = req.afterSeq ?? 0;
    if (!Number.isSafeInteger(after) || after < 0) {
      throw new ParleyError(Code.BAD_REQUEST, 'after_seq must be a non-negative integer', 'after_seq');
    }
    const limit = Math.min(req.limit || DEFAULT_SYNC_PAGE, this.d.config['msg.syncPageMax']);
    const [page, maxSeq] = await Promise.all([
      this.d.store.messages.timeline(session.uid, after, limit),
      this.d.store.messages.maxSeq(session.uid),
    ]);
    // A page stays well below every frame limit: cut it by size, keeping at least one entry
    // (one content is at most msg.maxContentBytes), and say there is more.
    const messages: Message[] = [];
    let bytes = 0;
    for (const e of page.entries) {
      bytes += e.message.content.length * 3 + ENTRY_OVERHEAD;
      if (messages.length > 0 && bytes > SYNC_PAGE_BYTES) break;
      messages.push(toWireMessage(e.message, e.seq));
    }
    return { messages, hasMore: page.hasMore || messages.length < page.entries.length, maxSeq };
  }

  async deliverAck(session: Session, req: DeliverAckReq): Promise<DeliverAckResp> {
    const seq = req.seq ?? 0;
    if (!Number.isSafeInteger(seq) || seq < 0) {
      throw new ParleyError(Code.BAD_REQUEST, 'seq must be a non-negative integer', 'seq');
    }
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
      prev = devices.reduce((m, dev) => Math.max(m, dev.ackSeq), 0);
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

  private async ensureUser(uid: string): Promise<void> {
    if (this.knownUsers.has(uid)) return;
    // Concurrent first sends to one user share one lookup.
    let check = this.userChecks.get(uid);
    if (!check) {
      check = this.d.store.users.existing([uid]).then((found) => found.has(uid));
      this.userChecks.set(uid, check);
      void check.finally(() => this.userChecks.delete(uid)).catch(() => {});
    }
    if (!(await check)) throw new ParleyError(Code.USER_NOT_FOUND, `user ${uid} does not exist`, 'to_uid');
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
          c2c: r.convType === 'c2c',
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
            const m = it.request.message;
            for (const [uid, seq] of it.result.seqs) {
              const sessions = online.get(uid);
              if (!sessions) continue;
              this.recent.add(uid, {
                seq,
                msgId: m.msgId,
                from: m.fromUid,
                clientMsgId: m.clientMsgId,
                c2c: m.convType === 'c2c',
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
        },
        (err: unknown) => this.d.log.warn({ err }, 'presence lookup for fan-out failed; clients will sync'),
      );
  }
}
