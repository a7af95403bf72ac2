// Must come first: makes int64 fields plain numbers before the generated code is evaluated.
import './protobuf-numbers.ts';
import { Service } from './constants.ts';
import { parley as pb } from './gen/parley.js';

/** Encodes and decodes one protobuf message type. */
export interface BodyCodec<T> {
  encode(message: T): Uint8Array;
  decode(bytes: Uint8Array): T;
}

interface PbType<T> {
  encode(message: T): { finish(): Uint8Array };
  decode(bytes: Uint8Array): T;
}

function codec<T>(type: PbType<T>): BodyCodec<T> {
  return { encode: (m) => type.encode(m).finish(), decode: (b) => type.decode(b) };
}

export type Heartbeat = pb.IHeartbeat;
export type Kicked = pb.IKicked;
export type Goaway = pb.IGoaway;
export type Broadcast = pb.IBroadcast;
export type ErrorBody = pb.IErrorBody;
export type RegisterReq = pb.IRegisterReq;
export type RegisterResp = pb.IRegisterResp;
export type LoginReq = pb.ILoginReq;
export type LoginResp = pb.ILoginResp;
export type LogoutReq = pb.ILogoutReq;
export type LogoutResp = pb.ILogoutResp;
export type SendReq = pb.ISendReq;
export type SendResp = pb.ISendResp;
export type Message = pb.IMessage;
export type Push = pb.IPush;
export type DeliverAckReq = pb.IDeliverAckReq;
export type DeliverAckResp = pb.IDeliverAckResp;
export type SyncReq = pb.ISyncReq;
export type SyncResp = pb.ISyncResp;
export type Receipt = pb.IReceipt;
export type Empty = pb.IEmpty;
export type PushRegisterReq = pb.IPushRegisterReq;
export type ConvSyncReq = pb.IConvSyncReq;
export type ConvSyncResp = pb.IConvSyncResp;
export type HistoryReq = pb.IHistoryReq;
export type HistoryResp = pb.IHistoryResp;
export type RecallReq = pb.IRecallReq;
export type EditReq = pb.IEditReq;
export type NoticeResp = pb.INoticeResp;
export type DeleteReq = pb.IDeleteReq;
export type SearchReq = pb.ISearchReq;
export type SearchResp = pb.ISearchResp;
export type ReadStatusReq = pb.IReadStatusReq;
export type ReadStatusResp = pb.IReadStatusResp;
export type Typing = pb.ITyping;
export type Deleted = pb.IDeleted;
export type Conversation = pb.IConversation;
export type ConvListReq = pb.IConvListReq;
export type ConvListResp = pb.IConvListResp;
export type MarkReadReq = pb.IMarkReadReq;
export type ConvUpdateReq = pb.IConvUpdateReq;
export type ConvIdReq = pb.IConvIdReq;
export type ConvResp = pb.IConvResp;
export type UnreadResp = pb.IUnreadResp;
export type GroupInfo = pb.IGroupInfo;
export type GroupMember = pb.IGroupMember;
export type GroupCreateReq = pb.IGroupCreateReq;
export type GroupResp = pb.IGroupResp;
export type GroupIdReq = pb.IGroupIdReq;
export type GroupUpdateReq = pb.IGroupUpdateReq;
export type GroupMembersReq = pb.IGroupMembersReq;
export type GroupMembersResp = pb.IGroupMembersResp;
export type GroupJoinReq = pb.IGroupJoinReq;
export type GroupJoinResp = pb.IGroupJoinResp;
export type JoinRequest = pb.IJoinRequest;
export type JoinRequestsResp = pb.IJoinRequestsResp;
export type GroupApproveReq = pb.IGroupApproveReq;
export type GroupUidsReq = pb.IGroupUidsReq;
export type GroupUidReq = pb.IGroupUidReq;
export type GroupRoleReq = pb.IGroupRoleReq;
export type GroupMuteReq = pb.IGroupMuteReq;
export type GroupNicknameReq = pb.IGroupNicknameReq;
export type GroupListResp = pb.IGroupListResp;
export type Profile = pb.IProfile;
export type UidsReq = pb.IUidsReq;
export type ProfilesResp = pb.IProfilesResp;
export type ProfileUpdateReq = pb.IProfileUpdateReq;
export type ProfileResp = pb.IProfileResp;
export type UserSearchReq = pb.IUserSearchReq;
export type PresenceState = pb.IPresenceState;
export type PresenceResp = pb.IPresenceResp;
export type FriendRequest = pb.IFriendRequest;
export type FriendRequestReq = pb.IFriendRequestReq;
export type FriendRequestResp = pb.IFriendRequestResp;
export type FriendRespondReq = pb.IFriendRespondReq;
export type FriendRequestsResp = pb.IFriendRequestsResp;
export type Friend = pb.IFriend;
export type FriendsResp = pb.IFriendsResp;
export type FriendRemarkReq = pb.IFriendRemarkReq;
export type UidReq = pb.IUidReq;
export type BlockReq = pb.IBlockReq;
export type UidsResp = pb.IUidsResp;
export type ContactEvent = pb.IContactEvent;
export type UpstreamReq = pb.IUpstreamReq;
export type UpstreamResp = pb.IUpstreamResp;

export const Platform = pb.Platform;
export type Platform = pb.Platform;
export const MsgType = pb.MsgType;
export type MsgType = pb.MsgType;
export const ConvType = pb.ConvType;
export type ConvType = pb.ConvType;
export const ReceiptKind = pb.ReceiptKind;
export type ReceiptKind = pb.ReceiptKind;

export const RefKind = pb.RefKind;
export type RefKind = pb.RefKind;
export const GroupRole = pb.GroupRole;
export type GroupRole = pb.GroupRole;
export const GroupType = pb.GroupType;
export type GroupType = pb.GroupType;
export const JoinPolicy = pb.JoinPolicy;
export type JoinPolicy = pb.JoinPolicy;
export const FriendRequestStatus = pb.FriendRequestStatus;
export type FriendRequestStatus = pb.FriendRequestStatus;
export const ContactEventKind = pb.ContactEventKind;
export type ContactEventKind = pb.ContactEventKind;

export const errorBody = codec<ErrorBody>(pb.ErrorBody);

/** A request/response command: the client sends `req`, the server answers with `resp`. */
export interface RequestCommand<Req, Resp> {
  readonly kind: 'request';
  readonly name: string;
  readonly service: number;
  readonly command: number;
  readonly req: BodyCodec<Req>;
  readonly resp: BodyCodec<Resp>;
}

/** A server push: sent with Flag.push, never answered. */
export interface PushCommand<Body> {
  readonly kind: 'push';
  readonly name: string;
  readonly service: number;
  readonly command: number;
  readonly body: BodyCodec<Body>;
}

function request<Req, Resp>(
  name: string,
  service: number,
  command: number,
  req: PbType<Req>,
  resp: PbType<Resp>,
): RequestCommand<Req, Resp> {
  return { kind: 'request', name, service, command, req: codec(req), resp: codec(resp) };
}

function push<Body>(name: string, service: number, command: number, body: PbType<Body>): PushCommand<Body> {
  return { kind: 'push', name, service, command, body: codec(body) };
}

/** Every command of the protocol. docs/protocol.md documents each row. */
export const Commands = {
  heartbeat: request<Heartbeat, Heartbeat>('system.heartbeat', Service.system, 1, pb.Heartbeat, pb.Heartbeat),
  kicked: push<Kicked>('system.kicked', Service.system, 2, pb.Kicked),
  goaway: push<Goaway>('system.goaway', Service.system, 3, pb.Goaway),
  broadcast: push<Broadcast>('system.broadcast', Service.system, 4, pb.Broadcast),

  register: request<RegisterReq, RegisterResp>(
    'auth.register',
    Service.auth,
    1,
    pb.RegisterReq,
    pb.RegisterResp,
  ),
  login: request<LoginReq, LoginResp>('auth.login', Service.auth, 2, pb.LoginReq, pb.LoginResp),
  logout: request<LogoutReq, LogoutResp>('auth.logout', Service.auth, 3, pb.LogoutReq, pb.LogoutResp),

  send: request<SendReq, SendResp>('msg.send', Service.msg, 1, pb.SendReq, pb.SendResp),
  push: push<Push>('msg.push', Service.msg, 2, pb.Push),
  deliverAck: request<DeliverAckReq, DeliverAckResp>(
    'msg.deliver_ack',
    Service.msg,
    3,
    pb.DeliverAckReq,
    pb.DeliverAckResp,
  ),
  sync: request<SyncReq, SyncResp>('msg.sync', Service.msg, 4, pb.SyncReq, pb.SyncResp),
  receipt: push<Receipt>('msg.receipt', Service.msg, 5, pb.Receipt),
  convSync: request<ConvSyncReq, ConvSyncResp>(
    'msg.conv_sync',
    Service.msg,
    6,
    pb.ConvSyncReq,
    pb.ConvSyncResp,
  ),
  history: request<HistoryReq, HistoryResp>('msg.history', Service.msg, 7, pb.HistoryReq, pb.HistoryResp),
  recall: request<RecallReq, NoticeResp>('msg.recall', Service.msg, 8, pb.RecallReq, pb.NoticeResp),
  edit: request<EditReq, NoticeResp>('msg.edit', Service.msg, 9, pb.EditReq, pb.NoticeResp),
  deleteForMe: request<DeleteReq, Empty>('msg.delete', Service.msg, 10, pb.DeleteReq, pb.Empty),
  search: request<SearchReq, SearchResp>('msg.search', Service.msg, 11, pb.SearchReq, pb.SearchResp),
  readStatus: request<ReadStatusReq, ReadStatusResp>(
    'msg.read_status',
    Service.msg,
    12,
    pb.ReadStatusReq,
    pb.ReadStatusResp,
  ),
  typing: request<Typing, Empty>('msg.typing', Service.msg, 13, pb.Typing, pb.Empty),
  typingNotice: push<Typing>('msg.typing_notice', Service.msg, 14, pb.Typing),
  deleted: push<Deleted>('msg.deleted', Service.msg, 15, pb.Deleted),

  groupCreate: request<GroupCreateReq, GroupResp>(
    'group.create',
    Service.group,
    1,
    pb.GroupCreateReq,
    pb.GroupResp,
  ),
  groupInfo: request<GroupIdReq, GroupResp>('group.info', Service.group, 2, pb.GroupIdReq, pb.GroupResp),
  groupUpdate: request<GroupUpdateReq, GroupResp>(
    'group.update',
    Service.group,
    3,
    pb.GroupUpdateReq,
    pb.GroupResp,
  ),
  groupMembers: request<GroupMembersReq, GroupMembersResp>(
    'group.members',
    Service.group,
    4,
    pb.GroupMembersReq,
    pb.GroupMembersResp,
  ),
  groupJoin: request<GroupJoinReq, GroupJoinResp>(
    'group.join',
    Service.group,
    5,
    pb.GroupJoinReq,
    pb.GroupJoinResp,
  ),
  groupJoinRequests: request<GroupIdReq, JoinRequestsResp>(
    'group.join_requests',
    Service.group,
    6,
    pb.GroupIdReq,
    pb.JoinRequestsResp,
  ),
  groupApprove: request<GroupApproveReq, Empty>(
    'group.approve',
    Service.group,
    7,
    pb.GroupApproveReq,
    pb.Empty,
  ),
  groupInvite: request<GroupUidsReq, GroupResp>(
    'group.invite',
    Service.group,
    8,
    pb.GroupUidsReq,
    pb.GroupResp,
  ),
  groupKick: request<GroupUidsReq, GroupResp>('group.kick', Service.group, 9, pb.GroupUidsReq, pb.GroupResp),
  groupLeave: request<GroupIdReq, Empty>('group.leave', Service.group, 10, pb.GroupIdReq, pb.Empty),
  groupDismiss: request<GroupIdReq, Empty>('group.dismiss', Service.group, 11, pb.GroupIdReq, pb.Empty),
  groupTransfer: request<GroupUidReq, GroupResp>(
    'group.transfer',
    Service.group,
    12,
    pb.GroupUidReq,
    pb.GroupResp,
  ),
  groupSetRole: request<GroupRoleReq, Empty>('group.set_role', Service.group, 13, pb.GroupRoleReq, pb.Empty),
  groupMute: request<GroupMuteReq, Empty>('group.mute', Service.group, 14, pb.GroupMuteReq, pb.Empty),
  groupSetNickname: request<GroupNicknameReq, Empty>(
    'group.set_nickname',
    Service.group,
    15,
    pb.GroupNicknameReq,
    pb.Empty,
  ),
  groupMine: request<Empty, GroupListResp>('group.mine', Service.group, 16, pb.Empty, pb.GroupListResp),

  convList: request<ConvListReq, ConvListResp>('conv.list', Service.conv, 1, pb.ConvListReq, pb.ConvListResp),
  convMarkRead: request<MarkReadReq, ConvResp>(
    'conv.mark_read',
    Service.conv,
    2,
    pb.MarkReadReq,
    pb.ConvResp,
  ),
  convUpdate: request<ConvUpdateReq, ConvResp>('conv.update', Service.conv, 3, pb.ConvUpdateReq, pb.ConvResp),
  convClear: request<ConvIdReq, ConvResp>('conv.clear', Service.conv, 4, pb.ConvIdReq, pb.ConvResp),
  convUnread: request<Empty, UnreadResp>('conv.unread', Service.conv, 5, pb.Empty, pb.UnreadResp),
  convChanged: push<ConvResp>('conv.changed', Service.conv, 6, pb.ConvResp),

  friendRequest: request<FriendRequestReq, FriendRequestResp>(
    'contact.request',
    Service.contact,
    1,
    pb.FriendRequestReq,
    pb.FriendRequestResp,
  ),
  friendRespond: request<FriendRespondReq, Empty>(
    'contact.respond',
    Service.contact,
    2,
    pb.FriendRespondReq,
    pb.Empty,
  ),
  friendRequests: request<Empty, FriendRequestsResp>(
    'contact.requests',
    Service.contact,
    3,
    pb.Empty,
    pb.FriendRequestsResp,
  ),
  friends: request<Empty, FriendsResp>('contact.friends', Service.contact, 4, pb.Empty, pb.FriendsResp),
  friendRemark: request<FriendRemarkReq, Empty>(
    'contact.remark',
    Service.contact,
    5,
    pb.FriendRemarkReq,
    pb.Empty,
  ),
  friendDelete: request<UidReq, Empty>('contact.delete', Service.contact, 6, pb.UidReq, pb.Empty),
  block: request<BlockReq, Empty>('contact.block', Service.contact, 7, pb.BlockReq, pb.Empty),
  blocklist: request<Empty, UidsResp>('contact.blocklist', Service.contact, 8, pb.Empty, pb.UidsResp),
  contactEvent: push<ContactEvent>('contact.event', Service.contact, 9, pb.ContactEvent),

  profiles: request<UidsReq, ProfilesResp>('user.profiles', Service.user, 1, pb.UidsReq, pb.ProfilesResp),
  updateProfile: request<ProfileUpdateReq, ProfileResp>(
    'user.update_profile',
    Service.user,
    2,
    pb.ProfileUpdateReq,
    pb.ProfileResp,
  ),
  userSearch: request<UserSearchReq, ProfilesResp>(
    'user.search',
    Service.user,
    3,
    pb.UserSearchReq,
    pb.ProfilesResp,
  ),
  subscribePresence: request<UidsReq, PresenceResp>(
    'user.subscribe_presence',
    Service.user,
    4,
    pb.UidsReq,
    pb.PresenceResp,
  ),
  unsubscribePresence: request<UidsReq, Empty>(
    'user.unsubscribe_presence',
    Service.user,
    5,
    pb.UidsReq,
    pb.Empty,
  ),
  presence: push<PresenceState>('user.presence', Service.user, 6, pb.PresenceState),
  pushRegister: request<PushRegisterReq, Empty>(
    'user.push_register',
    Service.user,
    7,
    pb.PushRegisterReq,
    pb.Empty,
  ),
  pushUnregister: request<Empty, Empty>('user.push_unregister', Service.user, 8, pb.Empty, pb.Empty),
  bizUpstream: request<UpstreamReq, UpstreamResp>(
    'biz.upstream',
    Service.biz,
    1,
    pb.UpstreamReq,
    pb.UpstreamResp,
  ),
} as const;

export type CommandName = keyof typeof Commands;
export type AnyCommand = (typeof Commands)[CommandName];

const byKey = new Map<number, AnyCommand>();
for (const c of Object.values(Commands)) byKey.set(c.service * 65536 + c.command, c);

/** The command for a (service, command) pair, or undefined when there is none. */
export function lookupCommand(service: number, command: number): AnyCommand | undefined {
  // Both ids are u16 on the wire; outside that range the combined key would alias another pair.
  if (!(service >= 0 && service <= 0xffff && command >= 0 && command <= 0xffff)) return undefined;
  return byKey.get(service * 65536 + command);
}
