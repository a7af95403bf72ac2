/**
 * The Store: the only place where state lasts. Split by aggregate; each part is a small
 * interface that the SQLite (embedded) and MySQL (cluster) implementations both satisfy, and
 * that test/contract/store.contract.ts checks for every implementation.
 *
 * Times are unix milliseconds. Message ids are positive integers below 2^53 (see
 * src/logic/id-generator.ts), seqs are positive integers.
 */

import type {
  ConvTypeName,
  GroupRoleName,
  GroupTypeName,
  JoinPolicyName,
  MessageTypeName,
  PlatformName,
  RefKindName,
} from '@parley/protocol';

export type { GroupRoleName, GroupTypeName, JoinPolicyName, PlatformName, RefKindName };

export interface UserRecord {
  readonly uid: string;
  readonly nickname: string;
  /** argon2id/scrypt PHC string; empty for users that may only log in with issued tokens. */
  readonly passwordHash: string;
  readonly disabled: boolean;
  readonly createdAt: number;
  readonly avatar: string;
  readonly signature: string;
  /** Whether this user sends READ receipts of one-to-one messages. */
  readonly readReceipts: boolean;
}

export interface ProfilePatch {
  nickname?: string;
  avatar?: string;
  signature?: string;
  readReceipts?: boolean;
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
  /**
   * Users ordered by uid, starting after `after`, disabled ones included. With a non-empty
   * `query`, only users whose uid starts with it or whose nickname contains it (case-insensitive
   * for ASCII; LIKE wildcards match themselves).
   */
  list(opts: { after?: string; limit: number; query?: string }): Promise<UserRecord[]>;
  /** Throws NotFoundError for an unknown uid. */
  setDisabled(uid: string, disabled: boolean): Promise<void>;
  /** Throws NotFoundError for an unknown uid. */
  setPasswordHash(uid: string, passwordHash: string): Promise<void>;
  /** Throws NotFoundError for an unknown uid. Returns the updated record. */
  updateProfile(uid: string, patch: ProfilePatch): Promise<UserRecord>;
  /** Records of the given uids that exist, in no particular order. */
  getMany(uids: readonly string[]): Promise<UserRecord[]>;
  /**
   * Enabled users whose uid starts with `query` or whose nickname contains it (case-insensitive
   * for ASCII), exact uid match first, then by uid; at most `limit`.
   */
  search(query: string, limit: number): Promise<UserRecord[]>;
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
  /** Deletes every token of the user (of one device when `deviceId` is given); returns how many. */
  revokeAllOf(uid: string, deviceId?: string): Promise<number>;
  /** Deletes tokens with expiresAt <= now; returns how many. */
  deleteExpired(now: number): Promise<number>;
}

export type ApiScope = 'read' | 'write' | 'admin';

/** A key of the REST API for business servers. Only a hash of its secret is stored. */
export interface ApiKeyRecord {
  /** Public part of the key (also in the key string), 12 hex digits. */
  readonly keyId: string;
  readonly name: string;
  /** SHA-256 of the secret, hex. */
  readonly secretHash: string;
  readonly scopes: readonly ApiScope[];
  readonly createdAt: number;
  /** 0 while the key works; else when it was revoked. */
  readonly revokedAt: number;
}

export interface ApiKeyStore {
  /** Throws DuplicateError when the key id exists. */
  create(key: ApiKeyRecord): Promise<void>;
  get(keyId: string): Promise<ApiKeyRecord | undefined>;
  /** Every key, revoked ones included, by keyId. */
  list(): Promise<ApiKeyRecord[]>;
  /** Marks the key revoked (first revocation time kept); returns false for an unknown key. */
  revoke(keyId: string, at: number): Promise<boolean>;
}

/** A device's push registration: one token per (uid, device). */
export interface PushTokenRecord {
  readonly uid: string;
  readonly deviceId: string;
  /** Provider name: apns, fcm, webhook, ... */
  readonly provider: string;
  readonly token: string;
  /** Do-not-disturb window in minutes after local midnight (start = end: none). */
  readonly dndStartMin: number;
  readonly dndEndMin: number;
  /** The device's offset from UTC in minutes (UTC+8 = 480), for the window. */
  readonly tzOffsetMin: number;
  readonly updatedAt: number;
}

/** One notification to send to one device, queued durably until sent or given up. */
export interface PushJob {
  readonly uid: string;
  readonly deviceId: string;
  /** What it is about (a message id): at most one job per (uid, device, ref). */
  readonly ref: number;
  /** The notification as JSON (src/push PushNotification). */
  readonly payload: string;
  readonly attempts: number;
  /** Not before this time (unix ms). */
  readonly nextAt: number;
  readonly createdAt: number;
}

export interface PushStore {
  /**
   * Registers the device's token (replacing its previous one). The same provider token
   * registered by another (uid, device) before is removed there: a token belongs to one device.
   */
  putToken(rec: PushTokenRecord): Promise<void>;
  /** Returns whether the device had a token. */
  deleteToken(uid: string, deviceId: string): Promise<boolean>;
  /** Removes a token the provider called invalid, wherever registered (if unchanged since). */
  deleteInvalid(provider: string, token: string): Promise<void>;
  /** Registrations of the given users, in no particular order. */
  tokensOf(uids: readonly string[]): Promise<PushTokenRecord[]>;
  /** Queues jobs; a job whose (uid, device, ref) is queued already is ignored. */
  enqueue(jobs: readonly PushJob[]): Promise<void>;
  /**
   * Takes up to `limit` due jobs (nextAt <= now) that no one holds, and holds them until
   * `now + leaseMs`: another node's claim skips them meanwhile; a node that dies lets them go.
   */
  claim(now: number, limit: number, leaseMs: number): Promise<PushJob[]>;
  /** Removes finished jobs. */
  finish(jobs: readonly Pick<PushJob, 'uid' | 'deviceId' | 'ref'>[]): Promise<void>;
  /** Releases a job to be tried again at `nextAt`, counting the attempt. */
  retry(job: Pick<PushJob, 'uid' | 'deviceId' | 'ref'>, nextAt: number): Promise<void>;
  /** Jobs queued (for figures and tests). */
  queued(): Promise<number>;
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
  /** The conversation: see convIdOf in src/store/conv-id.ts. */
  readonly convId: string;
  /** Seq in the conversation; assigned by append (0 in a request). */
  readonly convSeq: number;
  /** Message this one replies to or forwards (0 = none), and how. */
  readonly refMsgId: number;
  readonly refKind: RefKindName | '';
  /** Last edit time (0 = never). */
  readonly editedAt: number;
  /** Recalled: content is ''. */
  readonly recalled: boolean;
}

/** A change that a recall or edit notice makes to the message it refers to, in its transaction. */
export type MessageChange =
  | { readonly kind: 'recall'; readonly msgId: number }
  | { readonly kind: 'edit'; readonly msgId: number; readonly content: string; readonly at: number };

/** Where a group message goes, decided inside the append transaction from current membership. */
export interface GroupTarget {
  readonly groupId: string;
  /**
   * Up to this many members: write diffusion (every member's timeline gets the message);
   * more: read diffusion (only the conversation timeline; members pull it).
   */
  readonly writeDiffusionMax: number;
}

export interface AppendRequest {
  /** msgId is assigned by the caller (unique, time-ordered); ts likewise. */
  readonly message: StoredMessage;
  /**
   * Users whose timelines receive the message (write diffusion). For c2c the sender and the
   * peer; for a group, users beyond the members (a removed member's removal notice).
   * Duplicates are ignored.
   */
  readonly recipients: readonly string[];
  /** A group message: members at commit time are added to recipients under write diffusion. */
  readonly group?: GroupTarget;
  /** For a recall/edit notice: the change to apply to the target message. */
  readonly change?: MessageChange;
  /** Counts towards unread (false for notices such as recall and edit). Default true. */
  readonly countsUnread?: boolean;
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
  /** Seq in the conversation (also for a duplicate). */
  readonly convSeq: number;
  /**
   * Group messages: the members at commit time (for pushes under read diffusion, where
   * `seqs` holds only the extra recipients). Empty for c2c and duplicates.
   */
  readonly members: readonly string[];
  /**
   * True when nothing was written because the sender of a group message (other than a system
   * message) is not a member at commit time, e.g. removed while the send was on its way.
   */
  readonly notMember?: boolean;
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
  readonly type: MessageKind;
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
  /** The message `fromUid` stored with `clientMsgId` (the key sends are idempotent on), if any. */
  bySender(fromUid: string, clientMsgId: string): Promise<StoredMessage | undefined>;
  /** The messages of `msgIds` that exist, in no particular order. */
  getMany(msgIds: readonly number[]): Promise<StoredMessage[]>;
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
  /**
   * A conversation's own timeline: entries with afterSeq < convSeq <= upTo, ascending, at most
   * `limit` (message.convSeq holds the seq).
   */
  convTimeline(
    convId: string,
    afterSeq: number,
    upTo: number,
    limit: number,
  ): Promise<{ messages: StoredMessage[]; hasMore: boolean }>;
  /** Entries with floor < convSeq < beforeSeq, descending, at most `limit`. */
  convHistory(
    convId: string,
    beforeSeq: number,
    floor: number,
    limit: number,
  ): Promise<{ messages: StoredMessage[]; hasMore: boolean }>;
  /** Marks messages deleted for `uid` only. Unknown ids are ignored. */
  deleteForUser(uid: string, msgIds: readonly number[]): Promise<void>;
  /** The subset of `msgIds` that `uid` deleted for themself. */
  deletedFor(uid: string, msgIds: readonly number[]): Promise<Set<number>>;
  /**
   * Adds messages stored since the last call (and those changed by recall/edit) to the
   * full-text index, at most `limit` per call; returns how many were processed (0 = caught up).
   */
  indexForSearch(limit: number): Promise<number>;
  /**
   * Full-text search (CJK and Latin, substrings of 3+ characters through the index; shorter
   * queries by scanning) over messages of the given conversations visible to `uid`, newest first.
   */
  search(q: SearchQuery): Promise<{ messages: StoredMessage[]; hasMore: boolean }>;
  /**
   * Every stored message, whoever can see it (the admin console's message audit), newest first,
   * filtered by sender, conversation and text. With text, only live (not recalled) text
   * messages match, found as `search` finds them (the index for 3+ characters, CJK included).
   * Each message once, however many copies a sharded store keeps.
   */
  browse(q: BrowseQuery): Promise<{ messages: StoredMessage[]; hasMore: boolean }>;
}

export interface BrowseQuery {
  /** Only messages from this sender ('' = any). */
  readonly fromUid: string;
  /** Only this conversation ('' = any). */
  readonly convId: string;
  /** Only text messages containing this ('' = any message). */
  readonly text: string;
  /** Only messages with a smaller id (0 = no bound). */
  readonly beforeMsgId: number;
  readonly limit: number;
}

export interface SearchQuery {
  readonly uid: string;
  readonly text: string;
  /** Restrict to one conversation ('' = every conversation of the user). */
  readonly convId: string;
  /** Only messages with a smaller id (0 = no bound). */
  readonly beforeMsgId: number;
  readonly limit: number;
}

/** The head of a conversation's timeline. */
export interface ConvHead {
  readonly convId: string;
  readonly seq: number;
  readonly lastMsgId: number;
  readonly lastTs: number;
}

/** One user's entry for a conversation. Seqs are conversation seqs. */
export interface UserConvRecord {
  readonly uid: string;
  readonly convId: string;
  readonly convType: ConvKind;
  /** The other user (c2c) or the group id. */
  readonly peer: string;
  readonly readSeq: number;
  /** Messages with convSeq <= startSeq are not visible (joined later, or cleared). */
  readonly startSeq: number;
  /** 0 while a member; else the last visible seq (left or removed from a group). */
  readonly leftSeq: number;
  /** -1 when not hidden; else hidden until a message after this seq arrives. */
  readonly hiddenSeq: number;
  readonly pinned: boolean;
  readonly muted: boolean;
  readonly draft: string;
  /** Changes when any setting or the read position changes (time-ordered ids). */
  readonly version: number;
}

/** An entry as listed: the record with its head and exact unread count. */
export interface ConvListing extends UserConvRecord {
  readonly head: ConvHead;
  /** Messages from others with max(readSeq, startSeq) < convSeq <= (leftSeq || head). */
  readonly unread: number;
}

export interface UserConvPatch {
  pinned?: boolean;
  muted?: boolean;
  hiddenSeq?: number;
  draft?: string;
  startSeq?: number;
}

export interface ConversationStore {
  /**
   * The user's entries: not hidden (or hidden but with a newer visible message) unless
   * includeHidden. With sinceVersion > 0, every entry whose version exceeds it, or whose
   * head.lastMsgId does while the user is still in the conversation (leftSeq 0), hidden or not:
   * hiding is a change other devices must learn of. Unordered.
   */
  list(uid: string, opts: { sinceVersion: number; includeHidden: boolean }): Promise<ConvListing[]>;
  get(uid: string, convId: string): Promise<ConvListing | undefined>;
  head(convId: string): Promise<ConvHead | undefined>;
  /** Applies the patch and sets version; throws NotFoundError when the entry does not exist. */
  update(uid: string, convId: string, patch: UserConvPatch, version: number): Promise<ConvListing>;
  /**
   * Raises readSeq to `seq` (capped at the head; never lowers it) and sets version when it
   * moved. Throws NotFoundError when the entry does not exist.
   */
  markRead(uid: string, convId: string, seq: number, version: number): Promise<ConvListing>;
  /** Sum of unread over the user's entries that are not muted (hidden ones count). */
  unreadTotal(uid: string): Promise<number>;
  /** Read and start positions of each of `uids` in the conversation (no entry = absent). */
  positions(
    convId: string,
    uids: readonly string[],
  ): Promise<Map<string, { readSeq: number; startSeq: number }>>;
  /** startSeq of `uid`'s entries for the given conversations (no entry = absent). */
  startSeqs(uid: string, convIds: readonly string[]): Promise<Map<string, number>>;
  /**
   * For one-to-one conversations of `uid`: the other participant's readSeq, by conversation id
   * (conversations whose peer has no entry are absent).
   */
  peerReadSeqs(uid: string, convIds: readonly string[]): Promise<Map<string, number>>;
}

export interface GroupRecord {
  readonly groupId: string;
  readonly name: string;
  readonly avatar: string;
  readonly intro: string;
  readonly type: GroupTypeName;
  readonly joinPolicy: JoinPolicyName;
  readonly ownerUid: string;
  readonly memberCount: number;
  readonly mutedAll: boolean;
  readonly dismissed: boolean;
  readonly createdAt: number;
}

export interface GroupMemberRecord {
  readonly groupId: string;
  readonly uid: string;
  readonly role: GroupRoleName;
  readonly nickname: string;
  /** Unix ms; 0 = not muted. */
  readonly mutedUntil: number;
  readonly joinedAt: number;
}

export interface GroupPatch {
  name?: string;
  avatar?: string;
  intro?: string;
  joinPolicy?: JoinPolicyName;
  mutedAll?: boolean;
  dismissed?: boolean;
}

export interface JoinRequestRecord {
  readonly groupId: string;
  readonly uid: string;
  readonly note: string;
  readonly ts: number;
}

export interface GroupStore {
  /**
   * Creates the group with its members (the owner among them, role owner) and each member's
   * conversation entry, in one transaction. Throws DuplicateError when the id exists.
   */
  create(
    group: Omit<GroupRecord, 'memberCount'>,
    members: readonly { uid: string; role: GroupRoleName }[],
  ): Promise<GroupRecord>;
  get(groupId: string): Promise<GroupRecord | undefined>;
  /** The groups of `groupIds` that exist, in no particular order. */
  getMany(groupIds: readonly string[]): Promise<GroupRecord[]>;
  /**
   * Groups ordered by id, starting after `after`, dismissed ones included; at most `limit`. With
   * a non-empty `query`, only groups whose id starts with it or whose name contains it
   * (case-insensitive for ASCII; LIKE wildcards match themselves).
   */
  list(opts: { after?: string; limit: number; query?: string }): Promise<GroupRecord[]>;
  /** Throws NotFoundError for an unknown group. */
  update(groupId: string, patch: GroupPatch): Promise<GroupRecord>;
  member(groupId: string, uid: string): Promise<GroupMemberRecord | undefined>;
  /** Members ordered by uid after `after`, at most `limit`. */
  members(groupId: string, after: string, limit: number): Promise<GroupMemberRecord[]>;
  memberUids(groupId: string): Promise<string[]>;
  /**
   * Adds members (existing members are skipped) with role member; each gets a conversation
   * entry starting after the current head (a rejoin resets the old one). Fails with
   * ConflictError, adding nobody, when the group would exceed `maxMembers`. Returns the uids
   * actually added. One transaction.
   */
  addMembers(
    groupId: string,
    uids: readonly string[],
    joinedAt: number,
    maxMembers: number,
  ): Promise<string[]>;
  /**
   * Removes members; their entries keep what they could see (leftSeq = current head). Returns
   * the uids actually removed. One transaction.
   */
  removeMembers(groupId: string, uids: readonly string[]): Promise<string[]>;
  /** Throws NotFoundError when uid is not a member. */
  updateMember(
    groupId: string,
    uid: string,
    patch: { role?: GroupRoleName; nickname?: string; mutedUntil?: number },
  ): Promise<void>;
  /** Makes `to` owner and the current owner admin, in one transaction. */
  transferOwner(groupId: string, from: string, to: string): Promise<void>;
  /** Groups the user is a member of, by group id, with the user's membership. */
  groupsOf(uid: string): Promise<{ group: GroupRecord; member: GroupMemberRecord }[]>;
  /** Adds or replaces a pending join request. */
  addJoinRequest(r: JoinRequestRecord): Promise<void>;
  joinRequests(groupId: string): Promise<JoinRequestRecord[]>;
  /** Returns whether a request existed. */
  deleteJoinRequest(groupId: string, uid: string): Promise<boolean>;
}

export type FriendRequestStatusName = 'pending' | 'accepted' | 'rejected';

export interface FriendRequestRecord {
  readonly fromUid: string;
  readonly toUid: string;
  readonly note: string;
  readonly status: FriendRequestStatusName;
  readonly ts: number;
}

export interface FriendRecord {
  readonly uid: string;
  readonly friendUid: string;
  readonly remark: string;
  readonly since: number;
}

export interface ContactStore {
  /** Adds or replaces the request from→to (status pending, new note and ts). */
  putRequest(r: Omit<FriendRequestRecord, 'status'>): Promise<void>;
  getRequest(fromUid: string, toUid: string): Promise<FriendRequestRecord | undefined>;
  /** Sets the status of a pending request; returns false when there was no pending request. */
  settleRequest(fromUid: string, toUid: string, status: 'accepted' | 'rejected'): Promise<boolean>;
  /** Pending requests to or from the user, newest first. */
  pendingRequests(uid: string): Promise<FriendRequestRecord[]>;
  /** Makes a and b friends of each other (idempotent; remarks of an existing side are kept). */
  addFriends(a: string, b: string, since: number): Promise<void>;
  /** Ends the friendship on both sides; returns whether there was one. */
  removeFriends(a: string, b: string): Promise<boolean>;
  areFriends(a: string, b: string): Promise<boolean>;
  friendsOf(uid: string): Promise<FriendRecord[]>;
  /** Throws NotFoundError when they are not friends. */
  setRemark(uid: string, friendUid: string, remark: string): Promise<void>;
  setBlocked(uid: string, blockedUid: string, blocked: boolean, ts: number): Promise<void>;
  /** Whether `uid` has blocked `other`. */
  isBlocked(uid: string, other: string): Promise<boolean>;
  blockedBy(uid: string): Promise<string[]>;
}

/** An event for business servers (src/events), as the outbox holds it. */
export interface EventRecord {
  /** Unique across the cluster and time-ordered (an IdGenerator id), below 2^53. */
  readonly eventId: number;
  /** e.g. 'upstream', 'login', 'message.sent' (see docs/events.md). */
  readonly type: string;
  readonly ts: number;
  /** Node that emitted it, e.g. 'node-0'. */
  readonly node: string;
  /** The event's own fields as JSON text. */
  readonly payload: string;
  /** Idempotency key ('' = none): a second event with the same key is not stored. */
  readonly dedupKey: string;
}

/** An event queued for one sink (a webhook URL, the JetStream stream). */
export interface EventDelivery {
  readonly event: EventRecord;
  readonly sink: string;
  /** Failed attempts so far. */
  readonly attempts: number;
  /** Not tried again before this time (unix ms). */
  readonly nextAt: number;
  /** Moved to the dead-letter list: not tried again until requeued. */
  readonly dead: boolean;
  /** The last failure ('' = none). */
  readonly lastError: string;
  /** When the row last changed (queued, failed, died, requeued). */
  readonly updatedAt: number;
}

export interface EventQueueStats {
  readonly sink: string;
  readonly pending: number;
  readonly dead: number;
  /** The most recent failure recorded on a queued row ('' = none), and when. */
  readonly lastError: string;
  readonly lastErrorAt: number;
}

/**
 * The events outbox: events are stored with one queue row per sink; a sink's delivery loop
 * claims due rows with a lease (so two nodes never deliver the same row at once), removes them
 * once delivered, reschedules them after a failure or moves them to the dead-letter list.
 */
export interface EventStore {
  /**
   * Stores the events, each queued for every one of `sinks`. When the promise resolves they are
   * durable. Atomic per event (on one database the whole batch is one transaction).
   * Idempotent on a non-empty dedupKey: an event whose key is stored already (or appears earlier
   * in the batch) writes nothing and reports the first event's id and ts. Results in order.
   */
  append(
    events: readonly EventRecord[],
    sinks: readonly string[],
  ): Promise<{ eventId: number; ts: number; duplicate: boolean }[]>;
  /**
   * Takes up to `limit` rows (per shard on a sharded store) of `sink` that are pending, due (nextAt <= now) and not held, in
   * ascending event id, and holds them until `now + leaseMs`: another claim skips them meanwhile;
   * rows of a node that died become claimable when the lease ends.
   */
  claim(sink: string, now: number, limit: number, leaseMs: number): Promise<EventDelivery[]>;
  /** Lets go of claimed rows that were not attempted: claimable again at once, no attempt counted. */
  release(sink: string, eventIds: readonly number[]): Promise<void>;
  /** Removes the sink's rows of delivered events (unknown ones are ignored). */
  delivered(sink: string, eventIds: readonly number[]): Promise<void>;
  /**
   * Records a failed attempt (attempts + 1, the error) and releases the row: due again at
   * `nextAt`, or moved to the dead-letter list when `dead`.
   */
  failed(
    sink: string,
    eventId: number,
    f: { now: number; nextAt: number; error: string; dead: boolean },
  ): Promise<void>;
  /** Dead rows (of one sink, or all), ascending event id after `afterEventId`, at most `limit`. */
  deadLetters(opts: { sink?: string; afterEventId?: number; limit: number }): Promise<EventDelivery[]>;
  /** Makes the event's dead rows (of one sink, or all) pending and due now with 0 attempts. Returns how many. */
  requeue(eventId: number, now: number, sink?: string): Promise<number>;
  /** Per sink that has queued rows: counts and the latest error. */
  stats(): Promise<EventQueueStats[]>;
  /** Removes every row (pending and dead) of the sink: a revoked webhook. Returns how many. */
  dropSink(sink: string): Promise<number>;
  get(eventId: number): Promise<EventRecord | undefined>;
  /** Highest event id stored, 0 when none. */
  lastEventId(): Promise<number>;
  /**
   * Deletes up to `limit` events older than `before` that no sink holds any more (their dedup
   * keys are forgotten with them). Returns how many.
   */
  purge(before: number, limit: number): Promise<number>;
}

/** Whether a file's bytes are still arriving or all there (and hashed). */
export type FileState = 'uploading' | 'complete';

/**
 * An uploaded file (src/files): who uploaded it, the conversation it is shared in (which decides
 * who may download it), and where its bytes are (the FileStore blob named by sha256).
 */
export interface FileRecord {
  /** Random, URL-safe, 1-64 characters. */
  readonly fileId: string;
  readonly ownerUid: string;
  /** Conversation id (src/store/conv-id.ts) the file is shared in. */
  readonly convId: string;
  readonly name: string;
  readonly mime: string;
  /** The declared size while uploading (0 when not declared), the content's size once complete. */
  readonly size: number;
  /** SHA-256 of the content, hex; empty until complete. */
  readonly sha256: string;
  /** Pixel dimensions of an image (0 otherwise). */
  readonly width: number;
  readonly height: number;
  /** Blob of the thumbnail of an image; empty when there is none. */
  readonly thumbSha256: string;
  readonly state: FileState;
  /** Bytes received so far (the relay reads up to here). */
  readonly uploadedBytes: number;
  readonly createdAt: number;
  /** Last upload progress or completion. */
  readonly updatedAt: number;
  /** When the sweep deletes the record; 0 = never. */
  readonly expiresAt: number;
}

/** What completing an upload records. */
export interface FileCompletion {
  readonly sha256: string;
  readonly size: number;
  readonly width: number;
  readonly height: number;
  readonly thumbSha256: string;
  readonly updatedAt: number;
  readonly expiresAt: number;
}

/** File records (the bytes are in the FileStore engine). Rows live on the home of the file id. */
export interface FileRecordStore {
  /** Throws DuplicateError when the file id exists. */
  create(rec: FileRecord): Promise<void>;
  get(fileId: string): Promise<FileRecord | undefined>;
  /**
   * Records upload progress of an uploading file (uploadedBytes, updatedAt, expiresAt); does
   * nothing for a complete or unknown one.
   */
  progress(fileId: string, uploadedBytes: number, at: number, expiresAt: number): Promise<void>;
  /**
   * Marks an uploading file complete (uploadedBytes becomes size) and returns the record; a
   * complete one is returned unchanged. Throws NotFoundError for an unknown id.
   */
  complete(fileId: string, c: FileCompletion): Promise<FileRecord>;
  /** Sets when the record expires (a download extends its life). Unknown ids are ignored. */
  touch(fileId: string, expiresAt: number): Promise<void>;
  /** Returns whether a record was deleted. */
  delete(fileId: string): Promise<boolean>;
  /** Records with 0 < expiresAt <= now, earliest first, at most `limit`. */
  expired(now: number, limit: number): Promise<FileRecord[]>;
  /** Whether any record (of any state) has `sha256` as its content or thumbnail. */
  referenced(sha256: string): Promise<boolean>;
  /** Some complete record whose content is `sha256`, if any (dedup reuses its dimensions). */
  findComplete(sha256: string): Promise<FileRecord | undefined>;
}

/**
 * A webhook an admin added in the console (docs/admin.md). Its secret is stored as is: every
 * node signs deliveries with it, so it must be readable (unlike API keys, kept as hashes).
 */
export interface WebhookRecord {
  /** Random, 1-32 characters of [a-z0-9]; its sink id is `webhook:<id>`. */
  readonly id: string;
  readonly url: string;
  readonly secret: string;
  /** Event types it receives; empty: every type. */
  readonly types: readonly string[];
  readonly createdAt: number;
  /** Name of the admin who added it. */
  readonly createdBy: string;
  /** 0 while active; else when it was revoked. */
  readonly revokedAt: number;
}

/** Console webhooks; on a sharded store they live on the first shard. */
export interface WebhookStore {
  /** Throws DuplicateError when the id exists. */
  create(w: WebhookRecord): Promise<void>;
  /** Webhooks by createdAt then id; revoked ones only with `includeRevoked`. */
  list(opts?: { includeRevoked?: boolean }): Promise<WebhookRecord[]>;
  /** Marks it revoked (the first time kept); false for an unknown id. */
  revoke(id: string, at: number): Promise<boolean>;
}

/** A runtime override of a config key (src/admin/settings.ts); on a sharded store on the first shard. */
export interface SettingRecord {
  readonly key: string;
  /** The value as JSON text. */
  readonly value: string;
  readonly changedBy: string;
  readonly changedAt: number;
}

export interface SettingStore {
  /** Every override, by key. */
  list(): Promise<SettingRecord[]>;
  /** Creates or replaces the override of `rec.key`. */
  put(rec: SettingRecord): Promise<void>;
  /** Removes the override (back to the configured value); returns whether there was one. */
  delete(key: string): Promise<boolean>;
}

export type AdminRoleName = 'viewer' | 'operator' | 'owner';

/** An account of the admin console (docs/admin.md), separate from chat users and API keys. */
export interface AdminRecord {
  /** 1-64 characters. */
  readonly name: string;
  /** PHC string (src/logic/passwords.ts). */
  readonly passwordHash: string;
  readonly role: AdminRoleName;
  readonly disabled: boolean;
  readonly createdAt: number;
  /** Last successful sign-in (0 = never). */
  readonly lastLoginAt: number;
  /** Failed sign-ins since the last successful one or the last lockout. */
  readonly failedLogins: number;
  /** Sign-ins are refused until this time (0 = not locked). */
  readonly lockedUntil: number;
}

export interface AdminPatch {
  passwordHash?: string;
  role?: AdminRoleName;
  disabled?: boolean;
  lastLoginAt?: number;
  failedLogins?: number;
  lockedUntil?: number;
}

/** A signed-in admin's session; only the SHA-256 of its token is stored. */
export interface AdminSessionRecord {
  /** SHA-256 of the session token, hex. */
  readonly tokenHash: string;
  readonly name: string;
  readonly createdAt: number;
  readonly expiresAt: number;
}

/** One change an admin made (the audit log). */
export interface AdminAuditEntry {
  /** Assigned by the store, increasing in append order. */
  readonly id: number;
  readonly ts: number;
  /** Name of the admin ('' for the system, e.g. the first-start bootstrap). */
  readonly admin: string;
  /** What was done, e.g. 'user.disable'. */
  readonly action: string;
  /** What it was done to, e.g. a uid ('' = nothing in particular). */
  readonly target: string;
  /** Details as JSON text ('' = none). */
  readonly detail: string;
}

/**
 * Admin accounts, their sessions and the audit log. Global rows: on a sharded store they live
 * on the first shard.
 */
export interface AdminStore {
  /** Throws DuplicateError when the name exists (two nodes bootstrapping: one wins). */
  create(admin: AdminRecord): Promise<void>;
  get(name: string): Promise<AdminRecord | undefined>;
  /** Every admin, by name. */
  list(): Promise<AdminRecord[]>;
  /** Applies the patch; throws NotFoundError for an unknown name. Returns the updated record. */
  update(name: string, patch: AdminPatch): Promise<AdminRecord>;
  /**
   * Counts a failed sign-in in one statement (concurrent failures each count): the count goes
   * up by one, or when it reaches `maxFailed` it goes back to 0 and the account is locked until
   * `lockUntil`. An unknown name is ignored.
   */
  recordFailedLogin(name: string, maxFailed: number, lockUntil: number): Promise<void>;
  /** Throws DuplicateError when the hash exists. */
  createSession(session: AdminSessionRecord): Promise<void>;
  /** The session, expired or not (the caller checks expiresAt). */
  getSession(tokenHash: string): Promise<AdminSessionRecord | undefined>;
  /** Returns whether a session was deleted. */
  deleteSession(tokenHash: string): Promise<boolean>;
  /** Deletes every session of `name` except `keepTokenHash` (if given); returns how many. */
  deleteSessionsOf(name: string, keepTokenHash?: string): Promise<number>;
  /** Deletes sessions with expiresAt <= now; returns how many. */
  deleteExpiredSessions(now: number): Promise<number>;
  /** Appends an entry to the audit log; returns it with its id. */
  appendAudit(entry: Omit<AdminAuditEntry, 'id'>): Promise<AdminAuditEntry>;
  /** Audit entries newest first (descending id), with id < `before` when given, at most `limit`. */
  audit(opts: { before?: number; limit: number }): Promise<AdminAuditEntry[]>;
}

/** The whole store. `close` waits for running work and releases connections. */
export interface Store {
  readonly users: UserStore;
  readonly tokens: TokenStore;
  readonly devices: DeviceStore;
  readonly messages: MessageStore;
  readonly conversations: ConversationStore;
  readonly groups: GroupStore;
  readonly contacts: ContactStore;
  readonly apiKeys: ApiKeyStore;
  readonly events: EventStore;
  readonly push: PushStore;
  readonly files: FileRecordStore;
  /** Admin console accounts, sessions and audit log. */
  readonly admins: AdminStore;
  readonly webhooks: WebhookStore;
  /** Runtime overrides of config keys (the admin console's settings). */
  readonly runtimeSettings: SettingStore;
  /** Applies pending migrations (every shard). Idempotent. */
  migrate(): Promise<void>;
  /** Cheap liveness check for /healthz. */
  ping(): Promise<void>;
  close(): Promise<void>;
}
