import { randomBytes } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import {
  Code,
  Commands,
  encodeFrame,
  encodeRequest,
  Flag,
  HEADER_SIZE,
  MsgType,
  Offset,
  Platform,
} from '@parley/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RawClient } from '../helpers/raw-client.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { loginRaw, registerUser } from '../helpers/users.ts';

let srv: TestServer;
let port: number;

beforeAll(async () => {
  srv = await startTestServer({
    'gate.maxFrame': 4096,
    'gate.rateLimitPerSec': 50,
    'gate.rateLimitBurst': 60,
  });
  port = srv.node.tcpPort;
  await registerUser(port, 'guard-a');
  await registerUser(port, 'guard-b');
});
afterAll(() => srv.stop());

/** A healthy session that must keep working while other connections misbehave. */
async function assertStillServing(): Promise<void> {
  const c = await RawClient.connect(port);
  const r = await c.request(Commands.heartbeat, { ts: 7 });
  expect(r.status).toBe(0);
  expect(r.body?.ts).toBe(7);
  c.close();
}

describe('bad input never crashes the server', () => {
  it('answers an unknown command with UNKNOWN_COMMAND and keeps the connection', async () => {
    const c = await RawClient.connect(port);
    c.writeRaw(encodeFrame({ service: 9, command: 77, seq: 5 }, new Uint8Array([1, 2, 3])));
    const f = await c.waitFrame((x) => x.seq === 5);
    expect(f.status).toBe(Code.UNKNOWN_COMMAND);
    expect(f.flags & Flag.response).toBeTruthy();
    expect((await c.request(Commands.heartbeat, { ts: 1 })).status).toBe(0);
    c.close();
  });

  it('answers an undecodable body with BAD_BODY', async () => {
    const c = await RawClient.connect(port);
    c.writeRaw(
      encodeFrame(
        { service: Commands.login.service, command: Commands.login.command, seq: 9 },
        new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x0f]),
      ),
    );
    const f = await c.waitFrame((x) => x.seq === 9);
    expect(f.status).toBe(Code.BAD_BODY);
    expect((await c.request(Commands.heartbeat, { ts: 2 })).status).toBe(0);
    c.close();
  });

  it('refuses a frame over the limit, skips its body, and serves the next frame', async () => {
    const c = await RawClient.connect(port);
    const big = encodeFrame({ service: 1, command: 1, seq: 11 }, randomBytes(10_000));
    // Sent in pieces, followed directly by a valid frame.
    c.writeRaw(big.subarray(0, 100));
    await new Promise((r) => setTimeout(r, 20));
    c.writeRaw(Buffer.concat([big.subarray(100), encodeRequest(Commands.heartbeat, 12, { ts: 3 })]));
    const refused = await c.waitFrame((x) => x.seq === 11);
    expect(refused.status).toBe(Code.FRAME_TOO_LARGE);
    const ok = await c.waitFrame((x) => x.seq === 12);
    expect(ok.status).toBe(0);
    c.close();
  });

  it('closes with GOAWAY on a bad version, an impossible length, or garbage', async () => {
    for (const bytes of [
      (() => {
        const f = encodeRequest(Commands.heartbeat, 1, { ts: 1 });
        new DataView(f.buffer, f.byteOffset, f.byteLength).setUint16(Offset.version, 99);
        return f;
      })(),
      (() => {
        const f = new Uint8Array(HEADER_SIZE);
        new DataView(f.buffer, f.byteOffset, f.byteLength).setUint32(Offset.length, 3);
        return f;
      })(),
      (() => {
        const f = encodeRequest(Commands.heartbeat, 1, { ts: 1 });
        new DataView(f.buffer, f.byteOffset, f.byteLength).setUint32(Offset.length, 0xfffffff0);
        return f;
      })(),
      randomBytes(64),
    ]) {
      const c = await RawClient.connect(port);
      c.writeRaw(bytes);
      await c.waitClosed();
      const goaway = c.takePushes(Commands.goaway)[0];
      expect(goaway?.reconnect).toBe(false);
      expect([Code.BAD_FRAME, Code.UNSUPPORTED_VERSION, Code.FRAME_TOO_LARGE]).toContain(goaway?.code);
    }
    await assertStillServing();
  });

  it('survives a storm of random bytes and truncated frames on many connections', async () => {
    const conns = await Promise.all(Array.from({ length: 20 }, () => RawClient.connect(port)));
    for (let round = 0; round < 20; round++) {
      for (const c of conns) {
        if (c.closed) continue;
        const valid = encodeRequest(Commands.heartbeat, round + 1, { ts: round });
        c.writeRaw(
          Math.random() < 0.5
            ? randomBytes(1 + Math.floor(Math.random() * 200))
            : valid.subarray(0, 7 + round),
        );
      }
    }
    for (const c of conns) c.close();
    await assertStillServing();
  });

  it('accepts a compressed request body and refuses a corrupt one', async () => {
    const c = await RawClient.connect(port);
    const body = deflateRawSync(Commands.heartbeat.req.encode({ ts: 42 }));
    c.writeRaw(encodeFrame({ service: 1, command: 1, seq: 21, flags: Flag.compressed }, body));
    const ok = await c.waitFrame((x) => x.seq === 21);
    expect(ok.status).toBe(0);
    expect(Commands.heartbeat.resp.decode(ok.body).ts).toBe(42);
    c.writeRaw(encodeFrame({ service: 1, command: 1, seq: 22, flags: Flag.compressed }, randomBytes(30)));
    expect((await c.waitFrame((x) => x.seq === 22)).status).toBe(Code.BAD_BODY);
    c.close();
  });

  it('rate-limits a flooding connection with RATE_LIMITED and a retry hint; others are unaffected', async () => {
    const c = await RawClient.connect(port);
    const frames = Array.from({ length: 100 }, (_, i) => encodeRequest(Commands.heartbeat, i + 1, { ts: i }));
    c.writeRaw(Buffer.concat(frames));
    const statuses: number[] = [];
    for (let i = 1; i <= 100; i++) statuses.push((await c.waitFrame((x) => x.seq === i)).status);
    expect(statuses.filter((s) => s === 0).length).toBeGreaterThanOrEqual(55);
    expect(statuses).toContain(Code.RATE_LIMITED);
    await assertStillServing();
    c.close();
  });

  it('refuses a client push frame and messaging before login', async () => {
    const c = await RawClient.connect(port);
    c.writeRaw(encodeFrame({ service: 3, command: 2, seq: 31, flags: Flag.push }, new Uint8Array()));
    expect((await c.waitFrame((x) => x.seq === 31)).status).toBe(Code.BAD_FRAME);
    const r = await c.request(Commands.sync, { afterSeq: 0, limit: 10 });
    expect(r.status).toBe(Code.NOT_LOGGED_IN);
    c.close();
  });

  it('an accepted message survives a misbehaving neighbour', async () => {
    const a = await loginRaw(port, 'guard-a', 'ga', Platform.WEB);
    const sent = await a.client.request(Commands.send, {
      toUid: 'guard-b',
      clientMsgId: 'g-1',
      type: MsgType.TEXT,
      content: 'kept',
    });
    expect(sent.status).toBe(0);
    const bad = await RawClient.connect(port);
    bad.writeRaw(randomBytes(4096));
    await bad.waitClosed();
    const b = await loginRaw(port, 'guard-b', 'gb', Platform.WEB);
    const page = await b.client.request(Commands.sync, { afterSeq: 0, limit: 10 });
    expect(page.body?.messages?.map((m) => m.content)).toContain('kept');
    a.client.close();
    b.client.close();
  });
});

describe('heartbeats', () => {
  it('the server pings a silent session and closes it after the idle timeout, dropping its presence', async () => {
    const s = await startTestServer({ 'gate.heartbeatIntervalMs': 200, 'gate.idleTimeoutMs': 600 });
    try {
      await registerUser(s.node.tcpPort, 'sleepy');
      const { client } = await loginRaw(s.node.tcpPort, 'sleepy', 'z1', Platform.WEB);
      expect(await s.node.gate.sessionCount).toBe(1);
      // The server asks first: a HEARTBEAT request (not a push, not a response).
      const ping = await client.waitFrame(
        (f) =>
          f.service === Commands.heartbeat.service &&
          f.command === Commands.heartbeat.command &&
          f.flags === 0,
        2000,
      );
      expect(ping.seq).toBeGreaterThan(0);
      await client.waitClosed(3000);
      const bye = client.takePushes(Commands.goaway)[0];
      expect(bye).toMatchObject({ code: Code.IDLE_TIMEOUT, reconnect: true });
      expect(s.node.gate.sessionCount).toBe(0);
    } finally {
      await s.stop();
    }
  });

  it('a client that answers the server heartbeat stays connected', async () => {
    const s = await startTestServer({ 'gate.heartbeatIntervalMs': 150, 'gate.idleTimeoutMs': 450 });
    try {
      await registerUser(s.node.tcpPort, 'awake');
      const { client } = await loginRaw(s.node.tcpPort, 'awake', 'w1', Platform.WEB);
      const deadline = Date.now() + 1500;
      while (Date.now() < deadline) {
        const ping = await client.waitFrame((f) => f.service === 1 && f.command === 1 && f.flags === 0, 1000);
        client.writeRaw(
          encodeFrame({ service: 1, command: 1, seq: ping.seq, flags: Flag.response }, ping.body),
        );
      }
      expect(client.closed).toBe(false);
      client.close();
    } finally {
      await s.stop();
    }
  });

  it('closes a connection that never logs in', async () => {
    const s = await startTestServer({ 'gate.loginTimeoutMs': 300 });
    try {
      const c = await RawClient.connect(s.node.tcpPort);
      await c.waitClosed(3000);
      expect(c.takePushes(Commands.goaway)[0]?.code).toBe(Code.NOT_LOGGED_IN);
    } finally {
      await s.stop();
    }
  });
});

describe('per-address limits', () => {
  it('refuses connections beyond gate.maxConnectionsPerIp with a GOAWAY, and accepts again once one closes', async () => {
    const s = await startTestServer({ 'gate.maxConnectionsPerIp': 3 });
    try {
      const kept = await Promise.all([1, 2, 3].map(() => RawClient.connect(s.node.tcpPort)));
      for (const c of kept) expect((await c.request(Commands.heartbeat, { ts: 1 })).status).toBe(0);
      const extra = await RawClient.connect(s.node.tcpPort);
      await extra.waitClosed();
      expect(extra.takePushes(Commands.goaway)[0]).toMatchObject({
        code: Code.RATE_LIMITED,
        reconnect: true,
      });
      // Refused clients that send bytes and reset the connection must not take the server down.
      for (let i = 0; i < 5; i++) {
        const rude = await RawClient.connect(s.node.tcpPort);
        rude.writeRaw(new Uint8Array(64).fill(7));
        rude.socket.resetAndDestroy();
      }
      await new Promise((r) => setTimeout(r, 100));
      expect((await kept[1]!.request(Commands.heartbeat, { ts: 9 })).status).toBe(0);
      kept[0]!.close();
      await new Promise((r) => setTimeout(r, 100));
      const again = await RawClient.connect(s.node.tcpPort);
      expect((await again.request(Commands.heartbeat, { ts: 2 })).status).toBe(0);
      for (const c of [...kept, again]) c.close();
    } finally {
      await s.stop();
    }
  });

  it('limits password logins and registrations per address; token logins are not limited', async () => {
    const s = await startTestServer({ 'gate.authPerSecPerIp': 1, 'gate.authBurstPerIp': 3 });
    try {
      const c = await RawClient.connect(s.node.tcpPort);
      expect((await c.request(Commands.register, { uid: 'budget', password: 'budget-pw' })).status).toBe(0);
      const first = await c.request(Commands.login, {
        uid: 'budget',
        password: 'budget-pw',
        deviceId: 'b1',
        platform: Platform.WEB,
      });
      expect(first.status).toBe(0);
      const statuses: number[] = [];
      let retry = 0;
      for (let i = 0; i < 3; i++) {
        const c2 = await RawClient.connect(s.node.tcpPort);
        const r = await c2.request(Commands.login, {
          uid: 'budget',
          password: 'wrong-pw',
          deviceId: 'b2',
          platform: Platform.WEB,
        });
        statuses.push(r.status);
        if (r.status === Code.RATE_LIMITED) retry = r.error?.retryAfterMs ?? 0;
        c2.close();
      }
      expect(statuses).toContain(Code.RATE_LIMITED);
      expect(retry).toBeGreaterThan(0);
      // An empty password is refused without a hash, and still counts against the budget.
      const c3 = await RawClient.connect(s.node.tcpPort);
      const empty = await c3.request(Commands.login, {
        uid: 'budget',
        password: '',
        deviceId: 'b4',
        platform: Platform.WEB,
      });
      expect([Code.BAD_CREDENTIALS, Code.RATE_LIMITED]).toContain(empty.status);
      c3.close();
      const viaToken = await RawClient.connect(s.node.tcpPort);
      const t = await viaToken.request(Commands.login, {
        token: first.body!.token!,
        deviceId: 'b3',
        platform: Platform.DESKTOP,
      });
      expect(t.status).toBe(0);
      viaToken.close();
      c.close();
    } finally {
      await s.stop();
    }
  });
});

describe('slow consumers', () => {
  it('disconnects a client that stops reading once its write buffer passes gate.maxWriteBuffer; it resyncs later', async () => {
    const s = await startTestServer({
      'gate.maxWriteBuffer': 4096,
      'gate.rateLimitPerSec': 100_000,
      'gate.rateLimitBurst': 100_000,
    });
    try {
      await registerUser(s.node.tcpPort, 'fast');
      await registerUser(s.node.tcpPort, 'slow');
      const slow = await loginRaw(s.node.tcpPort, 'slow', 'slow-1', Platform.IOS);
      slow.client.socket.pause(); // reads nothing from now on
      const fast = await loginRaw(s.node.tcpPort, 'fast', 'fast-1', Platform.IOS);
      // More than loopback's socket buffers can hold (kernel send + receive buffers, a few MiB).
      const content = 'x'.repeat(15_000);
      const N = 1000;
      const sends = [];
      for (let i = 0; i < N; i++) {
        sends.push(
          fast.client.request(Commands.send, {
            toUid: 'slow',
            clientMsgId: `f${i}`,
            type: MsgType.TEXT,
            content,
          }),
        );
      }
      for (const r of await Promise.all(sends)) expect(r.status).toBe(0);
      const deadline = Date.now() + 5000;
      while (s.node.gate.sessionCount > 1 && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 20));
      expect(s.node.gate.sessionCount).toBe(1); // only the fast client is left
      slow.client.close();
      // Nothing was lost: the timeline has every message for the next login.
      const again = await loginRaw(s.node.tcpPort, 'slow', 'slow-1', Platform.IOS);
      let after = 0;
      let pages = 0;
      for (let more = true; more; pages++) {
        const page = await again.client.request(Commands.sync, { afterSeq: after, limit: 1000 });
        const got = page.body?.messages ?? [];
        expect(got.length).toBeGreaterThan(0);
        after = got[got.length - 1]!.seq!;
        more = page.body?.hasMore ?? false;
      }
      expect(after).toBe(N);
      // 15 MB of content: sync pages are cut by size (about 1 MiB each), not only by count.
      expect(pages).toBeGreaterThan(10);
      again.client.close();
      fast.client.close();
    } finally {
      await s.stop();
    }
  });
});

describe('requests in flight', () => {
  it('refuses requests beyond gate.maxPendingRequests with RATE_LIMITED', async () => {
    const s = await startTestServer({
      'gate.maxPendingRequests': 20,
      'gate.rateLimitPerSec': 100_000,
      'gate.rateLimitBurst': 100_000,
    });
    try {
      await registerUser(s.node.tcpPort, 'piper');
      const { client } = await loginRaw(s.node.tcpPort, 'piper', 'p1', Platform.WEB);
      // 60 at once: 40 over the limit (below the 50 refusals in a row that end a connection).
      const frames = Array.from({ length: 60 }, (_, i) =>
        encodeRequest(Commands.sync, 1000 + i, { afterSeq: 0, limit: 10 }),
      );
      client.writeRaw(Buffer.concat(frames));
      const statuses: number[] = [];
      for (let i = 0; i < 60; i++) statuses.push((await client.waitFrame((x) => x.seq === 1000 + i)).status);
      expect(statuses.filter((x) => x === 0).length).toBeGreaterThanOrEqual(20);
      expect(statuses).toContain(Code.RATE_LIMITED);
      expect((await client.request(Commands.heartbeat, { ts: 1 })).status).toBe(0);
      client.close();
    } finally {
      await s.stop();
    }
  });
});
