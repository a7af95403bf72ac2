/**
 * `@parley/client`: the browser-safe surface (no Node imports). Node programs that want TCP import
 * `tcpTransport` from `@parley/client/node`.
 */
export { Code, codeInfo, ParleyError } from '@parley/protocol';
export { ParleyClient } from './client.ts';
export { c2cConvId, groupConvId, groupIdOf } from './conv-id.ts';
export {
  type DispatchCommonOptions,
  type DispatchFetch,
  type DispatchGate,
  type DispatchResponseLike,
  type DispatchTransportFactory,
  type DispatchTransportOptions,
  type DispatchWsOptions,
  dispatchTransport,
  dispatchWsTransport,
} from './dispatch.ts';
export type { Listener } from './emitter.ts';
export {
  ClientClosedError,
  ClientError,
  ConnectionLostError,
  isServerRefusal,
  NotConnectedError,
  ProtocolError,
  RequestTimeoutError,
} from './errors.ts';
export { type MemoryPeer, type MemoryTransportOptions, memoryTransport } from './memory-transport.ts';
export { backoffDelay } from './reconnect.ts';
export type {
  Transport,
  TransportCloseInfo,
  TransportFactory,
  TransportFraming,
} from './transport.ts';
export { TransportError } from './transport.ts';
export type {
  BroadcastEvent,
  ChatMessage,
  ClientEvents,
  ClientState,
  ContactEvent,
  ContactEventKind,
  Conversation,
  ConversationChange,
  ConversationList,
  ConversationPatch,
  ConversationsQuery,
  ConvType,
  CreateGroupParams,
  DeviceInfo,
  DisconnectedEvent,
  EditedEvent,
  Friend,
  FriendRequest,
  FriendRequestStatus,
  GroupInfo,
  GroupMember,
  GroupMembersPage,
  GroupPatch,
  GroupRoleName,
  GroupTypeName,
  HistoryQuery,
  JoinPolicyName,
  JoinRequest,
  JoinResult,
  KickedEvent,
  LoginCredentials,
  LoginResult,
  MessagePage,
  MessageType,
  NoticeResult,
  OwnProfile,
  ParleyClientOptions,
  PlatformName,
  PresenceState,
  Profile,
  ProfilePatch,
  PushRegistration,
  ReadReceiptEvent,
  ReadStatus,
  RecalledEvent,
  ReceiptEvent,
  ReconnectOptions,
  RefKind,
  RefKindName,
  RegisterParams,
  SearchQuery,
  SendParams,
  SendResult,
  TypingEvent,
  UpstreamParams,
  UpstreamResult,
} from './types.ts';
export {
  type WebSocketConstructor,
  type WebSocketLike,
  type WsTransportOptions,
  wsTransport,
} from './ws-transport.ts';
