// The core end-to-end suite over the raw protocol client: accounts, kickout and one-to-one
// messages. Run against one process (messaging-raw.test.ts) and a cluster of two node processes
// (messaging-raw-cluster.test.ts); see test/helpers/target.ts. The sender is always user 0 and
// the recipient user 1, so in the cluster they are on different nodes.
import { Code, Commands, type Message, MsgType, Platform, ReceiptKind } from '@parley/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RawClient } from '../helpers/raw-client.ts';
import type { Deployment, Target } from '../helpers/target.ts';
import { loginRaw, PASSWORD, registerUser } from '../helpers/users.ts';

export function runMessagingRawSuite(target: Target): void {
  let dep: Deployment;
  /** TCP port of the node user (or connection) `n` connects to. */
  const port = (n: number): number => dep.tcpPort(n);

  beforeAll(async () => {
    dep = await target.start();
    for (const u of ['alice', 'bob', 'carol', 'dave', 'erin']) await registerUser(port(0), u);
  }, target.startTimeoutMs);
  afterAll(() => dep?.stop());

  /** The timeline of the user logged in on `c` after `afterSeq`, read back from the store by MSG/SYNC. */
  async function synced(c: RawClient, afterSeq: number): Promise<Message[]> {
    const r = await c.request(Commands.sync, { afterSeq, limit: 100 });
    expect(r.status, r.error?.message).toBe(0);
    return r.body?.messages ?? [];
  }

  describe('accounts over the wire', () => {
    it('refuses a taken uid, a bad uid and a short password with clear codes', async () => {
      const c = await RawClient.connect(port(0));
      const dup = await c.request(Commands.register, { uid: 'alice', password: PASSWORD });
      expect(dup.status).toBe(Code.USER_EXISTS);
      const bad = await c.request(Commands.register, { uid: 'no spaces', password: PASSWORD });
      expect(bad.status).toBe(Code.BAD_REQUEST);
      expect(bad.error?.field).toBe('uid');
      const short = await c.request(Commands.register, { uid: 'shorty', password: '123' });
      expect(short.status).toBe(Code.BAD_REQUEST);
      expect(short.error?.field).toBe('password');
      c.close();
    });

    it('refuses a wrong password, an unknown user and a bad token alike', async () => {
      const c = await RawClient.connect(port(0));
      const base = { deviceId: 'd1', platform: Platform.WEB };
      expect(
        (await c.request(Commands.login, { ...base, uid: 'alice', password: 'wrong-password' })).status,
      ).toBe(Code.BAD_CREDENTIALS);
      expect((await c.request(Commands.login, { ...base, uid: 'nobody', password: PASSWORD })).status).toBe(
        Code.BAD_CREDENTIALS,
      );
      expect((await c.request(Commands.login, { ...base, token: 'not-a-token' })).status).toBe(
        Code.TOKEN_INVALID,
      );
      expect(
        (await c.request(Commands.login, { uid: 'alice', password: PASSWORD, deviceId: '' })).status,
      ).toBe(Code.BAD_REQUEST);
      c.close();
    });

    it('requires login before messaging and refuses a second login on one connection', async () => {
      const c = await RawClient.connect(port(0));
      const r = await c.request(Commands.send, {
        toUid: 'bob',
        clientMsgId: 'x',
        type: MsgType.TEXT,
        content: 'hi',
      });
      expect(r.status).toBe(Code.NOT_LOGGED_IN);
      const ok = await c.request(Commands.login, {
        uid: 'carol',
        password: PASSWORD,
        deviceId: 'c1',
        platform: Platform.WEB,
      });
      expect(ok.status).toBe(0);
      const again = await c.request(Commands.login, {
        uid: 'carol',
        password: PASSWORD,
        deviceId: 'c1',
        platform: Platform.WEB,
      });
      expect(again.status).toBe(Code.ALREADY_LOGGED_IN);
      c.close();
    });

    it('logs in with the issued token, and logout revokes it', async () => {
      const { client, login } = await loginRaw(port(0), 'dave', 'dave-desk', Platform.DESKTOP);
      expect(login.token).toBeTruthy();
      const c2 = await RawClient.connect(port(1));
      const viaToken = await c2.request(Commands.login, {
        token: login.token,
        deviceId: 'dave-web',
        platform: Platform.WEB,
      });
      expect(viaToken.status).toBe(0);
      expect(viaToken.body?.uid).toBe('dave');
      const out = await c2.request(Commands.logout, {});
      expect(out.status).toBe(0);
      const bye = await c2.waitPush(Commands.goaway);
      expect(bye.code).toBe(Code.LOGGED_OUT);
      expect(bye.reconnect).toBe(false);
      await c2.waitClosed();
      const c3 = await RawClient.connect(port(0));
      const reuse = await c3.request(Commands.login, {
        token: login.token,
        deviceId: 'dave-web',
        platform: Platform.WEB,
      });
      expect(reuse.status).toBe(Code.TOKEN_INVALID);
      c3.close();
      client.close();
    });
  });

  describe('kickout', () => {
    it('a new login on the same platform class kicks the older session; other classes stay', async () => {
      const phone = await loginRaw(port(0), 'erin', 'erin-iphone', Platform.IOS);
      const desk = await loginRaw(port(1), 'erin', 'erin-mac', Platform.DESKTOP);
      const tablet = await loginRaw(port(1), 'erin', 'erin-android', Platform.ANDROID);
      const kicked = await phone.client.waitPush(Commands.kicked);
      expect(kicked.code).toBe(Code.KICKED_SAME_PLATFORM);
      expect(kicked.reason).toMatch(/mobile/);
      expect(kicked.byDeviceId).toBe('erin-android');
      expect(kicked.byPlatform).toBe(Platform.ANDROID);
      await phone.client.waitClosed();
      // The desktop session is untouched and still receives messages.
      const sender = await loginRaw(port(0), 'alice', 'alice-kick', Platform.WEB);
      const sent = await sender.client.request(Commands.send, {
        toUid: 'erin',
        clientMsgId: 'kick-1',
        type: MsgType.TEXT,
        content: 'still there?',
      });
      expect(sent.status).toBe(0);
      expect((await desk.client.waitPush(Commands.push)).msg?.content).toBe('still there?');
      expect((await tablet.client.waitPush(Commands.push)).msg?.content).toBe('still there?');
      for (const c of [desk, tablet, sender]) c.client.close();
    });
  });

  describe('one-to-one messages', () => {
    it('acks after commit, pushes to the recipient, and sends a DELIVERED receipt on its ack', async () => {
      const a = await loginRaw(port(0), 'alice', 'a-1', Platform.IOS);
      const b = await loginRaw(port(1), 'bob', 'b-1', Platform.IOS);
      const r = await a.client.request(Commands.send, {
        toUid: 'bob',
        clientMsgId: 'm-1',
        type: MsgType.TEXT,
        content: 'hello 你好 👋',
      });
      expect(r.status).toBe(0);
      expect(r.body?.msgId).toBeGreaterThan(0);
      expect(r.body?.seq).toBe((a.login.maxSeq ?? 0) + 1);
      expect(r.body?.duplicate).toBe(false);
      const push = await b.client.waitPush(Commands.push);
      expect(push.msg).toMatchObject({
        fromUid: 'alice',
        to: 'bob',
        content: 'hello 你好 👋',
        msgId: r.body?.msgId,
      });
      expect(push.msg?.seq).toBe((b.login.maxSeq ?? 0) + 1);
      // Stored before the ack: it is in both timelines.
      expect(await synced(a.client, a.login.maxSeq ?? 0)).toMatchObject([{ msgId: r.body?.msgId }]);
      expect(await synced(b.client, b.login.maxSeq ?? 0)).toMatchObject([{ msgId: r.body?.msgId }]);
      const ack = await b.client.request(Commands.deliverAck, { seq: push.msg!.seq! });
      expect(ack.status).toBe(0);
      const receipt = await a.client.waitPush(Commands.receipt);
      expect(receipt).toMatchObject({
        kind: ReceiptKind.DELIVERED,
        msgId: r.body?.msgId,
        byUid: 'bob',
        clientMsgId: 'm-1',
      });
      a.client.close();
      b.client.close();
    });

    it('a resend with the same client id returns the first ack and stores one copy', async () => {
      const a = await loginRaw(port(0), 'alice', 'a-2', Platform.WEB);
      const req = { toUid: 'carol', clientMsgId: 'dedup-1', type: MsgType.TEXT, content: 'once' };
      const [first, second] = await Promise.all([
        a.client.request(Commands.send, req),
        a.client.request(Commands.send, req),
      ]);
      const third = await a.client.request(Commands.send, req);
      expect(first.body?.duplicate).toBe(false);
      for (const r of [second, third]) {
        expect(r.body).toMatchObject({ msgId: first.body?.msgId, seq: first.body?.seq, duplicate: true });
      }
      const carol = await loginRaw(port(1), 'carol', 'carol-desk', Platform.DESKTOP);
      const stored = await synced(carol.client, 0);
      expect(stored.filter((m) => m.clientMsgId === 'dedup-1')).toHaveLength(1);
      a.client.close();
      carol.client.close();
    });

    it('refuses unknown recipients, empty and oversized bodies, bad types and bad JSON', async () => {
      const a = await loginRaw(port(0), 'alice', 'a-3', Platform.WEB);
      const send = (over: object) =>
        a.client.request(Commands.send, {
          toUid: 'bob',
          clientMsgId: `x${Math.random()}`,
          type: MsgType.TEXT,
          content: 'x',
          ...over,
        });
      expect((await send({ toUid: 'ghost' })).status).toBe(Code.USER_NOT_FOUND);
      expect((await send({ content: '' })).status).toBe(Code.BODY_EMPTY);
      expect((await send({ content: 'x'.repeat(16 * 1024 + 1) })).status).toBe(Code.BODY_TOO_LARGE);
      // Within the limit in characters, over it in UTF-8 bytes (3 per CJK character).
      expect((await send({ content: '你'.repeat(6000) })).status).toBe(Code.BODY_TOO_LARGE);
      expect((await send({ content: '你'.repeat(5000) })).status).toBe(0);
      expect((await send({ type: 42 })).status).toBe(Code.BAD_MSG_TYPE);
      expect((await send({ type: MsgType.CUSTOM, content: '{not json' })).status).toBe(Code.BAD_REQUEST);
      expect((await send({ clientMsgId: '' })).status).toBe(Code.BAD_REQUEST);
      expect(
        (await send({ type: MsgType.IMAGE, content: '{"url":"https://x/y.png","w":10,"h":20}' })).status,
      ).toBe(0);
      a.client.close();
    });

    it('every device of the recipient and the sender’s other devices get the push', async () => {
      const aPhone = await loginRaw(port(0), 'alice', 'a-phone', Platform.IOS);
      const aDesk = await loginRaw(port(1), 'alice', 'a-desk', Platform.DESKTOP);
      const bPhone = await loginRaw(port(1), 'bob', 'b-phone', Platform.ANDROID);
      const bWeb = await loginRaw(port(1), 'bob', 'b-web', Platform.WEB);
      const r = await aPhone.client.request(Commands.send, {
        toUid: 'bob',
        clientMsgId: 'multi-1',
        type: MsgType.TEXT,
        content: 'to all devices',
      });
      expect(r.status).toBe(0);
      for (const c of [bPhone, bWeb])
        expect((await c.client.waitPush(Commands.push)).msg?.clientMsgId).toBe('multi-1');
      const mine = await aDesk.client.waitPush(Commands.push);
      expect(mine.msg).toMatchObject({ clientMsgId: 'multi-1', seq: r.body?.seq });
      await new Promise((res) => setTimeout(res, 50));
      expect(aPhone.client.takePushes(Commands.push)).toHaveLength(0);
      for (const c of [aPhone, aDesk, bPhone, bWeb]) c.client.close();
    });

    it('an offline recipient syncs everything in order with paging; its cursor moves only with its ack', async () => {
      await registerUser(port(0), 'offline-1');
      const a = await loginRaw(port(0), 'alice', 'a-off', Platform.WEB);
      const n = 250;
      const sends = [];
      for (let i = 0; i < n; i++) {
        sends.push(
          a.client.request(Commands.send, {
            toUid: 'offline-1',
            clientMsgId: `off-${i}`,
            type: MsgType.TEXT,
            content: `m${i}`,
          }),
        );
      }
      for (const r of await Promise.all(sends)) expect(r.status).toBe(0);
      const o = await loginRaw(port(1), 'offline-1', 'o-phone', Platform.IOS);
      expect(o.login.maxSeq).toBe(n);
      expect(o.login.deviceAckSeq).toBe(0);
      const got: string[] = [];
      let after = 0;
      let pages = 0;
      for (;;) {
        const page = await o.client.request(Commands.sync, { afterSeq: after, limit: 100 });
        expect(page.status).toBe(0);
        pages++;
        for (const m of page.body!.messages!) {
          expect(m.seq).toBe(after + 1);
          after = m.seq!;
          got.push(m.content!);
        }
        if (!page.body!.hasMore) break;
      }
      expect(pages).toBe(3);
      expect(got).toEqual(Array.from({ length: n }, (_, i) => `m${i}`));
      // Not acked yet: a new device session still starts from 0.
      o.client.close();
      const o2 = await loginRaw(port(1), 'offline-1', 'o-phone', Platform.IOS);
      expect(o2.login.deviceAckSeq).toBe(0);
      expect((await o2.client.request(Commands.deliverAck, { seq: n })).status).toBe(0);
      // Synced (not pushed) entries: the receipts come from the store, one per message.
      const deadline = Date.now() + 5000;
      const receipts: number[] = [];
      while (receipts.length < n && Date.now() < deadline) {
        receipts.push(...a.client.takePushes(Commands.receipt).map((r) => r.msgId!));
        await new Promise((res) => setTimeout(res, 10));
      }
      expect(new Set(receipts).size).toBe(n);
      expect((await o2.client.request(Commands.deliverAck, { seq: n + 5 })).status).toBe(Code.BAD_REQUEST);
      o2.client.close();
      // The cursor is written within store.cursorFlushMs (100 ms here); the next login of this device resumes from it.
      await new Promise((res) => setTimeout(res, 300));
      const o3 = await loginRaw(port(1), 'offline-1', 'o-phone', Platform.IOS);
      expect(o3.login.deviceAckSeq).toBe(n);
      o3.client.close();
    });
  });
}
