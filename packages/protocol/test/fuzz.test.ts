import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Commands, ConvType, JoinPolicy, MsgType, Platform, ReceiptKind, RefKind } from '../src/commands.ts';
import { ABSOLUTE_MAX_FRAME, HEADER_SIZE, KNOWN_FLAGS, PROTOCOL_VERSION } from '../src/constants.ts';
import { type DecodeEvent, decodeSingle, FrameDecoder } from '../src/decoder.ts';
import { Code } from '../src/errors.ts';
import { encodeFrame } from '../src/frame.ts';
import { decodeErrorBody, encodePush, encodeRequest, encodeResponse } from '../src/packets.ts';
import { allBodyDecoders, allCases, chunkBy, concat, feed, plain } from './fixtures.ts';

const u16 = fc.integer({ min: 0, max: 0xffff });
const u32 = fc.nat({ max: 0xffffffff });
const int64 = fc.maxSafeInteger();
const text = fc.string({ unit: 'binary', maxLength: 40 });

/** The numbers of a generated enum (its runtime object maps names to numbers). */
function enumValues<E extends number>(e: Record<string, E | string>): E[] {
  return Object.values(e).filter((v): v is E => typeof v === 'number');
}

/** One well-formed frame: a real command body or arbitrary bytes under any valid header. */
const validFrame: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc
    .record({
      service: u16,
      command: u16,
      seq: u32,
      status: u16,
      flags: fc.integer({ min: 0, max: KNOWN_FLAGS }),
      body: fc.uint8Array({ maxLength: 300 }),
    })
    .map(({ body, ...h }) => encodeFrame(h, body)),
  fc
    .constantFrom(...allCases)
    .chain((c) =>
      c.kind === 'request'
        ? fc.tuple(u32, fc.boolean()).map(([seq, resp]) => (resp ? c.response(seq) : c.request(seq)))
        : fc.constant(c.push()),
    ),
);

/** Chunk sizes: mostly tiny, sometimes large, so frames get split at every possible place. */
const cuts = fc.array(fc.oneof(fc.integer({ min: 1, max: 25 }), fc.integer({ min: 1, max: 3000 })), {
  minLength: 1,
  maxLength: 40,
});

/** Bytes that are mostly frame-shaped, so the fuzzer gets past the header checks. */
const hostileStream: fc.Arbitrary<Uint8Array> = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: validFrame },
      // A valid frame with a few bytes overwritten (header fields included).
      {
        weight: 3,
        arbitrary: fc
          .tuple(validFrame, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 4 }))
          .map(([f, flips]) => {
            const out = f.slice();
            for (const [at, v] of flips) out[at % out.length] = v;
            return out;
          }),
      },
      // A header announcing an arbitrary length with arbitrary flags.
      {
        weight: 2,
        arbitrary: fc
          .record({
            length: fc.oneof(fc.nat({ max: 600 }), u32),
            flags: u16,
            version: fc.constantFrom(1, 1, 1, 0, 2),
          })
          .map(({ length, flags, version }) => {
            const h = encodeFrame({ service: 1, command: 1, flags }, new Uint8Array(0));
            const v = new DataView(h.buffer, h.byteOffset, h.byteLength);
            v.setUint32(0, length);
            v.setUint16(4, version);
            return h;
          }),
      },
      { weight: 1, arbitrary: fc.uint8Array({ maxLength: 64 }) },
    ),
    { maxLength: 12 },
  )
  .map(concat);

/** A decoder's output must be well-formed, whatever the input. */
function expectWellFormed(events: readonly DecodeEvent[], maxFrame: number, messageSize?: number): void {
  events.forEach((e, i) => {
    switch (e.kind) {
      case 'frame': {
        const f = e.frame;
        expect(f.length).toBe(HEADER_SIZE + f.body.length);
        expect(f.length).toBeLessThanOrEqual(maxFrame);
        expect(f.version).toBe(PROTOCOL_VERSION);
        expect(f.flags & ~KNOWN_FLAGS).toBe(0);
        for (const v of [f.flags, f.service, f.command, f.status]) expect(v >>> 16).toBe(0);
        expect(f.body).toBeInstanceOf(Uint8Array);
        break;
      }
      case 'reject':
        expect([Code.FRAME_TOO_LARGE, Code.BAD_FRAME]).toContain(e.code);
        expect(e.header.length).toBeGreaterThanOrEqual(HEADER_SIZE);
        expect(e.header.version).toBe(PROTOCOL_VERSION);
        if (e.code === Code.FRAME_TOO_LARGE) expect(e.header.length).toBeGreaterThan(maxFrame);
        // BAD_FRAME: unknown flag bits, or (one WebSocket message) a length that is not the message's.
        else if (messageSize === undefined) expect(e.header.flags & ~KNOWN_FLAGS).not.toBe(0);
        else if ((e.header.flags & ~KNOWN_FLAGS) === 0) expect(e.header.length).not.toBe(messageSize);
        expect(e.message.length).toBeGreaterThan(0);
        break;
      case 'fatal':
        expect([Code.BAD_FRAME, Code.UNSUPPORTED_VERSION, Code.FRAME_TOO_LARGE]).toContain(e.code);
        if (e.code === Code.FRAME_TOO_LARGE) expect(e.header?.length).toBeGreaterThan(ABSOLUTE_MAX_FRAME);
        // Nothing follows a fatal event.
        expect(i).toBe(events.length - 1);
        break;
      default:
        throw new Error(`unexpected event ${JSON.stringify(e)}`);
    }
  });
}

describe('property: framing', () => {
  it('(a) any sequence of valid frames, any chunking, comes out frame for frame', () => {
    fc.assert(
      fc.property(fc.array(validFrame, { minLength: 1, maxLength: 30 }), cuts, (frames, sizes) => {
        const stream = concat(frames);
        const d = new FrameDecoder();
        const { events } = feed(d, chunkBy(stream, sizes));
        expect(events.map(plain)).toEqual(frames.map((f) => plain(decodeSingle(f))));
        expect(d.buffered).toBe(0);
        expect(d.failed).toBe(false);
      }),
      { numRuns: 400 },
    );
  });

  it('(b) arbitrary bytes never make push throw; events are well-formed; memory stays bounded', () => {
    const maxFrame = 256;
    fc.assert(
      fc.property(fc.oneof(hostileStream, fc.uint8Array({ maxLength: 2000 })), cuts, (bytes, sizes) => {
        const d = new FrameDecoder(maxFrame);
        const { events, maxBuffered } = feed(d, chunkBy(bytes, sizes));
        expectWellFormed(events, maxFrame);
        expect(maxBuffered).toBeLessThanOrEqual(maxFrame);
        // Chunking changes nothing: the same bytes in one push give the same events.
        expect(events.map(plain)).toEqual(new FrameDecoder(maxFrame).push(bytes).map(plain));
        // Byte accounting: delivered frames plus held bytes never exceed the input, and the
        // input is covered by frames, refused frames and held bytes.
        const framed = events.reduce((n, e) => n + (e.kind === 'frame' ? e.frame.length : 0), 0);
        const refused = events.reduce((n, e) => n + (e.kind === 'reject' ? e.header.length : 0), 0);
        expect(framed + d.buffered).toBeLessThanOrEqual(bytes.length);
        if (!d.failed) expect(framed + refused + d.buffered).toBeGreaterThanOrEqual(bytes.length);
        if (d.failed) {
          expect(d.buffered).toBe(0);
          expect(d.push(bytes)).toEqual([]);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('decodeSingle never throws and agrees with the stream decoder on whole frames', () => {
    fc.assert(
      fc.property(fc.oneof(hostileStream, fc.uint8Array({ maxLength: 400 })), (bytes) => {
        const e = decodeSingle(bytes, 256);
        expectWellFormed([e], 256, bytes.length);
        if (e.kind === 'frame') {
          expect(e.frame.length).toBe(bytes.length);
          expect(new FrameDecoder(256).push(bytes).map(plain)).toEqual([plain(e)]);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('property: bodies', () => {
  const codecs = allBodyDecoders;

  it('(c) arbitrary bytes given to every command decoder either decode or throw an Error', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        for (const [name, decode] of codecs) {
          try {
            expect(decode(bytes), name).toBeTypeOf('object');
          } catch (err) {
            expect(err, name).toBeInstanceOf(Error);
          }
        }
        const e = decodeErrorBody(bytes);
        expect(typeof e.message + typeof e.field + typeof e.retryAfterMs).toBe('stringstringnumber');
      }),
      { numRuns: 500 },
    );
  });

  const message = fc.record({
    msgId: int64,
    clientMsgId: text,
    fromUid: text,
    convType: fc.constantFrom(...enumValues(ConvType)),
    to: text,
    type: fc.constantFrom(...enumValues(MsgType)),
    content: fc.string({ unit: 'grapheme', maxLength: 80 }),
    ts: int64,
    seq: int64,
    convId: text,
    convSeq: int64,
    refMsgId: int64,
    refKind: fc.constantFrom(...enumValues(RefKind)),
    editedAt: int64,
    recalled: fc.boolean(),
    deleted: fc.boolean(),
  });

  it('arbitrary field values round trip exactly through frames (int64 below 2^53, any Unicode)', () => {
    fc.assert(
      fc.property(
        fc.record({
          seq: u32,
          login: fc.record({
            uid: text,
            token: text,
            tokenExpiresAt: int64,
            sessionId: text,
            maxSeq: int64,
            deviceAckSeq: int64,
            heartbeatIntervalMs: u32,
            serverTime: int64,
          }),
          send: fc.record({
            toUid: text,
            clientMsgId: text,
            type: fc.constantFrom(...enumValues(MsgType)),
            content: text,
          }),
          sync: fc.record({
            messages: fc.array(message, { maxLength: 5 }),
            hasMore: fc.boolean(),
            maxSeq: int64,
          }),
          kicked: fc.record({
            code: u32,
            reason: text,
            byPlatform: fc.constantFrom(...enumValues(Platform)),
            byDeviceId: text,
          }),
          receipt: fc.record({
            kind: fc.constantFrom(...enumValues(ReceiptKind)),
            msgId: int64,
            byUid: text,
            ts: int64,
            clientMsgId: text,
            convId: text,
            readSeq: int64,
          }),
        }),
        (v) => {
          const frames = [
            encodeResponse(Commands.login, v.seq, v.login),
            encodeRequest(Commands.send, v.seq, v.send),
            encodeResponse(Commands.sync, v.seq, v.sync),
            encodePush(Commands.kicked, v.kicked),
            encodePush(Commands.receipt, v.receipt),
          ];
          const events = new FrameDecoder(ABSOLUTE_MAX_FRAME).push(concat(frames));
          const bodies = events.map((e) => (e.kind === 'frame' ? e.frame.body : new Uint8Array(0)));
          expect(events.map((e) => e.kind)).toEqual(['frame', 'frame', 'frame', 'frame', 'frame']);
          const [login, send, sync, kicked, receipt] = bodies as [
            Uint8Array,
            Uint8Array,
            Uint8Array,
            Uint8Array,
            Uint8Array,
          ];
          expect(Commands.login.resp.decode(login)).toMatchObject(v.login);
          expect(Commands.send.req.decode(send)).toMatchObject(v.send);
          expect(Commands.sync.resp.decode(sync)).toMatchObject(v.sync);
          expect(Commands.kicked.body.decode(kicked)).toMatchObject(v.kicked);
          expect(Commands.receipt.body.decode(receipt)).toMatchObject(v.receipt);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('proto3 optional fields round trip with their presence, whatever subset is set', () => {
    /** Decoded own keys among `keys`, with values: absent fields must not appear at all. */
    const present = (m: object, keys: readonly string[]): Record<string, unknown> =>
      Object.fromEntries(
        keys.filter((k) => Object.hasOwn(m, k)).map((k) => [k, (m as Record<string, unknown>)[k]]),
      );
    fc.assert(
      fc.property(
        fc.record(
          { convId: text, pinned: fc.boolean(), muted: fc.boolean(), hidden: fc.boolean(), draft: text },
          { requiredKeys: ['convId'] },
        ),
        fc.record(
          {
            groupId: text,
            name: text,
            avatar: text,
            intro: text,
            joinPolicy: fc.constantFrom(...enumValues(JoinPolicy)),
          },
          { requiredKeys: ['groupId'] },
        ),
        fc.record(
          { nickname: text, avatar: text, signature: text, readReceipts: fc.boolean() },
          { requiredKeys: [] },
        ),
        (conv, group, profile) => {
          const c = Commands.convUpdate.req.decode(Commands.convUpdate.req.encode(conv));
          expect(present(c, ['pinned', 'muted', 'hidden', 'draft'])).toEqual(
            present(conv, ['pinned', 'muted', 'hidden', 'draft']),
          );
          const g = Commands.groupUpdate.req.decode(Commands.groupUpdate.req.encode(group));
          expect(present(g, ['name', 'avatar', 'intro', 'joinPolicy'])).toEqual(
            present(group, ['name', 'avatar', 'intro', 'joinPolicy']),
          );
          const p = Commands.updateProfile.req.decode(Commands.updateProfile.req.encode(profile));
          expect(present(p, ['nickname', 'avatar', 'signature', 'readReceipts'])).toEqual(profile);
        },
      ),
      { numRuns: 300 },
    );
  });
});
