/**
 * `@parley/client`: the browser-safe surface (no Node imports). Node programs that want TCP import
 * `tcpTransport` from `@parley/client/node`.
 */
export { Code, codeInfo, ParleyError } from '@parley/protocol';
export { ParleyClient } from './client.ts';
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
  ChatMessage,
  ClientEvents,
  ClientState,
  ConvType,
  DeviceInfo,
  DisconnectedEvent,
  KickedEvent,
  LoginCredentials,
  LoginResult,
  MessageType,
  ParleyClientOptions,
  PlatformName,
  ReceiptEvent,
  ReconnectOptions,
  RegisterParams,
  SendParams,
  SendResult,
} from './types.ts';
export {
  type WebSocketConstructor,
  type WebSocketLike,
  type WsTransportOptions,
  wsTransport,
} from './ws-transport.ts';
