import type { ConvTypeName, MessageTypeName, PlatformName } from '@parley/protocol';
import type { TransportFactory } from './transport.ts';

export type { PlatformName };
export type MessageType = MessageTypeName;
export type ConvType = ConvTypeName;

export interface ReconnectOptions {
  /** First delay, and the floor of every delay. Default 200 ms. */
  minDelayMs?: number;
  /** Ceiling of the exponential backoff. Default 10 000 ms. */
  maxDelayMs?: number;
}

export interface ParleyClientOptions {
  /** Creates a transport; called once per connection attempt (first connect and every reconnect). */
  transport: TransportFactory;
  /** Backoff bounds, or `false` to never reconnect on its own. */
  reconnect?: ReconnectOptions | false;
  /** How long a request waits for its response. Default 10 000 ms. */
  requestTimeoutMs?: number;
  /**
   * Heartbeat period. Default: what the server says at login (30 000 ms before login). A connection
   * that receives nothing for 3 periods is considered dead and replaced.
   */
  heartbeatIntervalMs?: number;
  /** Delay that coalesces delivery acks of pushed messages. Default 20 ms. */
  ackDelayMs?: number;
  /** Page size of sync requests. Default 200. */
  syncPageSize?: number;
  /** Largest frame accepted from the server. Default 16 MiB (the protocol's absolute maximum). */
  maxFrameBytes?: number;
  /** Sent as LoginReq.client_version. Default `'parley-js/0.1.0'`. */
  clientVersion?: string;
}

export interface RegisterParams {
  uid: string;
  password: string;
  nickname?: string;
}

export type LoginCredentials = { uid: string; password: string } | { token: string; uid?: string };

export interface DeviceInfo {
  deviceId: string;
  platform: PlatformName;
}

export interface LoginResult {
  uid: string;
  /** Token for the next login; the client itself reuses it when it reconnects. */
  token: string;
  /** Unix milliseconds. */
  tokenExpiresAt: number;
  sessionId: string;
  /** Highest seq in the user's timeline at login. */
  maxSeq: number;
  /** Highest seq this device had acknowledged before this login. */
  deviceAckSeq: number;
}

export interface SendParams {
  /** Recipient uid. */
  to: string;
  /** Default `'text'`. */
  type?: MessageType;
  /** Text, or JSON for custom and media types. */
  content: string;
  /** Idempotency key; default a random UUID. Reuse it to retry a send without duplicating it. */
  clientMsgId?: string;
}

export interface SendResult {
  msgId: number;
  /** Seq of the message in the sender's own timeline. */
  seq: number;
  /** Server time, Unix milliseconds. */
  ts: number;
  /** True when the server had already stored this clientMsgId and replayed the first ack. */
  duplicate: boolean;
  clientMsgId: string;
}

/** One entry of the user's timeline: a message received, or sent from any of the user's devices. */
export interface ChatMessage {
  msgId: number;
  clientMsgId: string;
  from: string;
  /** Recipient uid (C2C) or group id. */
  to: string;
  convType: ConvType;
  type: MessageType;
  content: string;
  ts: number;
  seq: number;
}

export interface ReceiptEvent {
  msgId: number;
  clientMsgId: string;
  /** The uid whose device received (or read) the message. */
  by: string;
  ts: number;
}

export interface KickedEvent {
  code: number;
  reason: string;
}

export interface DisconnectedEvent {
  /** Status code from the server (GOAWAY, KICKED) or WebSocket close code, when there is one. */
  code?: number;
  reason: string;
  /** True when the client will reconnect (and log in again) by itself. */
  willReconnect: boolean;
}

export interface ClientEvents {
  /** Each timeline entry exactly once, in seq order, own sends included. */
  message: ChatMessage;
  /** A peer's device has a message this user sent. */
  delivered: ReceiptEvent;
  /** A peer read a message this user sent. */
  read: ReceiptEvent;
  /** The server ended this session (replaced by another login, or revoked). No reconnect follows. */
  kicked: KickedEvent;
  disconnected: DisconnectedEvent;
  /** Connected and logged in again after a disconnect; the outbox was resent and a sync started. */
  reconnected: LoginResult;
  /** Something failed in the background (re-login, sync, a bad frame, a throwing listener). */
  error: Error;
}

/**
 * `idle`: no connection and no reconnect pending — before connect, and after a session ended for
 * good (logout, kick, GOAWAY without reconnect, refused re-login, or any drop with
 * `reconnect: false`); `login()` may be called again. `connecting`: opening a connection on
 * request. `connected`: open, not logged in. `ready`: logged in. `reconnecting`: waiting for or
 * doing a reconnect. `closed`: after `close()` only; the client cannot be used again.
 */
export type ClientState = 'idle' | 'connecting' | 'connected' | 'ready' | 'reconnecting' | 'closed';
