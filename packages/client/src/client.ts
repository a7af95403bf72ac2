import {
  Code,
  Commands,
  type ConvResp,
  codeInfo,
  type GroupResp,
  type LoginReq,
  MsgType,
  ParleyError,
  RefKind,
  type RequestCommand,
  refKindName,
  type SendReq,
  type SendResp,
} from '@parley/protocol';
import { groupIdOf } from './conv-id.ts';
import {
  fromWireMsgType,
  num,
  toChatMessage,
  toConversation,
  toConversationChange,
  toFriend,
  toFriendRequest,
  toGroupInfo,
  toGroupMember,
  toJoinRequest,
  toPresenceState,
  toProfile,
  toReadStatus,
  toWireGroupRole,
  toWireGroupType,
  toWireJoinPolicy,
  toWireMsgType,
  toWirePlatform,
  toWireRefKind,
} from './convert.ts';
import { TypedEmitter } from './emitter.ts';
import {
  ClientClosedError,
  ClientError,
  ConnectionLostError,
  NotConnectedError,
  ProtocolError,
  toError,
} from './errors.ts';
import { randomId } from './ids.ts';
import { CLIENT_VERSION, Link } from './link.ts';
import { Outbox } from './outbox.ts';
import { ConvSequencer } from './sequencer.ts';
import { Timeline } from './timeline.ts';
import type {
  ChatMessage,
  ClientEvents,
  ClientState,
  ConversationChange,
  ConversationList,
  ConversationPatch,
  ConversationsQuery,
  CreateGroupParams,
  DeviceInfo,
  Friend,
  FriendRequest,
  GroupInfo,
  GroupMembersPage,
  GroupPatch,
  HistoryQuery,
  JoinRequest,
  JoinResult,
  LoginCredentials,
  LoginResult,
  MessagePage,
  NoticeResult,
  OwnProfile,
  ParleyClientOptions,
  PresenceState,
  Profile,
  ProfilePatch,
  PushRegistration,
  ReadStatus,
  RegisterParams,
  SearchQuery,
  SendParams,
  SendResult,
  UpstreamParams,
  UpstreamResult,
} from './types.ts';

/** GROUP/MUTE of a whole group: any until_ms other than 0 mutes; this one reads as "for good". */
const MUTE_ALL_UNTIL = Number.MAX_SAFE_INTEGER;

/** A value of a friendly type the wire has no name for: refused before anything is sent. */
function wire<T>(convert: () => T, field: string): T {
  try {
    return convert();
  } catch (err) {
    throw new ClientError(Code.BAD_REQUEST, toError(err).message, field);
  }
}

/** A response field the command always carries; its absence is the server's fault. */
function required<T>(value: T | null | undefined, command: string, field: string): T {
  if (value === null || value === undefined) {
    throw new ProtocolError(Code.BAD_BODY, `${command} response without ${field}`);
  }
  return value;
}

/** Who recalled: the notice's content is JSON {"by": uid}; its sender otherwise. */
function recalledBy(msg: ChatMessage): string {
  try {
    const by: unknown = (JSON.parse(msg.content) as { by?: unknown } | null)?.by;
    if (typeof by === 'string' && by) return by;
  } catch {
    // Not JSON: the sender is the best answer.
  }
  return msg.from;
}

/**
 * A Parley client for browsers and Node: one connection, one logged-in device, automatic
 * reconnect with token re-login, an outbox that resends unacked messages with the same
 * clientMsgId, and the user's messages delivered as `'message'` events, each once: one-to-one
 * messages in timeline (seq) order, the user's own sends included, from any device; group
 * messages once per (convId, convSeq), in convSeq order per group, whether they come from the
 * timeline, from read-diffusion pushes or from pulls (gaps are pulled with MSG/CONV_SYNC first).
 * Groups, conversations, contacts and profiles are plain request methods.
 *
 * Errors: every promise rejects with a `ParleyError`. A plain `ParleyError` is a server refusal
 * (its `code` is the response status; see `isServerRefusal`); failures on the client side are
 * subclasses of `ClientError` — `RequestTimeoutError`, `ConnectionLostError`, `NotConnectedError`,
 * `ClientClosedError` (all code UNAVAILABLE) and `ProtocolError`.
 *
 * @example
 * ```ts
 * import { ParleyClient, wsTransport } from '@parley/client';
 *
 * const client = new ParleyClient({ transport: wsTransport({ url: 'wss://chat.example.com/ws' }) });
 * client.on('message', (m) => console.log(`${m.from}: ${m.content}`));
 * client.on('disconnected', (e) => console.log('offline:', e.reason, e.willReconnect ? '(retrying)' : ''));
 * await client.login({ uid: 'alice', password: 'secret' }, { deviceId: 'laptop-1', platform: 'web' });
 * const ack = await client.send({ to: 'bob', content: 'hi' }); // resolves with the server's ack
 * console.log(ack.msgId, ack.seq);
 * client.close();
 * ```
 */
export class ParleyClient {
  private readonly events = new TypedEmitter<ClientEvents>((err, event) => {
    // An 'error' listener that throws has nowhere further to report to.
    if (event !== 'error') this.events.emit('error', toError(err));
  });
  private readonly timeline: Timeline;
  private readonly groups: ConvSequencer;
  private readonly outbox: Outbox;
  private readonly link: Link;

  constructor(private readonly options: ParleyClientOptions) {
    const pageSize = options.syncPageSize ?? 200;
    this.groups = new ConvSequencer(
      {
        emit: (msg) => this.emitMessage(msg),
        onError: (err) => this.events.emit('error', err),
        released: () => this.timeline.scheduleAck(),
      },
      { pageSize },
    );
    this.timeline = new Timeline(
      {
        // Group entries go through the group's sequencer: once per convSeq, in convSeq order.
        deliver: (msg) => (msg.convType === 'group' ? this.groups.offer(msg) : this.emitMessage(msg)),
        onError: (err) => this.events.emit('error', err),
        ackCeiling: () => this.groups.ackCeiling(),
      },
      { ackDelayMs: options.ackDelayMs ?? 20, pageSize },
    );
    this.outbox = new Outbox({
      readyConnection: () => this.link.ready,
      onAck: (req, resp) => this.offerOwnMessage(req, resp),
    });
    this.link = new Link({
      options,
      events: this.events,
      timeline: this.timeline,
      groups: this.groups,
      outbox: this.outbox,
    });
  }

  get state(): ClientState {
    return this.link.state;
  }

  /** The logged-in user (kept while reconnecting). */
  get uid(): string | undefined {
    return this.link.session?.uid;
  }

  /**
   * Seq of the last timeline entry taken in: emitted as a `'message'` event, or (a group message)
   * waiting for its conversation's gap to be pulled.
   */
  get lastSeq(): number {
    return this.timeline.lastSeq;
  }

  /** convSeq of the last message of a group conversation emitted, if any. */
  lastConvSeq(convId: string): number | undefined {
    return this.groups.lastConvSeq(convId);
  }

  /** Sends not acked yet. */
  get pendingSends(): number {
    return this.outbox.size;
  }

  /** Subscribes to an event; returns the function that unsubscribes. */
  on<K extends keyof ClientEvents>(event: K, fn: (payload: ClientEvents[K]) => void): () => void {
    return this.events.on(event, fn);
  }

  once<K extends keyof ClientEvents>(event: K, fn: (payload: ClientEvents[K]) => void): () => void {
    return this.events.once(event, fn);
  }

  /** Opens the connection (login and register do it when needed). */
  async connect(): Promise<void> {
    await this.link.ensureConnection();
  }

  /** Creates an account. Works on a connection that is not logged in. */
  async register(params: RegisterParams): Promise<{ uid: string }> {
    const conn = await this.link.ensureConnection();
    const { uid, password, nickname } = params;
    const resp = await conn.request(Commands.register, { uid, password, nickname: nickname ?? '' });
    return { uid: resp.uid || uid };
  }

  /**
   * Logs in with a password or a token (connecting first if needed), then resends the outbox and
   * syncs the timeline (then the groups in read diffusion) in the background. The client keeps the
   * returned token to log in again by itself after a reconnect.
   */
  async login(credentials: LoginCredentials, device: DeviceInfo): Promise<LoginResult> {
    const req: LoginReq =
      'token' in credentials
        ? { token: credentials.token, uid: credentials.uid ?? '' }
        : { uid: credentials.uid, password: credentials.password };
    req.deviceId = device.deviceId;
    req.platform = toWirePlatform(device.platform);
    req.clientVersion = this.options.clientVersion ?? CLIENT_VERSION;
    return this.link.login(req, device);
  }

  /**
   * Revokes the session's token on the server and closes the connection; no reconnect follows.
   * Unacked sends fail with LOGGED_OUT. The client can log in again afterwards. Without a
   * connection it only forgets the session locally.
   */
  logout(): Promise<void> {
    return this.link.logout();
  }

  /**
   * Sends a message to a user (`to`) or a group (`groupId`), optionally replying to or forwarding
   * `refMsgId`; resolves with the server's ack (the message is stored).
   * Until then it waits in the outbox: across disconnects the promise stays pending and the send
   * is repeated after the next login with the same clientMsgId, as is a send whose ack timed out.
   * Rejects with the server's refusal, or when the session ends (kick, logout, refused re-login,
   * `close()`). Needs a session: before the first login it rejects with NOT_LOGGED_IN.
   */
  send(params: SendParams): Promise<SendResult> {
    if (this.link.state === 'closed') return Promise.reject(new ClientClosedError());
    if (!this.link.session) {
      return Promise.reject(new ClientError(Code.NOT_LOGGED_IN, 'log in before sending'));
    }
    let req: SendReq;
    try {
      req = this.toSendReq(params);
    } catch (err) {
      return Promise.reject(err);
    }
    return this.outbox.add(req);
  }

  /**
   * Pulls the timeline after `lastSeq` until the server has no more, then what CONV/LIST says is
   * missing of the groups in read diffusion; resolves when every message stored before the call
   * has been emitted. Login does this by itself; call it to be sure.
   */
  sync(): Promise<void> {
    if (!this.link.loggedIn) return Promise.reject(new NotConnectedError('not logged in'));
    return this.link.syncAll();
  }

  /**
   * Pulls one conversation on demand: a group's own timeline after the last convSeq emitted (or,
   * for a group not seen yet, after the user's read position), emitting what is new as
   * `'message'` events in order; for a one-to-one conversation, the user's timeline.
   */
  syncConversation(convId: string): Promise<void> {
    if (!this.link.loggedIn) return Promise.reject(this.notReady());
    if (groupIdOf(convId) === undefined) return this.timeline.sync();
    return this.groups.syncConversation(convId);
  }

  // ---- messages ----------------------------------------------------------------------------------

  /** A conversation backwards, newest first (visible range only). */
  async history(convId: string, query: HistoryQuery = {}): Promise<MessagePage> {
    const resp = await this.request(Commands.history, {
      convId,
      beforeSeq: query.beforeSeq ?? 0,
      beforeMsgId: query.beforeMsgId ?? 0,
      limit: query.limit ?? 0,
    });
    return { messages: (resp.messages ?? []).map(toChatMessage), hasMore: resp.hasMore ?? false };
  }

  /**
   * Recalls a message for everyone (own message within the recall window, or any message as a
   * group admin). Everyone gets a RECALL notice (`'message'` of type 'recall', then `'recalled'`).
   */
  async recall(msgId: number): Promise<NoticeResult> {
    const resp = await this.request(Commands.recall, { msgId, clientMsgId: randomId() });
    return { noticeMsgId: num(resp.noticeMsgId), convSeq: num(resp.convSeq), ts: num(resp.ts) };
  }

  /** Replaces the content of an own message (within the edit window); everyone gets an EDIT notice. */
  async edit(msgId: number, content: string): Promise<NoticeResult> {
    const resp = await this.request(Commands.edit, { msgId, content, clientMsgId: randomId() });
    return { noticeMsgId: num(resp.noticeMsgId), convSeq: num(resp.convSeq), ts: num(resp.ts) };
  }

  /** Deletes messages for this user (all devices; the others get `'deleted'`). */
  async deleteForMe(msgIds: number[]): Promise<void> {
    await this.request(Commands.deleteForMe, { msgIds });
  }

  /** Full-text search of the user's conversations, newest first. */
  async search(query: string, options: SearchQuery = {}): Promise<MessagePage> {
    const resp = await this.request(Commands.search, {
      query,
      convId: options.convId ?? '',
      limit: options.limit ?? 0,
      beforeMsgId: options.beforeMsgId ?? 0,
    });
    return { messages: (resp.messages ?? []).map(toChatMessage), hasMore: resp.hasMore ?? false };
  }

  /** Who has read a message (its sender, or a group admin, may ask); uids only with `withUids`. */
  async readStatus(msgId: number, withUids = false): Promise<ReadStatus> {
    return toReadStatus(await this.request(Commands.readStatus, { msgId, withUids }));
  }

  /** Tells the peer (or the group's online members) that this user is typing, or stopped. */
  async setTyping(convId: string, typing = true): Promise<void> {
    await this.request(Commands.typing, { convId, typing });
  }

  // ---- conversations -----------------------------------------------------------------------------

  /** The user's conversations, pinned first, then by last activity. */
  async conversations(query: ConversationsQuery = {}): Promise<ConversationList> {
    const resp = await this.request(Commands.convList, {
      sinceVersion: query.sinceVersion ?? 0,
      includeHidden: query.includeHidden ?? false,
    });
    return {
      conversations: (resp.conversations ?? []).map(toConversation),
      version: num(resp.version),
      totalUnread: resp.totalUnread ?? 0,
    };
  }

  /** Marks everything up to `seq` (convSeq; default 0 = the newest) read. */
  async markRead(convId: string, seq = 0): Promise<ConversationChange> {
    return this.change(Commands.convMarkRead, { convId, seq });
  }

  /** Pins, mutes, hides a conversation or saves its draft; absent fields stay. */
  async updateConversation(convId: string, patch: ConversationPatch): Promise<ConversationChange> {
    const { pinned, muted, hidden, draft } = patch;
    return this.change(Commands.convUpdate, { convId, pinned, muted, hidden, draft });
  }

  /** Hides everything up to now in a conversation, for this user only. */
  async clearConversation(convId: string): Promise<ConversationChange> {
    return this.change(Commands.convClear, { convId });
  }

  /** Sum of unread over the conversations that are not muted. */
  async unreadTotal(): Promise<number> {
    return (await this.request(Commands.convUnread, {})).totalUnread ?? 0;
  }

  // ---- groups ------------------------------------------------------------------------------------

  /** Creates a group; the caller becomes its owner and `members` join at once. */
  async createGroup(params: CreateGroupParams): Promise<GroupInfo> {
    const resp = await this.request(Commands.groupCreate, {
      name: params.name,
      avatar: params.avatar ?? '',
      intro: params.intro ?? '',
      type: wire(() => toWireGroupType(params.type ?? 'normal'), 'type'),
      joinPolicy: wire(() => toWireJoinPolicy(params.joinPolicy ?? 'open'), 'join_policy'),
      memberUids: params.members ?? [],
      groupId: params.groupId ?? '',
    });
    return toGroupInfo(required(resp.group, Commands.groupCreate.name, 'group'));
  }

  async groupInfo(groupId: string): Promise<GroupInfo> {
    return this.group(Commands.groupInfo, { groupId });
  }

  /** Changes a group's settings (admins); absent fields stay. */
  async updateGroup(groupId: string, patch: GroupPatch): Promise<GroupInfo> {
    const { name, avatar, intro } = patch;
    const joinPolicy =
      patch.joinPolicy === undefined
        ? undefined
        : wire(() => toWireJoinPolicy(patch.joinPolicy ?? 'open'), 'join_policy');
    return this.group(Commands.groupUpdate, { groupId, name, avatar, intro, joinPolicy });
  }

  /** Members ordered by uid, one page after `afterUid`. */
  async groupMembers(
    groupId: string,
    page: { afterUid?: string; limit?: number } = {},
  ): Promise<GroupMembersPage> {
    const resp = await this.request(Commands.groupMembers, {
      groupId,
      afterUid: page.afterUid ?? '',
      limit: page.limit ?? 0,
    });
    return { members: (resp.members ?? []).map(toGroupMember), hasMore: resp.hasMore ?? false };
  }

  /** Joins an open group, or asks to join one that needs approval (`pending`). */
  async joinGroup(groupId: string, note = ''): Promise<JoinResult> {
    const resp = await this.request(Commands.groupJoin, { groupId, note });
    return { joined: resp.joined ?? false, pending: resp.pending ?? false };
  }

  /** Pending join requests (admins). */
  async groupJoinRequests(groupId: string): Promise<JoinRequest[]> {
    const resp = await this.request(Commands.groupJoinRequests, { groupId });
    return (resp.requests ?? []).map(toJoinRequest);
  }

  /** Accepts or rejects a join request (admins). */
  async approveJoin(groupId: string, uid: string, accept = true): Promise<void> {
    await this.request(Commands.groupApprove, { groupId, uid, accept });
  }

  async inviteToGroup(groupId: string, uids: string[]): Promise<GroupInfo> {
    return this.group(Commands.groupInvite, { groupId, uids });
  }

  async kickFromGroup(groupId: string, uids: string[]): Promise<GroupInfo> {
    return this.group(Commands.groupKick, { groupId, uids });
  }

  async leaveGroup(groupId: string): Promise<void> {
    await this.request(Commands.groupLeave, { groupId });
  }

  /** Ends the group for everyone (owner). */
  async dismissGroup(groupId: string): Promise<void> {
    await this.request(Commands.groupDismiss, { groupId });
  }

  /** Makes `uid` the owner; the caller becomes an admin. */
  async transferGroup(groupId: string, uid: string): Promise<GroupInfo> {
    return this.group(Commands.groupTransfer, { groupId, uid });
  }

  /** Makes a member an admin or an admin a member (owner). */
  async setGroupRole(groupId: string, uid: string, role: 'admin' | 'member'): Promise<void> {
    await this.request(Commands.groupSetRole, {
      groupId,
      uid,
      role: wire(() => toWireGroupRole(role), 'role'),
    });
  }

  /** Mutes one member until `untilMs` (Unix ms; 0 unmutes). */
  async muteMember(groupId: string, uid: string, untilMs: number): Promise<void> {
    await this.request(Commands.groupMute, { groupId, uid, untilMs });
  }

  /** Mutes the whole group (only admins and the owner may speak) or lifts it. */
  async muteGroup(groupId: string, muted: boolean): Promise<void> {
    await this.request(Commands.groupMute, { groupId, uid: '', untilMs: muted ? MUTE_ALL_UNTIL : 0 });
  }

  /** The caller's nickname in a group. */
  async setGroupNickname(groupId: string, nickname: string): Promise<void> {
    await this.request(Commands.groupSetNickname, { groupId, nickname });
  }

  /** The groups the user is a member of. */
  async myGroups(): Promise<GroupInfo[]> {
    const resp = await this.request(Commands.groupMine, {});
    return (resp.groups ?? []).map(toGroupInfo);
  }

  // ---- contacts ----------------------------------------------------------------------------------

  /** Asks `uid` to be friends; `friends` is true when they had asked too (friends now). */
  async sendFriendRequest(uid: string, note = ''): Promise<{ friends: boolean }> {
    const resp = await this.request(Commands.friendRequest, { toUid: uid, note });
    return { friends: resp.friends ?? false };
  }

  async respondFriendRequest(fromUid: string, accept: boolean): Promise<void> {
    await this.request(Commands.friendRespond, { fromUid, accept });
  }

  /** Pending requests to and from the user. */
  async friendRequests(): Promise<FriendRequest[]> {
    const resp = await this.request(Commands.friendRequests, {});
    return (resp.requests ?? []).map(toFriendRequest);
  }

  async friends(): Promise<Friend[]> {
    const resp = await this.request(Commands.friends, {});
    return (resp.friends ?? []).map(toFriend);
  }

  async setFriendRemark(uid: string, remark: string): Promise<void> {
    await this.request(Commands.friendRemark, { uid, remark });
  }

  /** Ends a friendship, on both sides. */
  async deleteFriend(uid: string): Promise<void> {
    await this.request(Commands.friendDelete, { uid });
  }

  /** Blocks (or unblocks) a user: blocked users cannot message or befriend this one. */
  async block(uid: string, blocked = true): Promise<void> {
    await this.request(Commands.block, { uid, blocked });
  }

  async blocklist(): Promise<string[]> {
    return (await this.request(Commands.blocklist, {})).uids ?? [];
  }

  // ---- users -------------------------------------------------------------------------------------

  async profiles(uids: string[]): Promise<Profile[]> {
    const resp = await this.request(Commands.profiles, { uids });
    return (resp.profiles ?? []).map(toProfile);
  }

  /** Changes the user's own profile; absent fields stay. */
  async updateProfile(patch: ProfilePatch): Promise<OwnProfile> {
    const { nickname, avatar, signature, readReceipts } = patch;
    const resp = await this.request(Commands.updateProfile, { nickname, avatar, signature, readReceipts });
    return {
      profile: toProfile(required(resp.profile, Commands.updateProfile.name, 'profile')),
      readReceipts: resp.readReceipts ?? false,
    };
  }

  /** Users by uid prefix or nickname substring. */
  async searchUsers(query: string, limit = 0): Promise<Profile[]> {
    const resp = await this.request(Commands.userSearch, { query, limit });
    return (resp.profiles ?? []).map(toProfile);
  }

  /** Current presence of friends, then `'presence'` events when it changes. */
  async subscribePresence(uids: string[]): Promise<PresenceState[]> {
    const resp = await this.request(Commands.subscribePresence, { uids });
    return (resp.states ?? []).map(toPresenceState);
  }

  async unsubscribePresence(uids: string[]): Promise<void> {
    await this.request(Commands.unsubscribePresence, { uids });
  }

  /**
   * Registers this device's push token, so that the server notifies it of messages while it is
   * offline (or does not acknowledge them in time). Register again after the token changes.
   *
   * @example
   * await client.registerPushToken({ provider: 'fcm', token, doNotDisturb: { startMin: 1320, endMin: 420 } });
   */
  async registerPushToken(reg: PushRegistration): Promise<void> {
    await this.request(Commands.pushRegister, {
      provider: reg.provider,
      token: reg.token,
      dndStartMin: reg.doNotDisturb?.startMin ?? 0,
      dndEndMin: reg.doNotDisturb?.endMin ?? 0,
      tzOffsetMin: reg.tzOffsetMin ?? -new Date().getTimezoneOffset(),
    });
  }

  /** Removes this device's push token: no more notifications for it. */
  async unregisterPushToken(): Promise<void> {
    await this.request(Commands.pushUnregister, {});
  }

  /**
   * Sends an upstream message to a business service (service 8, `biz.upstream`); resolves once
   * the server has stored it durably as an event for business servers. On a retryable failure
   * (connection lost, reconnecting, timeout, UNAVAILABLE) it is sent again with the same
   * clientMsgId, after the reconnect, with backoff: the server answers a repeat with the first
   * event id, so it is delivered once. Rejects with the server's refusal, after
   * `maxAttempts` (default 8) tries, or when the session ends.
   *
   * @example
   * const { eventId } = await client.sendUpstream({ service: 'orders', payload: JSON.stringify({ sku: 'A-17' }) });
   */
  async sendUpstream(params: UpstreamParams, opts: { maxAttempts?: number } = {}): Promise<UpstreamResult> {
    const clientMsgId = params.clientMsgId || randomId();
    const req = { service: params.service, payload: params.payload, clientMsgId };
    const max = opts.maxAttempts ?? 8;
    for (let attempt = 1; ; attempt++) {
      try {
        const r = await this.request(Commands.bizUpstream, req);
        return { eventId: r.eventId ?? 0, ts: r.ts ?? 0, duplicate: r.duplicate ?? false, clientMsgId };
      } catch (err) {
        const retryable =
          err instanceof ParleyError && codeInfo(err.code).retryable && !(err instanceof ClientClosedError);
        if (!retryable || !this.link.session || attempt >= max) throw err;
        await new Promise((r) => setTimeout(r, Math.min(5000, 100 * 2 ** attempt)));
      }
    }
  }

  /** Closes for good: no reconnect; pending requests and sends fail with ClientClosedError. */
  close(): void {
    this.link.close();
  }

  // ---- internals ---------------------------------------------------------------------------------

  /** Every message goes out here; recall and edit notices are followed by their convenience event. */
  private emitMessage(msg: ChatMessage): void {
    // Deleted for this user (or before the start of a conversation they cleared): not shown.
    if (msg.deleted) return;
    this.events.emit('message', msg);
    if (msg.refMsgId <= 0) return;
    if (msg.type === 'recall') {
      this.events.emit('recalled', { convId: msg.convId, msgId: msg.refMsgId, by: recalledBy(msg) });
    } else if (msg.type === 'edit') {
      this.events.emit('edited', {
        convId: msg.convId,
        msgId: msg.refMsgId,
        content: msg.content,
        editedAt: msg.editedAt || msg.ts,
      });
    }
  }

  private toSendReq(params: SendParams): SendReq {
    const to = params.to ?? '';
    const groupId = params.groupId ?? '';
    if (!to === !groupId) {
      throw new ClientError(
        Code.BAD_REQUEST,
        'give exactly one of to and groupId',
        to ? 'group_id' : 'to_uid',
      );
    }
    const refMsgId = params.refMsgId ?? 0;
    const refKind = params.refKind
      ? wire(() => toWireRefKind(params.refKind ?? 'reply'), 'ref_kind')
      : refMsgId
        ? RefKind.REPLY
        : RefKind.REF_KIND_UNSPECIFIED;
    let type: MsgType;
    if (params.type) {
      try {
        type = toWireMsgType(params.type);
      } catch (err) {
        throw new ClientError(Code.BAD_MSG_TYPE, toError(err).message, 'type');
      }
    } else {
      // A forward without content copies the original's type and content (server side).
      type = refKind === RefKind.FORWARD && !params.content ? MsgType.MSG_TYPE_UNSPECIFIED : MsgType.TEXT;
    }
    return {
      toUid: to,
      groupId,
      clientMsgId: params.clientMsgId || randomId(),
      type,
      content: params.content,
      refMsgId,
      refKind,
    };
  }

  /**
   * An own send's ack names its seq in this user's timeline (or, in a group in read diffusion,
   * only its convSeq): that message needs no sync.
   */
  private offerOwnMessage(req: SendReq, resp: SendResp): void {
    const msg: ChatMessage = {
      msgId: num(resp.msgId),
      clientMsgId: req.clientMsgId ?? '',
      from: this.link.session?.uid ?? '',
      to: req.groupId || req.toUid || '',
      convType: req.groupId ? 'group' : 'c2c',
      type: fromWireMsgType(req.type),
      content: req.content ?? '',
      ts: num(resp.ts),
      seq: num(resp.seq),
      convId: resp.convId ?? '',
      convSeq: num(resp.convSeq),
      refMsgId: num(req.refMsgId),
      refKind: refKindName(req.refKind) ?? '',
      editedAt: 0,
      recalled: false,
      deleted: false,
    };
    if (msg.refKind === 'forward' && !msg.content) {
      // The server copied the forwarded message, which the ack does not carry: fetch it instead.
      const pull =
        msg.seq > 0 || msg.convType === 'c2c'
          ? this.timeline.sync()
          : this.groups.syncConversation(msg.convId);
      pull.catch((err: unknown) => this.backgroundError(err));
      return;
    }
    if (msg.seq > 0) this.timeline.offer(msg);
    else if (msg.convType === 'group') this.groups.offer(msg);
  }

  private backgroundError(err: unknown): void {
    if (err instanceof ConnectionLostError || err instanceof NotConnectedError) return;
    if (err instanceof ClientClosedError) return;
    this.events.emit('error', toError(err));
  }

  private notReady(): Error {
    if (this.link.state === 'closed') return new ClientClosedError();
    if (!this.link.session) return new ClientError(Code.NOT_LOGGED_IN, 'log in first');
    return new NotConnectedError('not logged in (reconnecting)');
  }

  /**
   * A request on the logged-in connection. Refused locally with NOT_LOGGED_IN without a session,
   * NotConnectedError while reconnecting, ClientClosedError after `close()`.
   */
  private request<Req, Resp>(cmd: RequestCommand<Req, Resp>, body: Req): Promise<Resp> {
    const conn = this.link.ready;
    if (!conn || this.link.state === 'closed') return Promise.reject(this.notReady());
    return conn.request(cmd, body);
  }

  /** A group command answered with the group as it is now. */
  private async group<Req>(cmd: RequestCommand<Req, GroupResp>, body: Req): Promise<GroupInfo> {
    const resp = await this.request(cmd, body);
    return toGroupInfo(required(resp.group, cmd.name, 'group'));
  }

  /** A conversation command answered with the entry as it is now. */
  private async change<Req>(cmd: RequestCommand<Req, ConvResp>, body: Req): Promise<ConversationChange> {
    const resp = await this.request(cmd, body);
    return required(toConversationChange(resp), cmd.name, 'conversation');
  }
}
