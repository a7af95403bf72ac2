import { Code, Commands, ConvType, encodeError, type Frame, type Message, MsgType } from '@parley/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import { type FakeConn, type FakeServer, Refusal } from './helpers/fake-server.ts';
import { memoryTo } from './helpers/listen.ts';
import { Clients, fakeWithUsers, loggedIn } from './helpers/setup.ts';
import { collect, nextEvent, record, sleep, waitFor } from './helpers/wait.ts';

const clients = new Clients();
afterEach(() => clients.closeAll());

const isCmd = (f: Frame, cmd: { service: number; command: number }) =>
  f.service === cmd.service && f.command === cmd.command;

/** [convSeq, content] of the group messages among `list`. */
const groupSeqs = (list: { convType: string; convSeq: number; content: string }[]) =>
  list.filter((m) => m.convType === 'group').map((m) => [m.convSeq, m.content]);

const convSyncs = (conn: FakeConn | undefined) =>
  conn?.requests(Commands.convSync).map((r) => [r.convId, r.afterSeq, r.limit]) ?? [];

const acks = (conn: FakeConn | undefined): number[] =>
  conn?.requests(Commands.deliverAck).map((a) => a.seq ?? 0) ?? [];

/** Server, group `team` (alice, bob, carol) and bob logged in, past his post-login catch-up. */
async function bobInTeam(readDiffusion: boolean, setup: (s: FakeServer) => void = () => {}) {
  const server = fakeWithUsers('alice', 'bob', 'carol');
  server.addGroup('team', ['alice', 'bob', 'carol'], { readDiffusion });
  setup(server);
  const { client } = await loggedIn(clients, server, 'bob');
  await client.sync();
  const got = collect(client);
  return { server, client, got, conn: server.conns[0] as FakeConn };
}

describe('groups: ordering per conversation', () => {
  it('emits write-diffusion group messages from the timeline once, in convSeq order', async () => {
    const { server, client, got, conn } = await bobInTeam(false);
    server.groupPost('team', 'alice', 'a');
    server.groupPost('team', 'carol', 'b');
    const third = server.groupPost('team', 'alice', 'c');
    await waitFor(() => got.length === 3);
    expect(groupSeqs(got)).toEqual([
      [1, 'a'],
      [2, 'b'],
      [3, 'c'],
    ]);
    expect(got[2]).toMatchObject({
      msgId: third.msgId,
      convType: 'group',
      convId: 'g:team',
      to: 'team',
      from: 'alice',
      seq: 3,
    });
    // The same message again as a read-diffusion push (seq 0): a duplicate by convSeq.
    server.pushMessage(conn, third);
    await sleep(20);
    expect(got).toHaveLength(3);
    expect(client.lastSeq).toBe(3);
    expect(client.lastConvSeq('g:team')).toBe(3);
    expect(convSyncs(conn)).toEqual([]);
  });

  it('emits read-diffusion pushes (seq 0) in convSeq order, outside the timeline, and drops duplicates', async () => {
    const { server, client, got, conn } = await bobInTeam(true);
    const m = [1, 2, 3].map((i) => server.groupPost('team', 'alice', `r${i}`, { push: false }));
    const syncsBefore = conn.requests(Commands.sync).length;
    for (const i of [0, 1, 1, 0, 2]) server.pushMessage(conn, m[i] as Message);
    await waitFor(() => got.length === 3);
    await sleep(20);
    expect(groupSeqs(got)).toEqual([
      [1, 'r1'],
      [2, 'r2'],
      [3, 'r3'],
    ]);
    expect(got.every((x) => x.seq === 0)).toBe(true);
    // Not the timeline's business: no MSG/SYNC, no DELIVER_ACK, lastSeq untouched.
    expect(client.lastSeq).toBe(0);
    expect(conn.requests(Commands.sync)).toHaveLength(syncsBefore);
    expect(acks(conn)).toEqual([]);
    expect(convSyncs(conn)).toEqual([]);
  });

  it('fills a gap with CONV_SYNC pages after the last convSeq, up to the waiting message', async () => {
    const { server, got, conn } = await bobInTeam(true);
    server.pageLimit = 2;
    server.groupPost('team', 'alice', 'm1');
    await waitFor(() => got.length === 1);
    for (let i = 2; i <= 6; i++) server.groupPost('team', 'carol', `m${i}`, { push: false });
    server.groupPost('team', 'alice', 'm7'); // pushed: convSeq 7 > last + 1
    await waitFor(() => got.length === 7);
    await sleep(20);
    expect(groupSeqs(got).map(([s]) => s)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    // after 1 (5 missing, the server pages by 2): 2-3, 4-5, 6.
    expect(convSyncs(conn)).toEqual([
      ['g:team', 1, 5],
      ['g:team', 3, 3],
      ['g:team', 5, 1],
    ]);
  });

  it('treats convSeqs a pull skips (outside the visible range) as holes', async () => {
    const { server, client, got, conn } = await bobInTeam(true);
    server.groupPost('team', 'alice', 'm1');
    await waitFor(() => got.length === 1);
    server.groupPost('team', 'alice', 'm2', { push: false });
    server.groupPost('team', 'alice', 'm3', { push: false });
    server.startSeqs.set('bob/g:team', 3); // bob cleared the conversation on another device
    server.groupPost('team', 'alice', 'm4');
    await waitFor(() => got.length === 2);
    await sleep(20);
    expect(groupSeqs(got).map(([s]) => s)).toEqual([1, 4]);
    expect(client.lastConvSeq('g:team')).toBe(4);
    expect(convSyncs(conn)).toEqual([['g:team', 1, 2]]);
  });

  it('keeps timeline, read-diffusion pushes and pulls of one group in order as the mode changes', async () => {
    const { server, client, got, conn } = await bobInTeam(false);
    const group = server.group('team');
    server.groupPost('team', 'alice', 'w1'); // bob seq 1
    server.deliver('bob', 'alice', 'dm1'); // bob seq 2
    server.groupPost('team', 'alice', 'w2'); // bob seq 3
    await waitFor(() => got.length === 3);
    group.readDiffusion = true;
    server.groupPost('team', 'carol', 'r3'); // pushed with seq 0
    server.groupPost('team', 'carol', 'r4', { push: false }); // push lost
    await waitFor(() => got.length === 4);
    group.readDiffusion = false;
    server.deliver('bob', 'carol', 'dm2'); // bob seq 4
    server.groupPost('team', 'alice', 'w5'); // bob seq 5: convSeq gap at 4
    await waitFor(() => got.length === 7);
    await sleep(20);
    expect(got.map((m) => m.content)).toEqual(['w1', 'dm1', 'w2', 'r3', 'dm2', 'r4', 'w5']);
    expect(groupSeqs(got).map(([s]) => s)).toEqual([1, 2, 3, 4, 5]);
    expect(convSyncs(conn)).toEqual([['g:team', 3, 1]]);
    expect(client.lastSeq).toBe(5);
    await waitFor(() => acks(conn).at(-1) === 5);
  });

  it('holds the delivery ack before a group entry waiting for its gap, but not other conversations', async () => {
    const { server, got, conn } = await bobInTeam(false, (s) => {
      s.heartbeatIntervalMs = 30_000;
    });
    let release!: () => void;
    const held = new Promise<void>((r) => {
      release = r;
    });
    server.hook = async (_c, f) => {
      if (isCmd(f, Commands.convSync)) await held;
    };
    const group = server.group('team');
    server.groupPost('team', 'alice', 'w1'); // bob seq 1
    await waitFor(() => got.length === 1);
    await waitFor(() => acks(conn).at(-1) === 1);
    group.readDiffusion = true;
    server.groupPost('team', 'alice', 'r2', { push: false });
    group.readDiffusion = false;
    server.groupPost('team', 'alice', 'w3'); // bob seq 2: waits for 2, whose pull is held
    server.deliver('bob', 'alice', 'dm'); // bob seq 3: another conversation, goes out at once
    await waitFor(() => got.length === 2);
    await sleep(60);
    expect(got.map((m) => m.content)).toEqual(['w1', 'dm']);
    expect(Math.max(...acks(conn))).toBe(1);
    release();
    await waitFor(() => got.length === 4);
    expect(got.map((m) => m.content)).toEqual(['w1', 'dm', 'r2', 'w3']);
    await waitFor(() => acks(conn).at(-1) === 3);
  });

  it('emits recall and edit notices as messages, each followed by its convenience event', async () => {
    const { server, client } = await bobInTeam(true);
    const events = record(client, 'message', 'recalled', 'edited');
    const first = server.groupPost('team', 'alice', 'hello');
    const notice = server.groupPost('team', 'carol', '{"by":"carol"}', {
      type: MsgType.RECALL,
      refMsgId: first.msgId ?? 0,
    });
    const edit = server.groupPost('team', 'alice', 'hello, fixed', {
      type: MsgType.EDIT,
      refMsgId: first.msgId ?? 0,
    });
    await waitFor(() => events.length === 5);
    expect(events.map(([name, p]) => [name, (p as { type?: string }).type])).toEqual([
      ['message', 'text'],
      ['message', 'recall'],
      ['recalled', undefined],
      ['message', 'edit'],
      ['edited', undefined],
    ]);
    expect(events[2]?.[1]).toEqual({ convId: 'g:team', msgId: first.msgId, by: 'carol' });
    expect(events[4]?.[1]).toEqual({
      convId: 'g:team',
      msgId: first.msgId,
      content: 'hello, fixed',
      editedAt: edit.ts,
    });
    expect(events[1]?.[1]).toMatchObject({ msgId: notice.msgId, refMsgId: first.msgId, convSeq: 2 });
  });

  it('emits a recall notice of a one-to-one message, from the timeline, with the sender as fallback', async () => {
    const server = fakeWithUsers();
    const { client } = await loggedIn(clients, server, 'bob');
    await client.sync();
    const recalled = nextEvent(client, 'recalled');
    const conn = server.conns[0] as FakeConn;
    server.pushMessage(conn, {
      msgId: 77,
      fromUid: 'alice',
      convType: ConvType.C2C,
      to: 'bob',
      type: MsgType.RECALL,
      content: '',
      seq: 1,
      convId: 'c:alice|bob',
      convSeq: 2,
      refMsgId: 70,
    });
    await expect(recalled).resolves.toEqual({ convId: 'c:alice|bob', msgId: 70, by: 'alice' });
  });
});

describe('groups: catching up after login', () => {
  it('pulls read-diffusion groups after the timeline sync, from max(read_seq, start_seq)', async () => {
    const server = fakeWithUsers('alice', 'bob', 'carol');
    server.addGroup('big', ['alice', 'bob'], { readDiffusion: true });
    server.addGroup('small', ['alice', 'bob'], { readDiffusion: false });
    for (let i = 1; i <= 5; i++) server.groupPost('big', 'alice', `b${i}`);
    server.groupPost('small', 'alice', 's1');
    server.readSeqs.set('bob/g:big', 2);
    const { client } = await loggedIn(clients, server, 'bob');
    const got = collect(client);
    await client.sync();
    const conn = server.conns[0] as FakeConn;
    expect(got.map((m) => [m.convId, m.convSeq])).toEqual([
      ['g:small', 1],
      ['g:big', 3],
      ['g:big', 4],
      ['g:big', 5],
    ]);
    expect(convSyncs(conn)).toEqual([['g:big', 2, 200]]);
    // The list came after the timeline sync.
    const order = conn.received
      .filter((f) => isCmd(f, Commands.sync) || isCmd(f, Commands.convList))
      .map((f) => (isCmd(f, Commands.sync) ? 'sync' : 'list'));
    expect(order[0]).toBe('sync');
    expect(order).toContain('list');
    expect(conn.requests(Commands.convList)[0]).toMatchObject({ sinceVersion: 0, includeHidden: true });
  });

  it('after a reconnect pulls what the group got meanwhile, after the last convSeq emitted', async () => {
    const server = fakeWithUsers('alice', 'bob');
    server.addGroup('big', ['alice', 'bob'], { readDiffusion: true });
    const { client } = await loggedIn(clients, server, 'bob');
    await client.sync();
    const got = collect(client);
    server.groupPost('big', 'alice', 'online');
    await waitFor(() => got.length === 1);
    server.accepting = false;
    server.dropAll();
    await waitFor(() => client.state === 'reconnecting');
    server.readSeqs.set('bob/g:big', 0);
    server.groupPost('big', 'alice', 'offline-1');
    server.groupPost('big', 'alice', 'offline-2');
    server.accepting = true;
    await nextEvent(client, 'reconnected');
    await client.sync();
    expect(got.map((m) => [m.convSeq, m.content])).toEqual([
      [1, 'online'],
      [2, 'offline-1'],
      [3, 'offline-2'],
    ]);
    const listed = server.conns[1]?.requests(Commands.convList) ?? [];
    expect(listed[0]?.sinceVersion).toBeGreaterThan(0); // incremental after the first list
    expect(convSyncs(server.conns[1])).toEqual([['g:big', 1, 200]]);
  });

  it('holds pushes of a group without a baseline until the post-login list has set it', async () => {
    const server = fakeWithUsers('alice', 'bob');
    server.addGroup('big', ['alice', 'bob'], { readDiffusion: true });
    for (let i = 1; i <= 3; i++) server.groupPost('big', 'alice', `m${i}`);
    server.readSeqs.set('bob/g:big', 1);
    let release!: () => void;
    const held = new Promise<void>((r) => {
      release = r;
    });
    let listsSeen = 0;
    server.hook = async (_c, f) => {
      if (isCmd(f, Commands.convList) && listsSeen++ === 0) await held;
    };
    const { client } = await loggedIn(clients, server, 'bob');
    const got = collect(client);
    await waitFor(() => listsSeen === 1);
    server.groupPost('big', 'alice', 'm4'); // pushed before the list is answered
    await sleep(30);
    expect(got).toEqual([]);
    release();
    await waitFor(() => got.length === 3);
    await sleep(20);
    expect(got.map((m) => m.content)).toEqual(['m2', 'm3', 'm4']);
  });

  it('takes a pushed group the list does not name as its own baseline', async () => {
    const server = fakeWithUsers('alice', 'bob');
    const { client } = await loggedIn(clients, server, 'bob');
    await client.sync();
    const got = collect(client);
    // A group bob was just added to: the list knew nothing of it; its first push is the baseline.
    server.addGroup('fresh', ['alice', 'bob'], { readDiffusion: true });
    for (let i = 1; i <= 40; i++) server.groupPost('fresh', 'alice', `old${i}`, { push: false });
    server.groupPost('fresh', 'alice', 'first-seen');
    server.groupPost('fresh', 'alice', 'next');
    await waitFor(() => got.length === 2);
    expect(got.map((m) => m.convSeq)).toEqual([41, 42]);
    expect(convSyncs(server.conns[0])).toEqual([]);
  });

  it('reports a refused catch-up pull of one group and goes on with the others', async () => {
    const server = fakeWithUsers('alice', 'bob');
    server.addGroup('a', ['alice', 'bob'], { readDiffusion: true });
    server.addGroup('b', ['alice', 'bob'], { readDiffusion: true });
    server.groupPost('a', 'alice', 'a1');
    server.groupPost('b', 'alice', 'b1');
    server.hook = (c, f) => {
      if (!isCmd(f, Commands.convSync) || Commands.convSync.req.decode(f.body).convId !== 'g:a') return;
      c.send(encodeError(f, Code.NOT_GROUP_MEMBER, 'removed'));
      return 'drop';
    };
    const client = clients.make(memoryTo(server));
    const errors: Error[] = [];
    client.on('error', (e) => errors.push(e));
    const got = collect(client);
    await client.login({ uid: 'bob', password: 'pw' }, { deviceId: 'd1', platform: 'web' });
    await client.sync();
    expect(got.map((m) => m.content)).toEqual(['b1']);
    expect(errors.map((e) => (e as { code?: number }).code)).toContain(Code.NOT_GROUP_MEMBER);
    expect(client.state).toBe('ready');
  });

  it('takes a server without CONV/LIST as one without conversations, silently', async () => {
    const server = fakeWithUsers('alice', 'bob');
    server.addGroup('big', ['alice', 'bob'], { readDiffusion: true });
    server.respond(Commands.convList, () => {
      throw new Refusal(Code.UNKNOWN_COMMAND, 'no such command');
    });
    const client = clients.make(memoryTo(server));
    const errors: Error[] = [];
    client.on('error', (e) => errors.push(e));
    const got = collect(client);
    await client.login({ uid: 'bob', password: 'pw' }, { deviceId: 'd1', platform: 'web' });
    await client.sync();
    server.groupPost('big', 'alice', 'live');
    await waitFor(() => got.length === 1);
    expect(errors).toEqual([]);
    expect(convSyncs(server.conns[0])).toEqual([]);
  });

  it('resumes a gap fill cut by a lost connection after the re-login', async () => {
    const { server, client, got } = await bobInTeam(true);
    server.groupPost('team', 'alice', 'm1');
    await waitFor(() => got.length === 1);
    server.hook = (conn, f) =>
      isCmd(f, Commands.convSync) && conn === server.conns[0] ? 'close' : undefined;
    server.groupPost('team', 'alice', 'm2', { push: false });
    server.groupPost('team', 'alice', 'm3');
    await nextEvent(client, 'reconnected');
    await waitFor(() => got.length === 3);
    await sleep(20);
    expect(got.map((m) => m.content)).toEqual(['m1', 'm2', 'm3']);
  });

  it('retries a gap fill refused with a retryable status, then lets a refused-for-good gap go', async () => {
    const { server, client, got, conn } = await bobInTeam(true);
    const errors: Error[] = [];
    client.on('error', (e) => errors.push(e));
    server.groupPost('team', 'alice', 'm1');
    await waitFor(() => got.length === 1);
    let refusals = 0;
    server.hook = (c, f) => {
      if (!isCmd(f, Commands.convSync) || refusals >= 1) return;
      refusals++;
      c.send(encodeError(f, Code.UNAVAILABLE, 'busy', undefined, 20));
      return 'drop';
    };
    server.groupPost('team', 'alice', 'm2', { push: false });
    server.groupPost('team', 'alice', 'm3');
    await waitFor(() => got.length === 3);
    expect(got.map((m) => m.content)).toEqual(['m1', 'm2', 'm3']);
    expect(errors.map((e) => (e as { code?: number }).code)).toEqual([Code.UNAVAILABLE]);

    server.hook = (c, f) => {
      if (!isCmd(f, Commands.convSync)) return;
      c.send(encodeError(f, Code.NOT_GROUP_MEMBER, 'gone'));
      return 'drop';
    };
    server.groupPost('team', 'alice', 'm4', { push: false });
    server.groupPost('team', 'alice', 'm5');
    await waitFor(() => got.length === 4);
    expect(got.map((m) => m.content)).toEqual(['m1', 'm2', 'm3', 'm5']);
    expect(errors.at(-1)).toMatchObject({ code: Code.NOT_GROUP_MEMBER });
    expect(convSyncs(conn).length).toBeGreaterThanOrEqual(3);
  });
});

describe('groups: sending and pulling on demand', () => {
  it('sends to a group through the outbox; the ack is emitted once, the other members get it', async () => {
    const server = fakeWithUsers('alice', 'bob');
    server.addGroup('big', ['alice', 'bob'], { readDiffusion: true });
    const { client: alice } = await loggedIn(clients, server, 'alice');
    const { client: bob } = await loggedIn(clients, server, 'bob', { deviceId: 'b1' });
    await Promise.all([alice.sync(), bob.sync()]);
    const mine = collect(alice);
    const theirs = collect(bob);
    const ack = await alice.send({ groupId: 'big', content: 'hi all', clientMsgId: 'g-1' });
    expect(ack).toMatchObject({ seq: 0, convId: 'g:big', convSeq: 1, duplicate: false, clientMsgId: 'g-1' });
    const reply = await alice.send({ groupId: 'big', content: 'me again', refMsgId: ack.msgId });
    expect(reply.convSeq).toBe(2);
    await waitFor(() => theirs.length === 2);
    expect(mine.map((m) => [m.convSeq, m.from, m.to, m.convType, m.refKind])).toEqual([
      [1, 'alice', 'big', 'group', ''],
      [2, 'alice', 'big', 'group', 'reply'],
    ]);
    expect(theirs.map((m) => [m.convSeq, m.content, m.refMsgId])).toEqual([
      [1, 'hi all', 0],
      [2, 'me again', ack.msgId],
    ]);
    const sent = server.conns[0]?.requests(Commands.send) ?? [];
    expect(sent[1]).toMatchObject({ groupId: 'big', toUid: '', refMsgId: ack.msgId, refKind: 1 });
    expect(alice.lastSeq).toBe(0);
  });

  it('pulls one group on demand with syncConversation, from the read position when unseen', async () => {
    const server = fakeWithUsers('alice', 'bob');
    const { client } = await loggedIn(clients, server, 'bob');
    await client.sync();
    const got = collect(client);
    server.addGroup('big', ['alice', 'bob'], { readDiffusion: true });
    for (let i = 1; i <= 4; i++) server.groupPost('big', 'alice', `m${i}`, { push: false });
    server.readSeqs.set('bob/g:big', 2);
    await client.syncConversation('g:big');
    expect(got.map((m) => m.content)).toEqual(['m3', 'm4']);
    server.groupPost('big', 'alice', 'm5', { push: false });
    await client.syncConversation('g:big');
    expect(got.map((m) => m.content)).toEqual(['m3', 'm4', 'm5']);
    expect(convSyncs(server.conns[0])).toEqual([
      ['g:big', 2, 200],
      ['g:big', 4, 200],
    ]);
    // Not a conversation of bob's: refused, and no baseline is kept for it.
    await expect(client.syncConversation('g:nope')).rejects.toMatchObject({ code: Code.CONV_NOT_FOUND });
    expect(client.lastConvSeq('g:nope')).toBeUndefined();
    // A one-to-one conversation is the timeline's: a timeline sync.
    server.deliver('bob', 'alice', 'dm', { push: false });
    await client.syncConversation('c:alice|bob');
    expect(got.at(-1)?.content).toBe('dm');
  });
});
