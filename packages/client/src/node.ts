/**
 * `@parley/client/node`: everything in `@parley/client` plus the TCP/TLS transport, which needs
 * node:net and node:tls.
 */

// These two shadow the browser-safe (WebSocket only) exports of the same name from './index.ts'.
export {
  type DispatchTcpOptions,
  type DispatchTransportOptions,
  dispatchTcpTransport,
  dispatchTransport,
} from './dispatch-node.ts';
export * from './index.ts';
export { type TcpTlsOptions, type TcpTransportOptions, tcpTransport } from './tcp-transport.ts';
