import {
  Code,
  Commands,
  encodeError,
  encodeFrame,
  encodePush,
  Flag,
  ParleyError,
  ReceiptKind,
} from '@parley/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import { ClientClosedError, isServerRefusal, NotConnectedError, RequestTimeoutError } from '../src/errors.ts';
import { memoryTransport } from '../src/memory-transport.ts';
import { memoryTo } from './helpers/listen.ts';
import { Clients, device, fakeWithUsers, loggedIn } from './helpers/setup.ts';
import { collect, nextEvent, sleep, waitFor } from './helpers/wait.ts';

const clients = new Clients();
afterEach(() => clients.closeAll());

describe('ParleyClient: login, send, ack', () => {
  it('logs in with a password and reports the session', async () => {
    const server = fakeWithUsers();
    const client = clients.make(memoryTo(server));
    expect(client.state).toBe('idle');
    const login = await client.login({ uid: 'alice', password: 'pw' }, device('laptop'));
    expect(login.uid).toBe('alice');
    expect(login.token).toMatch(/^tok-alice-/);
    expect(login.tokenExpiresAt).toBeGreaterThan(Date.now());
    expect(login.sessionId).toBe('s-1');
    expect(login.maxSeq).toBe(0);
    expect(client.state).toBe('ready');
    expect(client.uid).toBe('alice');
    const req = server.conns[0]?.requests(Commands.login)[0];
    expect(req).toMatchObject({ uid: 'alice', password: 'pw', deviceId: 'laptop', platform: 4 });
    expect(req?.clientVersion).toMatch(/parley-js/);
  });

  it('logs in with a token', async () => {
    const server = fakeWithUsers();
    const first = clients.make(memoryTo(server));
    const { token } = await first.login({ uid: 'alice', password: 'pw' }, device());
    first.close();
    const second = clients.make(memoryTo(server));
    const login = await second.login({ token }, { deviceId: 'd2', platform: 'web' });
    expect(login).toMatchObject({ uid: 'alice', token });
    expect(server.conns[1]?.requests(Commands.login)[0]).toMatchObject({ token, uid: '', platform: 3 });
  });

  it('registers a user, then logs in as that user', async () => {
    const server = fakeWithUsers();
    const client = clients.make(memoryTo(server));
    await expect(client.register({ uid: 'carol', password: 'pw2', nickname: 'Carol' })).resolves.toEqual({
      uid: 'carol',
    });
    expect(server.user('carol').nickname).toBe('Carol');
    expect(client.state).toBe('connected');
    await expect(client.login({ uid: 'carol', password: 'pw2' }, device())).resolves.toMatchObject({
      uid: 'carol',
    });
  });

  it('resolves send with the server ack and the clientMsgId', async () => {
    const server = fakeWithUsers();
    const { client } = await loggedIn(clients, server, 'alice');
    const ack = await client.send({ to: 'bob', content: 'hello', clientMsgId: 'c-1' });
    expect(ack).toEqual({
      msgId: expect.any(Number),
      seq: 1,
      ts: expect.any(Number),
      duplicate: false,
      clientMsgId: 'c-1',
      convId: 'c:alice|bob',
      convSeq: 1,
    });
    expect(server.user('bob').timeline[0]).toMatchObject({
      fromUid: 'alice',
      content: 'hello',
      clientMsgId: 'c-1',
    });
    const generated = await client.send({ to: 'bob', content: 'again', type: 'custom' });
    expect(generated.clientMsgId).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(server.user('bob').timeline[1]?.type).toBe(5);
  });

  it('delivers a message from one client to another, and a delivered receipt back', async () => {
    const server = fakeWithUsers();
    const { client: alice } = await loggedIn(clients, server, 'alice');
    const { client: bob } = await loggedIn(clients, server, 'bob');
    const got = collect(bob);
    const delivered = nextEvent(alice, 'delivered');
    const ack = await alice.send({ to: 'bob', content: 'ping', clientMsgId: 'm1' });
    await waitFor(() => got.length === 1);
    expect(got[0]).toEqual({
      msgId: ack.msgId,
      clientMsgId: 'm1',
      from: 'alice',
      to: 'bob',
      convType: 'c2c',
      type: 'text',
      content: 'ping',
      ts: ack.ts,
      seq: 1,
      convId: 'c:alice|bob',
      convSeq: 1,
      refMsgId: 0,
      refKind: '',
      editedAt: 0,
      recalled: false,
      deleted: false,
    });
    await expect(delivered).resolves.toMatchObject({ msgId: ack.msgId, clientMsgId: 'm1', by: 'bob' });
  });

  it('puts own sends in the timeline once, from the ack, without a sync', async () => {
    const server = fakeWithUsers();
    const { client } = await loggedIn(clients, server, 'alice');
    const mine = collect(client);
    await client.send({ to: 'bob', content: 'a' });
    await client.send({ to: 'bob', content: 'b' });
    expect(mine.map((m) => [m.seq, m.from, m.content])).toEqual([
      [1, 'alice', 'a'],
      [2, 'alice', 'b'],
    ]);
    expect(client.lastSeq).toBe(2);
    expect(server.conns[0]?.requests(Commands.sync)).toHaveLength(1); // the one after login
  });

  it('joins two sends with the same clientMsgId', async () => {
    const server = fakeWithUsers();
    const { client } = await loggedIn(clients, server, 'alice');
    const [a, b] = await Promise.all([
      client.send({ to: 'bob', content: 'x', clientMsgId: 'same' }),
      client.send({ to: 'bob', content: 'x', clientMsgId: 'same' }),
    ]);
    expect(a).toEqual(b);
    expect(server.user('bob').timeline).toHaveLength(1);
  });
});

describe('ParleyClient: errors', () => {
  it('rejects a refused login with a ParleyError carrying the status', async () => {
    const server = fakeWithUsers();
    const client = clients.make(memoryTo(server));
    const err = await client.login({ uid: 'alice', password: 'nope' }, device()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ParleyError);
    expect(err).toMatchObject({ code: Code.BAD_CREDENTIALS, message: 'wrong', codeName: 'BAD_CREDENTIALS' });
    expect(isServerRefusal(err)).toBe(true);
    expect(client.state).toBe('connected');
  });

  it('rejects a refused send with the status, field and message, and drops it from the outbox', async () => {
    const server = fakeWithUsers();
    const { client } = await loggedIn(clients, server, 'alice');
    const err = await client.send({ to: 'nobody', content: 'x' }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: Code.USER_NOT_FOUND, field: 'to_uid', message: 'no user nobody' });
    expect(client.pendingSends).toBe(0);
    await expect(client.send({ to: 'bob', content: '' })).rejects.toMatchObject({ code: Code.BODY_EMPTY });
  });

  it('rejects a send whose frame exceeds the server limit with FRAME_TOO_LARGE', async () => {
    const server = fakeWithUsers();
    server.maxFrame = 1024;
    const { client } = await loggedIn(clients, server, 'alice');
    await expect(client.send({ to: 'bob', content: 'x'.repeat(2000) })).rejects.toMatchObject({
      code: Code.FRAME_TOO_LARGE,
    });
    await expect(client.send({ to: 'bob', content: 'small' })).resolves.toMatchObject({ seq: 1 });
  });

  it('retries a send refused with a retryable code after the server’s retry_after_ms, same clientMsgId', async () => {
    const server = fakeWithUsers();
    const { client } = await loggedIn(clients, server, 'alice');
    const seen: { id: string; at: number }[] = [];
    server.hook = (conn, frame) => {
      if (frame.command !== Commands.send.command || frame.service !== Commands.send.service) return;
      seen.push({ id: Commands.send.req.decode(frame.body).clientMsgId ?? '', at: Date.now() });
      if (seen.length > 2) return;
      conn.send(encodeError(frame, Code.RATE_LIMITED, 'slow down', undefined, 120));
      return 'drop';
    };
    const ack = await client.send({ to: 'bob', content: 'x', clientMsgId: 'retry-me' });
    expect(ack.clientMsgId).toBe('retry-me');
    expect(seen.map((s) => s.id)).toEqual(['retry-me', 'retry-me', 'retry-me']);
    expect(seen[1]!.at - seen[0]!.at).toBeGreaterThanOrEqual(110);
    expect(seen[2]!.at - seen[1]!.at).toBeGreaterThanOrEqual(110);
  });

  it('rejects a send refused with a final code at once', async () => {
    const server = fakeWithUsers();
    const { client } = await loggedIn(clients, server, 'alice');
    server.hook = (conn, frame) => {
      if (frame.command !== Commands.send.command || frame.service !== Commands.send.service) return;
      conn.send(encodeError(frame, Code.BODY_TOO_LARGE, 'too big', 'content'));
      return 'drop';
    };
    await expect(client.send({ to: 'bob', content: 'x' })).rejects.toMatchObject({
      code: Code.BODY_TOO_LARGE,
      field: 'content',
    });
  });

  it('times a request out with RequestTimeoutError (code UNAVAILABLE)', async () => {
    const server = fakeWithUsers();
    const client = clients.make(memoryTo(server), { requestTimeoutMs: 50 });
    server.hook = () => 'drop';
    const started = Date.now();
    const err = await client.register({ uid: 'x', password: 'y' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(RequestTimeoutError);
    expect(err).toBeInstanceOf(ParleyError);
    expect(err).toMatchObject({ code: Code.UNAVAILABLE, command: 'auth.register', timeoutMs: 50 });
    expect(isServerRefusal(err)).toBe(false);
    expect(Date.now() - started).toBeGreaterThanOrEqual(45);
  });

  it('repeats a timed-out send with the same clientMsgId until it is acked', async () => {
    const server = fakeWithUsers();
    const { client } = await loggedIn(clients, server, 'alice', { requestTimeoutMs: 60 });
    let seen = 0;
    server.hook = (_conn, frame) => {
      if (frame.service === Commands.send.service && frame.command === Commands.send.command && seen++ < 2) {
        return 'drop';
      }
    };
    const ack = await client.send({ to: 'bob', content: 'persistent', clientMsgId: 'retry-me' });
    expect(ack.clientMsgId).toBe('retry-me');
    const sends = server.conns[0]?.requests(Commands.send) ?? [];
    expect(sends.map((s) => s.clientMsgId)).toEqual(['retry-me', 'retry-me', 'retry-me']);
    expect(server.user('bob').timeline).toHaveLength(1);
  });

  it('refuses to send before login, and after close', async () => {
    const server = fakeWithUsers();
    const client = clients.make(memoryTo(server));
    const early = await client.send({ to: 'bob', content: 'x' }).catch((e: unknown) => e);
    expect(early).toMatchObject({ code: Code.NOT_LOGGED_IN });
    expect(isServerRefusal(early)).toBe(false);
    expect(server.conns).toHaveLength(0);
    await expect(client.sync()).rejects.toBeInstanceOf(NotConnectedError);
    client.close();
    await expect(client.send({ to: 'bob', content: 'x' })).rejects.toBeInstanceOf(ClientClosedError);
    await expect(client.connect()).rejects.toBeInstanceOf(ClientClosedError);
    expect(client.state).toBe('closed');
  });

  it('rejects an unknown message type without sending anything', async () => {
    const server = fakeWithUsers();
    const { client } = await loggedIn(clients, server, 'alice');
    // @ts-expect-error: not a MessageType
    await expect(client.send({ to: 'bob', content: 'x', type: 'video' })).rejects.toMatchObject({
      code: Code.BAD_MSG_TYPE,
    });
    expect(server.conns[0]?.requests(Commands.send)).toHaveLength(0);
  });

  it('fails connect with NotConnectedError when the transport cannot open', async () => {
    const client = clients.make(
      memoryTransport(() => {
        throw new Error('nobody home');
      }),
    );
    const err = await client.connect().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NotConnectedError);
    expect(String(err)).toMatch(/nobody home/);
    expect(client.state).toBe('idle');
  });

  it('close() fails pending requests and unacked sends with ClientClosedError', async () => {
    const server = fakeWithUsers();
    const { client } = await loggedIn(clients, server, 'alice');
    server.hook = () => 'drop';
    const sent = client.send({ to: 'bob', content: 'x' });
    const synced = client.sync();
    await sleep(5);
    const disconnected = nextEvent(client, 'disconnected');
    client.close();
    await expect(sent).rejects.toBeInstanceOf(ClientClosedError);
    await expect(synced).rejects.toBeInstanceOf(ClientClosedError);
    await expect(disconnected).resolves.toEqual({ reason: 'closed by client', willReconnect: false });
    await waitFor(() => server.conns[0]?.closed);
  });

  it('reports a push with an undecodable body as an error event and keeps the connection', async () => {
    const server = fakeWithUsers();
    const { client } = await loggedIn(clients, server, 'bob');
    await client.sync();
    const errors: Error[] = [];
    client.on('error', (e) => errors.push(e));
    const got = collect(client);
    const conn = server.conns[0];
    const { service, command } = Commands.push;
    conn?.send(encodeFrame({ service, command, flags: Flag.push }, new Uint8Array([0x0a, 0xff])));
    server.deliver('bob', 'alice', 'still here');
    await waitFor(() => got.length === 1);
    expect(errors[0]).toMatchObject({ code: Code.BAD_BODY });
    expect(client.state).toBe('ready');
  });

  it('emits read receipts and ignores receipts of unknown kinds and unknown pushes', async () => {
    const server = fakeWithUsers();
    const { client } = await loggedIn(clients, server, 'alice');
    const read = nextEvent(client, 'read');
    const conn = server.conns[0];
    conn?.send(encodePush(Commands.receipt, { kind: 9 as ReceiptKind, msgId: 1, byUid: 'bob' }));
    conn?.send(encodeFrame({ service: 3, command: 99, flags: Flag.push }, new Uint8Array()));
    conn?.send(
      encodePush(Commands.receipt, {
        kind: ReceiptKind.READ,
        msgId: 2,
        byUid: 'bob',
        ts: 5,
        clientMsgId: 'c2',
        convId: 'c:alice|bob',
        readSeq: 7,
      }),
    );
    await expect(read).resolves.toEqual({
      msgId: 2,
      clientMsgId: 'c2',
      by: 'bob',
      ts: 5,
      convId: 'c:alice|bob',
      readSeq: 7,
    });
  });

  it('rejects a taken uid at registration with USER_EXISTS and the field', async () => {
    const server = fakeWithUsers();
    const client = clients.make(memoryTo(server));
    await expect(client.register({ uid: 'alice', password: 'x' })).rejects.toMatchObject({
      code: Code.USER_EXISTS,
      field: 'uid',
    });
  });

  it('keeps going when a listener throws, and reports the throw as an error event', async () => {
    const server = fakeWithUsers();
    const { client: bob } = await loggedIn(clients, server, 'bob');
    const errors: Error[] = [];
    bob.on('error', (e) => errors.push(e));
    bob.on('message', () => {
      throw new Error('listener bug');
    });
    const got = collect(bob);
    server.deliver('bob', 'alice', 'one');
    server.deliver('bob', 'alice', 'two');
    await waitFor(() => got.length === 2);
    expect(errors.map((e) => e.message)).toEqual(['listener bug', 'listener bug']);
  });
});
