import { createServer, type Server, type Socket } from 'node:net';
import { createServer as createTlsServer, type Server as TlsServer } from 'node:tls';
import { type WebSocket, WebSocketServer } from 'ws';
import { type MemoryTransportOptions, memoryTransport } from '../../src/memory-transport.ts';
import type { TransportFactory } from '../../src/transport.ts';
import type { FakeServer, ServerPeer } from './fake-server.ts';

/** Ways to put a FakeServer behind a transport. Every listener binds port 0 on 127.0.0.1. */

export function memoryTo(server: FakeServer, options: MemoryTransportOptions = {}): TransportFactory {
  return memoryTransport((peer) => {
    server.attach(peer);
  }, options);
}

function socketPeer(socket: Socket): ServerPeer {
  const peer: ServerPeer = {
    framing: 'stream',
    onData: () => {},
    onClose: () => {},
    send: (bytes) => {
      if (!socket.destroyed) socket.write(bytes);
    },
    close: () => {
      socket.end();
      socket.destroySoon();
    },
  };
  socket.on('data', (chunk) => peer.onData(chunk));
  socket.on('error', () => {});
  socket.on('close', () => peer.onClose({ reason: 'socket closed' }));
  return peer;
}

export interface Listening {
  readonly port: number;
  close(): Promise<void>;
}

function closer(server: Server | TlsServer, sockets: Set<Socket>): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    });
}

function accepting(server: FakeServer, sockets: Set<Socket>) {
  return (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    try {
      server.attach(socketPeer(socket));
    } catch {
      socket.destroy();
    }
  };
}

export async function listenTcp(server: FakeServer): Promise<Listening> {
  const sockets = new Set<Socket>();
  const srv = createServer(accepting(server, sockets));
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const addr = srv.address();
  if (!addr || typeof addr === 'string') throw new Error('no port');
  return { port: addr.port, close: closer(srv, sockets) };
}

export async function listenTls(server: FakeServer, key: string, cert: string): Promise<Listening> {
  const sockets = new Set<Socket>();
  const srv = createTlsServer({ key, cert }, accepting(server, sockets));
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const addr = srv.address();
  if (!addr || typeof addr === 'string') throw new Error('no port');
  return { port: addr.port, close: closer(srv, sockets) };
}

function wsPeer(ws: WebSocket): ServerPeer {
  const peer: ServerPeer = {
    framing: 'message',
    onData: () => {},
    onClose: () => {},
    send: (bytes) => {
      if (ws.readyState === ws.OPEN) ws.send(bytes);
    },
    close: () => ws.terminate(),
  };
  ws.on('message', (data, isBinary) => {
    if (!isBinary) return ws.close(1003, 'binary only');
    const buf = Array.isArray(data) ? Buffer.concat(data) : Buffer.from(data as ArrayBuffer);
    peer.onData(buf);
  });
  ws.on('close', () => peer.onClose({ reason: 'ws closed' }));
  ws.on('error', () => {});
  return peer;
}

export async function listenWs(server: FakeServer): Promise<Listening> {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => wss.once('listening', () => resolve()));
  wss.on('connection', (ws) => {
    try {
      server.attach(wsPeer(ws));
    } catch {
      ws.terminate();
    }
  });
  const addr = wss.address();
  if (!addr || typeof addr === 'string') throw new Error('no port');
  return {
    port: addr.port,
    close: () =>
      new Promise((resolve) => {
        for (const ws of wss.clients) ws.terminate();
        wss.close(() => resolve());
      }),
  };
}
