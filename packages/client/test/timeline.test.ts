import { Commands, ConvType, type Message } from '@parley/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import type { FakeConn, FakeServer } from './helpers/fake-server.ts';
import { Clients, fakeWithUsers, loggedIn } from './helpers/setup.ts';
import { collect, sleep, waitFor } from './helpers/wait.ts';

const clients = new Clients();
afterEach(() => clients.closeAll());

const msg = (seq: number, content = `m${seq}`): Message => ({
  msgId: 5000 + seq,
  clientMsgId: `c${seq}`,
  fromUid: 'alice',
  convType: ConvType.C2C,
  to: 'bob',
  type: 1,
  content,
  ts: 1_700_000_000_000 + seq,
  seq,
});

/** Puts seqs 1..n in bob's timeline on the server without pushing them. */
function fill(server: FakeServer, n: number): void {
  for (let i = 0; i < n; i++) server.deliver('bob', 'alice', `m${i + 1}`, { push: false });
}

const seqs = (list: { seq: number }[]) => list.map((m) => m.seq);
const acks = (conn: FakeConn | undefined): number[] =>
  conn?.requests(Commands.deliverAck).map((a) => a.seq ?? 0) ?? [];

describe('timeline: pushes', () => {
  it('emits pushes in seq order and drops duplicates', async () => {
    const server = fakeWithUsers();
    const { client } = await loggedIn(clients, server, 'bob');
    const got = collect(client);
    await client.sync();
    const conn = server.conns[0] as FakeConn;
    for (const s of [1, 2, 2, 1, 3]) server.pushMessage(conn, msg(s));
    await waitFor(() => got.length === 3);
    await sleep(20);
    expect(seqs(got)).toEqual([1, 2, 3]);
    expect(got[0]).toMatchObject({ from: 'alice', to: 'bob', content: 'm1', msgId: 5001, clientMsgId: 'c1' });
    expect(client.lastSeq).toBe(3);
  });

  it('syncs after login and emits the backlog once', async () => {
    const server = fakeWithUsers();
    fill(server, 5);
    const { client } = await loggedIn(clients, server, 'bob');
    const got = collect(client);
    await client.sync();
    expect(seqs(got)).toEqual([1, 2, 3, 4, 5]);
    await client.sync();
    expect(got).toHaveLength(5);
  });

  it('pulls every page until has_more is false', async () => {
    const server = fakeWithUsers();
    server.pageLimit = 3;
    fill(server, 10);
    const { client } = await loggedIn(clients, server, 'bob');
    const got = collect(client);
    await client.sync();
    expect(seqs(got)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const syncs = server.conns[0]?.requests(Commands.sync) ?? [];
    // The login's sync pages 0, 3, 6, 9; the explicit sync() joined it and asked for one more round.
    expect(syncs.map((s) => s.afterSeq)).toEqual([0, 3, 6, 9, 10]);
    expect(syncs.every((s) => s.limit === 200)).toBe(true);
  });

  it('fills a gap by syncing when a push skips seqs', async () => {
    const server = fakeWithUsers();
    const { client } = await loggedIn(clients, server, 'bob');
    await client.sync();
    const got = collect(client);
    fill(server, 3); // seqs 1..3 stored, never pushed
    server.deliver('bob', 'alice', 'm4'); // pushed: seq 4 > lastSeq + 1
    await waitFor(() => got.length === 4);
    expect(got.map((m) => m.content)).toEqual(['m1', 'm2', 'm3', 'm4']);
    expect(server.conns[0]?.requests(Commands.sync).at(-1)?.afterSeq).toBe(0);
  });

  it('emits nothing twice or out of order while pushes arrive during a slow sync', async () => {
    const server = fakeWithUsers();
    server.pageLimit = 2;
    const { client } = await loggedIn(clients, server, 'bob');
    await client.sync();
    const got = collect(client);
    let release!: () => void;
    const held = new Promise<void>((r) => {
      release = r;
    });
    let holds = 0;
    server.hook = async (_conn, frame) => {
      if (
        frame.service === Commands.sync.service &&
        frame.command === Commands.sync.command &&
        holds++ === 0
      ) {
        await held;
      }
    };
    fill(server, 3);
    server.deliver('bob', 'alice', 'm4'); // gap: sync starts and is held
    await waitFor(() => holds === 1);
    for (let i = 5; i <= 9; i++) server.deliver('bob', 'alice', `m${i}`); // all buffered
    server.pushMessage(server.conns[0] as FakeConn, msg(6, 'm6')); // a duplicate push too
    await sleep(10);
    expect(got).toHaveLength(0);
    release();
    await waitFor(() => got.length === 9);
    await sleep(30);
    expect(seqs(got)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(got.map((m) => m.content)).toEqual(['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7', 'm8', 'm9']);
  });

  it('treats seqs the server skips as holes, not losses', async () => {
    const server = fakeWithUsers();
    const { client } = await loggedIn(clients, server, 'bob');
    await client.sync();
    const got = collect(client);
    server.deliver('bob', 'alice', 'a'); // seq 1
    server.skipSeqs('bob', 2); // 2 and 3 never exist
    server.deliver('bob', 'alice', 'b'); // seq 4: looks like a gap
    server.deliver('bob', 'alice', 'c'); // seq 5
    await waitFor(() => got.length === 3);
    await sleep(20);
    expect(seqs(got)).toEqual([1, 4, 5]);
    expect(client.lastSeq).toBe(5);
  });

  it('resumes after device_ack_seq on a new login and never re-emits what the device acked', async () => {
    const server = fakeWithUsers();
    fill(server, 4);
    server.deviceAcks.set('bob/d1', 3);
    const { client, login } = await loggedIn(clients, server, 'bob');
    expect(login).toMatchObject({ deviceAckSeq: 3, maxSeq: 4 });
    const got = collect(client);
    await client.sync();
    expect(seqs(got)).toEqual([4]);
    expect(server.conns[0]?.requests(Commands.sync)[0]?.afterSeq).toBe(3);
  });
});

describe('timeline: delivery acks', () => {
  it('coalesces acks of a burst of pushes and acks only what was emitted', async () => {
    const server = fakeWithUsers();
    const { client } = await loggedIn(clients, server, 'bob', { ackDelayMs: 20 });
    await client.sync();
    const got = collect(client);
    const conn = server.conns[0] as FakeConn;
    for (let s = 1; s <= 50; s++) server.pushMessage(conn, msg(s));
    await waitFor(() => got.length === 50);
    await waitFor(() => acks(conn).at(-1) === 50);
    await sleep(40);
    const sent = acks(conn);
    expect(sent.length).toBeLessThanOrEqual(3);
    expect(sent.at(-1)).toBe(50);
    expect([...sent].sort((a, b) => a - b)).toEqual(sent);
    expect(server.deviceAcks.get('bob/d1')).toBe(50);
  });

  it('never acks a seq beyond a gap before the gap is filled', async () => {
    const server = fakeWithUsers();
    const { client } = await loggedIn(clients, server, 'bob', { ackDelayMs: 5 });
    await client.sync();
    const conn = server.conns[0] as FakeConn;
    server.hook = (_c, frame) =>
      frame.service === Commands.sync.service && frame.command === Commands.sync.command ? 'drop' : undefined;
    server.pushMessage(conn, msg(1));
    server.pushMessage(conn, msg(3)); // 2 missing; the sync for it is dropped
    await sleep(40);
    expect(client.lastSeq).toBe(1);
    expect(acks(conn)).toEqual([1]);
  });

  it('acks after each sync page', async () => {
    const server = fakeWithUsers();
    server.pageLimit = 4;
    fill(server, 10);
    const { client } = await loggedIn(clients, server, 'bob', { ackDelayMs: 10_000 });
    await client.sync();
    const conn = server.conns[0] as FakeConn;
    await waitFor(() => acks(conn).length === 3);
    expect(acks(conn)).toEqual([4, 8, 10]);
  });

  it('re-acks on login what was emitted but never acked', async () => {
    const server = fakeWithUsers();
    fill(server, 2);
    server.deviceAcks.set('bob/d1', 0);
    // First session: emit 1..2 but swallow the acks.
    server.hook = (_c, f) =>
      f.service === Commands.deliverAck.service && f.command === Commands.deliverAck.command
        ? 'drop'
        : undefined;
    const { client } = await loggedIn(clients, server, 'bob', { ackDelayMs: 5 });
    await client.sync();
    expect(client.lastSeq).toBe(2);
    server.hook = undefined;
    server.dropAll();
    await waitFor(() => server.conns[1] && acks(server.conns[1]).includes(2));
    expect(server.deviceAcks.get('bob/d1')).toBe(2);
  });
});
