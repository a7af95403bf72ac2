import {
  DEFAULT_CONNECT_TIMEOUT_MS,
  type DispatchCommonOptions,
  type DispatchTransportFactory,
  type DispatchWsOptions,
  dispatchWsTransport,
  GateDirectory,
  gateTransportFactory,
} from './dispatch.ts';
import { type TcpTlsOptions, tcpTransport } from './tcp-transport.ts';

export interface DispatchTcpOptions extends DispatchCommonOptions {
  kind: 'tcp';
  /** Connect with TLS when given (an empty object means TLS with the system CAs). */
  tls?: TcpTlsOptions;
}

/** Node: TCP/TLS (`<host>:<tcpPort>`) or WebSocket gates. */
export type DispatchTransportOptions = DispatchTcpOptions | DispatchWsOptions;

/**
 * `dispatchTransport` of `@parley/client`, plus `kind: 'tcp'` (node:net / node:tls).
 *
 * @example
 * ```ts
 * import { dispatchTransport } from '@parley/client/node';
 * const client = new ParleyClient({
 *   transport: dispatchTransport({ dispatchUrl: 'http://10.0.0.5:7180/dispatch', kind: 'tcp' }),
 * });
 * ```
 */
export function dispatchTransport(options: DispatchTransportOptions): DispatchTransportFactory {
  return options.kind === 'tcp' ? dispatchTcpTransport(options) : dispatchWsTransport(options);
}

/** The TCP (or TLS) dispatch transport. */
export function dispatchTcpTransport(options: Omit<DispatchTcpOptions, 'kind'>): DispatchTransportFactory {
  const directory = new GateDirectory(options, (g) => g.tcpPort);
  return gateTransportFactory('stream', directory, options, (gate) =>
    tcpTransport({
      host: gate.host,
      port: gate.tcpPort,
      tls: options.tls,
      connectTimeoutMs: options.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS,
    })(),
  );
}
