import type {
  ConvTypeName,
  GroupRoleName,
  GroupTypeName,
  JoinPolicyName,
  MessageTypeName,
  PlatformName,
  RefKindName,
} from '@parley/protocol';
import type { TransportFactory } from './transport.ts';

export type { GroupRoleName, GroupTypeName, JoinPolicyName, PlatformName, RefKindName };
export type MessageType = MessageTypeName;
export type ConvType = ConvTypeName;
/** How a message refers to `refMsgId`; `''` when it refers to none. */
export type RefKind = RefKindName | '';

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
  /** Page size of timeline syncs and of conversation pulls (MSG/CONV_SYNC). Default 200. */
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

interface SendCommon {
  /** Default `'text'`. */
  type?: MessageType;
  /**
   * Text, or JSON for custom and media types. May be empty for a forward: the server copies the
   * type and content of the forwarded message.
   */
  content: string;
  /** Idempotency key; default a random UUID. Reuse it to retry a send without duplicating it. */
  clientMsgId?: string;
  /** A message this one replies to (same conversation) or forwards (any message visible to you). */
  refMsgId?: number;
  /** Default `'reply'` when `refMsgId` is set. */
  refKind?: RefKindName;
}

/** A one-to-one message (`to`) or a group message (`groupId`): exactly one of the two. */
export type SendParams = SendCommon &
  (
    | {
        /** Recipient uid. */
        to: string;
        groupId?: undefined;
      }
    | {
        /** Group of a group message. */
        groupId: string;
        to?: undefined;
      }
  );

/** An upstream message to a business service (client.sendUpstream). */
export interface UpstreamParams {
  /** Business service id: 1-64 characters of A-Z a-z 0-9 _ . - */
  service: string;
  /** Opaque text (often JSON), at most the server's msg.maxContentBytes. */
  payload: string;
  /** Idempotency key; generated when absent. A resend with it returns the first event id. */
  clientMsgId?: string;
}

export interface UpstreamResult {
  /** The event's id, as business servers receive it (x-parley-event-id, Nats-Msg-Id). */
  eventId: number;
  /** Server time, Unix milliseconds. */
  ts: number;
  /** True when the server had this clientMsgId already and answered the first event id. */
  duplicate: boolean;
  clientMsgId: string;
}

export interface SendResult {
  msgId: number;
  /** Seq of the message in the sender's own timeline; 0 for a group in read diffusion. */
  seq: number;
  /** Server time, Unix milliseconds. */
  ts: number;
  /** True when the server had already stored this clientMsgId and replayed the first ack. */
  duplicate: boolean;
  clientMsgId: string;
  convId: string;
  /** Seq of the message in its conversation. */
  convSeq: number;
}

/**
 * A message: a timeline entry (received, or sent from any of the user's devices), a group message
 * pulled or pushed in read diffusion, or a history / search result.
 */
export interface ChatMessage {
  msgId: number;
  clientMsgId: string;
  from: string;
  /** Recipient uid (C2C) or group id. */
  to: string;
  convType: ConvType;
  type: MessageType;
  /** Empty when recalled or deleted for me. For a recall notice: JSON `{"by": uid}`. */
  content: string;
  ts: number;
  /** Seq in this user's timeline; 0 when the message is not in it (read diffusion, history, search). */
  seq: number;
  /** `"c:<uid>|<uid>"` (sorted) for C2C, `"g:<groupId>"` for a group. */
  convId: string;
  /** Seq in the conversation: gap-free, the same for every member. */
  convSeq: number;
  /** The message replied to or forwarded (for recall / edit notices: the message concerned); 0 = none. */
  refMsgId: number;
  refKind: RefKind;
  /** Last edit, Unix ms; 0 when never edited. */
  editedAt: number;
  recalled: boolean;
  /**
   * Deleted by this user on some device ("delete for me"), or before the start of a conversation
   * they cleared; content is empty. Such messages come only in `history()` pages: they are never
   * emitted as `'message'` events.
   */
  deleted: boolean;
}

export interface ReceiptEvent {
  msgId: number;
  clientMsgId: string;
  /** The uid whose device received (or read) the message. */
  by: string;
  ts: number;
}

/** MSG/RECEIPT kind READ: `by` has read the conversation up to `readSeq` (last read: `msgId`). */
export interface ReadReceiptEvent extends ReceiptEvent {
  convId: string;
  readSeq: number;
}

/** An announcement a business server sent to everyone online. */
export interface BroadcastEvent {
  id: string;
  from: string;
  content: string;
  ts: number;
}

/** A device's push registration (see ParleyClient.registerPushToken). */
export interface PushRegistration {
  /** A provider the server has configured: apns, fcm or webhook. */
  provider: string;
  /** The provider's token for this device. */
  token: string;
  /** Quiet hours in minutes after local midnight (may wrap past midnight): badge only then. */
  doNotDisturb?: { startMin: number; endMin: number };
  /** Offset from UTC in minutes; default this runtime's. */
  tzOffsetMin?: number;
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

export interface TypingEvent {
  convId: string;
  from: string;
  typing: boolean;
  ts: number;
}

/** A conversation as this user sees it. */
export interface Conversation {
  convId: string;
  convType: ConvType;
  /** The other user (C2C) or the group id. */
  peer: string;
  lastMessage: ChatMessage | undefined;
  /** Highest convSeq of the conversation. */
  maxSeq: number;
  /** This user's read position (convSeq). */
  readSeq: number;
  /** Messages from others after readSeq (exact). */
  unread: number;
  pinned: boolean;
  /** No push notifications; not counted in totalUnread. */
  muted: boolean;
  hidden: boolean;
  draft: string;
  /** Version of this entry (incremental listing). */
  version: number;
  lastTs: number;
  /** Messages with convSeq <= startSeq are not visible (joined later, or cleared). */
  startSeq: number;
  /** C2C: the peer's read position, when the peer shares read receipts. */
  peerReadSeq: number;
  /** Group whose new messages are not in the user's timeline (the client pulls them). */
  readDiffusion: boolean;
}

export interface ConversationList {
  conversations: Conversation[];
  /** Pass as `sinceVersion` next time. */
  version: number;
  /** Sum of unread over the conversations that are not muted. */
  totalUnread: number;
}

/** A conversation after a change (mark read, update, clear, or on another device: `'conversation'`). */
export interface ConversationChange {
  conversation: Conversation;
  totalUnread: number;
}

/** Settings of a conversation; absent fields stay as they are. */
export interface ConversationPatch {
  pinned?: boolean;
  muted?: boolean;
  hidden?: boolean;
  draft?: string;
}

export interface ConversationsQuery {
  /** 0 (default) = all; else only entries changed after this version (from an earlier list). */
  sinceVersion?: number;
  includeHidden?: boolean;
}

export interface MessagePage {
  messages: ChatMessage[];
  hasMore: boolean;
}

export interface HistoryQuery {
  /** Page back from this convSeq (exclusive); 0 / absent = from the newest. */
  beforeSeq?: number;
  /** Alternative to beforeSeq: page back from this message (exclusive). */
  beforeMsgId?: number;
  limit?: number;
}

export interface SearchQuery {
  /** Only this conversation; default all of the user's. */
  convId?: string;
  limit?: number;
  /** Only messages older than this id (paging). */
  beforeMsgId?: number;
}

/** The notice message a recall or an edit appended to the conversation. */
export interface NoticeResult {
  noticeMsgId: number;
  convSeq: number;
  ts: number;
}

export interface ReadStatus {
  readCount: number;
  unreadCount: number;
  /** Only with `withUids`. */
  readUids: string[];
  unreadUids: string[];
}

export interface GroupInfo {
  groupId: string;
  /** `"g:<groupId>"`. */
  convId: string;
  name: string;
  avatar: string;
  intro: string;
  type: GroupTypeName;
  joinPolicy: JoinPolicyName;
  ownerUid: string;
  memberCount: number;
  mutedAll: boolean;
  dismissed: boolean;
  createdAt: number;
  /** The caller's role; `''` when not a member. */
  myRole: GroupRoleName | '';
  /** Members pull new messages (the client does it by itself). */
  readDiffusion: boolean;
}

export interface GroupMember {
  uid: string;
  role: GroupRoleName;
  /** Nickname in the group. */
  nickname: string;
  /** Muted until (Unix ms); 0 = not muted. */
  mutedUntil: number;
  joinedAt: number;
}

export interface GroupMembersPage {
  members: GroupMember[];
  hasMore: boolean;
}

export interface CreateGroupParams {
  name: string;
  avatar?: string;
  intro?: string;
  /** Default `'normal'`. */
  type?: GroupTypeName;
  /** Default `'open'`. */
  joinPolicy?: JoinPolicyName;
  /** Join at once; the caller becomes the owner. */
  members?: string[];
  /** Chosen id; default generated by the server. */
  groupId?: string;
}

/** Group settings (admins); absent fields stay as they are. */
export interface GroupPatch {
  name?: string;
  avatar?: string;
  intro?: string;
  joinPolicy?: JoinPolicyName;
}

export interface JoinResult {
  joined: boolean;
  /** An admin has to approve the request first. */
  pending: boolean;
}

export interface JoinRequest {
  uid: string;
  note: string;
  ts: number;
}

export interface Profile {
  uid: string;
  nickname: string;
  avatar: string;
  signature: string;
}

/** Own profile settings; absent fields stay as they are. */
export interface ProfilePatch {
  nickname?: string;
  avatar?: string;
  signature?: string;
  /** Send READ receipts of one-to-one messages (server default true). */
  readReceipts?: boolean;
}

export interface OwnProfile {
  profile: Profile;
  readReceipts: boolean;
}

export type FriendRequestStatus = 'pending' | 'accepted' | 'rejected';

export interface FriendRequest {
  from: string;
  to: string;
  note: string;
  status: FriendRequestStatus;
  ts: number;
}

export interface Friend {
  uid: string;
  remark: string;
  /** Friends since, Unix ms. */
  since: number;
  profile: Profile | undefined;
}

export type ContactEventKind = 'requested' | 'accepted' | 'rejected' | 'unfriended';

/** CONTACT/EVENT: a friend request to this user, an answer to one of theirs, or an unfriending. */
export interface ContactEvent {
  kind: ContactEventKind;
  from: string;
  note: string;
  ts: number;
}

export interface PresenceState {
  uid: string;
  online: boolean;
  /** Time of the last change, Unix ms. */
  ts: number;
}

export interface RecalledEvent {
  convId: string;
  /** The recalled message. */
  msgId: number;
  /** Who recalled it (the sender, or a group admin/owner). */
  by: string;
}

export interface EditedEvent {
  convId: string;
  /** The edited message. */
  msgId: number;
  content: string;
  editedAt: number;
}

export interface ClientEvents {
  /**
   * Each message once: one-to-one messages in timeline (seq) order, own sends included; group
   * messages once per (convId, convSeq), in convSeq order per group, whichever way they came
   * (timeline, read-diffusion push, pull). Recall and edit notices come as messages too.
   */
  message: ChatMessage;
  /** A peer's device has a message this user sent. */
  delivered: ReceiptEvent;
  /** A peer read a one-to-one conversation up to `readSeq`. */
  read: ReadReceiptEvent;
  /** Someone is typing (or stopped) in a conversation. */
  typing: TypingEvent;
  /** A conversation entry changed on another device of this user (read, settings, clear). */
  conversation: ConversationChange;
  /** Messages deleted for this user on another device. */
  deleted: { msgIds: number[] };
  contact: ContactEvent;
  /** A watched user (see `subscribePresence`) went online or offline. */
  presence: PresenceState;
  /** An announcement to everyone online (not stored: sent only to connected devices). */
  broadcast: BroadcastEvent;
  /** Right after the `'message'` of a recall notice. */
  recalled: RecalledEvent;
  /** Right after the `'message'` of an edit notice. */
  edited: EditedEvent;
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
