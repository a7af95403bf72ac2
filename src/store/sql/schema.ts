/**
 * Row shapes of the SQL store, shared by every dialect. Columns are snake_case; ids, times and
 * seqs are 64-bit integers that the drivers must return as JS numbers (all stay below 2^53).
 * Booleans are stored as 0/1 because SQLite has no boolean type and better-sqlite3 binds none.
 */
import type { Generated, Insertable } from 'kysely';
import type {
  AdminRoleName,
  ConvKind,
  FriendRequestStatusName,
  GroupRoleName,
  GroupTypeName,
  JoinPolicyName,
  MessageKind,
  PlatformName,
  RefKindName,
} from '../types.ts';

export interface UsersTable {
  uid: string;
  nickname: string;
  password_hash: string;
  disabled: number;
  created_at: number;
  avatar: string;
  signature: string;
  read_receipts: number;
}

/** Login tokens by SHA-256 hex of the token; the token itself is never stored. */
export interface TokensTable {
  token_hash: string;
  uid: string;
  device_id: string;
  created_at: number;
  expires_at: number;
}

export interface ApiKeysTable {
  key_id: string;
  name: string;
  secret_hash: string;
  /** Comma-separated scopes. */
  scopes: string;
  created_at: number;
  revoked_at: number;
}

/** Console webhooks (docs/admin.md); `types` is a comma list ('' = all). */
export interface WebhooksTable {
  id: string;
  url: string;
  secret: string;
  types: string;
  created_at: number;
  created_by: string;
  revoked_at: number;
}

/** Runtime overrides of config keys; `value` is JSON text. */
export interface SettingsTable {
  key: string;
  value: string;
  changed_by: string;
  changed_at: number;
}

/** Admin console accounts (docs/admin.md). */
export interface AdminsTable {
  name: string;
  password_hash: string;
  role: AdminRoleName;
  disabled: number;
  created_at: number;
  last_login_at: number;
  failed_logins: number;
  locked_until: number;
}

/** Admin sessions by SHA-256 hex of the token; the token itself is never stored. */
export interface AdminSessionsTable {
  token_hash: string;
  name: string;
  created_at: number;
  expires_at: number;
}

/** The admin audit log; id is assigned by the database. */
export interface AdminAuditTable {
  id: Generated<number>;
  ts: number;
  admin: string;
  action: string;
  target: string;
  detail: string;
}

export interface PushTokensTable {
  uid: string;
  device_id: string;
  provider: string;
  token: string;
  dnd_start_min: number;
  dnd_end_min: number;
  tz_offset_min: number;
  updated_at: number;
}

export interface PushQueueTable {
  uid: string;
  device_id: string;
  ref: number;
  payload: string;
  attempts: number;
  next_at: number;
  claimed_until: number;
  created_at: number;
}

/** The events outbox (src/store/sql/sql-event-store.ts): one row per event. */
export interface EventsTable {
  event_id: number;
  type: string;
  ts: number;
  node: string;
  payload: string;
  /** NULL when the event has no idempotency key. */
  dedup_key: string | null;
}

/** One row per (event, sink) until delivered; status 0 pending, 1 dead. */
export interface EventQueueTable {
  event_id: number;
  sink: string;
  status: number;
  attempts: number;
  next_at: number;
  claimed_until: number;
  claim_token: string;
  last_error: string;
  updated_at: number;
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
  conv_id: string;
  conv_seq: number;
  ref_msg_id: number;
  ref_kind: RefKindName | '';
  edited_at: number;
  recalled: number;
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

/** A conversation's own timeline: primary key (conv_id, seq), gap-free per conversation. */
export interface ConvMessagesTable {
  conv_id: string;
  seq: number;
  msg_id: number;
  sender_uid: string;
  /** 1 when the message counts towards unread (not a recall/edit notice). */
  counted: number;
}

/** The newest seq of each conversation (locked by writers as user_seq is). */
export interface ConvHeadsTable {
  conv_id: string;
  seq: number;
  last_msg_id: number;
  last_ts: number;
}

/** One user's entry for a conversation; see UserConvRecord. */
export interface UserConvsTable {
  uid: string;
  conv_id: string;
  conv_type: ConvKind;
  peer: string;
  read_seq: number;
  start_seq: number;
  left_seq: number;
  hidden_seq: number;
  pinned: number;
  muted: number;
  draft: string;
  version: number;
}

/** A fresh entry: not hidden, pinned or muted, no draft, read and visible from `startSeq`. */
export function newUserConv(e: {
  uid: string;
  convId: string;
  convType: ConvKind;
  peer: string;
  readSeq: number;
  startSeq: number;
}): Insertable<UserConvsTable> {
  return {
    uid: e.uid,
    conv_id: e.convId,
    conv_type: e.convType,
    peer: e.peer,
    read_seq: e.readSeq,
    start_seq: e.startSeq,
    left_seq: 0,
    hidden_seq: -1,
    pinned: 0,
    muted: 0,
    draft: '',
    version: 0,
  };
}

export interface GroupsTable {
  group_id: string;
  name: string;
  avatar: string;
  intro: string;
  type: GroupTypeName;
  join_policy: JoinPolicyName;
  owner_uid: string;
  member_count: number;
  muted_all: number;
  dismissed: number;
  created_at: number;
}

export interface GroupMembersTable {
  group_id: string;
  uid: string;
  role: GroupRoleName;
  nickname: string;
  muted_until: number;
  joined_at: number;
}

export interface GroupJoinRequestsTable {
  group_id: string;
  uid: string;
  note: string;
  ts: number;
}

export interface FriendsTable {
  uid: string;
  friend_uid: string;
  remark: string;
  since: number;
}

export interface FriendRequestsTable {
  from_uid: string;
  to_uid: string;
  note: string;
  status: FriendRequestStatusName;
  ts: number;
}

export interface BlocksTable {
  uid: string;
  blocked_uid: string;
  ts: number;
}

/** Messages a user deleted for themself. */
export interface DeletedMessagesTable {
  uid: string;
  msg_id: number;
}

/**
 * The full-text indexer's progress (one row, id 1): every message with msg_id <= indexed_upto
 * is in the index; search_queue holds messages changed since (recall, edit) to re-index.
 */
export interface SearchStateTable {
  id: number;
  indexed_upto: number;
}

export interface SearchQueueTable {
  msg_id: number;
}

/** Uploaded files (src/files); state 'uploading' or 'complete', expires_at 0 = never. */
export interface FilesTable {
  file_id: string;
  owner_uid: string;
  conv_id: string;
  name: string;
  mime: string;
  size: number;
  sha256: string;
  width: number;
  height: number;
  thumb_sha256: string;
  state: string;
  uploaded_bytes: number;
  created_at: number;
  updated_at: number;
  expires_at: number;
}

export interface Database {
  users: UsersTable;
  tokens: TokensTable;
  api_keys: ApiKeysTable;
  admins: AdminsTable;
  admin_sessions: AdminSessionsTable;
  admin_audit: AdminAuditTable;
  webhooks: WebhooksTable;
  settings: SettingsTable;
  events: EventsTable;
  event_queue: EventQueueTable;
  push_tokens: PushTokensTable;
  push_queue: PushQueueTable;
  devices: DevicesTable;
  messages: MessagesTable;
  timeline: TimelineTable;
  user_seq: UserSeqTable;
  conv_messages: ConvMessagesTable;
  conv_heads: ConvHeadsTable;
  user_convs: UserConvsTable;
  chat_groups: GroupsTable;
  group_members: GroupMembersTable;
  group_join_requests: GroupJoinRequestsTable;
  friends: FriendsTable;
  friend_requests: FriendRequestsTable;
  blocks: BlocksTable;
  deleted_messages: DeletedMessagesTable;
  search_state: SearchStateTable;
  search_queue: SearchQueueTable;
  files: FilesTable;
}
