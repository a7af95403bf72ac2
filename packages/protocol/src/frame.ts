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
  const out = new Uint8Array(length);
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  view.setUint32(Offset.length, length);
  view.setUint16(Offset.version, PROTOCOL_VERSION);
  view.setUint16(Offset.flags, fields.flags ?? 0);
  view.setUint16(Offset.service, fields.service);
  view.setUint16(Offset.command, fields.command);
  view.setUint32(Offset.seq, fields.seq ?? 0);
  view.setUint16(Offset.status, fields.status ?? 0);
  view.setUint16(Offset.reserved, 0);
  out.set(body, HEADER_SIZE);
  return out;
}

/** Reads a header from the first 20 bytes of `bytes` without checking it. */
export function readHeader(bytes: Uint8Array): FrameHeader {
  const view = new DataView(bytes.buffer, bytes.byteOffset, HEADER_SIZE);
  return {
    length: view.getUint32(Offset.length),
    version: view.getUint16(Offset.version),
    flags: view.getUint16(Offset.flags),
    service: view.getUint16(Offset.service),
    command: view.getUint16(Offset.command),
    seq: view.getUint32(Offset.seq),
    status: view.getUint16(Offset.status),
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
