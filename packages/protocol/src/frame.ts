import { ABSOLUTE_MAX_FRAME, Flag, HEADER_SIZE, KNOWN_FLAGS, Offset, PROTOCOL_VERSION } from './constants.ts';
import { Code } from './errors.ts';

/** The decoded 20-byte header. */
export interface FrameHeader {
  /** Total frame length, header included. */
  readonly length: number;
  readonly version: number;
  readonly flags: number;
  readonly service: number;
  readonly command: number;
  readonly seq: number;
  readonly status: number;
}

export interface Frame extends FrameHeader {
  /** The body bytes (still compressed when Flag.compressed is set). */
  readonly body: Uint8Array;
}

export interface FrameFields {
  service: number;
  command: number;
  seq?: number;
  flags?: number;
  status?: number;
}

/** Builds one frame: header followed by body, in a single allocation. */
export function encodeFrame(fields: FrameFields, body: Uint8Array): Uint8Array {
  const length = HEADER_SIZE + body.length;
  const out = allocate(length);
  put32(out, Offset.length, length);
  put16(out, Offset.version, PROTOCOL_VERSION);
  put16(out, Offset.flags, fields.flags ?? 0);
  put16(out, Offset.service, fields.service);
  put16(out, Offset.command, fields.command);
  put32(out, Offset.seq, fields.seq ?? 0);
  put16(out, Offset.status, fields.status ?? 0);
  put16(out, Offset.reserved, 0);
  out.set(body, HEADER_SIZE);
  return out;
}

/**
 * Uninitialised memory for a frame that is written in full: Node's pooled Buffer where there is
 * one (cheaper than a zeroed array, and sockets take it without a conversion), else a plain array.
 */
const allocate: (n: number) => Uint8Array =
  typeof globalThis.Buffer === 'function'
    ? (n) => globalThis.Buffer.allocUnsafe(n)
    : (n) => new Uint8Array(n);

function put16(b: Uint8Array, at: number, v: number): void {
  b[at] = (v >>> 8) & 0xff;
  b[at + 1] = v & 0xff;
}

function put32(b: Uint8Array, at: number, v: number): void {
  b[at] = (v >>> 24) & 0xff;
  b[at + 1] = (v >>> 16) & 0xff;
  b[at + 2] = (v >>> 8) & 0xff;
  b[at + 3] = v & 0xff;
}

const get16 = (b: Uint8Array, at: number): number => (b[at]! << 8) | b[at + 1]!;
const get32 = (b: Uint8Array, at: number): number =>
  ((b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!) >>> 0;

/** Reads a header from the first 20 bytes of `bytes` without checking it. */
export function readHeader(bytes: Uint8Array): FrameHeader {
  return {
    length: get32(bytes, Offset.length),
    version: get16(bytes, Offset.version),
    flags: get16(bytes, Offset.flags),
    service: get16(bytes, Offset.service),
    command: get16(bytes, Offset.command),
    seq: get32(bytes, Offset.seq),
    status: get16(bytes, Offset.status),
  };
}

/**
 * What is wrong with a header, if anything.
 * `fatal` means the byte stream can no longer be split into frames and must be closed;
 * otherwise the frame is delimited and only it is refused.
 */
export interface HeaderProblem {
  readonly code: Code;
  readonly message: string;
  readonly fatal: boolean;
}

export function checkHeader(h: FrameHeader, maxFrame: number): HeaderProblem | undefined {
  if (h.length < HEADER_SIZE) {
    return {
      code: Code.BAD_FRAME,
      message: `frame length ${h.length} is below the header size`,
      fatal: true,
    };
  }
  if (h.version !== PROTOCOL_VERSION) {
    return {
      code: Code.UNSUPPORTED_VERSION,
      message: `protocol version ${h.version} not supported`,
      fatal: true,
    };
  }
  if (h.length > ABSOLUTE_MAX_FRAME) {
    return { code: Code.FRAME_TOO_LARGE, message: `frame length ${h.length} is not plausible`, fatal: true };
  }
  if (h.length > maxFrame) {
    return {
      code: Code.FRAME_TOO_LARGE,
      message: `frame of ${h.length} bytes exceeds the limit of ${maxFrame}`,
      fatal: false,
    };
  }
  if ((h.flags & ~KNOWN_FLAGS) !== 0) {
    return { code: Code.BAD_FRAME, message: `unknown flag bits 0x${h.flags.toString(16)}`, fatal: false };
  }
  return undefined;
}

export const isResponse = (h: FrameHeader): boolean => (h.flags & Flag.response) !== 0;
export const isPush = (h: FrameHeader): boolean => (h.flags & Flag.push) !== 0;
