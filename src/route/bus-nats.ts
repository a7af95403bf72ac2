import {
  connect,
  type NatsConnection,
  type NodeConnectionOptions,
  type Subscription,
} from '@nats-io/transport-node';
import { createLogger, type Logger } from '../observability/logger.ts';
import type { Bus, Delivery, GateHandler, KickNotice } from './types.ts';

export interface NatsBusOptions {
  /** Subjects are `<subjectPrefix>gate.<gateId>`; default 'parley.'. */
  readonly subjectPrefix?: string;
  /** Where malformed messages and failed publishes are reported; default a pino logger at warn. */
  readonly logger?: Pick<Logger, 'warn'>;
}

export interface NatsBusConnectOptions extends NatsBusOptions {
  /**
   * Server address(es) such as 'nats://127.0.0.1:4222' or connection options (the bus owns the
   * connection and drains it on `close()`), or an existing connection (left open).
   */
  readonly nats: NatsConnection | string | readonly string[] | NodeConnectionOptions;
}

/**
 * Wire format, one NATS message per `deliver` or `kick` call on the gate's subject:
 *   deliver: 0x01 | count u32 | count × (sessionId length u16 | sessionId UTF-8 | frame length u32 | frame)
 *   kick:    0x02 | JSON {s: sessionId, c: code, r: reason, p: byPlatform, d: byDeviceId}
 * Integers are big-endian. A delivery larger than the server's max_payload is split into several
 * messages, in order.
 */
const T_DELIVER = 0x01;
const T_KICK = 0x02;
const DELIVER_HEADER = 5;
const ITEM_HEADER = 6;

function encodeDeliveries(
  items: Delivery,
  maxPayload: number,
  onDrop: (sessionId: string) => void,
): Buffer[] {
  const out: Buffer[] = [];
  let batch: { sessionId: string; sidLen: number; frame: Uint8Array }[] = [];
  let size = DELIVER_HEADER;
  const flush = () => {
    const buf = Buffer.allocUnsafe(size);
    buf[0] = T_DELIVER;
    buf.writeUInt32BE(batch.length, 1);
    let off = DELIVER_HEADER;
    for (const { sessionId, sidLen, frame } of batch) {
      buf.writeUInt16BE(sidLen, off);
      buf.write(sessionId, off + 2, sidLen, 'utf8');
      off += 2 + sidLen;
      buf.writeUInt32BE(frame.byteLength, off);
      buf.set(frame, off + 4);
      off += 4 + frame.byteLength;
    }
    out.push(buf);
    batch = [];
    size = DELIVER_HEADER;
  };
  for (const { sessionId, frame } of items) {
    const sidLen = Buffer.byteLength(sessionId, 'utf8');
    const itemSize = ITEM_HEADER + sidLen + frame.byteLength;
    if (sidLen > 0xffff || DELIVER_HEADER + itemSize > maxPayload) {
      onDrop(sessionId);
      continue;
    }
    if (size + itemSize > maxPayload) flush();
    batch.push({ sessionId, sidLen, frame });
    size += itemSize;
  }
  if (batch.length > 0) flush();
  return out;
}

/** The items of a deliver message, or a description of what is wrong with it. Frames are views. */
function decodeDeliveries(data: Uint8Array): { sessionId: string; frame: Uint8Array }[] | string {
  const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (buf.length < DELIVER_HEADER) return 'truncated header';
  const count = buf.readUInt32BE(1);
  if (count > (buf.length - DELIVER_HEADER) / ITEM_HEADER) return 'item count exceeds the message';
  const items: { sessionId: string; frame: Uint8Array }[] = new Array(count);
  let off = DELIVER_HEADER;
  for (let i = 0; i < count; i++) {
    if (off + 2 > buf.length) return 'truncated item';
    const sidLen = buf.readUInt16BE(off);
    off += 2;
    if (off + sidLen + 4 > buf.length) return 'truncated session id';
    const sessionId = buf.toString('utf8', off, off + sidLen);
    off += sidLen;
    const frameLen = buf.readUInt32BE(off);
    off += 4;
    if (off + frameLen > buf.length) return 'truncated frame';
    // A plain Uint8Array view (the received data may be a Buffer), no copy.
    items[i] = { sessionId, frame: new Uint8Array(data.buffer, data.byteOffset + off, frameLen) };
    off += frameLen;
  }
  if (off !== buf.length) return 'trailing bytes';
  return items;
}

function encodeKick(sessionId: string, n: KickNotice): Buffer {
  const json = JSON.stringify({ s: sessionId, c: n.code, r: n.reason, p: n.byPlatform, d: n.byDeviceId });
  const buf = Buffer.allocUnsafe(1 + Buffer.byteLength(json, 'utf8'));
  buf[0] = T_KICK;
  buf.write(json, 1, 'utf8');
  return buf;
}

function decodeKick(data: Uint8Array): { sessionId: string; notice: KickNotice } | string {
  let v: unknown;
  try {
    v = JSON.parse(Buffer.from(data.buffer, data.byteOffset + 1, data.byteLength - 1).toString('utf8'));
  } catch {
    return 'kick is not JSON';
  }
  if (typeof v !== 'object' || v === null) return 'kick is not an object';
  const o = v as Record<string, unknown>;
  if (
    typeof o.s !== 'string' ||
    typeof o.c !== 'number' ||
    typeof o.r !== 'string' ||
    typeof o.p !== 'string' ||
    typeof o.d !== 'string'
  ) {
    return 'kick fields missing or mistyped';
  }
  return {
    sessionId: o.s,
    notice: { code: o.c, reason: o.r, byPlatform: o.p as KickNotice['byPlatform'], byDeviceId: o.d },
  };
}

function isConnection(x: unknown): x is NatsConnection {
  return typeof x === 'object' && x !== null && typeof (x as NatsConnection).publish === 'function';
}

/**
 * Cluster bus on core NATS: each gate subscribes to its own subject and logic publishes there, so
 * a packet reaches only the gate holding the session. Fire-and-forget (no JetStream): a push lost
 * while a gate reconnects is repaired by the client's sync. Per gate, messages published by one
 * bus instance arrive in the order of its calls (one connection, one subject).
 */
export class NatsBus implements Bus {
  readonly nc: NatsConnection;
  private owned = false;
  private readonly prefix: string;
  private readonly log: Pick<Logger, 'warn'>;
  private readonly gates = new Map<string, Subscription>();
  /** Each attached gate's subscription to the broadcast subject. */
  private readonly broadcasts = new Map<string, Subscription>();
  private readonly watched = new Map<string, Subscription>();
  private presenceHandler: ((uid: string, online: boolean) => void) | undefined;
  private closed = false;

  /** Uses an existing connection, which `close()` leaves open. */
  constructor(nc: NatsConnection, opts: NatsBusOptions = {}) {
    this.nc = nc;
    this.prefix = opts.subjectPrefix ?? 'parley.';
    this.log = opts.logger ?? createLogger('warn', { component: 'bus-nats' });
  }

  /** Connects to NATS (or takes the connection given). Fails with a clear error if unreachable. */
  static async connect(opts: NatsBusConnectOptions): Promise<NatsBus> {
    if (isConnection(opts.nats)) return new NatsBus(opts.nats, opts);
    const connOpts: NodeConnectionOptions =
      typeof opts.nats === 'string' || Array.isArray(opts.nats)
        ? { servers: opts.nats as string | string[] }
        : (opts.nats as NodeConnectionOptions);
    let nc: NatsConnection;
    try {
      // A server's bus keeps reconnecting (the client's default gives up after 10 attempts).
      nc = await connect({ name: 'parley-bus', maxReconnectAttempts: -1, ...connOpts });
    } catch (err) {
      const servers = connOpts.servers ?? '127.0.0.1:4222';
      throw new Error(`NATS bus: cannot reach NATS (${String(servers)}): ${String(err)}`, { cause: err });
    }
    const bus = new NatsBus(nc, opts);
    bus.owned = true;
    void nc.closed().then((err) => {
      if (!bus.closed) bus.log.warn({ err }, 'NATS bus connection closed; deliveries are dropped');
    });
    return bus;
  }

  async attachGate(gateId: string, handler: GateHandler): Promise<void> {
    if (this.closed) throw new Error('NATS bus is closed');
    const subject = this.subject(gateId);
    if (!subject) throw new Error(`invalid gate id for a NATS subject: ${JSON.stringify(gateId)}`);
    this.gates.get(gateId)?.unsubscribe();
    const sub: Subscription = this.nc.subscribe(subject, {
      callback: (err, msg) => {
        if (err) {
          this.log.warn({ err, subject }, 'bus subscription error');
          return;
        }
        if (this.gates.get(gateId) !== sub) return;
        this.dispatch(subject, handler, msg.data);
      },
    });
    this.gates.set(gateId, sub);
    this.broadcasts.get(gateId)?.unsubscribe();
    const all = `${this.prefix}broadcast`;
    const bsub: Subscription = this.nc.subscribe(all, {
      callback: (err, msg) => {
        if (err) {
          this.log.warn({ err, subject: all }, 'bus subscription error');
          return;
        }
        if (this.broadcasts.get(gateId) !== bsub) return;
        try {
          handler.broadcast(msg.data);
        } catch (e) {
          this.log.warn({ err: e, subject: all }, 'gate handler failed on a broadcast');
        }
      },
    });
    this.broadcasts.set(gateId, bsub);
    // The server has the subscription once it answers the ping: publishes from any connection
    // after this resolves reach the gate.
    await this.nc.flush();
  }

  async detachGate(gateId: string): Promise<void> {
    const bsub = this.broadcasts.get(gateId);
    this.broadcasts.delete(gateId);
    bsub?.unsubscribe();
    const sub = this.gates.get(gateId);
    if (!sub) return;
    this.gates.delete(gateId);
    try {
      sub.unsubscribe();
    } catch (err) {
      this.log.warn({ err, gateId }, 'bus unsubscribe failed');
    }
  }

  deliver(gateId: string, items: Delivery): void {
    if (this.closed || items.length === 0) return;
    const subject = this.subject(gateId);
    if (!subject) {
      this.log.warn({ gateId }, 'bus delivery to an invalid gate id dropped');
      return;
    }
    const max = this.nc.info?.max_payload ?? 1024 * 1024;
    const messages = encodeDeliveries(items, max, (sessionId) =>
      this.log.warn({ gateId, sessionId, maxPayload: max }, 'bus frame larger than max_payload dropped'),
    );
    for (const m of messages) this.publish(subject, m);
  }

  kick(gateId: string, sessionId: string, notice: KickNotice): void {
    if (this.closed) return;
    const subject = this.subject(gateId);
    if (!subject) {
      this.log.warn({ gateId }, 'bus kick to an invalid gate id dropped');
      return;
    }
    this.publish(subject, encodeKick(sessionId, notice));
  }

  broadcast(frame: Uint8Array): void {
    if (this.closed || frame.length === 0) return;
    this.publish(`${this.prefix}broadcast`, frame);
  }

  publishPresence(uid: string, online: boolean): void {
    if (this.closed) return;
    this.publish(this.presenceSubject(uid), new Uint8Array([online ? 1 : 0]));
  }

  onPresence(handler: (uid: string, online: boolean) => void): void {
    this.presenceHandler = handler;
  }

  /** One subject per watched user: a change reaches only the nodes that watch that user. */
  async watchPresence(uid: string): Promise<void> {
    if (this.closed || this.watched.has(uid)) return;
    const subject = this.presenceSubject(uid);
    const sub = this.nc.subscribe(subject, {
      callback: (err, msg) => {
        if (err) {
          this.log.warn({ err, subject }, 'presence subscription error');
          return;
        }
        if (msg.data.length !== 1 || msg.data[0]! > 1) {
          this.log.warn({ subject }, 'presence message ignored: malformed');
          return;
        }
        try {
          this.presenceHandler?.(uid, msg.data[0] === 1);
        } catch (e) {
          this.log.warn({ err: e, subject }, 'presence handler failed');
        }
      },
    });
    this.watched.set(uid, sub);
    await this.nc.flush();
  }

  async unwatchPresence(uid: string): Promise<void> {
    const sub = this.watched.get(uid);
    if (!sub) return;
    this.watched.delete(uid);
    sub.unsubscribe();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    const subs = [...this.gates.values(), ...this.broadcasts.values(), ...this.watched.values()];
    this.gates.clear();
    this.broadcasts.clear();
    this.watched.clear();
    try {
      if (this.owned) {
        await this.nc.drain();
      } else {
        await Promise.all(subs.map((s) => s.drain()));
        await this.nc.flush();
      }
    } catch (err) {
      // Already closed (e.g. by its owner): nothing left to drain.
      if (!this.nc.isClosed()) this.log.warn({ err }, 'bus drain failed');
    }
  }

  private subject(gateId: string): string | undefined {
    if (gateId.length === 0 || /[\s*>]/.test(gateId) || gateId.startsWith('.') || gateId.endsWith('.'))
      return undefined;
    return `${this.prefix}gate.${gateId}`;
  }

  /** User ids may contain '.', a subject separator: the id is hex-encoded into one token. */
  private presenceSubject(uid: string): string {
    return `${this.prefix}presence.${Buffer.from(uid, 'utf8').toString('hex')}`;
  }

  private publish(subject: string, payload: Uint8Array): void {
    try {
      this.nc.publish(subject, payload);
    } catch (err) {
      this.log.warn({ err, subject }, 'bus publish failed');
    }
  }

  private dispatch(subject: string, handler: GateHandler, data: Uint8Array): void {
    try {
      if (data.length === 0) {
        this.log.warn({ subject }, 'bus message ignored: empty');
      } else if (data[0] === T_DELIVER) {
        const items = decodeDeliveries(data);
        if (typeof items === 'string') this.log.warn({ subject, problem: items }, 'bus message ignored');
        else handler.deliver(items);
      } else if (data[0] === T_KICK) {
        const k = decodeKick(data);
        if (typeof k === 'string') this.log.warn({ subject, problem: k }, 'bus message ignored');
        else handler.kick(k.sessionId, k.notice);
      } else {
        this.log.warn({ subject, type: data[0] }, 'bus message ignored: unknown type');
      }
    } catch (err) {
      this.log.warn({ err, subject }, 'gate handler failed on a bus message');
    }
  }
}
