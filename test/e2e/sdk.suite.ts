// The core end-to-end suite of the SDK: messages, receipts, sync, multi-device, kickout, logout,
// WebSocket, a server restart and heartbeats. Run against one process (sdk.test.ts) and a
// cluster of two node processes (sdk-cluster.test.ts); see test/helpers/target.ts. The sender is
// always user 0 and the recipient user 1, so in the cluster they are on different nodes.
import {
  type ChatMessage,
  Code,
  ParleyClient,
  type ParleyClientOptions,
  type ReceiptEvent,
} from '@parley/client';
import { tcpTransport } from '@parley/client/node';
import { ParleyError } from '@parley/protocol';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { wsTransport } from '../../packages/client/src/ws-transport.ts';
import { PausableProxy } from '../helpers/pausable-proxy.ts';
import type { Deployment, Target } from '../helpers/target.ts';

const PW = 'sdk-password';

export function runSdkSuite(target: Target): void {
  let dep: Deployment;
  /** TCP port of the node user (or connection) `n` connects to. */
  const port = (n: number): number => dep.tcpPort(n);
  const clients: ParleyClient[] = [];

  function client(p = port(0), extra: Partial<ParleyClientOptions> = {}): ParleyClient {
    const c = new ParleyClient({
      transport: tcpTransport({ host: '127.0.0.1', port: p }),
      reconnect: { minDelayMs: 50, maxDelayMs: 300 },
      ...extra,
    });
    clients.push(c);
    return c;
  }

  /** Collects events of one kind, and waits until a predicate over them holds. */
  function collect<T>(
    c: ParleyClient,
    event: 'message' | 'delivered',
  ): { items: T[]; until(n: number, ms?: number): Promise<T[]> } {
    const items: T[] = [];
    c.on(event, (x) => items.push(x as T));
    return {
      items,
      async until(n, ms = 5000) {
        const deadline = Date.now() + ms;
        while (items.length < n) {
          if (Date.now() > deadline)
            throw new Error(`only ${items.length}/${n} ${event} events within ${ms} ms`);
          await new Promise((r) => setTimeout(r, 10));
        }
        return items;
      },
    };
  }

  async function waitFor(cond: () => boolean, ms = 5000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!cond()) {
      if (Date.now() > deadline) throw new Error(`condition not met within ${ms} ms`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  async function user(
    uid: string,
    deviceId = `${uid}-1`,
    platform: 'ios' | 'android' | 'web' | 'desktop' = 'ios',
    p = port(0),
  ) {
    const c = client(p);
    const login = await c.login({ uid, password: PW }, { deviceId, platform });
    return { c, login };
  }

  beforeAll(async () => {
    dep = await target.start();
    const reg = client();
    for (const uid of ['ann', 'ben', 'cat', 'dan', 'eve', 'fay', 'gus', 'hal', 'ivy'])
      await reg.register({ uid, password: PW });
    reg.close();
  }, target.startTimeoutMs);
  afterEach(() => {
    for (const c of clients.splice(0)) c.close();
  });
  afterAll(() => dep?.stop());

  describe('SDK against the real server', () => {
    it('register refuses a taken id with USER_EXISTS', async () => {
      const c = client();
      await expect(c.register({ uid: 'ann', password: PW })).rejects.toMatchObject({
        code: Code.USER_EXISTS,
      });
    });

    it('send resolves with the durable ack; the peer gets the message; the sender gets DELIVERED', async () => {
      const ann = await user('ann');
      const ben = await user('ben', 'ben-1', 'ios', port(1));
      const got = collect<ChatMessage>(ben.c, 'message');
      const receipts = collect<ReceiptEvent>(ann.c, 'delivered');
      const ack = await ann.c.send({ to: 'ben', content: 'hi ben 🙂' });
      expect(ack).toMatchObject({ duplicate: false });
      expect(ack.msgId).toBeGreaterThan(0);
      const [m] = await got.until(1);
      expect(m).toMatchObject({
        from: 'ann',
        to: 'ben',
        content: 'hi ben 🙂',
        msgId: ack.msgId,
        type: 'text',
      });
      const [r] = await receipts.until(1);
      expect(r).toMatchObject({ msgId: ack.msgId, by: 'ben', clientMsgId: ack.clientMsgId });
    });

    it('a resend with the same client id returns the first ack and the peer sees one copy', async () => {
      const cat = await user('cat');
      const dan = await user('dan', 'dan-1', 'ios', port(1));
      const got = collect<ChatMessage>(dan.c, 'message');
      const a = await cat.c.send({ to: 'dan', content: 'once', clientMsgId: 'fixed-1' });
      const b = await cat.c.send({ to: 'dan', content: 'once', clientMsgId: 'fixed-1' });
      expect(b).toMatchObject({ msgId: a.msgId, seq: a.seq, duplicate: true });
      await got.until(1);
      await new Promise((r) => setTimeout(r, 100));
      expect(got.items.filter((m) => m.clientMsgId === 'fixed-1')).toHaveLength(1);
    });

    it('refusals reject with ParleyError codes', async () => {
      const { c } = await user('eve');
      await expect(c.send({ to: 'nobody-here', content: 'x' })).rejects.toMatchObject({
        code: Code.USER_NOT_FOUND,
      });
      await expect(c.send({ to: 'ann', content: '' })).rejects.toMatchObject({ code: Code.BODY_EMPTY });
      const err = await c.send({ to: 'ann', content: 'x'.repeat(20_000) }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(ParleyError);
      expect((err as ParleyError).code).toBe(Code.BODY_TOO_LARGE);
      const bad = client();
      await expect(
        bad.login({ uid: 'eve', password: 'wrong-pass' }, { deviceId: 'x', platform: 'web' }),
      ).rejects.toMatchObject({
        code: Code.BAD_CREDENTIALS,
      });
    });

    it('offline, then login syncs every message in order with paging', async () => {
      const fay = await user('fay');
      const N = 450;
      await Promise.all(Array.from({ length: N }, (_, i) => fay.c.send({ to: 'gus', content: `n${i}` })));
      const gus = client(port(1), { syncPageSize: 100 });
      const got = collect<ChatMessage>(gus, 'message');
      await gus.login({ uid: 'gus', password: PW }, { deviceId: 'gus-1', platform: 'android' });
      const msgs = await got.until(N);
      expect(msgs.map((m) => m.content)).toEqual(Array.from({ length: N }, (_, i) => `n${i}`));
      expect(msgs.map((m) => m.seq)).toEqual(Array.from({ length: N }, (_, i) => i + 1));
      expect(gus.lastSeq).toBe(N);
    });

    it('multi-device: every device of the recipient, and the sender’s other device, see the message', async () => {
      const hPhone = await user('hal', 'hal-phone', 'ios');
      const hDesk = await user('hal', 'hal-desk', 'desktop', port(1));
      const iPhone = await user('ivy', 'ivy-phone', 'android', port(1));
      const iWeb = await user('ivy', 'ivy-web', 'web', port(1));
      const seen = [hDesk, iPhone, iWeb].map((u) => collect<ChatMessage>(u.c, 'message'));
      const ack = await hPhone.c.send({ to: 'ivy', content: 'everywhere' });
      for (const s of seen) {
        const [m] = await s.until(1);
        expect(m).toMatchObject({ msgId: ack.msgId, content: 'everywhere' });
      }
    });

    it('kickout: a second login on the same platform class ends the first session, without reconnect', async () => {
      const first = await user('ann', 'ann-iphone', 'ios');
      const kicked = new Promise<{ code: number; reason: string }>((r) => first.c.on('kicked', r));
      const disconnected = new Promise<{ willReconnect: boolean }>((r) => first.c.on('disconnected', r));
      await user('ann', 'ann-android', 'android', port(1));
      expect((await kicked).code).toBe(Code.KICKED_SAME_PLATFORM);
      expect((await disconnected).willReconnect).toBe(false);
      await new Promise((r) => setTimeout(r, 300));
      expect(first.c.state).toBe('idle');
    });

    it('logout revokes the token', async () => {
      const { c, login } = await user('ben', 'ben-web', 'web');
      await c.logout();
      const again = client(port(1));
      await expect(
        again.login({ token: login.token }, { deviceId: 'ben-web', platform: 'web' }),
      ).rejects.toMatchObject({
        code: Code.TOKEN_INVALID,
      });
    });

    it('works over WebSocket and talks with TCP clients', async () => {
      const ws = new ParleyClient({
        transport: wsTransport({ url: `ws://127.0.0.1:${dep.wsPort(0)}/ws`, WebSocket }),
        reconnect: false,
      });
      clients.push(ws);
      await ws.login({ uid: 'cat', password: PW }, { deviceId: 'cat-browser', platform: 'web' });
      const dan = await user('dan', 'dan-2', 'desktop', port(1));
      const got = collect<ChatMessage>(dan.c, 'message');
      const back = collect<ChatMessage>(ws, 'message');
      await ws.send({ to: 'dan', content: 'from a browser' });
      await waitFor(() => got.items.some((m) => m.content === 'from a browser'));
      await dan.c.send({ to: 'cat', content: 'back to the browser' });
      await waitFor(() => back.items.some((m) => m.content === 'back to the browser'));
    });
  });

  describe('SDK resilience', () => {
    it('reconnects after a server restart, resends unacked messages once, and syncs what it missed', async () => {
      const reg = client();
      await reg.register({ uid: 'rs-a', password: PW });
      await reg.register({ uid: 'rs-b', password: PW });
      reg.close();
      const a = client(port(0));
      await a.login({ uid: 'rs-a', password: PW }, { deviceId: 'a', platform: 'ios' });
      const b = client(port(1));
      const got = collect<ChatMessage>(b, 'message');
      await b.login({ uid: 'rs-b', password: PW }, { deviceId: 'b', platform: 'ios' });
      const reconnected = new Promise((r) => a.on('reconnected', r));
      await a.send({ to: 'rs-b', content: 'before' });
      await dep.down();
      // Sent while the server is down: pending in the outbox.
      const during = Array.from({ length: 20 }, (_, i) =>
        a.send({ to: 'rs-b', content: `during-${i}`, clientMsgId: `d-${i}` }),
      );
      await dep.up();
      await reconnected;
      const acks = await Promise.all(during);
      expect(acks.every((x) => x.msgId > 0)).toBe(true);
      const msgs = await got.until(21, 10_000);
      await new Promise((r) => setTimeout(r, 200));
      const contents = got.items.map((m) => m.content);
      expect(contents[0]).toBe('before');
      expect(new Set(contents).size).toBe(contents.length);
      expect(contents.sort()).toEqual(
        ['before', ...Array.from({ length: 20 }, (_, i) => `during-${i}`)].sort(),
      );
      expect(msgs.map((m) => m.seq)).toEqual(msgs.map((_, i) => i + 1));
    }, 30_000);

    it(
      'heartbeat timeout: a silent network ends the session on the server and the client reconnects',
      async () => {
        const s = await target.start({ 'gate.heartbeatIntervalMs': 200, 'gate.idleTimeoutMs': 700 });
        const proxy = await PausableProxy.start(s.tcpPort(0));
        try {
          const reg = client(s.tcpPort(0));
          await reg.register({ uid: 'hb', password: PW });
          const c = client(proxy.port);
          await c.login({ uid: 'hb', password: PW }, { deviceId: 'hb-1', platform: 'ios' });
          // Heartbeats keep a quiet but healthy connection alive well past the idle timeout.
          await new Promise((r) => setTimeout(r, 1500));
          expect(c.state).toBe('ready');
          expect(await s.sessions()).toBe(1);
          const disconnected = new Promise<{ willReconnect: boolean }>((r) => c.on('disconnected', r));
          const reconnected = new Promise((r) => c.on('reconnected', r));
          proxy.paused = true;
          expect((await disconnected).willReconnect).toBe(true);
          // The server dropped the silent session on its own.
          const deadline = Date.now() + 3000;
          while ((await s.sessions()) > 0 && Date.now() < deadline)
            await new Promise((r) => setTimeout(r, 20));
          expect(await s.sessions()).toBe(0);
          proxy.paused = false;
          await reconnected;
          expect(c.state).toBe('ready');
          expect(await s.sessions()).toBe(1);
        } finally {
          await proxy.close();
          await s.stop();
        }
      },
      20_000 + target.startTimeoutMs,
    );
  });
}
