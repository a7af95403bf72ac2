import {
  type Conversation,
  convTypeByName,
  type GroupInfo,
  type GroupMember,
  groupRoleByName,
  groupTypeByName,
  joinPolicyByName,
  type Message,
  msgTypeByName,
  Platform,
  type Profile,
  platformByName,
  RefKind,
  refKindByName,
} from '@parley/protocol';
import { groupConvId } from '../store/conv-id.ts';
import type {
  ConvListing,
  GroupMemberRecord,
  GroupRecord,
  GroupRoleName,
  PlatformName,
  StoredMessage,
  UserRecord,
} from '../store/types.ts';

export function platformNumber(p: PlatformName | ''): Platform {
  return p === '' ? Platform.PLATFORM_UNSPECIFIED : platformByName[p];
}

/** Kickout classes: a new login replaces the older session of the same class. */
export function platformClass(p: PlatformName): 'mobile' | 'desktop' | 'web' {
  return p === 'ios' || p === 'android' ? 'mobile' : p;
}

/** The wire form of a message; `seq` is its seq in the receiving user's timeline (0 = none). */
export function toWireMessage(m: StoredMessage, seq: number, deleted = false): Message {
  return {
    msgId: m.msgId,
    clientMsgId: m.clientMsgId,
    fromUid: m.fromUid,
    convType: convTypeByName[m.convType],
    to: m.to,
    type: msgTypeByName[m.type],
    content: deleted ? '' : m.content,
    ts: m.ts,
    seq,
    convId: m.convId,
    convSeq: m.convSeq,
    refMsgId: m.refMsgId,
    refKind: m.refKind === '' ? RefKind.REF_KIND_UNSPECIFIED : refKindByName[m.refKind],
    editedAt: m.editedAt,
    recalled: m.recalled,
    deleted,
  };
}

export function toWireProfile(u: UserRecord): Profile {
  return { uid: u.uid, nickname: u.nickname, avatar: u.avatar, signature: u.signature };
}

export function toWireGroup(
  g: GroupRecord,
  myRole: GroupRoleName | undefined,
  writeDiffusionMax: number,
): GroupInfo {
  return {
    groupId: g.groupId,
    name: g.name,
    avatar: g.avatar,
    intro: g.intro,
    type: groupTypeByName[g.type],
    joinPolicy: joinPolicyByName[g.joinPolicy],
    ownerUid: g.ownerUid,
    memberCount: g.memberCount,
    mutedAll: g.mutedAll,
    dismissed: g.dismissed,
    createdAt: g.createdAt,
    myRole: myRole === undefined ? 0 : groupRoleByName[myRole],
    readDiffusion: g.memberCount > writeDiffusionMax,
    convId: groupConvId(g.groupId),
  };
}

export function toWireMember(m: GroupMemberRecord): GroupMember {
  return {
    uid: m.uid,
    role: groupRoleByName[m.role],
    nickname: m.nickname,
    mutedUntil: m.mutedUntil,
    joinedAt: m.joinedAt,
  };
}

export function toWireConversation(
  c: ConvListing,
  extra: { lastMessage?: Message; peerReadSeq: number; readDiffusion: boolean },
): Conversation {
  const ceiling = c.leftSeq > 0 ? Math.min(c.leftSeq, c.head.seq) : c.head.seq;
  const hidden = c.hiddenSeq >= 0 && ceiling <= c.hiddenSeq;
  // A former member's entry ends at their removal: later activity must not show, not even its time.
  const cut = c.leftSeq > 0 && c.leftSeq < c.head.seq;
  return {
    convId: c.convId,
    convType: convTypeByName[c.convType],
    peer: c.peer,
    lastMessage: extra.lastMessage ?? null,
    maxSeq: ceiling,
    readSeq: c.readSeq,
    unread: c.unread,
    pinned: c.pinned,
    muted: c.muted,
    hidden,
    draft: c.draft,
    // Activity after leaving is not the user's business.
    version: c.leftSeq > 0 ? c.version : Math.max(c.version, c.head.lastMsgId),
    lastTs: cut ? Number(extra.lastMessage?.ts ?? 0) : c.head.lastTs,
    startSeq: c.startSeq,
    peerReadSeq: extra.peerReadSeq,
    readDiffusion: extra.readDiffusion,
  };
}
