/**
 * Shared test fixtures: realistic bodies for every command, frame helpers and a deterministic
 * PRNG for chunk splits. Not a test file itself (vitest only runs *.test.ts).
 */
import {
  type AnyCommand,
  Commands,
  ConvType,
  MsgType,
  Platform,
  type PushCommand,
  ReceiptKind,
  type RequestCommand,
} from '../src/commands.ts';
import { HEADER_SIZE, Offset, PROTOCOL_VERSION } from '../src/constants.ts';
import type { DecodeEvent, FrameDecoder } from '../src/decoder.ts';
import type { Frame } from '../src/frame.ts';
import { encodePush, encodeRequest, encodeResponse } from '../src/packets.ts';

/** Largest integer below 2^53: every int64 of the protocol stays at or below it. */
export const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** A request command with sample request and response bodies. */
export interface RequestCase {
  readonly kind: 'request';
  readonly cmd: AnyCommand;
  readonly label: string;
  /** The encoded request frame. */
  readonly request: (seq: number) => Uint8Array;
  /** The encoded response frame. */
  readonly response: (seq: number) => Uint8Array;
  readonly req: object;
  readonly resp: object;
}

export interface PushCase {
  readonly kind: 'push';
  readonly cmd: AnyCommand;
  readonly label: string;
  readonly push: () => Uint8Array;
  readonly body: object;
}

export type Case = RequestCase | PushCase;

function requestCase<Req extends object, Resp extends object>(
  cmd: RequestCommand<Req, Resp> & AnyCommand,
  label: string,
  req: Req,
  resp: Resp,
): RequestCase {
  return {
    kind: 'request',
    cmd,
    label,
    req,
    resp,
    request: (seq) => encodeRequest(cmd, seq, req),
    response: (seq) => encodeResponse(cmd, seq, resp),
  };
}

function pushCase<Body extends object>(
  cmd: PushCommand<Body> & AnyCommand,
  label: string,
  body: Body,
): PushCase {
  return { kind: 'push', cmd, label, body, push: () => encodePush(cmd, body) };
}

const T0 = 1_732_000_000_000; // a realistic unix-ms timestamp (2024-11)
const BIG_ID = 9_007_199_254_740_000; // just below 2^53, like a message id from a late epoch

const msgCJK = {
  msgId: BIG_ID,
  clientMsgId: 'c-3f1b2a9e-0001',
  fromUid: '张伟',
  convType: ConvType.C2C,
  to: 'alice',
  type: MsgType.TEXT,
  content: '你好，世界！こんにちは 안녕하세요 👋🏽🇯🇵 — ñandú',
  ts: T0,
  seq: 4_503_599_627_370_496, // 2^52
};
const msgImage = {
  msgId: 123_456_789_012_345,
  clientMsgId: '🆔-image-2',
  fromUid: 'alice',
  convType: ConvType.C2C,
  to: '张伟',
  type: MsgType.IMAGE,
  content: JSON.stringify({ url: 'https://cdn.example/一.png', size: 48_213, name: '照片 📷.png' }),
  ts: T0 + 1,
  seq: MAX_SAFE,
};

/**
 * Every command with realistic, non-default field values (plus an all-default case where the
 * body is empty). `allCases` is checked against `Commands` so a new command cannot be missed.
 */
export const allCases: readonly Case[] = [
  requestCase(Commands.heartbeat, 'timestamp', { ts: T0 }, { ts: T0 + 17 }),
  requestCase(Commands.heartbeat, 'max safe int64', { ts: MAX_SAFE }, { ts: MAX_SAFE - 1 }),
  requestCase(Commands.heartbeat, 'empty', {}, {}),
  pushCase(Commands.kicked, 'same platform', {
    code: 206,
    reason: '您已在另一台设备上登录 📱',
    byPlatform: Platform.IOS,
    byDeviceId: 'iPhone-15-Pro-🍎',
  }),
  pushCase(Commands.kicked, 'empty', {}),
  pushCase(Commands.goaway, 'idle', { code: 109, reason: 'no heartbeat within 90000 ms', reconnect: true }),
  pushCase(Commands.goaway, 'restart', { code: 501, reason: 'サーバー再起動', reconnect: true }),
  requestCase(
    Commands.register,
    'cjk',
    { uid: 'zhang.wei', password: 'pässwörd-密码-🔑', nickname: '张伟 🐉' },
    { uid: 'zhang.wei' },
  ),
  requestCase(
    Commands.login,
    'password',
    {
      uid: 'alice',
      password: 'correct horse battery staple',
      deviceId: 'dev-Ωmega-01',
      platform: Platform.ANDROID,
      clientVersion: '1.4.2-β',
    },
    {
      uid: 'alice',
      token: 'tok_' + 'x'.repeat(60),
      tokenExpiresAt: T0 + 30 * 24 * 3600 * 1000,
      sessionId: 'sess-😀-42',
      maxSeq: MAX_SAFE,
      deviceAckSeq: MAX_SAFE - 3,
      heartbeatIntervalMs: 30_000,
      serverTime: T0,
    },
  ),
  requestCase(
    Commands.login,
    'token',
    { token: 'tok_abc', deviceId: 'web-1', platform: Platform.WEB, clientVersion: 'web/2' },
    {
      uid: '用户',
      token: 'tok_abc',
      tokenExpiresAt: 4_102_444_800_000,
      sessionId: 's',
      maxSeq: 1,
      deviceAckSeq: 1,
      heartbeatIntervalMs: 4_294_967_295,
      serverTime: T0,
    },
  ),
  requestCase(Commands.logout, 'empty', {}, {}),
  requestCase(
    Commands.send,
    'text',
    { toUid: '张伟', clientMsgId: 'c-3f1b2a9e-0001', type: MsgType.TEXT, content: msgCJK.content },
    { msgId: BIG_ID, seq: 4_503_599_627_370_496, ts: T0, duplicate: true },
  ),
  requestCase(
    Commands.send,
    'custom json',
    {
      toUid: 'bob',
      clientMsgId: 'x',
      type: MsgType.CUSTOM,
      content: JSON.stringify({ kind: 'poll', q: '🍕 or 🍣?', opts: ['🍕', '🍣'] }),
    },
    { msgId: 1, seq: 1, ts: 1 },
  ),
  pushCase(Commands.push, 'cjk message', { msg: msgCJK }),
  pushCase(Commands.push, 'image message', { msg: msgImage }),
  requestCase(Commands.deliverAck, 'big seq', { seq: MAX_SAFE }, { ackSeq: MAX_SAFE }),
  requestCase(Commands.deliverAck, 'small seq', { seq: 7 }, { ackSeq: 7 }),
  requestCase(
    Commands.sync,
    'two messages',
    { afterSeq: 4_503_599_627_370_495, limit: 1000 },
    { messages: [msgCJK, msgImage], hasMore: true, maxSeq: MAX_SAFE },
  ),
  requestCase(Commands.sync, 'empty page', { afterSeq: 0, limit: 50 }, { maxSeq: 0 }),
  pushCase(Commands.receipt, 'delivered', {
    kind: ReceiptKind.DELIVERED,
    msgId: BIG_ID,
    byUid: '张伟',
    ts: T0 + 99,
    clientMsgId: 'c-3f1b2a9e-0001',
  }),
  pushCase(Commands.receipt, 'read', {
    kind: ReceiptKind.READ,
    msgId: 2 ** 40,
    byUid: 'bob 🐱',
    ts: T0,
    clientMsgId: '🆔',
  }),
];

/** Builds a raw header by hand, to express headers the encoder would never produce. */
export function rawHeader(h: {
  length: number;
  version?: number;
  flags?: number;
  service?: number;
  command?: number;
  seq?: number;
  status?: number;
  reserved?: number;
}): Uint8Array {
  const out = new Uint8Array(HEADER_SIZE);
  const v = new DataView(out.buffer);
  v.setUint32(Offset.length, h.length);
  v.setUint16(Offset.version, h.version ?? PROTOCOL_VERSION);
  v.setUint16(Offset.flags, h.flags ?? 0);
  v.setUint16(Offset.service, h.service ?? 1);
  v.setUint16(Offset.command, h.command ?? 1);
  v.setUint32(Offset.seq, h.seq ?? 0);
  v.setUint16(Offset.status, h.status ?? 0);
  v.setUint16(Offset.reserved, h.reserved ?? 0);
  return out;
}

/** A whole frame with a raw header whose length field matches header + body. */
export function rawFrame(h: Omit<Parameters<typeof rawHeader>[0], 'length'>, body: Uint8Array): Uint8Array {
  return concat([rawHeader({ ...h, length: HEADER_SIZE + body.length }), body]);
}

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let off = 0;
  for (const p of parts) {
    out.set(p, off);
    off += p.length;
  }
  return out;
}

export const hex = (b: Uint8Array): string =>
  Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('hex');

/** A comparable, plain view of one event (bodies as hex; Buffer vs Uint8Array does not matter). */
export type PlainEvent =
  | { kind: 'frame'; header: string; body: string }
  | { kind: 'reject'; header: string; code: number; message: string }
  | { kind: 'fatal'; header: string; code: number; message: string };

function headerKey(h: Omit<Frame, 'body'> | undefined): string {
  if (!h) return '-';
  return [h.length, h.version, h.flags, h.service, h.command, h.seq, h.status].join('/');
}

export function plain(e: DecodeEvent): PlainEvent {
  switch (e.kind) {
    case 'frame':
      return { kind: 'frame', header: headerKey(e.frame), body: hex(e.frame.body) };
    case 'reject':
      return { kind: 'reject', header: headerKey(e.header), code: e.code, message: e.message };
    case 'fatal':
      return { kind: 'fatal', header: headerKey(e.header), code: e.code, message: e.message };
  }
}

/** Splits `bytes` at the given cut sizes (cycled); every chunk is at least one byte. */
export function chunkBy(bytes: Uint8Array, sizes: readonly number[]): Uint8Array[] {
  const out: Uint8Array[] = [];
  let off = 0;
  let i = 0;
  while (off < bytes.length) {
    const n = Math.max(1, sizes.length === 0 ? bytes.length : (sizes[i++ % sizes.length] ?? 1));
    out.push(bytes.subarray(off, off + n));
    off += n;
  }
  return out;
}

/** Feeds every chunk and returns all events plus the largest `buffered` seen after any push. */
export function feed(
  decoder: FrameDecoder,
  chunks: readonly Uint8Array[],
): { events: DecodeEvent[]; maxBuffered: number } {
  const events: DecodeEvent[] = [];
  let maxBuffered = 0;
  for (const c of chunks) {
    events.push(...decoder.push(c));
    maxBuffered = Math.max(maxBuffered, decoder.buffered);
  }
  return { events, maxBuffered };
}

/** mulberry32: a tiny deterministic PRNG so failures reproduce. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every body decoder of the command table, labelled (request and response, or push body). */
export const allBodyDecoders: Array<[string, (b: Uint8Array) => unknown]> = Object.values(Commands).flatMap(
  (c: AnyCommand): Array<[string, (b: Uint8Array) => unknown]> =>
    c.kind === 'request'
      ? [
          [`${c.name} req`, (b) => c.req.decode(b)],
          [`${c.name} resp`, (b) => c.resp.decode(b)],
        ]
      : [[`${c.name} body`, (b) => c.body.decode(b)]],
);
