import { Code, Commands, encodeError, type Frame, ParleyError } from '@parley/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import type { FakeConn } from './helpers/fake-server.ts';
import { Clients, fakeWithUsers, loggedIn } from './helpers/setup.ts';
import { collect, nextEvent, record, sleep, waitFor } from './helpers/wait.ts';

const clients = new Clients();
afterEach(() => clients.closeAll());

const isSend = (f: Frame) => f.service === Commands.send.service && f.command === Commands.send.command;
const isLogin = (f: Frame) => f.service === Commands.login.service && f.command === Commands.login.command;

describe('reconnect', () => {
  it('reconnects after a drop, logs in again with the token and the same device', async () => {
    const server = fakeWithUsers();
    const { client, login } = await loggedIn(clients, server, 'alice', { deviceId: 'phone-7' });
    const events = record(client, 'disconnected', 'reconnected');
    server.dropAll();
    await waitFor(() => events.length === 2);
    expect(events[0]).toEqual(['disconnected', expect.objectContaining({ willReconnect: true })]);
    expect(events[1]).toEqual(['reconnected', expect.objectContaining({ uid: 'alice', token: login.token })]);
    const relogin = server.conns[1]?.requests(Commands.login)[0];
    expect(relogin).toMatchObject({
      token: login.token,
      uid: 'alice',
      password: '',
      deviceId: 'phone-7',
      platform: 4,
    });
    expect(client.state).toBe('ready');
  });

  it('resends an unacked send after re-login with the same clientMsgId; the server dedups', async () => {
    const server = fakeWithUsers();
    const { client } = await loggedIn(clients, server, 'alice');
    server.hook = (conn, frame) => {
      if (!isSend(frame) || conn !== server.conns[0]) return;
      // Stored, but the ack is lost with the connection.
      conn.muted = true;
      setTimeout(() => conn.close('lost'), 10);
    };
    const states: string[] = [];
    client.on('disconnected', () => states.push(client.state));
    const sent = client.send({ to: 'bob', content: 'important', clientMsgId: 'keep-1' });
    await waitFor(() => server.conns[0]?.closed);
    expect(client.pendingSends).toBe(1);
    const ack = await sent;
    expect(ack).toMatchObject({ clientMsgId: 'keep-1', duplicate: true, seq: 1 });
    expect(server.user('bob').timeline).toHaveLength(1);
    expect(server.conns[1]?.requests(Commands.send).map((s) => s.clientMsgId)).toEqual(['keep-1']);
    expect(states).toEqual(['reconnecting']);
    expect(client.pendingSends).toBe(0);
  });

  it('keeps sends made while offline and sends them in order after login, before syncing', async () => {
    const server = fakeWithUsers();
    const { client } = await loggedIn(clients, server, 'alice');
    server.accepting = false;
    server.dropAll();
    await waitFor(() => client.state === 'reconnecting');
    const sends = ['one', 'two', 'three'].map((content, i) =>
      client.send({ to: 'bob', content, clientMsgId: `off-${i}` }),
    );
    await sleep(30);
    expect(client.pendingSends).toBe(3);
    server.accepting = true;
    const acks = await Promise.all(sends);
    expect(acks.map((a) => a.duplicate)).toEqual([false, false, false]);
    expect(server.user('bob').timeline.map((m) => m.content)).toEqual(['one', 'two', 'three']);
    const conn = server.conns.at(-1) as FakeConn;
    const order = conn.received.map((f) =>
      isLogin(f) ? 'login' : isSend(f) ? 'send' : f.command === 4 ? 'sync' : 'other',
    );
    expect(order.filter((o) => o !== 'other').slice(0, 5)).toEqual(['login', 'send', 'send', 'send', 'sync']);
  });

  it('backs off between refused attempts, within the configured bounds', async () => {
    const server = fakeWithUsers();
    const { client } = await loggedIn(clients, server, 'alice', {
      reconnect: { minDelayMs: 20, maxDelayMs: 80 },
    });
    server.accepting = false;
    const before = server.attempts.length;
    const droppedAt = Date.now();
    server.dropAll();
    await waitFor(() => server.attempts.length - before >= 5, 5000);
    const times = [droppedAt, ...server.attempts.slice(before)];
    const gaps = times.slice(1).map((t, i) => t - (times[i] as number));
    for (const gap of gaps) {
      expect(gap).toBeGreaterThanOrEqual(18);
      expect(gap).toBeLessThanOrEqual(80 + 60);
    }
    server.accepting = true;
    await nextEvent(client, 'reconnected');
    expect(client.state).toBe('ready');
  });

  it('syncs after reconnect: messages stored while offline arrive once, in order', async () => {
    const server = fakeWithUsers();
    const { client } = await loggedIn(clients, server, 'bob');
    const got = collect(client);
    server.deliver('bob', 'alice', 'before');
    await waitFor(() => got.length === 1);
    server.accepting = false;
    server.dropAll();
    await waitFor(() => client.state === 'reconnecting');
    server.deliver('bob', 'alice', 'offline-1'); // nobody online: not pushed
    server.deliver('bob', 'alice', 'offline-2');
    server.accepting = true;
    await waitFor(() => got.length === 3);
    await sleep(20);
    expect(got.map((m) => [m.seq, m.content])).toEqual([
      [1, 'before'],
      [2, 'offline-1'],
      [3, 'offline-2'],
    ]);
  });

  it('retries a re-login that failed with a retryable status', async () => {
    const server = fakeWithUsers();
    const { client } = await loggedIn(clients, server, 'alice');
    let refusals = 0;
    server.hook = (conn, frame) => {
      if (!isLogin(frame) || refusals >= 2) return;
      refusals++;
      conn.send(encodeError(frame, Code.UNAVAILABLE, 'busy'));
      return 'drop';
    };
    server.dropAll();
    await nextEvent(client, 'reconnected');
    expect(refusals).toBe(2);
    expect(server.conns).toHaveLength(4);
  });

  it('does not reconnect when reconnect is false, and a manual login flushes the outbox', async () => {
    const server = fakeWithUsers();
    const { client } = await loggedIn(clients, server, 'alice', { reconnect: false });
    const down = nextEvent(client, 'disconnected');
    server.dropAll();
    expect(await down).toMatchObject({ willReconnect: false });
    expect(client.state).toBe('idle');
    const sent = client.send({ to: 'bob', content: 'later' });
    await sleep(50);
    expect(server.conns).toHaveLength(1);
    await client.login({ uid: 'alice', password: 'pw' }, { deviceId: 'd1', platform: 'desktop' });
    await expect(sent).resolves.toMatchObject({ duplicate: false });
  });
});

describe('no reconnect', () => {
  it('after KICKED: emits kicked, fails pending sends with the kick code, stays down', async () => {
    const server = fakeWithUsers();
    const { client } = await loggedIn(clients, server, 'alice');
    const events = record(client, 'kicked', 'disconnected', 'reconnected');
    server.hook = (_c, f) => (isSend(f) ? 'drop' : undefined);
    const sent = client.send({ to: 'bob', content: 'x' });
    await sleep(5);
    server.kick(server.conns[0] as FakeConn, Code.KICKED_SAME_PLATFORM, 'logged in on another desktop');
    const err = await sent.catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ParleyError);
    expect(err).toMatchObject({ code: Code.KICKED_SAME_PLATFORM, message: 'logged in on another desktop' });
    await sleep(100);
    expect(events).toEqual([
      ['kicked', { code: Code.KICKED_SAME_PLATFORM, reason: 'logged in on another desktop' }],
      ['disconnected', expect.objectContaining({ code: Code.KICKED_SAME_PLATFORM, willReconnect: false })],
    ]);
    expect(server.attempts).toHaveLength(1);
    expect(client.state).toBe('idle');
    expect(client.uid).toBeUndefined();
  });

  it('after GOAWAY with reconnect false; but reconnects after GOAWAY with reconnect true', async () => {
    const server = fakeWithUsers();
    const { client } = await loggedIn(clients, server, 'alice');
    const back = nextEvent(client, 'reconnected');
    server.goaway(server.conns[0] as FakeConn, true);
    await back;
    const down = nextEvent(client, 'disconnected');
    server.goaway(server.conns[1] as FakeConn, false, Code.BAD_FRAME, 'protocol violation');
    expect(await down).toMatchObject({ code: Code.BAD_FRAME, willReconnect: false });
    await sleep(80);
    expect(server.attempts).toHaveLength(2);
    await expect(client.send({ to: 'bob', content: 'x' })).rejects.toMatchObject({
      code: Code.NOT_LOGGED_IN,
    });
  });

  it('after a re-login refused with TOKEN_INVALID: error event, sends fail, no more attempts', async () => {
    const server = fakeWithUsers();
    const { client } = await loggedIn(clients, server, 'alice');
    server.hook = (_c, f) => (isSend(f) ? 'drop' : undefined);
    const sent = client.send({ to: 'bob', content: 'x' });
    await sleep(5);
    server.hook = undefined;
    server.tokens.clear(); // revoked elsewhere
    const errors: Error[] = [];
    client.on('error', (e) => errors.push(e));
    const events = record(client, 'disconnected', 'reconnected');
    server.dropAll();
    await expect(sent).rejects.toMatchObject({ code: Code.TOKEN_INVALID });
    await waitFor(() => events.length === 2);
    expect(events.map(([name, e]) => [name, (e as { willReconnect: boolean }).willReconnect])).toEqual([
      ['disconnected', true],
      ['disconnected', false],
    ]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({ code: Code.TOKEN_INVALID });
    const attempts = server.attempts.length;
    await sleep(100);
    expect(server.attempts.length).toBe(attempts);
    expect(client.state).toBe('idle');
  });

  for (const code of [Code.BAD_CREDENTIALS, Code.TOKEN_EXPIRED, Code.USER_DISABLED]) {
    it(`after a re-login refused with code ${code}`, async () => {
      const server = fakeWithUsers();
      const { client } = await loggedIn(clients, server, 'alice');
      server.hook = (conn, frame) => {
        if (!isLogin(frame)) return;
        conn.send(encodeError(frame, code, 'no'));
        return 'drop';
      };
      const down = record(client, 'disconnected');
      server.dropAll();
      await waitFor(() => down.length === 2);
      await sleep(60);
      expect(server.attempts).toHaveLength(2);
    });
  }

  it('after logout: the token is revoked, the connection closed, and nothing comes back', async () => {
    const server = fakeWithUsers();
    const { client, login } = await loggedIn(clients, server, 'alice');
    const down = nextEvent(client, 'disconnected');
    await client.logout();
    expect(await down).toMatchObject({ willReconnect: false, code: Code.LOGGED_OUT });
    expect(server.tokens.has(login.token)).toBe(false);
    await sleep(60);
    expect(server.attempts).toHaveLength(1);
    expect(client.state).toBe('idle');
    await client.login({ uid: 'alice', password: 'pw' }, { deviceId: 'd1', platform: 'desktop' });
    expect(client.state).toBe('ready');
  });

  it('after close() while waiting to reconnect', async () => {
    const server = fakeWithUsers();
    const { client } = await loggedIn(clients, server, 'alice', {
      reconnect: { minDelayMs: 50, maxDelayMs: 50 },
    });
    server.dropAll();
    await waitFor(() => client.state === 'reconnecting');
    client.close();
    await sleep(120);
    expect(server.attempts).toHaveLength(1);
    expect(client.state).toBe('closed');
  });
});

describe('background sync', () => {
  const isSync = (f: Frame) => f.service === Commands.sync.service && f.command === Commands.sync.command;

  it('retries the sync after login when the server refuses it with a retryable status', async () => {
    const server = fakeWithUsers();
    const { client: bob } = await loggedIn(clients, server, 'bob');
    await bob.send({ to: 'alice', content: 'waiting for you' });
    let refused = 0;
    server.hook = (conn, frame) => {
      if (!isSync(frame) || refused >= 1) return;
      refused++;
      conn.send(encodeError(frame, Code.STORE_ERROR, 'storage busy', undefined, 20));
      return 'drop';
    };
    const { client: alice } = await loggedIn(clients, server, 'alice');
    // The refused first sync is retried on its own: the waiting message arrives without any push.
    await waitFor(() => alice.lastSeq >= 1, 3000);
    expect(refused).toBe(1);
  });
});
