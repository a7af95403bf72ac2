import { describe, expect, it } from 'vitest';
import { Commands, lookupCommand } from '../src/commands.ts';
import { ABSOLUTE_MAX_FRAME, DEFAULT_MAX_FRAME, Flag, HEADER_SIZE, KNOWN_FLAGS } from '../src/constants.ts';
import { type DecodeEvent, decodeSingle, FrameDecoder } from '../src/decoder.ts';
import { Code } from '../src/errors.ts';
import { encodeError, encodePush, encodeRequest, encodeResponse } from '../src/packets.ts';
import {
  allBodyDecoders,
  allCases,
  chunkBy,
  concat,
  feed,
  hex,
  plain,
  prng,
  rawFrame,
  rawHeader,
} from './fixtures.ts';

const hb = (seq: number): Uint8Array =>
  encodeRequest(Commands.heartbeat, seq, { ts: 1_732_000_000_000 + seq });

function only(events: DecodeEvent[]): DecodeEvent {
  expect(events).toHaveLength(1);
  return events[0]!;
}

function expectFrame(e: DecodeEvent | undefined, bytes: Uint8Array): void {
  expect(e?.kind).toBe('frame');
  if (e?.kind === 'frame') {
    expect(e.frame.length).toBe(bytes.length);
    expect(hex(e.frame.body)).toBe(hex(bytes.subarray(HEADER_SIZE)));
  }
}

/** A long, varied stream: every fixture case, errors, empty bodies, one near-max frame. */
function bigStream(): { bytes: Uint8Array; frames: number } {
  const parts: Uint8Array[] = [];
  let seq = 1;
  for (let round = 0; round < 3; round++) {
    for (const c of allCases) {
      if (c.kind === 'request') {
        parts.push(c.request(seq), c.response(seq));
        seq++;
      } else {
        parts.push(c.push());
      }
    }
    parts.push(
      encodeError({ service: 3, command: 1, seq: seq++ }, Code.USER_NOT_FOUND, '找不到用户 🤷', 'to_uid'),
    );
    parts.push(encodeRequest(Commands.logout, seq++, {}));
  }
  // A send with content so large that the frame is exactly the default maximum.
  const filler = encodeRequest(Commands.send, seq, { toUid: 'b', content: '' });
  const contentBytes = DEFAULT_MAX_FRAME - filler.length - 4; // tag + 3-byte length prefix
  const content = 'a'.repeat(contentBytes % 2) + 'é'.repeat(Math.floor(contentBytes / 2));
  parts.push(encodeRequest(Commands.send, seq, { toUid: 'b', content }));
  expect(parts.at(-1)?.length).toBe(DEFAULT_MAX_FRAME);
  return { bytes: concat(parts), frames: parts.length };
}

describe('FrameDecoder streaming', () => {
  const { bytes, frames } = bigStream();
  const reference = new FrameDecoder().push(bytes).map(plain);

  it('decodes a coalesced stream of many frames in one push', () => {
    expect(reference).toHaveLength(frames);
    expect(reference.every((e) => e.kind === 'frame')).toBe(true);
  });

  it('byte-by-byte feeding yields the identical frames', () => {
    const d = new FrameDecoder();
    const { events, maxBuffered } = feed(d, chunkBy(bytes, [1]));
    expect(events.map(plain)).toEqual(reference);
    expect(d.buffered).toBe(0);
    expect(maxBuffered).toBeLessThan(DEFAULT_MAX_FRAME);
  });

  it('random chunk splits yield the identical frames', () => {
    const rand = prng(0xc0ffee);
    for (let trial = 0; trial < 25; trial++) {
      const maxChunk = [2, 7, 19, 20, 21, 64, 1500, 70_000][trial % 8]!;
      const sizes = Array.from({ length: 97 }, () => 1 + Math.floor(rand() * maxChunk));
      const d = new FrameDecoder();
      const { events } = feed(d, chunkBy(bytes, sizes));
      expect(events.map(plain)).toEqual(reference);
      expect(d.buffered).toBe(0);
    }
  });

  it('Node Buffers as chunks give the same frames as plain Uint8Arrays', () => {
    const d = new FrameDecoder();
    const chunks = chunkBy(bytes, [333, 17, 4096]).map((c) => Buffer.from(c));
    expect(feed(d, chunks).events.map(plain)).toEqual(reference);
  });

  it('empty chunks are harmless', () => {
    const d = new FrameDecoder();
    const f = hb(1);
    expect(d.push(new Uint8Array(0))).toEqual([]);
    expect(d.push(f.subarray(0, 5))).toEqual([]);
    expect(d.push(new Uint8Array(0))).toEqual([]);
    expectFrame(only(d.push(f.subarray(5))), f);
  });

  it('frame bodies are copies: reusing or mutating the input chunk later does not change them', () => {
    const a = hb(1);
    const b = hb(2);
    const chunk = Buffer.from(concat([a, b.subarray(0, 25)]));
    const d = new FrameDecoder();
    const first = only(d.push(chunk));
    const before = first.kind === 'frame' ? hex(first.frame.body) : '';
    chunk.fill(0xee); // a transport reusing its read buffer
    expect(first.kind === 'frame' && hex(first.frame.body)).toBe(before);
    // The partial second frame was copied too.
    expectFrame(only(d.push(b.subarray(25))), b);
  });
});

describe('FrameDecoder cost', () => {
  it('a large frame trickling in small chunks costs linear time, not quadratic copying', () => {
    // 4 MiB in 64-byte chunks: a decoder that re-concatenates what it holds on every chunk
    // copies ~137 GB here; a linear one copies a few MiB.
    const size = 4 * 1024 * 1024;
    const frame = rawFrame({ seq: 1 }, new Uint8Array(size - HEADER_SIZE).fill(0x42));
    const d = new FrameDecoder(size);
    const started = performance.now();
    const events: DecodeEvent[] = [];
    for (let off = 0; off < frame.length; off += 64) {
      events.push(...d.push(frame.subarray(off, off + 64)));
      if (off % (1 << 20) === 0) expect(d.buffered).toBe(Math.min(off + 64, frame.length));
    }
    const elapsed = performance.now() - started;
    expect(events).toHaveLength(1);
    expectFrame(events[0], frame);
    expect(elapsed).toBeLessThan(3000);
  });
});

describe('FrameDecoder truncation', () => {
  it('a truncated header yields nothing until the header is complete', () => {
    const f = hb(9);
    const d = new FrameDecoder();
    for (let i = 0; i < HEADER_SIZE - 1; i++) expect(d.push(f.subarray(i, i + 1))).toEqual([]);
    expect(d.buffered).toBe(HEADER_SIZE - 1);
    expectFrame(only(d.push(f.subarray(HEADER_SIZE - 1))), f);
    expect(d.buffered).toBe(0);
  });

  it('a truncated body yields nothing until the body is complete', () => {
    const f = encodeRequest(Commands.send, 3, { toUid: '张伟', content: '🙂'.repeat(100) });
    const d = new FrameDecoder();
    expect(d.push(f.subarray(0, HEADER_SIZE))).toEqual([]);
    expect(d.push(f.subarray(HEADER_SIZE, f.length - 1))).toEqual([]);
    expect(d.buffered).toBe(f.length - 1);
    expectFrame(only(d.push(f.subarray(f.length - 1))), f);
  });

  it('a frame whose tail arrives together with the next frames', () => {
    const a = hb(1);
    const b = hb(2);
    const c = hb(3);
    const d = new FrameDecoder();
    expect(d.push(a.subarray(0, 10))).toEqual([]);
    const events = d.push(concat([a.subarray(10), b, c.subarray(0, 3)]));
    expect(events).toHaveLength(2);
    expectFrame(events[0], a);
    expectFrame(events[1], b);
    expectFrame(only(d.push(c.subarray(3))), c);
  });
});

describe('FrameDecoder fatal headers', () => {
  function expectFatal(events: DecodeEvent[], code: Code): void {
    const e = events.at(-1);
    expect(e?.kind).toBe('fatal');
    if (e?.kind === 'fatal') {
      expect(e.code).toBe(code);
      expect(e.message.length).toBeGreaterThan(0);
      expect(e.header).toBeDefined();
    }
  }

  it.each([0, 1, 19])('length %i < 20 is fatal BAD_FRAME', (length) => {
    const d = new FrameDecoder();
    expectFatal(d.push(rawHeader({ length })), Code.BAD_FRAME);
    expect(d.failed).toBe(true);
  });

  it.each([0, 2, 0x0100, 0xffff])('version %i is fatal UNSUPPORTED_VERSION', (version) => {
    const d = new FrameDecoder();
    expectFatal(d.push(rawHeader({ length: 20, version })), Code.UNSUPPORTED_VERSION);
  });

  it('a length above ABSOLUTE_MAX_FRAME is fatal, whatever the configured max', () => {
    for (const max of [DEFAULT_MAX_FRAME, ABSOLUTE_MAX_FRAME, 2 ** 32 - 1]) {
      const d = new FrameDecoder(max);
      expectFatal(d.push(rawHeader({ length: ABSOLUTE_MAX_FRAME + 1 })), Code.FRAME_TOO_LARGE);
      const d2 = new FrameDecoder(max);
      expectFatal(d2.push(rawHeader({ length: 0xffffffff })), Code.FRAME_TOO_LARGE);
    }
  });

  it('fatal comes after the valid frames before it, and stops the stream', () => {
    const d = new FrameDecoder();
    const events = d.push(concat([hb(1), hb(2), rawHeader({ length: 20, version: 7 }), hb(3)]));
    expect(events.map((e) => e.kind)).toEqual(['frame', 'frame', 'fatal']);
    expectFatal(events, Code.UNSUPPORTED_VERSION);
  });

  it('after fatal the decoder ignores all input and holds no memory', () => {
    const d = new FrameDecoder();
    d.push(concat([rawHeader({ length: 3 }), new Uint8Array(5000)]));
    expect(d.failed).toBe(true);
    expect(d.buffered).toBe(0);
    expect(d.push(hb(1))).toEqual([]);
    expect(d.push(new Uint8Array(100_000))).toEqual([]);
    expect(d.buffered).toBe(0);
  });

  it('a fatal header split across chunks is reported once the 20 bytes are in', () => {
    const h = rawHeader({ length: 20, version: 9 });
    const d = new FrameDecoder();
    for (let i = 0; i < HEADER_SIZE - 1; i++) expect(d.push(h.subarray(i, i + 1))).toEqual([]);
    expectFatal(d.push(h.subarray(HEADER_SIZE - 1)), Code.UNSUPPORTED_VERSION);
  });

  it('plain-text and TLS clients on the frame port are refused at once', () => {
    const http = new TextEncoder().encode('GET /ws HTTP/1.1\r\nHost: parley.example\r\n\r\n');
    // TLS 1.2 ClientHello record header: handshake, version 3.1, length, then handshake bytes.
    const tls = new Uint8Array([
      0x16, 0x03, 0x01, 0x02, 0x00, 0x01, 0x00, 0x01, 0xfc, 0x03, 0x03, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11,
    ]);
    for (const garbage of [http, tls]) {
      const d = new FrameDecoder();
      const e = only(d.push(garbage));
      expect(e.kind).toBe('fatal');
      expect(d.failed).toBe(true);
    }
  });
});

describe('FrameDecoder refused frames (stream continues)', () => {
  it('a frame above the configured max is rejected and its body skipped across many chunks', () => {
    const max = 1024;
    const d = new FrameDecoder(max);
    const big = rawFrame({ service: 3, command: 1, seq: 77 }, new Uint8Array(10_000).fill(0x5a));
    const next = hb(78);
    const stream = concat([big, next]);
    const events: DecodeEvent[] = [];
    const rand = prng(7);
    let off = 0;
    while (off < stream.length) {
      const n = 1 + Math.floor(rand() * 900);
      events.push(...d.push(stream.subarray(off, off + n)));
      off += n;
      // While skipping, nothing of the oversized frame is held.
      expect(d.buffered).toBeLessThanOrEqual(max);
      if (off > HEADER_SIZE && off < big.length) expect(d.buffered).toBe(0);
    }
    expect(events.map((e) => e.kind)).toEqual(['reject', 'frame']);
    const r = events[0]!;
    if (r.kind !== 'reject') throw new Error('expected reject');
    expect(r.code).toBe(Code.FRAME_TOO_LARGE);
    expect(r.header).toMatchObject({ seq: 77, service: 3, command: 1, length: big.length });
    expectFrame(events[1], next);
    expect(d.failed).toBe(false);
  });

  it('the reject is reported as soon as the header arrives, before the body', () => {
    const d = new FrameDecoder(100);
    const big = rawFrame({ seq: 5 }, new Uint8Array(500));
    const e = only(d.push(big.subarray(0, HEADER_SIZE)));
    expect(e.kind).toBe('reject');
    expect(d.push(big.subarray(HEADER_SIZE, 300))).toEqual([]);
    expect(d.buffered).toBe(0);
    const f = hb(6);
    // The rest of the skipped body and the next frame in one chunk.
    expectFrame(only(d.push(concat([big.subarray(300), f]))), f);
  });

  it('a rejected frame entirely inside one chunk is skipped in place', () => {
    const d = new FrameDecoder(64);
    const big = rawFrame({ seq: 5 }, new Uint8Array(200).fill(1));
    const events = d.push(concat([hb(1), big, hb(2)]));
    expect(events.map((e) => e.kind)).toEqual(['frame', 'reject', 'frame']);
  });

  it('exactly max is accepted, max + 1 is rejected', () => {
    const max = 300;
    const ok = rawFrame({}, new Uint8Array(max - HEADER_SIZE));
    const tooBig = rawFrame({}, new Uint8Array(max - HEADER_SIZE + 1));
    expect(only(new FrameDecoder(max).push(ok)).kind).toBe('frame');
    const e = only(new FrameDecoder(max).push(tooBig));
    expect(e.kind === 'reject' && e.code).toBe(Code.FRAME_TOO_LARGE);
  });

  it('ABSOLUTE_MAX_FRAME itself is only rejected (not fatal) and skipped', () => {
    const d = new FrameDecoder();
    const e = only(d.push(rawHeader({ length: ABSOLUTE_MAX_FRAME, seq: 1 })));
    expect(e.kind === 'reject' && e.code).toBe(Code.FRAME_TOO_LARGE);
    const chunk = new Uint8Array(1 << 20);
    let left = ABSOLUTE_MAX_FRAME - HEADER_SIZE;
    while (left > 0) {
      const n = Math.min(left, chunk.length);
      expect(d.push(chunk.subarray(0, n))).toEqual([]);
      expect(d.buffered).toBe(0);
      left -= n;
    }
    const f = hb(2);
    expectFrame(only(d.push(f)), f);
  });

  it('every unknown flag bit is rejected with BAD_FRAME and the frame skipped', () => {
    for (let bit = 0; bit < 16; bit++) {
      const flags = 1 << bit;
      const frame = rawFrame({ flags, seq: 40 + bit }, new Uint8Array([8, 1]));
      const d = new FrameDecoder();
      const events = d.push(concat([frame, hb(1)]));
      if ((flags & KNOWN_FLAGS) !== 0) {
        expect(events.map((e) => e.kind)).toEqual(['frame', 'frame']);
      } else {
        expect(events.map((e) => e.kind)).toEqual(['reject', 'frame']);
        const r = events[0]!;
        expect(r.kind === 'reject' && r.code).toBe(Code.BAD_FRAME);
        expect(r.kind === 'reject' && r.header.seq).toBe(40 + bit);
      }
    }
    // Known bits together are fine; one unknown bit among them is not.
    const all = rawFrame({ flags: Flag.response | Flag.compressed | Flag.push }, new Uint8Array(0));
    expect(only(new FrameDecoder().push(all)).kind).toBe('frame');
    const mixed = rawFrame({ flags: Flag.response | 0x8000 }, new Uint8Array(0));
    expect(only(new FrameDecoder().push(mixed)).kind).toBe('reject');
  });

  it('unknown service/command is delimited as a frame; lookupCommand says there is no such command', () => {
    const d = new FrameDecoder();
    const events = d.push(
      concat([rawFrame({ service: 9, command: 9, seq: 3 }, new Uint8Array([1, 2, 3])), hb(4)]),
    );
    expect(events.map((e) => e.kind)).toEqual(['frame', 'frame']);
    const e = events[0]!;
    if (e.kind !== 'frame') throw new Error('frame expected');
    expect(lookupCommand(e.frame.service, e.frame.command)).toBeUndefined();
    expect(lookupCommand(1, 999)).toBeUndefined();
  });

  it('a non-zero reserved field or status in a request is passed through, not refused', () => {
    const f = rawFrame({ reserved: 0xffff, status: 7, seq: 2 }, new Uint8Array(0));
    const e = only(new FrameDecoder().push(f));
    expect(e.kind).toBe('frame');
    expect(e.kind === 'frame' && e.frame.status).toBe(7);
  });
});

describe('bodies that are not valid protobuf', () => {
  const invalid: Array<[string, number[]]> = [
    ['truncated varint', [0x08, 0x80]],
    ['length prefix beyond the end', [0x0a, 0x05, 0x61]],
    ['huge length prefix', [0x0a, 0xff, 0xff, 0xff, 0xff, 0x0f]],
    ['wire type 6', [0x0e, 0x00]],
    ['wire type 7', [0x0f, 0x00]],
    ['stray end-group', [0x0c]],
    ['unterminated group', [0x0b, 0x08, 0x01]],
    ['truncated fixed64', [0x09, 1, 2, 3]],
    ['truncated fixed32', [0x0d, 1, 2]],
  ];
  const codecs = allBodyDecoders;

  for (const [label, bytes] of invalid) {
    it(`${label}: every command's decoder throws an Error (the server answers BAD_BODY)`, () => {
      const frame = rawFrame({ service: 3, command: 1, seq: 1 }, new Uint8Array(bytes));
      const e = only(new FrameDecoder().push(frame));
      if (e.kind !== 'frame') throw new Error('frame expected');
      for (const [name, decode] of codecs) {
        expect(() => decode(e.frame.body), name).toThrow(Error);
      }
    });
  }

  it('an over-long varint (11+ bytes) throws where it is read, and is only skipped where it is not', () => {
    // protobufjs checks the 10-byte limit when it reads a varint field, but skips an unknown or
    // mistyped field's varint without that check. Either way: an Error or a message, no crash.
    const body = new Uint8Array([0x08, ...new Array<number>(11).fill(0xff), 0x01]);
    let threw = 0;
    for (const [name, decode] of codecs) {
      try {
        expect(decode(body), name).toBeTypeOf('object');
      } catch (err) {
        expect(err, name).toBeInstanceOf(Error);
        threw++;
      }
    }
    // Every message whose field 1 is a varint (heartbeat.ts, deliver_ack.seq, ...) refuses it.
    expect(threw).toBeGreaterThan(0);
    expect(() => Commands.heartbeat.req.decode(body)).toThrow(/varint/);
  });

  it('a deeply nested group does not overflow the stack or hang', () => {
    const body = new Uint8Array(200_000).fill(0x0b); // start-group, forever
    for (const [name, decode] of codecs) expect(() => decode(body), name).toThrow(Error);
  });
});

describe('decodeSingle (one WebSocket message = one frame)', () => {
  it('accepts a message of exactly the frame length; the body is the rest', () => {
    for (const c of allCases) {
      const bytes = c.kind === 'request' ? c.response(12) : c.push();
      const e = decodeSingle(bytes);
      expectFrame(e, bytes);
    }
  });

  it('a message longer or shorter than its header length is rejected with BAD_FRAME', () => {
    const f = hb(1);
    for (const bytes of [concat([f, new Uint8Array([0])]), f.subarray(0, f.length - 1), concat([f, hb(2)])]) {
      const e = decodeSingle(bytes);
      expect(e.kind).toBe('reject');
      expect(e.kind === 'reject' && e.code).toBe(Code.BAD_FRAME);
      expect(e.kind === 'reject' && e.header.seq).toBe(1);
    }
  });

  it('a message shorter than a header is fatal BAD_FRAME without a header', () => {
    for (const n of [0, 1, 19]) {
      const e = decodeSingle(hb(1).subarray(0, n));
      expect(e.kind).toBe('fatal');
      expect(e.kind === 'fatal' && e.code).toBe(Code.BAD_FRAME);
      expect(e.kind === 'fatal' && e.header).toBeUndefined();
    }
  });

  it('applies the same header checks as the stream decoder', () => {
    expect(decodeSingle(rawHeader({ length: 20, version: 2 }))).toMatchObject({
      kind: 'fatal',
      code: Code.UNSUPPORTED_VERSION,
    });
    expect(decodeSingle(rawHeader({ length: 10 }))).toMatchObject({ kind: 'fatal', code: Code.BAD_FRAME });
    expect(decodeSingle(rawFrame({ flags: 0x10 }, new Uint8Array(0)))).toMatchObject({
      kind: 'reject',
      code: Code.BAD_FRAME,
    });
    const big = rawFrame({ seq: 4 }, new Uint8Array(200));
    expect(decodeSingle(big, 100)).toMatchObject({
      kind: 'reject',
      code: Code.FRAME_TOO_LARGE,
      header: { seq: 4 },
    });
    expect(decodeSingle(rawHeader({ length: ABSOLUTE_MAX_FRAME + 1 }))).toMatchObject({
      kind: 'fatal',
      code: Code.FRAME_TOO_LARGE,
    });
  });

  it('pushes and responses decode with their flags', () => {
    const p = decodeSingle(encodePush(Commands.goaway, { code: Code.IDLE_TIMEOUT, reconnect: true }));
    expect(p.kind === 'frame' && p.frame.flags).toBe(Flag.push);
    const r = decodeSingle(encodeResponse(Commands.sync, 9, { maxSeq: 3 }));
    expect(r.kind === 'frame' && r.frame.flags).toBe(Flag.response);
  });
});
