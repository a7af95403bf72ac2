import net from 'node:net';
import tls from 'node:tls';
import { listen } from '../util/listen.ts';
import type { Gate } from './gate.ts';
import type { ServerTransport } from './transport.ts';

/** A TCP socket as a transport. Writes within one tick are corked into one syscall. */
class TcpTransport implements ServerTransport {
  readonly kind = 'tcp';
  readonly framing = 'stream';
  readonly remote: string;
  readonly remoteIp: string;
  private corked = false;

  constructor(private readonly socket: net.Socket) {
    this.remoteIp = socket.remoteAddress ?? '';
    this.remote = `${this.remoteIp}:${socket.remotePort}`;
  }

  get buffered(): number {
    return this.socket.writableLength;
  }

  write(bytes: Uint8Array): void {
    if (this.socket.destroyed || this.socket.writableEnded) return;
    if (!this.corked) {
      this.corked = true;
      this.socket.cork();
      process.nextTick(() => {
        this.corked = false;
        this.socket.uncork();
      });
    }
    this.socket.write(bytes);
  }

  end(): void {
    this.socket.end();
    // A peer that never reads must not hold the socket open.
    setTimeout(() => this.socket.destroy(), 2000).unref();
  }

  destroy(): void {
    this.socket.destroy();
  }
}

export interface TlsFiles {
  cert: string | Buffer;
  key: string | Buffer;
}

/** Listens for framed TCP (or TLS when `tls` is given) and hands sockets to the gate. */
export async function listenTcp(
  gate: Gate,
  host: string,
  port: number,
  tlsFiles?: TlsFiles,
): Promise<net.Server> {
  const onSocket = (socket: net.Socket): void => {
    socket.setNoDelay(true);
    socket.setKeepAlive(true, 60_000);
    // Before anything else: a socket error without a listener would crash the process, and a
    // refused socket still gets its GOAWAY written and may be reset by the peer meanwhile.
    socket.on('error', () => {});
    const conn = gate.accept(new TcpTransport(socket));
    if (!conn) return;
    socket.on('data', (chunk: Buffer) => conn.onData(chunk));
    socket.on('close', () => conn.onClosed());
  };
  const server = tlsFiles
    ? tls.createServer({ cert: tlsFiles.cert, key: tlsFiles.key, minVersion: 'TLSv1.2' }, onSocket)
    : net.createServer(onSocket);
  server.on('error', (err) => gate.log.error({ err }, 'tcp listener error'));
  if (tlsFiles) server.on('tlsClientError', () => {});
  await listen(server, port, host);
  return server;
}
