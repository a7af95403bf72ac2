/**
 * Shared test fixtures: realistic bodies for every command, frame helpers and a deterministic
 * PRNG for chunk splits. Not a test file itself (vitest only runs *.test.ts).
 */
import {
  type AnyCommand,
  Commands,
  ContactEventKind,
  type Conversation,
  ConvType,
  FriendRequestStatus,
  type GroupInfo,
  type GroupMember,
  GroupRole,
  GroupType,
  JoinPolicy,
  type Message,
  MsgType,
  Platform,
  type Profile,
  type PushCommand,
  ReceiptKind,
  RefKind,
  type RequestCommand,
} from '../src/commands.ts';
import { HEADER_SIZE, Offset, PROTOCOL_VERSION } from '../src/constants.ts';
import type { DecodeEvent, FrameDecoder } from '../src/decoder.ts';
import type { Frame } from '../src/frame.ts';
import { encodePush, encodeRequest, encodeResponse } from '../src/packets.ts';

/** Largest integer below 2^53: every int64 of the protocol stays at or below it. */
export const MAX_SAFE = Number.MAX_SAFE_INTEGER;

/** A request command with sample request and response bodies. */
export interface RequestCase {
  readonly kind: 'request';
  readonly cmd: AnyCommand;
  readonly label: string;
  /** The encoded request frame. */
  readonly request: (seq: number) => Uint8Array;
  /** The encoded response frame. */
  readonly response: (seq: number) => Uint8Array;
  readonly req: object;
  readonly resp: object;
}

export interface PushCase {
  readonly kind: 'push';
  readonly cmd: AnyCommand;
  readonly label: string;
  readonly push: () => Uint8Array;
  readonly body: object;
}

export type Case = RequestCase | PushCase;

function requestCase<Req extends object, Resp extends object>(
  cmd: RequestCommand<Req, Resp> & AnyCommand,
  label: string,
  req: Req,
  resp: Resp,
): RequestCase {
  return {
    kind: 'request',
    cmd,
    label,
    req,
    resp,
    request: (seq) => encodeRequest(cmd, seq, req),
    response: (seq) => encodeResponse(cmd, seq, resp),
  };
}

function pushCase<Body extends object>(
  cmd: PushCommand<Body> & AnyCommand,
  label: string,
  body: Body,
): PushCase {
  return { kind: 'push', cmd, label, body, push: () => encodePush(cmd, body) };
}

const T0 = 1_732_000_000_000; // a realistic unix-ms timestamp (2024-11)
const BIG_ID = 9_007_199_254_740_000; // just below 2^53, like a message id from a late epoch

const msgCJK = {
  msgId: BIG_ID,
  clientMsgId: 'c-3f1b2a9e-0001',
  fromUid: '张伟',
  convType: ConvType.C2C,
  to: 'alice',
  type: MsgType.TEXT,
  content: '你好，世界！こんにちは 안녕하세요 👋🏽🇯🇵 — ñandú',
  ts: T0,
  seq: 4_503_599_627_370_496, // 2^52
};
const msgImage = {
  msgId: 123_456_789_012_345,
  clientMsgId: '🆔-image-2',
  fromUid: 'alice',
  convType: ConvType.C2C,
  to: '张伟',
  type: MsgType.IMAGE,
  content: JSON.stringify({ url: 'https://cdn.example/一.png', size: 48_213, name: '照片 📷.png' }),
  ts: T0 + 1,
  seq: MAX_SAFE,
};

// ---- Messages, conversations, groups and contacts (services 3-7) ----

const DAY = 24 * 3600 * 1000;
const C2C_AB = 'c:alice|bob';
const C2C_AZ = 'c:alice|zhang.wei';
const TEAM = 'team-1';
const TEAM_CONV = 'g:team-1';
const FANS = 'fans_2024';

/** A group reply in read diffusion: not in the reader's timeline (seq 0), only in the conversation. */
const msgGroupReply: Message = {
  msgId: BIG_ID + 7,
  clientMsgId: 'c-9d0e-reply',
  fromUid: 'li.na',
  convType: ConvType.GROUP,
  to: TEAM,
  type: MsgType.TEXT,
  content: '收到，明天上午十点开会 👍',
  ts: T0 + 5_000,
  seq: 0,
  convId: TEAM_CONV,
  convSeq: MAX_SAFE - 7,
  refMsgId: BIG_ID,
  refKind: RefKind.REPLY,
};
/** A forwarded photo in a C2C conversation, edited later (edits keep the ref). */
const msgForward: Message = {
  msgId: BIG_ID + 8,
  clientMsgId: 'c-fwd-0002',
  fromUid: 'alice',
  convType: ConvType.C2C,
  to: 'bob',
  type: MsgType.IMAGE,
  content: JSON.stringify({
    url: 'https://cdn.example/旅行/富士山.jpg',
    size: 2_097_152,
    name: '富士山 🗻.jpg',
  }),
  ts: T0 + 6_000,
  seq: MAX_SAFE - 2,
  convId: C2C_AB,
  convSeq: 42,
  refMsgId: 123_456_789_012_345,
  refKind: RefKind.FORWARD,
  editedAt: T0 + 66_000,
};
/** A recalled message as history shows it: content gone, flag set. */
const msgRecalled: Message = {
  msgId: BIG_ID + 9,
  clientMsgId: 'c-oops-0003',
  fromUid: 'bob',
  convType: ConvType.C2C,
  to: 'alice',
  type: MsgType.TEXT,
  ts: T0 + 7_000,
  seq: MAX_SAFE - 1,
  convId: C2C_AB,
  convSeq: 43,
  recalled: true,
};
/** A message the reader deleted for herself: content gone, flag set. */
const msgDeleted: Message = {
  msgId: BIG_ID + 10,
  clientMsgId: 'c-del-0004',
  fromUid: 'zhang.wei',
  convType: ConvType.C2C,
  to: 'alice',
  type: MsgType.VOICE,
  ts: T0 + 8_000,
  seq: MAX_SAFE,
  convId: C2C_AZ,
  convSeq: 4_503_599_627_370_496,
  deleted: true,
};
/** The notice that tells everyone msgRecalled was recalled. */
const msgRecallNotice: Message = {
  msgId: BIG_ID + 11,
  clientMsgId: 'c-recall-0005',
  fromUid: 'bob',
  convType: ConvType.C2C,
  to: 'alice',
  type: MsgType.RECALL,
  content: JSON.stringify({ by: 'bob' }),
  ts: T0 + 9_000,
  seq: MAX_SAFE,
  convId: C2C_AB,
  convSeq: 44,
  refMsgId: BIG_ID + 9,
};
/** The notice that tells everyone msgForward was edited (content: the new content). */
const msgEditNotice: Message = {
  msgId: BIG_ID + 12,
  clientMsgId: 'c-edit-0006',
  fromUid: 'li.na',
  convType: ConvType.GROUP,
  to: TEAM,
  type: MsgType.EDIT,
  content: '收到，改到明天下午三点 🕒（已编辑）',
  ts: T0 + 10_000,
  convId: TEAM_CONV,
  convSeq: MAX_SAFE - 6,
  refMsgId: BIG_ID + 7,
};

const groupTeam: GroupInfo = {
  groupId: TEAM,
  name: '产品研发部 🚀',
  avatar: 'https://cdn.example/g/team-1.png',
  intro: '每周一 10:00 例会；请勿刷屏 🙏',
  type: GroupType.NORMAL,
  joinPolicy: JoinPolicy.APPROVAL,
  ownerUid: 'alice',
  memberCount: 128,
  createdAt: T0 - 30 * DAY,
  myRole: GroupRole.OWNER,
  convId: TEAM_CONV,
};
const groupFans: GroupInfo = {
  groupId: FANS,
  name: 'ファンクラブ 🎤 2024',
  intro: '誰でも参加OK',
  type: GroupType.LARGE,
  joinPolicy: JoinPolicy.OPEN,
  ownerUid: 'tanaka',
  memberCount: 4_999,
  mutedAll: true,
  createdAt: T0 - 400 * DAY,
  myRole: GroupRole.MEMBER,
  readDiffusion: true,
  convId: `g:${FANS}`,
};
/** As seen by someone who is not (or no longer) a member: role unspecified. */
const groupDismissed: GroupInfo = {
  groupId: 'old-project',
  name: '旧项目（已解散）',
  type: GroupType.NORMAL,
  joinPolicy: JoinPolicy.INVITE_ONLY,
  ownerUid: 'zhang.wei',
  dismissed: true,
  createdAt: T0 - 900 * DAY,
  myRole: GroupRole.GROUP_ROLE_UNSPECIFIED,
  convId: 'g:old-project',
};

const members: GroupMember[] = [
  { uid: 'alice', role: GroupRole.OWNER, nickname: '老板 👑', joinedAt: T0 - 30 * DAY },
  { uid: 'bob', role: GroupRole.MEMBER, mutedUntil: T0 + 3600_000, joinedAt: T0 - 29 * DAY },
  { uid: 'li.na', role: GroupRole.ADMIN, nickname: '李娜（设计）', joinedAt: T0 - 28 * DAY },
  { uid: 'tanaka', role: GroupRole.MEMBER, nickname: '田中さん', mutedUntil: MAX_SAFE, joinedAt: T0 - DAY },
];

const convC2C: Conversation = {
  convId: C2C_AB,
  convType: ConvType.C2C,
  peer: 'bob',
  lastMessage: msgForward,
  maxSeq: 44,
  readSeq: 42,
  unread: 2,
  pinned: true,
  draft: '晚点回复你…',
  version: MAX_SAFE - 100,
  lastTs: T0 + 9_000,
  peerReadSeq: 43,
};
const convGroup: Conversation = {
  convId: TEAM_CONV,
  convType: ConvType.GROUP,
  peer: TEAM,
  lastMessage: msgGroupReply,
  maxSeq: MAX_SAFE - 6,
  readSeq: MAX_SAFE - 99,
  unread: 93,
  muted: true,
  version: MAX_SAFE - 99,
  lastTs: T0 + 10_000,
  startSeq: MAX_SAFE - 1_000,
  readDiffusion: true,
};
/** Deleted from the list; no last message, nothing unread. */
const convHidden: Conversation = {
  convId: C2C_AZ,
  convType: ConvType.C2C,
  peer: 'zhang.wei',
  maxSeq: 4_503_599_627_370_496,
  readSeq: 4_503_599_627_370_496,
  hidden: true,
  version: MAX_SAFE,
  lastTs: T0 + 8_000,
  startSeq: 4_503_599_627_370_496,
};

const profileZhang: Profile = {
  uid: 'zhang.wei',
  nickname: '张伟 🐉',
  avatar: 'https://cdn.example/u/zhang.wei.webp',
  signature: '人生苦短，我用 Rust 🦀',
};
const profileTanaka: Profile = { uid: 'tanaka', nickname: '田中 太郎', signature: 'よろしくお願いします' };
/** A user who set nothing but their id. */
const profileBob: Profile = { uid: 'bob' };

function messageCases(): Case[] {
  return [
    requestCase(
      Commands.send,
      'group reply',
      {
        groupId: TEAM,
        clientMsgId: 'c-9d0e-reply',
        type: MsgType.TEXT,
        content: msgGroupReply.content!,
        refMsgId: BIG_ID,
        refKind: RefKind.REPLY,
      },
      { msgId: BIG_ID + 7, ts: T0 + 5_000, convId: TEAM_CONV, convSeq: MAX_SAFE - 7 },
    ),
    requestCase(
      Commands.send,
      'forward with empty content',
      { toUid: 'bob', clientMsgId: 'c-fwd-0002', refMsgId: 123_456_789_012_345, refKind: RefKind.FORWARD },
      { msgId: BIG_ID + 8, seq: MAX_SAFE - 2, ts: T0 + 6_000, convId: C2C_AB, convSeq: 42 },
    ),
    pushCase(Commands.push, 'group reply', { msg: msgGroupReply }),
    pushCase(Commands.push, 'recall notice', { msg: msgRecallNotice }),
    pushCase(Commands.push, 'edit notice', { msg: msgEditNotice }),
    requestCase(
      Commands.sync,
      'edited, recalled and deleted',
      { afterSeq: MAX_SAFE - 3, limit: 200 },
      { messages: [msgForward, msgRecalled, msgDeleted], maxSeq: MAX_SAFE },
    ),
    pushCase(Commands.receipt, 'read position', {
      kind: ReceiptKind.READ,
      msgId: BIG_ID + 8,
      byUid: 'bob',
      ts: T0 + 12_000,
      clientMsgId: 'c-fwd-0002',
      convId: C2C_AB,
      readSeq: 42,
    }),
    requestCase(
      Commands.convSync,
      'read-diffusion group',
      { convId: TEAM_CONV, afterSeq: MAX_SAFE - 8, limit: 500 },
      { messages: [msgGroupReply, msgEditNotice], hasMore: true, maxSeq: MAX_SAFE - 6 },
    ),
    requestCase(
      Commands.convSync,
      'nothing new',
      { convId: `g:${FANS}`, afterSeq: 4_503_599_627_370_496 },
      { maxSeq: 4_503_599_627_370_496 },
    ),
    requestCase(
      Commands.history,
      'before seq',
      { convId: C2C_AB, beforeSeq: 45, limit: 3 },
      { messages: [msgRecallNotice, msgRecalled, msgForward], hasMore: true },
    ),
    requestCase(
      Commands.history,
      'before msg id, last page',
      { convId: TEAM_CONV, beforeMsgId: BIG_ID + 8, limit: 50 },
      { messages: [msgGroupReply] },
    ),
    requestCase(Commands.history, 'empty conversation', { convId: 'c:bob|tanaka' }, {}),
    requestCase(
      Commands.recall,
      'own message',
      { msgId: BIG_ID + 9, clientMsgId: 'c-recall-0005' },
      { noticeMsgId: BIG_ID + 11, convSeq: 44, ts: T0 + 9_000 },
    ),
    requestCase(
      Commands.edit,
      'cjk content',
      { msgId: BIG_ID + 7, content: msgEditNotice.content!, clientMsgId: 'c-edit-0006' },
      { noticeMsgId: BIG_ID + 12, convSeq: MAX_SAFE - 6, ts: T0 + 10_000 },
    ),
    requestCase(Commands.deleteForMe, 'several ids', { msgIds: [BIG_ID + 10, MAX_SAFE, 1, 2 ** 32] }, {}),
    requestCase(Commands.deleteForMe, 'one id', { msgIds: [7] }, {}),
    requestCase(
      Commands.search,
      'all conversations',
      { query: '开会', limit: 20 },
      { messages: [msgEditNotice, msgGroupReply], hasMore: true },
    ),
    requestCase(
      Commands.search,
      'one conversation, next page',
      { query: '富士山 🗻', convId: C2C_AB, limit: 20, beforeMsgId: MAX_SAFE },
      { messages: [msgForward] },
    ),
    requestCase(Commands.search, 'no hits', { query: 'ñandú', convId: TEAM_CONV }, {}),
    requestCase(
      Commands.readStatus,
      'with uids',
      { msgId: BIG_ID + 7, withUids: true },
      { readCount: 2, unreadCount: 1, readUids: ['alice', 'tanaka'], unreadUids: ['bob'] },
    ),
    requestCase(
      Commands.readStatus,
      'counts only',
      { msgId: BIG_ID + 12 },
      { readCount: 4_294_967_295, unreadCount: 0 },
    ),
    requestCase(Commands.typing, 'started', { convId: C2C_AB, typing: true, ts: T0 + 13_000 }, {}),
    requestCase(Commands.typing, 'stopped', { convId: TEAM_CONV, typing: false }, {}),
    pushCase(Commands.typingNotice, 'peer typing', {
      convId: C2C_AB,
      fromUid: 'bob',
      typing: true,
      ts: T0 + 13_000,
    }),
    pushCase(Commands.typingNotice, 'member stopped', { convId: TEAM_CONV, fromUid: 'li.na', typing: false }),
    pushCase(Commands.deleted, 'on another device', { msgIds: [BIG_ID + 10, MAX_SAFE] }),
    pushCase(Commands.deleted, 'empty', {}),
  ];
}

function groupCases(): Case[] {
  return [
    requestCase(
      Commands.groupCreate,
      'chosen id with members',
      {
        name: groupTeam.name!,
        avatar: groupTeam.avatar!,
        intro: groupTeam.intro!,
        type: GroupType.NORMAL,
        joinPolicy: JoinPolicy.APPROVAL,
        memberUids: ['bob', 'li.na', 'tanaka'],
        groupId: TEAM,
      },
      { group: groupTeam },
    ),
    requestCase(
      Commands.groupCreate,
      'generated id, large',
      { name: '周末爬山 ⛰️', type: GroupType.LARGE, joinPolicy: JoinPolicy.OPEN },
      {
        group: {
          groupId: 'g7Yk2pQx',
          name: '周末爬山 ⛰️',
          type: GroupType.LARGE,
          joinPolicy: JoinPolicy.OPEN,
          ownerUid: 'alice',
          memberCount: 1,
          createdAt: T0,
          myRole: GroupRole.OWNER,
          convId: 'g:g7Yk2pQx',
        },
      },
    ),
    requestCase(Commands.groupInfo, 'large, read diffusion', { groupId: FANS }, { group: groupFans }),
    requestCase(Commands.groupInfo, 'dismissed', { groupId: 'old-project' }, { group: groupDismissed }),
    requestCase(
      Commands.groupUpdate,
      'every field, avatar cleared',
      {
        groupId: TEAM,
        name: '产品研发部（新）',
        avatar: '',
        intro: '例会改到周二 📅',
        joinPolicy: JoinPolicy.INVITE_ONLY,
      },
      {
        group: {
          ...groupTeam,
          name: '产品研发部（新）',
          avatar: '',
          intro: '例会改到周二 📅',
          joinPolicy: JoinPolicy.INVITE_ONLY,
        },
      },
    ),
    requestCase(
      Commands.groupUpdate,
      'name only',
      { groupId: TEAM, name: 'チーム 1' },
      { group: { ...groupTeam, name: 'チーム 1' } },
    ),
    requestCase(
      Commands.groupUpdate,
      'intro cleared, policy opened',
      { groupId: FANS, intro: '', joinPolicy: JoinPolicy.OPEN },
      { group: { ...groupFans, intro: '' } },
    ),
    requestCase(Commands.groupMembers, 'first page', { groupId: TEAM, limit: 4 }, { members, hasMore: true }),
    requestCase(Commands.groupMembers, 'past the end', { groupId: TEAM, afterUid: 'tanaka', limit: 100 }, {}),
    requestCase(
      Commands.groupJoin,
      'needs approval',
      { groupId: TEAM, note: '我是新来的设计师 🎨' },
      { joined: false, pending: true },
    ),
    requestCase(Commands.groupJoin, 'open group', { groupId: FANS }, { joined: true }),
    requestCase(
      Commands.groupJoinRequests,
      'two waiting',
      { groupId: TEAM },
      {
        requests: [
          { uid: 'tanaka', note: 'よろしくお願いします 🙇', ts: T0 - 3_600_000 },
          { uid: 'dave', ts: T0 - 60_000 },
        ],
      },
    ),
    requestCase(Commands.groupJoinRequests, 'none', { groupId: FANS }, {}),
    requestCase(Commands.groupApprove, 'accept', { groupId: TEAM, uid: 'tanaka', accept: true }, {}),
    requestCase(Commands.groupApprove, 'reject', { groupId: TEAM, uid: 'dave', accept: false }, {}),
    requestCase(
      Commands.groupInvite,
      'two users',
      { groupId: TEAM, uids: ['zhang.wei', 'dave'] },
      { group: { ...groupTeam, memberCount: 130 } },
    ),
    requestCase(
      Commands.groupKick,
      'one member',
      { groupId: TEAM, uids: ['dave'] },
      { group: { ...groupTeam, memberCount: 129 } },
    ),
    requestCase(Commands.groupLeave, 'member leaves', { groupId: FANS }, {}),
    requestCase(Commands.groupDismiss, 'owner dismisses', { groupId: 'old-project' }, {}),
    requestCase(
      Commands.groupTransfer,
      'to an admin',
      { groupId: TEAM, uid: 'li.na' },
      { group: { ...groupTeam, ownerUid: 'li.na', myRole: GroupRole.ADMIN } },
    ),
    requestCase(
      Commands.groupSetRole,
      'make admin',
      { groupId: TEAM, uid: 'tanaka', role: GroupRole.ADMIN },
      {},
    ),
    requestCase(
      Commands.groupSetRole,
      'back to member',
      { groupId: TEAM, uid: 'li.na', role: GroupRole.MEMBER },
      {},
    ),
    requestCase(
      Commands.groupMute,
      'one member for an hour',
      { groupId: TEAM, uid: 'bob', untilMs: T0 + 3_600_000 },
      {},
    ),
    requestCase(Commands.groupMute, 'whole group', { groupId: FANS, untilMs: MAX_SAFE }, {}),
    requestCase(Commands.groupMute, 'unmute member', { groupId: TEAM, uid: 'bob', untilMs: 0 }, {}),
    requestCase(Commands.groupSetNickname, 'cjk', { groupId: TEAM, nickname: '设计-王芳 🎨' }, {}),
    requestCase(Commands.groupSetNickname, 'cleared', { groupId: TEAM }, {}),
    requestCase(Commands.groupMine, 'two groups', {}, { groups: [groupTeam, groupFans] }),
    requestCase(Commands.groupMine, 'none', {}, {}),
  ];
}

function convCases(): Case[] {
  return [
    requestCase(
      Commands.convList,
      'full list',
      {},
      { conversations: [convC2C, convGroup], version: MAX_SAFE - 99, totalUnread: 2 },
    ),
    requestCase(
      Commands.convList,
      'since a version, hidden too',
      { sinceVersion: MAX_SAFE - 99, includeHidden: true },
      { conversations: [convHidden], version: MAX_SAFE, totalUnread: 2 },
    ),
    requestCase(
      Commands.convList,
      'nothing changed',
      { sinceVersion: MAX_SAFE, includeHidden: false },
      { version: MAX_SAFE },
    ),
    requestCase(
      Commands.convMarkRead,
      'up to a seq',
      { convId: TEAM_CONV, seq: MAX_SAFE - 6 },
      { conversation: { ...convGroup, readSeq: MAX_SAFE - 6, unread: 0 }, totalUnread: 2 },
    ),
    requestCase(
      Commands.convMarkRead,
      'newest',
      { convId: C2C_AB },
      { conversation: { ...convC2C, readSeq: 44, unread: 0 } },
    ),
    requestCase(
      Commands.convUpdate,
      'every field, unpinned and draft cleared',
      { convId: C2C_AB, pinned: false, muted: true, hidden: false, draft: '' },
      { conversation: { ...convC2C, pinned: false, muted: true, draft: '' }, totalUnread: 0 },
    ),
    requestCase(
      Commands.convUpdate,
      'draft only',
      { convId: TEAM_CONV, draft: '@李娜 文档我晚上发你 📄' },
      { conversation: { ...convGroup, draft: '@李娜 文档我晚上发你 📄' }, totalUnread: 2 },
    ),
    requestCase(
      Commands.convUpdate,
      'pin and hide',
      { convId: C2C_AZ, pinned: true, hidden: true },
      { conversation: { ...convHidden, pinned: true }, totalUnread: 2 },
    ),
    requestCase(
      Commands.convClear,
      'clear history',
      { convId: C2C_AB },
      {
        conversation: {
          convId: C2C_AB,
          convType: ConvType.C2C,
          peer: 'bob',
          maxSeq: 44,
          readSeq: 44,
          startSeq: 44,
          version: MAX_SAFE - 98,
          lastTs: T0 + 9_000,
          peerReadSeq: 43,
        },
        totalUnread: 0,
      },
    ),
    requestCase(Commands.convUnread, 'badge', {}, { totalUnread: 137 }),
    requestCase(Commands.convUnread, 'zero', {}, {}),
    pushCase(Commands.convChanged, 'read on another device', {
      conversation: { ...convGroup, readSeq: MAX_SAFE - 6, unread: 0 },
      totalUnread: 2,
    }),
    pushCase(Commands.convChanged, 'pinned on another device', {
      conversation: { ...convC2C, pinned: true },
      totalUnread: 4_294_967_295,
    }),
  ];
}

function contactCases(): Case[] {
  return [
    requestCase(
      Commands.friendRequest,
      'with note',
      { toUid: 'zhang.wei', note: '你好，我是 Alice，在 RustConf 认识的 🦀' },
      { friends: false },
    ),
    requestCase(Commands.friendRequest, 'they asked too', { toUid: 'tanaka' }, { friends: true }),
    requestCase(Commands.friendRespond, 'accept', { fromUid: 'zhang.wei', accept: true }, {}),
    requestCase(Commands.friendRespond, 'reject', { fromUid: 'spam.bot', accept: false }, {}),
    requestCase(
      Commands.friendRequests,
      'every status',
      {},
      {
        requests: [
          {
            fromUid: 'zhang.wei',
            toUid: 'alice',
            note: '加个好友吧 🙂',
            status: FriendRequestStatus.PENDING,
            ts: T0 - 60_000,
          },
          { fromUid: 'alice', toUid: 'tanaka', status: FriendRequestStatus.PENDING, ts: T0 - 120_000 },
          {
            fromUid: 'alice',
            toUid: 'bob',
            note: 'hi',
            status: FriendRequestStatus.ACCEPTED,
            ts: T0 - 2 * DAY,
          },
          { fromUid: 'spam.bot', toUid: 'alice', status: FriendRequestStatus.REJECTED, ts: T0 - 3 * DAY },
        ],
      },
    ),
    requestCase(Commands.friendRequests, 'none', {}, {}),
    requestCase(
      Commands.friends,
      'with and without profile',
      {},
      {
        friends: [
          { uid: 'zhang.wei', remark: '张总（产品）', since: T0 - 100 * DAY, profile: profileZhang },
          { uid: 'bob', since: T0 - 2 * DAY },
        ],
      },
    ),
    requestCase(Commands.friends, 'none', {}, {}),
    requestCase(Commands.friendRemark, 'cjk', { uid: 'zhang.wei', remark: '张总（产品）' }, {}),
    requestCase(Commands.friendRemark, 'cleared', { uid: 'bob' }, {}),
    requestCase(Commands.friendDelete, 'unfriend', { uid: 'bob' }, {}),
    requestCase(Commands.block, 'block', { uid: 'spam.bot', blocked: true }, {}),
    requestCase(Commands.block, 'unblock', { uid: 'spam.bot', blocked: false }, {}),
    requestCase(Commands.blocklist, 'two users', {}, { uids: ['spam.bot', 'troll@example.com'] }),
    requestCase(Commands.blocklist, 'empty', {}, {}),
    pushCase(Commands.contactEvent, 'requested', {
      kind: ContactEventKind.REQUESTED,
      fromUid: 'zhang.wei',
      note: '加个好友吧 🙂',
      ts: T0 - 60_000,
    }),
    pushCase(Commands.contactEvent, 'accepted', {
      kind: ContactEventKind.ACCEPTED_REQUEST,
      fromUid: 'tanaka',
      ts: T0,
    }),
    pushCase(Commands.contactEvent, 'rejected', {
      kind: ContactEventKind.REJECTED_REQUEST,
      fromUid: 'dave',
      ts: T0 + 1,
    }),
    pushCase(Commands.contactEvent, 'unfriended', {
      kind: ContactEventKind.UNFRIENDED,
      fromUid: 'bob',
      ts: MAX_SAFE,
    }),
  ];
}

function userCases(): Case[] {
  return [
    requestCase(
      Commands.profiles,
      'three users',
      { uids: ['zhang.wei', 'tanaka', 'bob'] },
      { profiles: [profileZhang, profileTanaka, profileBob] },
    ),
    requestCase(Commands.profiles, 'unknown user', { uids: ['nobody'] }, {}),
    requestCase(
      Commands.updateProfile,
      'every field, avatar cleared, receipts off',
      { nickname: '爱丽丝 ✨', avatar: '', signature: 'Ich bin ein Berliner 🥨', readReceipts: false },
      {
        profile: { uid: 'alice', nickname: '爱丽丝 ✨', signature: 'Ich bin ein Berliner 🥨' },
        readReceipts: false,
      },
    ),
    requestCase(
      Commands.updateProfile,
      'receipts on only',
      { readReceipts: true },
      { profile: { uid: 'alice', nickname: '爱丽丝 ✨' }, readReceipts: true },
    ),
    requestCase(
      Commands.updateProfile,
      'nothing set',
      {},
      { profile: { uid: 'alice', nickname: '爱丽丝 ✨' }, readReceipts: true },
    ),
    requestCase(
      Commands.userSearch,
      'nickname substring',
      { query: '田中', limit: 20 },
      { profiles: [profileTanaka] },
    ),
    requestCase(Commands.userSearch, 'no hits', { query: 'zzz' }, {}),
    requestCase(
      Commands.subscribePresence,
      'online and offline',
      { uids: ['zhang.wei', 'bob'] },
      {
        states: [
          { uid: 'zhang.wei', online: true, ts: T0 },
          { uid: 'bob', online: false, ts: T0 - DAY },
        ],
      },
    ),
    requestCase(Commands.unsubscribePresence, 'two users', { uids: ['zhang.wei', 'bob'] }, {}),
    pushCase(Commands.presence, 'online', { uid: 'zhang.wei', online: true, ts: T0 + 14_000 }),
    pushCase(Commands.presence, 'offline', { uid: 'bob', online: false, ts: MAX_SAFE }),
    requestCase(
      Commands.pushRegister,
      'fcm with quiet hours west of UTC',
      {
        provider: 'fcm',
        token: 'dQw4w9WgXcQ:APA91bH-very-long-token',
        dndStartMin: 1320,
        dndEndMin: 420,
        tzOffsetMin: -300,
      },
      {},
    ),
    requestCase(
      Commands.pushRegister,
      'apns, no window',
      { provider: 'apns', token: 'a1b2c3d4', tzOffsetMin: 480 },
      {},
    ),
    requestCase(Commands.pushUnregister, 'empty', {}, {}),
  ];
}

/** The biz service: upstream messages to business servers. */
function bizCases(): Case[] {
  return [
    requestCase(
      Commands.bizUpstream,
      'json payload',
      { service: 'orders', payload: '{"order":"A-17","note":"送货上门 🚚"}', clientMsgId: 'up-1' },
      { eventId: MAX_SAFE, ts: T0, duplicate: false },
    ),
    requestCase(
      Commands.bizUpstream,
      'duplicate',
      { service: 'bot', payload: 'hello', clientMsgId: 'up-1' },
      { eventId: 123_456_789, ts: T0 + 1, duplicate: true },
    ),
  ];
}

/**
 * Every command with realistic, non-default field values (plus an all-default case where the
 * body is empty). `allCases` is checked against `Commands` so a new command cannot be missed.
 */
export const allCases: readonly Case[] = [
  requestCase(Commands.heartbeat, 'timestamp', { ts: T0 }, { ts: T0 + 17 }),
  requestCase(Commands.heartbeat, 'max safe int64', { ts: MAX_SAFE }, { ts: MAX_SAFE - 1 }),
  requestCase(Commands.heartbeat, 'empty', {}, {}),
  pushCase(Commands.kicked, 'same platform', {
    code: 206,
    reason: '您已在另一台设备上登录 📱',
    byPlatform: Platform.IOS,
    byDeviceId: 'iPhone-15-Pro-🍎',
  }),
  pushCase(Commands.kicked, 'empty', {}),
  pushCase(Commands.goaway, 'idle', { code: 109, reason: 'no heartbeat within 90000 ms', reconnect: true }),
  pushCase(Commands.goaway, 'restart', { code: 501, reason: 'サーバー再起動', reconnect: true }),
  pushCase(Commands.broadcast, 'announcement', {
    id: 'b-7f3a',
    from: 'notices',
    content: '维护通知: maintenance at 03:00 UTC 🛠️',
    ts: T0,
  }),
  requestCase(
    Commands.register,
    'cjk',
    { uid: 'zhang.wei', password: 'pässwörd-密码-🔑', nickname: '张伟 🐉' },
    { uid: 'zhang.wei' },
  ),
  requestCase(
    Commands.login,
    'password',
    {
      uid: 'alice',
      password: 'correct horse battery staple',
      deviceId: 'dev-Ωmega-01',
      platform: Platform.ANDROID,
      clientVersion: '1.4.2-β',
    },
    {
      uid: 'alice',
      token: 'tok_' + 'x'.repeat(60),
      tokenExpiresAt: T0 + 30 * 24 * 3600 * 1000,
      sessionId: 'sess-😀-42',
      maxSeq: MAX_SAFE,
      deviceAckSeq: MAX_SAFE - 3,
      heartbeatIntervalMs: 30_000,
      serverTime: T0,
    },
  ),
  requestCase(
    Commands.login,
    'token',
    { token: 'tok_abc', deviceId: 'web-1', platform: Platform.WEB, clientVersion: 'web/2' },
    {
      uid: '用户',
      token: 'tok_abc',
      tokenExpiresAt: 4_102_444_800_000,
      sessionId: 's',
      maxSeq: 1,
      deviceAckSeq: 1,
      heartbeatIntervalMs: 4_294_967_295,
      serverTime: T0,
    },
  ),
  requestCase(Commands.logout, 'empty', {}, {}),
  requestCase(
    Commands.send,
    'text',
    { toUid: '张伟', clientMsgId: 'c-3f1b2a9e-0001', type: MsgType.TEXT, content: msgCJK.content },
    { msgId: BIG_ID, seq: 4_503_599_627_370_496, ts: T0, duplicate: true },
  ),
  requestCase(
    Commands.send,
    'custom json',
    {
      toUid: 'bob',
      clientMsgId: 'x',
      type: MsgType.CUSTOM,
      content: JSON.stringify({ kind: 'poll', q: '🍕 or 🍣?', opts: ['🍕', '🍣'] }),
    },
    { msgId: 1, seq: 1, ts: 1 },
  ),
  pushCase(Commands.push, 'cjk message', { msg: msgCJK }),
  pushCase(Commands.push, 'image message', { msg: msgImage }),
  requestCase(Commands.deliverAck, 'big seq', { seq: MAX_SAFE }, { ackSeq: MAX_SAFE }),
  requestCase(Commands.deliverAck, 'small seq', { seq: 7 }, { ackSeq: 7 }),
  requestCase(
    Commands.sync,
    'two messages',
    { afterSeq: 4_503_599_627_370_495, limit: 1000 },
    { messages: [msgCJK, msgImage], hasMore: true, maxSeq: MAX_SAFE },
  ),
  requestCase(Commands.sync, 'empty page', { afterSeq: 0, limit: 50 }, { maxSeq: 0 }),
  pushCase(Commands.receipt, 'delivered', {
    kind: ReceiptKind.DELIVERED,
    msgId: BIG_ID,
    byUid: '张伟',
    ts: T0 + 99,
    clientMsgId: 'c-3f1b2a9e-0001',
  }),
  pushCase(Commands.receipt, 'read', {
    kind: ReceiptKind.READ,
    msgId: 2 ** 40,
    byUid: 'bob 🐱',
    ts: T0,
    clientMsgId: '🆔',
  }),
  ...messageCases(),
  ...groupCases(),
  ...convCases(),
  ...contactCases(),
  ...userCases(),
  ...bizCases(),
];

/** Builds a raw header by hand, to express headers the encoder would never produce. */
export function rawHeader(h: {
  length: number;
  version?: number;
  flags?: number;
  service?: number;
  command?: number;
  seq?: number;
  status?: number;
  reserved?: number;
}): Uint8Array {
  const out = new Uint8Array(HEADER_SIZE);
  const v = new DataView(out.buffer);
  v.setUint32(Offset.length, h.length);
  v.setUint16(Offset.version, h.version ?? PROTOCOL_VERSION);
  v.setUint16(Offset.flags, h.flags ?? 0);
  v.setUint16(Offset.service, h.service ?? 1);
  v.setUint16(Offset.command, h.command ?? 1);
  v.setUint32(Offset.seq, h.seq ?? 0);
  v.setUint16(Offset.status, h.status ?? 0);
  v.setUint16(Offset.reserved, h.reserved ?? 0);
  return out;
}

/** A whole frame with a raw header whose length field matches header + body. */
export function rawFrame(h: Omit<Parameters<typeof rawHeader>[0], 'length'>, body: Uint8Array): Uint8Array {
  return concat([rawHeader({ ...h, length: HEADER_SIZE + body.length }), body]);
}

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let off = 0;
  for (const p of parts) {
    out.set(p, off);
    off += p.length;
  }
  return out;
}

export const hex = (b: Uint8Array): string =>
  Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('hex');

/** A comparable, plain view of one event (bodies as hex; Buffer vs Uint8Array does not matter). */
export type PlainEvent =
  | { kind: 'frame'; header: string; body: string }
  | { kind: 'reject'; header: string; code: number; message: string }
  | { kind: 'fatal'; header: string; code: number; message: string };

function headerKey(h: Omit<Frame, 'body'> | undefined): string {
  if (!h) return '-';
  return [h.length, h.version, h.flags, h.service, h.command, h.seq, h.status].join('/');
}

export function plain(e: DecodeEvent): PlainEvent {
  switch (e.kind) {
    case 'frame':
      return { kind: 'frame', header: headerKey(e.frame), body: hex(e.frame.body) };
    case 'reject':
      return { kind: 'reject', header: headerKey(e.header), code: e.code, message: e.message };
    case 'fatal':
      return { kind: 'fatal', header: headerKey(e.header), code: e.code, message: e.message };
  }
}

/** Splits `bytes` at the given cut sizes (cycled); every chunk is at least one byte. */
export function chunkBy(bytes: Uint8Array, sizes: readonly number[]): Uint8Array[] {
  const out: Uint8Array[] = [];
  let off = 0;
  let i = 0;
  while (off < bytes.length) {
    const n = Math.max(1, sizes.length === 0 ? bytes.length : (sizes[i++ % sizes.length] ?? 1));
    out.push(bytes.subarray(off, off + n));
    off += n;
  }
  return out;
}

/** Feeds every chunk and returns all events plus the largest `buffered` seen after any push. */
export function feed(
  decoder: FrameDecoder,
  chunks: readonly Uint8Array[],
): { events: DecodeEvent[]; maxBuffered: number } {
  const events: DecodeEvent[] = [];
  let maxBuffered = 0;
  for (const c of chunks) {
    events.push(...decoder.push(c));
    maxBuffered = Math.max(maxBuffered, decoder.buffered);
  }
  return { events, maxBuffered };
}

/** mulberry32: a tiny deterministic PRNG so failures reproduce. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every body decoder of the command table, labelled (request and response, or push body). */
export const allBodyDecoders: Array<[string, (b: Uint8Array) => unknown]> = Object.values(Commands).flatMap(
  (c: AnyCommand): Array<[string, (b: Uint8Array) => unknown]> =>
    c.kind === 'request'
      ? [
          [`${c.name} req`, (b) => c.req.decode(b)],
          [`${c.name} resp`, (b) => c.resp.decode(b)],
        ]
      : [[`${c.name} body`, (b) => c.body.decode(b)]],
);
