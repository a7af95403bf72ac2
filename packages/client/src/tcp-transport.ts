import { isIP, connect as netConnect, type Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import {
  noopClose,
  noopData,
  type Transport,
  type TransportCloseInfo,
  TransportError,
  type TransportFactory,
} from './transport.ts';

export interface TcpTlsOptions {
  /** CA certificate(s) in PEM, for servers with a private or self-signed certificate. */
  ca?: string | Buffer;
  /** Default true. Set false only in tests. */
  rejectUnauthorized?: boolean;
  /** SNI name; defaults to `host` when it is a name. The certificate is checked against `host`. */
  servername?: string;
}

export interface TcpTransportOptions {
  host: string;
  port: number;
  /** Connect with TLS when given (an empty object means TLS with the system CAs). */
  tls?: TcpTlsOptions;
  /** Give up opening the connection after this long. Default 10 000 ms. */
  connectTimeoutMs?: number;
}

/**
 * A TCP (or TLS) transport for Node: a byte stream split into frames by the client.
 * Exported from `@parley/client/node` only, so browser bundles never pull in node:net.
 *
 * @example
 * ```ts
 * import { ParleyClient } from '@parley/client';
 * import { tcpTransport } from '@parley/client/node';
 * const client = new ParleyClient({ transport: tcpTransport({ host: '127.0.0.1', port: 7000 }) });
 * ```
 */
export function tcpTransport(options: TcpTransportOptions): TransportFactory {
  return () => new TcpTransport(options);
}

class TcpTransport implements Transport {
  readonly framing = 'stream' as const;
  onData = noopData;
  onClose = noopClose;
  private socket: Socket | undefined;
  private open = false;
  private done = false;
  private failConnect: ((err: Error) => void) | undefined;

  constructor(private readonly options: TcpTransportOptions) {}

  connect(): Promise<void> {
    const { host, port, tls } = this.options;
    const where = `${host}:${port}`;
    return new Promise<void>((resolve, reject) => {
      this.failConnect = reject;
      const socket = tls
        ? tlsConnect({
            host,
            port,
            ca: tls.ca,
            rejectUnauthorized: tls.rejectUnauthorized ?? true,
            // SNI takes host names only.
            servername: tls.servername ?? (isIP(host) ? undefined : host),
          })
        : netConnect({ host, port });
      this.socket = socket;
      socket.setNoDelay(true);
      socket.setTimeout(this.options.connectTimeoutMs ?? 10_000, () => {
        if (!this.open) socket.destroy(new TransportError(`connect to ${where} timed out`));
      });
      let error: Error | undefined;
      socket.once(tls ? 'secureConnect' : 'connect', () => {
        socket.setTimeout(0);
        if (this.done) return;
        this.open = true;
        resolve();
      });
      socket.on('data', (chunk: Buffer) => {
        if (!this.done) this.onData(chunk);
      });
      socket.on('error', (err) => {
        error = err;
      });
      socket.on('close', () => {
        if (!this.open) {
          if (!this.done) {
            this.done = true;
            reject(new TransportError(`cannot connect to ${where}: ${error?.message ?? 'closed'}`));
          }
          return;
        }
        this.finish({
          reason: error ? `socket error: ${error.message}` : 'connection closed by peer',
          error,
        });
      });
    });
  }

  send(bytes: Uint8Array): void {
    if (this.done || !this.open || !this.socket) return;
    this.socket.write(bytes);
  }

  close(): void {
    if (!this.done && !this.open) {
      this.done = true;
      this.failConnect?.(new TransportError(`connection to ${this.options.host} closed while connecting`));
    }
    this.finish({ reason: 'closed by client' });
    this.socket?.destroy();
  }

  private finish(info: TransportCloseInfo): void {
    if (this.done) return;
    this.done = true;
    if (this.open) this.onClose(info);
  }
}
