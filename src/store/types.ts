/**
 * The Store: the only place where state lasts. Split by aggregate; each part is a small
 * interface that the SQLite (embedded) and MySQL (cluster) implementations both satisfy, and
 * that test/contract/store.contract.ts checks for every implementation.
 *
 * Times are unix milliseconds. Message ids are positive integers below 2^53 (see
 * src/logic/id-generator.ts), seqs are positive integers.
 */

import type { ConvTypeName, MessageTypeName, PlatformName } from '@parley/protocol';

export type { PlatformName };

export interface UserRecord {
  readonly uid: string;
  readonly nickname: string;
  /** argon2id/scrypt PHC string; empty for users that may only log in with issued tokens. */
  readonly passwordHash: string;
  readonly disabled: boolean;
  readonly createdAt: number;
}

export interface NewUser {
  uid: string;
  nickname: string;
  passwordHash: string;
  createdAt: number;
}

export interface UserStore {
  /** Creates a user. Throws DuplicateError when the uid exists. */
  create(user: NewUser): Promise<void>;
  get(uid: string): Promise<UserRecord | undefined>;
  /** The subset of `uids` that exist (disabled users included). */
  existing(uids: readonly string[]): Promise<Set<string>>;
  /** Users ordered by uid, starting after `after`. */
  list(opts: { after?: string; limit: number }): Promise<UserRecord[]>;
  /** Throws NotFoundError for an unknown uid. */
  setDisabled(uid: string, disabled: boolean): Promise<void>;
  /** Throws NotFoundError for an unknown uid. */
  setPasswordHash(uid: string, passwordHash: string): Promise<void>;
}

export interface TokenRecord {
  /** SHA-256 of the token, hex; the token itself is never stored. */
  readonly tokenHash: string;
  readonly uid: string;
  readonly deviceId: string;
  readonly createdAt: number;
  readonly expiresAt: number;
}

export interface TokenStore {
  /** Throws DuplicateError when the hash exists. */
  create(token: TokenRecord): Promise<void>;
  get(tokenHash: string): Promise<TokenRecord | undefined>;
  /** Deleting an unknown token is not an error. Returns whether one was deleted. */
  revoke(tokenHash: string): Promise<boolean>;
  /** Deletes every token of the user; returns how many. */
  revokeAllOf(uid: string): Promise<number>;
  /** Deletes tokens with expiresAt <= now; returns how many. */
  deleteExpired(now: number): Promise<number>;
}

export interface DeviceRecord {
  readonly uid: string;
  readonly deviceId: string;
  readonly platform: PlatformName;
  /** Highest timeline seq this device has acknowledged (0 = none). */
  readonly ackSeq: number;
  readonly lastLoginAt: number;
}

export interface DeviceStore {
  /** Creates the device or updates platform and lastLoginAt; ackSeq is kept. Returns the row. */
  upsert(d: {
    uid: string;
    deviceId: string;
    platform: PlatformName;
    lastLoginAt: number;
  }): Promise<DeviceRecord>;
  get(uid: string, deviceId: string): Promise<DeviceRecord | undefined>;
  listOf(uid: string): Promise<DeviceRecord[]>;
  /**
   * Raises each device's ackSeq to the given value; a lower value than the stored one leaves it
   * unchanged (cursors never move back). Unknown devices are ignored. One transaction.
   */
  raiseAckSeqs(updates: readonly { uid: string; deviceId: string; ackSeq: number }[]): Promise<void>;
}

export type ConvKind = ConvTypeName;
export type MessageKind = MessageTypeName;

export interface StoredMessage {
  readonly msgId: number;
  readonly clientMsgId: string;
  readonly fromUid: string;
  readonly convType: ConvKind;
  /** Recipient uid for c2c, group id for group. */
  readonly to: string;
  readonly type: MessageKind;
  readonly content: string;
  readonly ts: number;
}

export interface AppendRequest {
  /** msgId is assigned by the caller (unique, time-ordered); ts likewise. */
  readonly message: StoredMessage;
  /**
   * Users whose timelines receive the message (write diffusion). The sender should be among
   * them; duplicates are ignored.
   */
  readonly recipients: readonly string[];
}

export interface AppendResult {
  /** The stored message id: the request's, or for a duplicate the first send's. */
  readonly msgId: number;
  readonly ts: number;
  /** True when (fromUid, clientMsgId) had been stored before: nothing was written. */
  readonly duplicate: boolean;
  /** Seq of the message in the sender's timeline (also for a duplicate). */
  readonly senderSeq: number;
  /** Seq per recipient uid, sender included. Empty for a duplicate. */
  readonly seqs: ReadonlyMap<string, number>;
}

export interface TimelineEntry {
  readonly seq: number;
  readonly message: StoredMessage;
}

export interface TimelineRef {
  readonly seq: number;
  readonly msgId: number;
  readonly fromUid: string;
  readonly clientMsgId: string;
  readonly convType: ConvKind;
}

export interface MessageStore {
  /**
   * Stores a batch of messages and appends each to its recipients' timelines in ONE transaction
   * (group commit): when the promise resolves, everything is durable; when it rejects, nothing
   * of the batch was written.
   *
   * - Per user, seqs are consecutive (no gaps) and strictly increasing in batch order.
   * - Idempotent on (fromUid, clientMsgId): an earlier stored send, or an earlier item in the
   *   same batch, makes the item a duplicate that writes nothing and returns the first result.
   * - Results are in request order.
   */
  append(batch: readonly AppendRequest[]): Promise<AppendResult[]>;
  get(msgId: number): Promise<StoredMessage | undefined>;
  /** The entries of `uid`'s timeline with seq > afterSeq, ascending, at most `limit`. */
  timeline(
    uid: string,
    afterSeq: number,
    limit: number,
  ): Promise<{ entries: TimelineEntry[]; hasMore: boolean }>;
  /** Highest seq of `uid`'s timeline, 0 when empty. */
  maxSeq(uid: string): Promise<number>;
  /**
   * Like `timeline`, without the content: what delivery receipts need. Ascending, at most
   * `limit` entries with seq in (afterSeq, upTo].
   */
  timelineRefs(uid: string, afterSeq: number, upTo: number, limit: number): Promise<TimelineRef[]>;
  /** Highest message id stored, 0 when none. */
  lastMsgId(): Promise<number>;
}

/** The whole store. `close` waits for running work and releases connections. */
export interface Store {
  readonly users: UserStore;
  readonly tokens: TokenStore;
  readonly devices: DeviceStore;
  readonly messages: MessageStore;
  /** Applies pending migrations (every shard). Idempotent. */
  migrate(): Promise<void>;
  /** Cheap liveness check for /healthz. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
