import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { Commands, ConvType, encodeFrame, Flag } from '@parley/protocol';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import type { ParleyClient } from '../src/client.ts';
import { NotConnectedError } from '../src/errors.ts';
import { tcpTransport } from '../src/tcp-transport.ts';
import type { TransportFactory } from '../src/transport.ts';
import { wsTransport } from '../src/ws-transport.ts';
import type { FakeConn, FakeServer } from './helpers/fake-server.ts';
import { type Listening, listenTcp, listenTls, listenWs, memoryTo } from './helpers/listen.ts';
import { Clients, device, fakeWithUsers } from './helpers/setup.ts';
import { collect, nextEvent, sleep, waitFor } from './helpers/wait.ts';

const clients = new Clients();
const listeners: Listening[] = [];
afterEach(async () => {
  clients.closeAll();
  await Promise.all(listeners.splice(0).map((l) => l.close()));
});

/** The same conversation over any transport: login, send/ack, push, receipt, drop, reconnect, resend. */
async function conversation(server: FakeServer, transport: () => TransportFactory): Promise<void> {
  const alice = clients.make(transport());
  const bob = clients.make(transport());
  await alice.login({ uid: 'alice', password: 'pw' }, device('a1'));
  await bob.login({ uid: 'bob', password: 'pw' }, device('b1'));
  const bobGot = collect(bob);
  const delivered = nextEvent(alice, 'delivered');
  const ack = await alice.send({ to: 'bob', content: 'over the wire ✓', clientMsgId: 'w1' });
  expect(ack).toMatchObject({ clientMsgId: 'w1', duplicate: false, seq: 1 });
  await waitFor(() => bobGot.length === 1);
  expect(bobGot[0]).toMatchObject({ from: 'alice', content: 'over the wire ✓', msgId: ack.msgId, seq: 1 });
  await expect(delivered).resolves.toMatchObject({ msgId: ack.msgId, by: 'bob' });

  // A big message crosses several TCP segments / one large WebSocket message.
  const big = 'x'.repeat(200_000);
  await alice.send({ to: 'bob', content: big });
  await waitFor(() => bobGot.length === 2);
  expect(bobGot[1]?.content.length).toBe(200_000);

  // Drop both; bob misses a message while away; alice's unacked send goes out again after re-login.
  const back = Promise.all([nextEvent(alice, 'reconnected'), nextEvent(bob, 'reconnected')]);
  server.dropAll();
  server.deliver('bob', 'carol', 'while you were away');
  await back;
  await alice.send({ to: 'bob', content: 'after reconnect' });
  await waitFor(() => bobGot.length === 4);
  expect(bobGot.map((m) => m.seq)).toEqual([1, 2, 3, 4]);
  expect(bobGot.map((m) => m.content.slice(0, 20))).toEqual([
    'over the wire ✓',
    'x'.repeat(20),
    'while you were away',
    'after reconnect',
  ]);
}

describe('tcp transport (node:net, port 0)', () => {
  it('carries a whole conversation, with reconnect', async () => {
    const server = fakeWithUsers('alice', 'bob', 'carol');
    const l = await listenTcp(server);
    listeners.push(l);
    await conversation(server, () => tcpTransport({ host: '127.0.0.1', port: l.port }));
  });

  it('fails connect with NotConnectedError when nothing listens', async () => {
    const server = fakeWithUsers();
    const l = await listenTcp(server);
    await l.close();
    const client = clients.make(tcpTransport({ host: '127.0.0.1', port: l.port }));
    const err = await client.connect().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NotConnectedError);
    expect(String(err)).toMatch(/ECONNREFUSED|cannot connect/);
  });
});

const hasOpenssl = (() => {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe.skipIf(!hasOpenssl)('tcp transport with TLS', () => {
  let dir = '';
  let key = '';
  let cert = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'parley-tls-'));
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=localhost']
        .concat(['-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1'])
        .concat(['-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')]),
      { stdio: 'ignore' },
    );
    key = readFileSync(join(dir, 'key.pem'), 'utf8');
    cert = readFileSync(join(dir, 'cert.pem'), 'utf8');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('logs in and sends over TLS with a private CA', async () => {
    const server = fakeWithUsers();
    const l = await listenTls(server, key, cert);
    listeners.push(l);
    const client = clients.make(
      tcpTransport({ host: '127.0.0.1', port: l.port, tls: { ca: cert, servername: 'localhost' } }),
    );
    await client.login({ uid: 'alice', password: 'pw' }, device());
    await expect(client.send({ to: 'bob', content: 'secret' })).resolves.toMatchObject({ seq: 1 });
  });

  it('refuses a certificate it cannot verify', async () => {
    const server = fakeWithUsers();
    const l = await listenTls(server, key, cert);
    listeners.push(l);
    const client = clients.make(tcpTransport({ host: '127.0.0.1', port: l.port, tls: {} }));
    await expect(client.connect()).rejects.toBeInstanceOf(NotConnectedError);
  });
});

describe('ws transport (ws package server and client)', () => {
  it('carries a whole conversation, with reconnect', async () => {
    const server = fakeWithUsers('alice', 'bob', 'carol');
    const l = await listenWs(server);
    listeners.push(l);
    await conversation(server, () => wsTransport({ url: `ws://127.0.0.1:${l.port}`, WebSocket }));
  });

  it('fails connect with NotConnectedError when nothing listens', async () => {
    const server = fakeWithUsers();
    const l = await listenWs(server);
    await l.close();
    const client = clients.make(wsTransport({ url: `ws://127.0.0.1:${l.port}`, WebSocket }));
    await expect(client.connect()).rejects.toBeInstanceOf(NotConnectedError);
  });

  it('explains a missing WebSocket class', async () => {
    const client = clients.make(wsTransport({ url: 'ws://127.0.0.1:1' }));
    const hasGlobal = typeof globalThis.WebSocket === 'function';
    if (hasGlobal) return; // Node 22+ has one; nothing to explain
    await expect(client.connect()).rejects.toThrow(/no WebSocket class/);
  });
});

describe('in-memory transport', () => {
  it('reassembles frames split into 7-byte chunks', async () => {
    const server = fakeWithUsers('alice', 'bob', 'carol');
    await conversation(server, () => memoryTo(server, { chunkSize: 7 }));
  });

  it('carries one frame per message with message framing', async () => {
    const server = fakeWithUsers('alice', 'bob', 'carol');
    await conversation(server, () => memoryTo(server, { framing: 'message' }));
  });
});

describe('compressed frames', () => {
  it('inflates a raw-deflate push and keeps it in order with the frames behind it', async () => {
    const server = fakeWithUsers();
    const client: ParleyClient = clients.make(memoryTo(server));
    await client.login({ uid: 'bob', password: 'pw' }, device());
    await client.sync();
    const got = collect(client);
    const conn = server.conns[0] as FakeConn;
    const syncsBefore = conn.requests(Commands.sync).length;
    const message = (seq: number) => ({
      msgId: seq,
      clientMsgId: `c${seq}`,
      fromUid: 'alice',
      convType: ConvType.C2C,
      to: 'bob',
      type: 1,
      content: `compressed? ${seq === 1}`,
      ts: 1,
      seq,
    });
    const body = Commands.push.body.encode({ msg: message(1) });
    conn.send(
      encodeFrame(
        {
          service: Commands.push.service,
          command: Commands.push.command,
          flags: Flag.push | Flag.compressed,
        },
        deflateRawSync(body),
      ),
    );
    server.pushMessage(conn, message(2));
    await waitFor(() => got.length === 2);
    await sleep(20);
    expect(got.map((m) => m.content)).toEqual(['compressed? true', 'compressed? false']);
    expect(conn.requests(Commands.sync)).toHaveLength(syncsBefore); // no gap was seen
  });
});
