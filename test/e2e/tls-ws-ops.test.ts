import { Code, Commands, decodeSingle, encodeRequest, MsgType, Platform } from '@parley/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { RawClient } from '../helpers/raw-client.ts';
import { startTestServer, type TestServer, tempDir } from '../helpers/server.ts';
import { selfSignedCert } from '../helpers/tls-cert.ts';
import { PASSWORD, registerUser } from '../helpers/users.ts';

function wsRequest(
  ws: WebSocket,
  bytes: Uint8Array,
  seq: number,
): Promise<{ status: number; body: Uint8Array }> {
  return new Promise((resolve) => {
    const onMsg = (data: Buffer) => {
      const ev = decodeSingle(new Uint8Array(data));
      if (ev.kind === 'frame' && ev.frame.seq === seq) {
        ws.off('message', onMsg);
        resolve({ status: ev.frame.status, body: ev.frame.body });
      }
    };
    ws.on('message', onMsg);
    ws.send(bytes);
  });
}

function openWs(url: string, opts: WebSocket.ClientOptions = {}): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, opts);
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
  });
}

describe('TLS and WSS with a configured certificate', () => {
  const tmp = tempDir('parley-tls-');
  let srv: TestServer;
  let cert: Buffer;

  beforeAll(async () => {
    const c = selfSignedCert(tmp.dir);
    cert = c.cert;
    srv = await startTestServer({ 'tls.cert': c.certFile, 'tls.key': c.keyFile });
  });
  afterAll(async () => {
    await srv.stop();
    tmp.cleanup();
  });

  it('serves the framed protocol over TLS', async () => {
    const c = await RawClient.connectTls(srv.node.tcpPort, cert);
    const r = await c.request(Commands.register, { uid: 'tls-user', password: PASSWORD });
    expect(r.status).toBe(0);
    const login = await c.request(Commands.login, {
      uid: 'tls-user',
      password: PASSWORD,
      deviceId: 't',
      platform: Platform.IOS,
    });
    expect(login.status).toBe(0);
    c.close();
  });

  it('refuses a client that does not trust the certificate', async () => {
    await expect(RawClient.connectTls(srv.node.tcpPort, Buffer.from(''))).rejects.toThrow();
  });

  it('serves WebSocket over WSS', async () => {
    const ws = await openWs(`wss://localhost:${srv.node.wsPort}/ws`, { ca: cert });
    const r = await wsRequest(ws, encodeRequest(Commands.heartbeat, 1, { ts: 5 }), 1);
    expect(r.status).toBe(0);
    ws.close();
  });
});

describe('WebSocket transport', () => {
  let srv: TestServer;
  beforeAll(async () => {
    srv = await startTestServer({ 'gate.maxFrame': 2048 });
    await registerUser(srv.node.tcpPort, 'ws-a');
    await registerUser(srv.node.tcpPort, 'ws-b');
  });
  afterAll(() => srv.stop());

  it('carries the same packets, one per binary message, and interoperates with TCP clients', async () => {
    const ws = await openWs(`ws://127.0.0.1:${srv.node.wsPort}/ws`);
    const login = await wsRequest(
      ws,
      encodeRequest(Commands.login, 1, {
        uid: 'ws-a',
        password: PASSWORD,
        deviceId: 'browser',
        platform: Platform.WEB,
      }),
      1,
    );
    expect(login.status).toBe(0);
    const tcp = await RawClient.connect(srv.node.tcpPort);
    expect(
      (
        await tcp.request(Commands.login, {
          uid: 'ws-b',
          password: PASSWORD,
          deviceId: 'p',
          platform: Platform.IOS,
        })
      ).status,
    ).toBe(0);
    const sent = await wsRequest(
      ws,
      encodeRequest(Commands.send, 2, {
        toUid: 'ws-b',
        clientMsgId: 'w1',
        type: MsgType.TEXT,
        content: 'from the browser',
      }),
      2,
    );
    expect(sent.status).toBe(0);
    expect((await tcp.waitPush(Commands.push)).msg?.content).toBe('from the browser');
    tcp.close();
    ws.close();
  });

  it('refuses a bad message without dropping the socket, and closes on text or oversized messages', async () => {
    const ws = await openWs(`ws://127.0.0.1:${srv.node.wsPort}/ws`);
    const bad = encodeRequest(Commands.heartbeat, 3, { ts: 1 });
    const longer = new Uint8Array(bad.length + 5);
    longer.set(bad);
    const r = await wsRequest(ws, longer, 3);
    expect(r.status).toBe(Code.BAD_FRAME);
    const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
    ws.send('hello');
    expect(await closed).toBe(1003);
    const ws2 = await openWs(`ws://127.0.0.1:${srv.node.wsPort}/ws`);
    const closed2 = new Promise<number>((resolve) => ws2.once('close', (code) => resolve(code)));
    ws2.send(new Uint8Array(4096));
    expect(await closed2).toBe(1009);
  });
});

describe('operations endpoint', () => {
  let srv: TestServer;
  beforeAll(async () => {
    srv = await startTestServer();
  });
  afterAll(() => srv.stop());

  it('reports health and Prometheus metrics', async () => {
    const base = `http://127.0.0.1:${srv.node.httpPort}`;
    const h = await fetch(`${base}/healthz`);
    expect(h.status).toBe(200);
    expect(await h.json()).toMatchObject({ status: 'ok', node: 'node-0' });
    await registerUser(srv.node.tcpPort, 'metric-user');
    const m = await (await fetch(`${base}/metrics`)).text();
    for (const name of [
      'parley_connections',
      'parley_logins_total',
      'parley_messages_in_total',
      'parley_messages_out_total',
      'parley_ack_latency_seconds',
      'parley_store_batch_size',
    ]) {
      expect(m).toContain(name);
    }
    expect(m).toContain('node="node-0"');
    expect((await fetch(`${base}/nope`)).status).toBe(404);
  });
});
