/**
 * A scripted Parley server for the SDK's tests: the real frame codec and bodies, an in-memory
 * user/timeline/token store, and hooks to drop, delay or fail any request. A test double, not the
 * product server: no persistence, no limits, one process.
 */

import {
  Code,
  Commands,
  type Conversation,
  ConvType,
  encodeError,
  encodePush,
  encodeRequest,
  encodeResponse,
  Flag,
  type Frame,
  lookupCommand,
  type Message,
  type MsgType,
  ReceiptKind,
  type RefKind,
  type RequestCommand,
  type SendResp,
} from '@parley/protocol';
import { c2cConvId, groupConvId } from '../../src/conv-id.ts';
import { FakeConn, is, type ServerPeer } from './fake-conn.ts';

export { FakeConn, type ServerPeer } from './fake-conn.ts';

export interface FakeUser {
  readonly uid: string;
  password: string;
  nickname: string;
  disabled: boolean;
  /** Timeline entries; entry i has seq `timeline[i].seq` (dense from 1 unless holes are made). */
  readonly timeline: Message[];
}

/** A group as the fake holds it. */
export interface FakeGroup {
  readonly groupId: string;
  readonly convId: string;
  readonly members: Set<string>;
  /** Read diffusion: messages stay out of user timelines; online members get pushes with seq 0. */
  readDiffusion: boolean;
  /** The conversation's own timeline: message i has conv_seq i + 1. */
  readonly messages: Message[];
}

/** Thrown by a responder: the request is refused with this status. */
export class Refusal extends Error {
  constructor(
    readonly code: Code,
    message = 'refused',
    readonly field = '',
  ) {
    super(message);
  }
}

type Responder = (req: never, conn: FakeConn) => unknown;

/** What a hook decides about a request: handle it normally, drop it unanswered, or close. */
export type Verdict = 'drop' | 'close' | undefined;
export type RequestHook = (conn: FakeConn, frame: Frame) => Verdict | Promise<Verdict> | void | Promise<void>;

export class FakeServer {
  heartbeatIntervalMs = 30_000;
  /** Largest sync page the server returns, whatever the client asks. */
  pageLimit = 200;
  /** Largest frame accepted from clients; far above the product's 64 KiB default unless a test lowers it. */
  maxFrame = 1 << 24;
  /** False: connection attempts are refused. */
  accepting = true;
  /** Runs before every client request (not before responses to server pings). */
  hook: RequestHook | undefined;
  readonly users = new Map<string, FakeUser>();
  readonly conns: FakeConn[] = [];
  /** Time of every connection attempt, refused ones included. */
  readonly attempts: number[] = [];
  readonly tokens = new Map<string, { uid: string; expiresAt: number }>();
  readonly deviceAcks = new Map<string, number>();
  readonly groups = new Map<string, FakeGroup>();
  /** Read position per `${uid}/${convId}` (CONV/LIST read_seq). */
  readonly readSeqs = new Map<string, number>();
  /** Visibility start per `${uid}/${convId}`: conv_seq <= start_seq is not visible. */
  readonly startSeqs = new Map<string, number>();
  private readonly c2cSeqs = new Map<string, number>();
  private readonly responders = new Map<string, Responder>();
  private listVersion = 0;
  private readonly dedup = new Map<string, SendResp>();
  private readonly pings = new Map<number, (frame: Frame) => void>();
  private nextConnId = 1;
  private nextMsgId = 1000;
  private nextTokenId = 1;
  private nextPingSeq = 1;

  addUser(uid: string, password = 'pw'): FakeUser {
    const user: FakeUser = { uid, password, nickname: uid, disabled: false, timeline: [] };
    this.users.set(uid, user);
    return user;
  }

  user(uid: string): FakeUser {
    const u = this.users.get(uid);
    if (!u) throw new Error(`no fake user ${uid}`);
    return u;
  }

  /** Open, logged-in connections of `uid`. */
  online(uid: string): FakeConn[] {
    return this.conns.filter((c) => !c.closed && c.uid === uid);
  }

  get openConns(): FakeConn[] {
    return this.conns.filter((c) => !c.closed);
  }

  /** Accepts one connection; throws when not accepting (the memory transport turns it into a refusal). */
  attach(peer: ServerPeer): FakeConn {
    this.attempts.push(Date.now());
    if (!this.accepting) throw new Error('connection refused');
    const conn = new FakeConn(this.nextConnId++, peer, this.maxFrame);
    this.conns.push(conn);
    peer.onClose = () => {
      conn.closed = true;
    };
    peer.onData = (bytes) => {
      for (const ev of conn.decode(bytes)) {
        if (ev.kind === 'fatal') {
          conn.close(`bad frame from client: ${ev.message}`);
          return;
        }
        // A delimited but refused frame is answered with its status, like the product gate does.
        if (ev.kind === 'reject') conn.send(encodeError(ev.header, ev.code, ev.message));
        else this.receive(conn, ev.frame);
      }
    };
    return conn;
  }

  private receive(conn: FakeConn, frame: Frame): void {
    conn.received.push(frame);
    if ((frame.flags & Flag.response) !== 0) {
      this.pings.get(frame.seq)?.(frame);
      return;
    }
    conn.chain = conn.chain.then(async () => {
      if (conn.closed || conn.silent) return;
      const verdict = await this.hook?.(conn, frame);
      if (conn.closed || conn.silent || verdict === 'drop') return;
      if (verdict === 'close') {
        conn.close('hook closed the connection');
        return;
      }
      this.handle(conn, frame);
    });
  }

  // ---- scripted actions ------------------------------------------------------------------------

  /** Appends a message to `uid`'s timeline; pushes it to `uid`'s connections unless push is false. */
  deliver(
    uid: string,
    from: string,
    content: string,
    opts: { push?: boolean; clientMsgId?: string } = {},
  ): Message {
    const msg = this.append(uid, {
      msgId: this.nextMsgId++,
      clientMsgId: opts.clientMsgId ?? `srv-${this.nextMsgId}`,
      fromUid: from,
      convType: ConvType.C2C,
      to: uid,
      type: 1,
      content,
      ts: Date.now(),
      ...this.c2cPosition(from, uid),
    });
    if (opts.push !== false) for (const c of this.online(uid)) this.pushMessage(c, msg);
    return msg;
  }

  /**
   * Scripts the answer to a command the fake does not model itself (group admin, contacts,
   * users, ...): `fn` gets the decoded request and returns the response body, or throws a Refusal.
   */
  respond<Req, Resp>(cmd: RequestCommand<Req, Resp>, fn: (req: Req, conn: FakeConn) => Resp): void {
    this.responders.set(cmd.name, fn as Responder);
  }

  addGroup(groupId: string, members: string[], opts: { readDiffusion?: boolean } = {}): FakeGroup {
    const group: FakeGroup = {
      groupId,
      convId: groupConvId(groupId),
      members: new Set(members),
      readDiffusion: opts.readDiffusion ?? false,
      messages: [],
    };
    this.groups.set(groupId, group);
    return group;
  }

  group(groupId: string): FakeGroup {
    const g = this.groups.get(groupId);
    if (!g) throw new Error(`no fake group ${groupId}`);
    return g;
  }

  /**
   * A message from `from` in a group: appended to the conversation and, in write diffusion, to every
   * member's timeline; pushed to the members' open connections (seq 0 in read diffusion), unless
   * `push` is false or says no for that uid. Returns the conversation's copy (seq 0).
   */
  groupPost(
    groupId: string,
    from: string,
    content: string,
    opts: {
      push?: boolean | ((uid: string) => boolean);
      type?: MsgType;
      refMsgId?: number;
      refKind?: RefKind;
      clientMsgId?: string;
      except?: FakeConn;
    } = {},
  ): Message {
    const g = this.group(groupId);
    const msgId = this.nextMsgId++;
    const base: Message = {
      msgId,
      clientMsgId: opts.clientMsgId ?? `srv-${msgId}`,
      fromUid: from,
      convType: ConvType.GROUP,
      to: groupId,
      type: opts.type ?? 1,
      content,
      ts: Date.now(),
      convId: g.convId,
      convSeq: g.messages.length + 1,
      refMsgId: opts.refMsgId ?? 0,
      refKind: opts.refKind ?? 0,
      seq: 0,
    };
    g.messages.push(base);
    const pushTo = (uid: string) => (typeof opts.push === 'function' ? opts.push(uid) : opts.push !== false);
    for (const uid of g.members) {
      const copy = g.readDiffusion ? base : this.append(uid, base);
      if (!pushTo(uid)) continue;
      for (const c of this.online(uid)) if (c !== opts.except) this.pushMessage(c, copy);
    }
    return base;
  }

  /** Leaves `count` unused seqs in `uid`'s timeline (a store whose seqs are not dense). */
  skipSeqs(uid: string, count: number): void {
    const u = this.user(uid);
    const last = u.timeline.at(-1)?.seq ?? 0;
    u.timeline.push({ seq: last + count, msgId: -1 });
  }

  pushMessage(conn: FakeConn, msg: Message): void {
    conn.send(encodePush(Commands.push, { msg }));
  }

  kick(conn: FakeConn, code: number = Code.KICKED_SAME_PLATFORM, reason = 'replaced'): void {
    conn.send(encodePush(Commands.kicked, { code, reason }));
    setTimeout(() => conn.close('kicked'), 5);
  }

  goaway(conn: FakeConn, reconnect: boolean, code: number = Code.UNAVAILABLE, reason = 'restarting'): void {
    conn.send(encodePush(Commands.goaway, { code, reason, reconnect }));
    setTimeout(() => conn.close('goaway'), 5);
  }

  /** Sends a HEARTBEAT request to the client and resolves with its response frame. */
  ping(conn: FakeConn, ts = 12345): Promise<Frame> {
    const seq = this.nextPingSeq++;
    return new Promise((resolve) => {
      this.pings.set(seq, resolve);
      conn.send(encodeRequest(Commands.heartbeat, seq, { ts }));
    });
  }

  /** Closes every open connection, as a crashing server would. */
  dropAll(): void {
    for (const c of this.openConns) c.close('server dropped the connection');
  }

  // ---- request handling ------------------------------------------------------------------------

  private handle(conn: FakeConn, f: Frame): void {
    let reply: Uint8Array;
    try {
      reply = this.answer(conn, f);
    } catch (err) {
      reply =
        err instanceof Refusal
          ? encodeError(f, err.code, err.message, err.field)
          : encodeError(f, Code.BAD_BODY, String(err));
    }
    conn.send(reply);
  }

  /** The response frame to one request (pushes it causes are sent on the way). */
  private answer(conn: FakeConn, f: Frame): Uint8Array {
    if (is(f, Commands.heartbeat)) {
      return encodeResponse(Commands.heartbeat, f.seq, Commands.heartbeat.req.decode(f.body));
    }
    if (is(f, Commands.register)) {
      const req = Commands.register.req.decode(f.body);
      if (this.users.has(req.uid ?? '')) return encodeError(f, Code.USER_EXISTS, 'taken', 'uid');
      this.addUser(req.uid ?? '', req.password ?? '').nickname = req.nickname ?? '';
      return encodeResponse(Commands.register, f.seq, { uid: req.uid });
    }
    if (is(f, Commands.login)) return this.login(conn, f);
    if (!conn.uid) return encodeError(f, Code.NOT_LOGGED_IN, 'log in first');
    if (is(f, Commands.logout)) {
      this.tokens.delete(conn.token);
      conn.uid = undefined;
      return encodeResponse(Commands.logout, f.seq, {});
    }
    if (is(f, Commands.send)) return this.send(conn, f);
    if (is(f, Commands.sync)) {
      const req = Commands.sync.req.decode(f.body);
      const timeline = this.user(conn.uid).timeline;
      const after = timeline.filter((m) => m.msgId !== -1 && (m.seq ?? 0) > (req.afterSeq ?? 0));
      const limit = Math.min(req.limit || 200, this.pageLimit);
      const maxSeq = timeline.at(-1)?.seq ?? 0;
      return encodeResponse(Commands.sync, f.seq, {
        messages: after.slice(0, limit),
        hasMore: after.length > limit,
        maxSeq,
      });
    }
    if (is(f, Commands.deliverAck)) return this.deliverAck(conn, f);
    const cmd = lookupCommand(f.service, f.command);
    const responder = cmd ? this.responders.get(cmd.name) : undefined;
    if (cmd?.kind === 'request' && responder) {
      const req = cmd.req.decode(f.body);
      const resp = responder(req as never, conn);
      return encodeResponse(cmd as RequestCommand<unknown, unknown>, f.seq, resp);
    }
    if (is(f, Commands.convSync)) return this.convSync(conn, f);
    if (is(f, Commands.convList)) return this.convList(conn, f);
    return encodeError(f, Code.UNKNOWN_COMMAND, 'no such command');
  }

  private login(conn: FakeConn, f: Frame): Uint8Array {
    const req = Commands.login.req.decode(f.body);
    if (conn.uid) return encodeError(f, Code.ALREADY_LOGGED_IN, 'already');
    let uid = req.uid ?? '';
    let token = req.token ?? '';
    if (token) {
      const t = this.tokens.get(token);
      if (!t || (uid && t.uid !== uid)) return encodeError(f, Code.TOKEN_INVALID, 'bad token');
      if (t.expiresAt < Date.now()) return encodeError(f, Code.TOKEN_EXPIRED, 'expired');
      uid = t.uid;
    } else {
      const u = this.users.get(uid);
      if (!u || u.password !== req.password) return encodeError(f, Code.BAD_CREDENTIALS, 'wrong');
      token = `tok-${uid}-${this.nextTokenId++}`;
      this.tokens.set(token, { uid, expiresAt: Date.now() + 86_400_000 });
    }
    const user = this.user(uid);
    if (user.disabled) return encodeError(f, Code.USER_DISABLED, 'disabled');
    conn.uid = uid;
    conn.deviceId = req.deviceId ?? '';
    conn.token = token;
    return encodeResponse(Commands.login, f.seq, {
      uid,
      token,
      tokenExpiresAt: this.tokens.get(token)?.expiresAt ?? 0,
      sessionId: `s-${conn.id}`,
      maxSeq: user.timeline.at(-1)?.seq ?? 0,
      deviceAckSeq: this.deviceAcks.get(`${uid}/${conn.deviceId}`) ?? 0,
      heartbeatIntervalMs: this.heartbeatIntervalMs,
      serverTime: Date.now(),
    });
  }

  /** MSG/CONV_SYNC over a group's own timeline, from the caller's visible start. */
  private convSync(conn: FakeConn, f: Frame): Uint8Array {
    const req = Commands.convSync.req.decode(f.body);
    const g = [...this.groups.values()].find((x) => x.convId === req.convId);
    if (!g) return encodeError(f, Code.CONV_NOT_FOUND, 'no such conversation', 'conv_id');
    if (!g.members.has(conn.uid ?? '')) return encodeError(f, Code.NOT_GROUP_MEMBER, 'not a member');
    const start = Math.max(req.afterSeq ?? 0, this.startSeqs.get(`${conn.uid}/${g.convId}`) ?? 0);
    const after = g.messages.filter((m) => (m.convSeq ?? 0) > start);
    const limit = Math.min(req.limit || 200, this.pageLimit);
    return encodeResponse(Commands.convSync, f.seq, {
      messages: after.slice(0, limit),
      hasMore: after.length > limit,
      maxSeq: g.messages.length,
    });
  }

  /** CONV/LIST: the caller's groups (since_version is ignored: always all of them). */
  private convList(conn: FakeConn, f: Frame): Uint8Array {
    const uid = conn.uid ?? '';
    const conversations: Conversation[] = [];
    for (const g of this.groups.values()) {
      if (!g.members.has(uid)) continue;
      const readSeq = this.readSeqs.get(`${uid}/${g.convId}`) ?? 0;
      const startSeq = this.startSeqs.get(`${uid}/${g.convId}`) ?? 0;
      const maxSeq = g.messages.length;
      conversations.push({
        convId: g.convId,
        convType: ConvType.GROUP,
        peer: g.groupId,
        lastMessage: g.messages.at(-1),
        maxSeq,
        readSeq,
        startSeq,
        unread: g.messages.filter((m) => (m.convSeq ?? 0) > Math.max(readSeq, startSeq) && m.fromUid !== uid)
          .length,
        readDiffusion: g.readDiffusion,
        version: ++this.listVersion,
      });
    }
    const totalUnread = conversations.reduce((n, c) => n + (c.unread ?? 0), 0);
    return encodeResponse(Commands.convList, f.seq, {
      conversations,
      version: this.listVersion,
      totalUnread,
    });
  }

  /** conv_id and the next conv_seq of a one-to-one conversation. */
  private c2cPosition(a: string, b: string): { convId: string; convSeq: number } {
    const convId = c2cConvId(a, b);
    const convSeq = (this.c2cSeqs.get(convId) ?? 0) + 1;
    this.c2cSeqs.set(convId, convSeq);
    return { convId, convSeq };
  }

  private send(conn: FakeConn, f: Frame): Uint8Array {
    const from = conn.uid ?? '';
    const req = Commands.send.req.decode(f.body);
    const key = `${from}/${req.clientMsgId}`;
    const first = this.dedup.get(key);
    if (first) return encodeResponse(Commands.send, f.seq, { ...first, duplicate: true });
    if (req.groupId) return this.sendToGroup(conn, f, req);
    const to = req.toUid ?? '';
    if (!this.users.has(to)) return encodeError(f, Code.USER_NOT_FOUND, `no user ${to}`, 'to_uid');
    if (!req.content && req.refKind === 2) {
      // A forward without content copies the original (as the product server does).
      const original = this.user(from).timeline.find((m) => m.msgId === req.refMsgId);
      if (!original) return encodeError(f, Code.MESSAGE_NOT_FOUND, 'no such message', 'ref_msg_id');
      req.content = original.content;
      req.type = original.type;
    }
    if (!req.content) return encodeError(f, Code.BODY_EMPTY, 'empty', 'content');
    const base: Message = {
      msgId: this.nextMsgId++,
      clientMsgId: req.clientMsgId,
      fromUid: from,
      convType: ConvType.C2C,
      to,
      type: req.type,
      content: req.content,
      ts: Date.now(),
      ...this.c2cPosition(from, to),
      refMsgId: req.refMsgId,
      refKind: req.refKind,
    };
    const own = this.append(from, base);
    const resp: SendResp = {
      msgId: base.msgId,
      seq: own.seq,
      ts: base.ts,
      duplicate: false,
      convId: base.convId,
      convSeq: base.convSeq,
    };
    this.dedup.set(key, resp);
    // Stored: the sender's other devices and the recipient get pushes; the sender gets the ack.
    for (const c of this.online(from)) if (c !== conn) this.pushMessage(c, own);
    if (to !== from) {
      const theirs = this.append(to, base);
      for (const c of this.online(to)) this.pushMessage(c, theirs);
    }
    return encodeResponse(Commands.send, f.seq, resp);
  }

  private sendToGroup(
    conn: FakeConn,
    f: Frame,
    req: ReturnType<typeof Commands.send.req.decode>,
  ): Uint8Array {
    const from = conn.uid ?? '';
    const g = this.groups.get(req.groupId ?? '');
    if (!g) return encodeError(f, Code.GROUP_NOT_FOUND, 'no such group', 'group_id');
    if (!g.members.has(from)) return encodeError(f, Code.NOT_GROUP_MEMBER, 'not a member', 'group_id');
    if (!req.content && req.refKind !== 2) return encodeError(f, Code.BODY_EMPTY, 'empty', 'content');
    const msg = this.groupPost(g.groupId, from, req.content ?? '', {
      type: req.type ?? 1,
      refMsgId: req.refMsgId ?? 0,
      refKind: req.refKind ?? 0,
      clientMsgId: req.clientMsgId ?? '',
      except: conn,
    });
    const own = g.readDiffusion ? undefined : this.user(from).timeline.at(-1);
    const resp: SendResp = {
      msgId: msg.msgId,
      seq: own?.seq ?? 0,
      ts: msg.ts,
      duplicate: false,
      convId: msg.convId,
      convSeq: msg.convSeq,
    };
    this.dedup.set(`${from}/${req.clientMsgId}`, resp);
    return encodeResponse(Commands.send, f.seq, resp);
  }

  /** Moves the device cursor and sends DELIVERED receipts to the senders of what it covers. */
  private deliverAck(conn: FakeConn, f: Frame): Uint8Array {
    const uid = conn.uid ?? '';
    const seq = Commands.deliverAck.req.decode(f.body).seq ?? 0;
    const key = `${uid}/${conn.deviceId}`;
    const before = this.deviceAcks.get(key) ?? 0;
    if (seq > before) {
      this.deviceAcks.set(key, seq);
      for (const m of this.user(uid).timeline) {
        const s = m.seq ?? 0;
        if (s <= before || s > seq || m.msgId === -1 || m.fromUid === uid) continue;
        const receipt = {
          kind: ReceiptKind.DELIVERED,
          msgId: m.msgId,
          byUid: uid,
          ts: Date.now(),
          clientMsgId: m.clientMsgId,
        };
        for (const c of this.online(m.fromUid ?? '')) c.send(encodePush(Commands.receipt, receipt));
      }
    }
    return encodeResponse(Commands.deliverAck, f.seq, { ackSeq: Math.max(seq, before) });
  }

  private append(uid: string, base: Message): Message {
    const tl = this.user(uid).timeline;
    const msg: Message = { ...base, seq: (tl.at(-1)?.seq ?? 0) + 1 };
    tl.push(msg);
    return msg;
  }
}
