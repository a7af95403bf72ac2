/**
 * Frame layout. Every frame is a fixed 20-byte big-endian header followed by a protobuf body.
 * Offsets and limits live here only; docs/protocol.md has a table per field.
 */
export const HEADER_SIZE = 20;

export const Offset = {
  /** u32: total frame length, header included. */
  length: 0,
  /** u16: protocol version, currently 1. */
  version: 4,
  /** u16: bit flags, see Flag. */
  flags: 6,
  /** u16: service id, see Service. */
  service: 8,
  /** u16: command id within the service. */
  command: 10,
  /** u32: request sequence chosen by the requester; echoed by the response. 0 for pushes. */
  seq: 12,
  /** u16: status code of a response (0 = OK); 0 in requests and pushes. */
  status: 16,
  /** u16: reserved, must be 0. */
  reserved: 18,
} as const;

export const PROTOCOL_VERSION = 1;

export const Flag = {
  /** The frame answers a request with the same seq. */
  response: 1 << 0,
  /** The body is raw-deflate compressed. */
  compressed: 1 << 1,
  /** A server-initiated frame (push); the receiver does not answer it with a response. */
  push: 1 << 2,
} as const;
export const KNOWN_FLAGS = Flag.response | Flag.compressed | Flag.push;

/** Default maximum frame size (header + body); configurable per server. */
export const DEFAULT_MAX_FRAME = 64 * 1024;
/** Largest frame length any peer may announce, whatever it is configured to; bigger is garbage. */
export const ABSOLUTE_MAX_FRAME = 16 * 1024 * 1024;

export const Service = {
  system: 1,
  auth: 2,
  msg: 3,
  group: 4,
  conv: 5,
  contact: 6,
  user: 7,
  biz: 8,
} as const;
export type ServiceId = (typeof Service)[keyof typeof Service];
