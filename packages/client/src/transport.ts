/**
 * How the client moves bytes. One interface for every socket kind (TCP, TLS, WebSocket, in-memory);
 * the client never touches a socket itself.
 *
 * Contract:
 * - The client sets `onData` and `onClose` before calling `connect()`, and calls `connect()` once.
 * - `connect()` resolves when bytes can be sent, and rejects when the connection could not be
 *   opened; `onClose` is not called in that case.
 * - After `connect()` resolved, `onClose` is called exactly once, whoever closed the connection
 *   (the peer, a network error or `close()`). No `onData` call follows it.
 * - `send()` queues the bytes and never throws; bytes sent after the connection closed are dropped.
 * - `framing` says how `onData` chunks relate to frames: `'stream'` chunks are arbitrary slices of a
 *   byte stream (TCP); `'message'` chunks are exactly one frame each (one WebSocket binary message).
 */
export interface Transport {
  readonly framing: TransportFraming;
  /** Called with received bytes, in order. */
  onData: (bytes: Uint8Array) => void;
  /** Called once when an open connection ends. */
  onClose: (info: TransportCloseInfo) => void;
  connect(): Promise<void>;
  send(bytes: Uint8Array): void;
  /** Closes the connection; idempotent. */
  close(): void;
}

export type TransportFraming = 'stream' | 'message';

/** Why a connection ended. */
export interface TransportCloseInfo {
  /** WebSocket close code, when the transport has one. */
  readonly code?: number;
  readonly reason: string;
  /** The network error that ended the connection, if one did. */
  readonly error?: Error;
}

/** Creates a fresh transport; the client calls it once per connection attempt. */
export type TransportFactory = () => Transport;

/** Handlers that do nothing, installed until the client sets its own. */
export const noopData = (_bytes: Uint8Array): void => {};
export const noopClose = (_info: TransportCloseInfo): void => {};

/** An error while opening a connection (refused, DNS, TLS handshake, WebSocket error event). */
export class TransportError extends Error {
  override readonly name = 'TransportError';
}
