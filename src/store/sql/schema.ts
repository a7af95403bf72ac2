/**
 * Row shapes of the SQL store, shared by every dialect. Columns are snake_case; ids, times and
 * seqs are 64-bit integers that the drivers must return as JS numbers (all stay below 2^53).
 * Booleans are stored as 0/1 because SQLite has no boolean type and better-sqlite3 binds none.
 */
import type { ConvKind, MessageKind, PlatformName } from '../types.ts';

export interface UsersTable {
  uid: string;
  nickname: string;
  password_hash: string;
  disabled: number;
  created_at: number;
}

/** Login tokens by SHA-256 hex of the token; the token itself is never stored. */
export interface TokensTable {
  token_hash: string;
  uid: string;
  device_id: string;
  created_at: number;
  expires_at: number;
}

export interface DevicesTable {
  uid: string;
  device_id: string;
  platform: PlatformName;
  ack_seq: number;
  last_login_at: number;
}

/**
 * One row per stored message. (sender_uid, client_msg_id) is unique: the idempotency key of a
 * send. sender_seq is the message's seq in the sender's timeline (0 when the sender was not a
 * recipient), kept so that a duplicate send can answer with the first ack.
 */
export interface MessagesTable {
  msg_id: number;
  sender_uid: string;
  client_msg_id: string;
  conv_type: ConvKind;
  to_id: string;
  type: MessageKind;
  content: string;
  ts: number;
  sender_seq: number;
}

/** A user's timeline: primary key (uid, seq); seqs per uid are 1, 2, 3, ... with no gaps. */
export interface TimelineTable {
  uid: string;
  seq: number;
  msg_id: number;
}

/**
 * The highest seq handed out per user, equal to the user's highest timeline seq. Writers read
 * it under a row lock (or the database write lock) and raise it in the same transaction as the
 * timeline rows, which is what keeps seqs gap-free with several writers.
 */
export interface UserSeqTable {
  uid: string;
  seq: number;
}

export interface Database {
  users: UsersTable;
  tokens: TokensTable;
  devices: DevicesTable;
  messages: MessagesTable;
  timeline: TimelineTable;
  user_seq: UserSeqTable;
}
