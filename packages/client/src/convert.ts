import {
  type ConvResp,
  convTypeName,
  type GroupRole,
  type GroupType,
  groupRoleByName,
  groupRoleName,
  groupTypeByName,
  groupTypeName,
  type JoinPolicy,
  joinPolicyByName,
  joinPolicyName,
  type LoginResp,
  type Message,
  type MsgType,
  msgTypeByName,
  msgTypeName,
  type Platform,
  platformByName,
  type ReadStatusResp,
  type Receipt,
  type RefKind,
  refKindByName,
  refKindName,
  type ContactEvent as WireContactEvent,
  ContactEventKind as WireContactEventKind,
  type Conversation as WireConversation,
  type Friend as WireFriend,
  type FriendRequest as WireFriendRequest,
  FriendRequestStatus as WireFriendRequestStatus,
  type GroupInfo as WireGroupInfo,
  type GroupMember as WireGroupMember,
  type JoinRequest as WireJoinRequest,
  type PresenceState as WirePresenceState,
  type Profile as WireProfile,
} from '@parley/protocol';
import type {
  ChatMessage,
  ContactEvent,
  ContactEventKind,
  Conversation,
  ConversationChange,
  ConvType,
  Friend,
  FriendRequest,
  FriendRequestStatus,
  GroupInfo,
  GroupMember,
  GroupRoleName,
  GroupTypeName,
  JoinPolicyName,
  JoinRequest,
  LoginResult,
  MessageType,
  PlatformName,
  PresenceState,
  Profile,
  ReadReceiptEvent,
  ReadStatus,
  ReceiptEvent,
  RefKindName,
} from './types.ts';

/** Converts between the wire enums and the SDK's string unions (tables shared with the server). */

export function toWireMsgType(type: MessageType): MsgType {
  return byName(msgTypeByName, type, 'message type');
}

/** Unknown (newer) wire types read as 'custom'. */
export function fromWireMsgType(type: number | null | undefined): MessageType {
  return msgTypeName(type) ?? 'custom';
}

export function toWirePlatform(platform: PlatformName): Platform {
  return byName(platformByName, platform, 'platform');
}

export function fromWireConvType(type: number | null | undefined): ConvType {
  return convTypeName(type) ?? 'c2c';
}

/** A name of one of the SDK's string unions to its wire value; throws a TypeError naming `what`. */
function byName<N extends string, V>(table: Readonly<Record<N, V>>, name: N, what: string): V {
  const value = Object.hasOwn(table, name) ? table[name] : undefined;
  if (value === undefined) throw new TypeError(`unknown ${what} ${String(name)}`);
  return value;
}

export const toWireRefKind = (k: RefKindName): RefKind => byName(refKindByName, k, 'refKind');
export const toWireGroupRole = (r: GroupRoleName): GroupRole => byName(groupRoleByName, r, 'role');
export const toWireGroupType = (t: GroupTypeName): GroupType => byName(groupTypeByName, t, 'group type');
export const toWireJoinPolicy = (p: JoinPolicyName): JoinPolicy => byName(joinPolicyByName, p, 'join policy');

/**
 * int64 fields are typed as numbers (pbjs --force-number); `Number()` also copes with a Long, should
 * a protobufjs set-up ever hand one over.
 */
export const num = (v: number | null | undefined): number => Number(v ?? 0);

export function toChatMessage(m: Message): ChatMessage {
  return {
    msgId: num(m.msgId),
    clientMsgId: m.clientMsgId ?? '',
    from: m.fromUid ?? '',
    to: m.to ?? '',
    convType: fromWireConvType(m.convType),
    type: fromWireMsgType(m.type),
    content: m.content ?? '',
    ts: num(m.ts),
    seq: num(m.seq),
    convId: m.convId ?? '',
    convSeq: num(m.convSeq),
    refMsgId: num(m.refMsgId),
    refKind: refKindName(m.refKind) ?? '',
    editedAt: num(m.editedAt),
    recalled: m.recalled ?? false,
    deleted: m.deleted ?? false,
  };
}

export function toReceiptEvent(r: Receipt): ReceiptEvent {
  return { msgId: num(r.msgId), clientMsgId: r.clientMsgId ?? '', by: r.byUid ?? '', ts: num(r.ts) };
}

export function toReadReceiptEvent(r: Receipt): ReadReceiptEvent {
  return { ...toReceiptEvent(r), convId: r.convId ?? '', readSeq: num(r.readSeq) };
}

export function toLoginResult(r: LoginResp): LoginResult {
  return {
    uid: r.uid ?? '',
    token: r.token ?? '',
    tokenExpiresAt: num(r.tokenExpiresAt),
    sessionId: r.sessionId ?? '',
    maxSeq: num(r.maxSeq),
    deviceAckSeq: num(r.deviceAckSeq),
  };
}

export function toConversation(c: WireConversation): Conversation {
  return {
    convId: c.convId ?? '',
    convType: fromWireConvType(c.convType),
    peer: c.peer ?? '',
    lastMessage: c.lastMessage ? toChatMessage(c.lastMessage) : undefined,
    maxSeq: num(c.maxSeq),
    readSeq: num(c.readSeq),
    unread: c.unread ?? 0,
    pinned: c.pinned ?? false,
    muted: c.muted ?? false,
    hidden: c.hidden ?? false,
    draft: c.draft ?? '',
    version: num(c.version),
    lastTs: num(c.lastTs),
    startSeq: num(c.startSeq),
    peerReadSeq: num(c.peerReadSeq),
    readDiffusion: c.readDiffusion ?? false,
  };
}

/** Undefined when the server sent no conversation (nothing to report). */
export function toConversationChange(r: ConvResp): ConversationChange | undefined {
  if (!r.conversation) return undefined;
  return { conversation: toConversation(r.conversation), totalUnread: r.totalUnread ?? 0 };
}

export function toGroupInfo(g: WireGroupInfo): GroupInfo {
  return {
    groupId: g.groupId ?? '',
    convId: g.convId || (g.groupId ? `g:${g.groupId}` : ''),
    name: g.name ?? '',
    avatar: g.avatar ?? '',
    intro: g.intro ?? '',
    type: groupTypeName(g.type) ?? 'normal',
    joinPolicy: joinPolicyName(g.joinPolicy) ?? 'open',
    ownerUid: g.ownerUid ?? '',
    memberCount: g.memberCount ?? 0,
    mutedAll: g.mutedAll ?? false,
    dismissed: g.dismissed ?? false,
    createdAt: num(g.createdAt),
    myRole: groupRoleName(g.myRole) ?? '',
    readDiffusion: g.readDiffusion ?? false,
  };
}

export function toGroupMember(m: WireGroupMember): GroupMember {
  return {
    uid: m.uid ?? '',
    role: groupRoleName(m.role) ?? 'member',
    nickname: m.nickname ?? '',
    mutedUntil: num(m.mutedUntil),
    joinedAt: num(m.joinedAt),
  };
}

export function toJoinRequest(r: WireJoinRequest): JoinRequest {
  return { uid: r.uid ?? '', note: r.note ?? '', ts: num(r.ts) };
}

export function toProfile(p: WireProfile): Profile {
  return {
    uid: p.uid ?? '',
    nickname: p.nickname ?? '',
    avatar: p.avatar ?? '',
    signature: p.signature ?? '',
  };
}

const friendRequestStatuses = new Map<number, FriendRequestStatus>([
  [WireFriendRequestStatus.PENDING, 'pending'],
  [WireFriendRequestStatus.ACCEPTED, 'accepted'],
  [WireFriendRequestStatus.REJECTED, 'rejected'],
]);

export function toFriendRequest(r: WireFriendRequest): FriendRequest {
  return {
    from: r.fromUid ?? '',
    to: r.toUid ?? '',
    note: r.note ?? '',
    status: friendRequestStatuses.get(r.status ?? 0) ?? 'pending',
    ts: num(r.ts),
  };
}

export function toFriend(f: WireFriend): Friend {
  return {
    uid: f.uid ?? '',
    remark: f.remark ?? '',
    since: num(f.since),
    profile: f.profile ? toProfile(f.profile) : undefined,
  };
}

const contactEventKinds = new Map<number, ContactEventKind>([
  [WireContactEventKind.REQUESTED, 'requested'],
  [WireContactEventKind.ACCEPTED_REQUEST, 'accepted'],
  [WireContactEventKind.REJECTED_REQUEST, 'rejected'],
  [WireContactEventKind.UNFRIENDED, 'unfriended'],
]);

/** Undefined for kinds this client does not know (newer servers). */
export function toContactEvent(e: WireContactEvent): ContactEvent | undefined {
  const kind = contactEventKinds.get(e.kind ?? 0);
  if (!kind) return undefined;
  return { kind, from: e.fromUid ?? '', note: e.note ?? '', ts: num(e.ts) };
}

export function toPresenceState(p: WirePresenceState): PresenceState {
  return { uid: p.uid ?? '', online: p.online ?? false, ts: num(p.ts) };
}

export function toReadStatus(r: ReadStatusResp): ReadStatus {
  return {
    readCount: r.readCount ?? 0,
    unreadCount: r.unreadCount ?? 0,
    readUids: r.readUids ?? [],
    unreadUids: r.unreadUids ?? [],
  };
}
