/**
 * Hand-rolled encoding for the hot paths of the load generator: SEND frames are a pre-encoded
 * body plus the one field that changes (client_msg_id), and pushes are scanned for the two
 * fields the bench needs instead of being fully decoded. Everything else goes through
 * @parley/protocol.
 */
import { Commands, HEADER_SIZE, MsgType, Offset, PROTOCOL_VERSION } from '@parley/protocol';

/** Writes a 20-byte request header (flags 0, status 0) at the start of `buf`. */
export function writeRequestHeader(
  buf: Buffer,
  length: number,
  service: number,
  command: number,
  seq: number,
) {
  buf.writeUInt32BE(length, Offset.length);
  buf.writeUInt16BE(PROTOCOL_VERSION, Offset.version);
  buf.writeUInt16BE(0, Offset.flags);
  buf.writeUInt16BE(service, Offset.service);
  buf.writeUInt16BE(command, Offset.command);
  buf.writeUInt32BE(seq, Offset.seq);
  buf.writeUInt32BE(0, Offset.status); // status and reserved
}

/** Field 2 (client_msg_id), wire type 2. */
const CLIENT_MSG_ID_TAG = (2 << 3) | 2;

/**
 * SendReq to one recipient (or one group) with fixed content. Protobuf fields may come in any
 * order, so the body is the encoded constant fields followed by client_msg_id.
 */
export class SendTemplate {
  private readonly prefix: Buffer;

  /** To `toUid`, or with `groupId` set to that group (to_uid then stays empty). */
  constructor(toUid: string, content: string, groupId = '') {
    const target = groupId ? { groupId } : { toUid };
    this.prefix = Buffer.from(Commands.send.req.encode({ ...target, type: MsgType.TEXT, content }));
  }

  /** A SEND frame; `clientMsgId` must be ASCII and shorter than 128 bytes. */
  frame(seq: number, clientMsgId: string): Buffer {
    const idLen = clientMsgId.length;
    const length = HEADER_SIZE + this.prefix.length + 2 + idLen;
    const buf = Buffer.allocUnsafe(length);
    writeRequestHeader(buf, length, Commands.send.service, Commands.send.command, seq);
    this.prefix.copy(buf, HEADER_SIZE);
    let o = HEADER_SIZE + this.prefix.length;
    buf[o++] = CLIENT_MSG_ID_TAG;
    buf[o++] = idLen;
    buf.write(clientMsgId, o, 'latin1');
    return buf;
  }
}

/**
 * client_msg_id of a bench message: `<counter>.<send time in µs of the load process clock>`.
 * Unique per sender, and it carries the send time to the recipient (same process, same clock).
 */
export function clientMsgId(counter: number, sentAtMs: number): string {
  return `${counter}.${sentAtUs(sentAtMs)}`;
}

/** A send time in whole µs, as client_msg_id carries it. */
export function sentAtUs(ms: number): number {
  return Math.round(ms * 1000);
}

export interface PushInfo {
  /** Seq of the message in the recipient's timeline. */
  seq: number;
  /** Send time parsed from client_msg_id, in ms; NaN when it does not have the bench shape. */
  sentAtMs: number;
}

/** A cursor over protobuf bytes. */
class Reader {
  pos = 0;
  constructor(private readonly b: Uint8Array) {}

  /** A varint, exact up to 2^53. */
  varint(): number {
    let result = 0;
    let mul = 1;
    for (let i = 0; i < 10; i++) {
      const byte = this.b[this.pos++];
      if (byte === undefined) throw new RangeError('truncated varint');
      result += (byte & 0x7f) * mul;
      if (byte < 0x80) return result;
      mul *= 128;
    }
    throw new RangeError('varint too long');
  }

  skip(wire: number): void {
    if (wire === 0) this.varint();
    else if (wire === 1) this.pos += 8;
    else if (wire === 2) {
      // Not `this.pos += this.varint()`: that reads pos before varint() advances it.
      const n = this.varint();
      this.pos += n;
    } else if (wire === 5) this.pos += 4;
    else throw new RangeError(`unsupported wire type ${wire}`);
  }
}

/** `<digits>.<digits>` → the second number / 1000, else NaN. */
function sentAtOf(b: Uint8Array, start: number, end: number): number {
  let i = start;
  while (i < end && b[i] !== 0x2e) i++;
  if (i === end || i === start) return Number.NaN;
  let us = 0;
  for (i++; i < end; i++) {
    const d = b[i]! - 0x30;
    if (d < 0 || d > 9) return Number.NaN;
    us = us * 10 + d;
  }
  return us / 1000;
}

/** Extracts seq and send time from a MSG/PUSH body without a full protobuf decode. */
export function parsePush(body: Uint8Array): PushInfo {
  const r = new Reader(body);
  let msgStart = -1;
  let msgEnd = -1;
  while (r.pos < body.length) {
    const tag = r.varint();
    if (tag === ((1 << 3) | 2)) {
      const n = r.varint();
      msgStart = r.pos;
      msgEnd = msgStart + n;
      r.pos = msgEnd;
    } else r.skip(tag & 7);
  }
  const info: PushInfo = { seq: 0, sentAtMs: Number.NaN };
  if (msgStart < 0) return info;
  r.pos = msgStart;
  while (r.pos < msgEnd) {
    const tag = r.varint();
    const field = tag >>> 3;
    if (field === 9 && (tag & 7) === 0) info.seq = r.varint();
    else if (field === 2 && (tag & 7) === 2) {
      const n = r.varint();
      info.sentAtMs = sentAtOf(body, r.pos, r.pos + n);
      r.pos += n;
    } else r.skip(tag & 7);
  }
  return info;
}

export interface GroupPushInfo {
  /** Seq in the recipient's timeline: > 0 under write diffusion, 0 under read diffusion. */
  seq: number;
  convSeq: number;
  /** The counter part of a bench client_msg_id (`<counter>.<µs>`), 0 when it has another shape. */
  counter: number;
}

/** Extracts seq, conv_seq and the client_msg_id counter from a MSG/PUSH body. */
export function parseGroupPush(body: Uint8Array): GroupPushInfo {
  const r = new Reader(body);
  const info: GroupPushInfo = { seq: 0, convSeq: 0, counter: 0 };
  let msgEnd = -1;
  while (r.pos < body.length) {
    const tag = r.varint();
    if (tag === ((1 << 3) | 2)) {
      const n = r.varint();
      msgEnd = r.pos + n;
      break;
    }
    r.skip(tag & 7);
  }
  if (msgEnd < 0) return info;
  while (r.pos < msgEnd) {
    const tag = r.varint();
    const field = tag >>> 3;
    const wire = tag & 7;
    if (field === 9 && wire === 0) info.seq = r.varint();
    else if (field === 11 && wire === 0) info.convSeq = r.varint();
    else if (field === 2 && wire === 2) {
      const end = r.varint() + r.pos;
      let counter = 0;
      let i = r.pos;
      for (; i < end; i++) {
        const d = body[i]! - 0x30;
        if (d < 0 || d > 9) break;
        counter = counter * 10 + d;
      }
      info.counter = i < end && body[i] === 0x2e ? counter : 0;
      r.pos = end;
    } else r.skip(wire);
  }
  return info;
}
