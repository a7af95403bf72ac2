import http from 'node:http';
import https from 'node:https';
import { type WebSocket, WebSocketServer } from 'ws';
import { listen } from '../util/listen.ts';
import type { Gate } from './gate.ts';
import type { TlsFiles } from './tcp-listener.ts';
import type { ServerTransport } from './transport.ts';

class WsTransport implements ServerTransport {
  readonly kind = 'ws';
  readonly framing = 'message';

  constructor(
    private readonly ws: WebSocket,
    readonly remoteIp: string,
    readonly remote: string = remoteIp,
  ) {}

  get buffered(): number {
    return this.ws.bufferedAmount;
  }

  write(bytes: Uint8Array): void {
    if (this.ws.readyState === this.ws.OPEN) this.ws.send(bytes, { binary: true });
  }

  end(): void {
    this.ws.close(1000);
    setTimeout(() => this.ws.terminate(), 2000).unref();
  }

  destroy(): void {
    this.ws.terminate();
  }
}

export interface WsListener {
  readonly server: http.Server | https.Server;
  readonly wss: WebSocketServer;
}

/**
 * WebSocket (WSS when `tls` is given) at path /ws: one frame per binary message. Text messages
 * are refused with close code 1003; a message over the frame limit closes with 1009.
 */
export async function listenWs(
  gate: Gate,
  host: string,
  port: number,
  tlsFiles?: TlsFiles,
): Promise<WsListener> {
  const server = tlsFiles
    ? https.createServer({ cert: tlsFiles.cert, key: tlsFiles.key, minVersion: 'TLSv1.2' })
    : http.createServer();
  server.on('request', (_req, res) => {
    res.writeHead(426, { 'content-type': 'text/plain' }).end('connect with a WebSocket at /ws\n');
  });
  const wss = new WebSocketServer({
    server,
    path: '/ws',
    maxPayload: gate.config['gate.maxFrame'],
    perMessageDeflate: false,
    clientTracking: false,
  });
  wss.on('connection', (ws, req) => {
    const ip = req.socket.remoteAddress ?? '';
    // Before accept: protocol errors of a refused socket must not reach an absent listener.
    ws.on('error', () => {});
    const conn = gate.accept(new WsTransport(ws, ip, `${ip}:${req.socket.remotePort}`));
    if (!conn) return;
    ws.binaryType = 'nodebuffer';
    ws.on('message', (data: Buffer, isBinary: boolean) => {
      if (!isBinary) {
        ws.close(1003, 'binary frames only');
        return;
      }
      conn.onData(data);
    });
    ws.on('close', () => conn.onClosed());
  });
  wss.on('error', (err) => gate.log.error({ err }, 'websocket listener error'));
  await listen(server, port, host);
  return { server, wss };
}
