/**
 * `@parley/client/node`: everything in `@parley/client` plus the TCP/TLS transport, which needs
 * node:net and node:tls.
 */
export * from './index.ts';
export { type TcpTlsOptions, type TcpTransportOptions, tcpTransport } from './tcp-transport.ts';
