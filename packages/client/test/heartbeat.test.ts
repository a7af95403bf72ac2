import { Code, Commands, decodeErrorBody, encodeFrame, Flag, Service } from '@parley/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import type { FakeConn } from './helpers/fake-server.ts';
import { Clients, fakeWithUsers, loggedIn } from './helpers/setup.ts';
import { nextEvent, sleep, waitFor } from './helpers/wait.ts';

const clients = new Clients();
afterEach(() => clients.closeAll());

describe('heartbeats', () => {
  it('answers a server HEARTBEAT request with a response of the same seq echoing ts', async () => {
    const server = fakeWithUsers();
    await loggedIn(clients, server, 'alice');
    const conn = server.conns[0] as FakeConn;
    const first = await server.ping(conn, 777);
    const second = await server.ping(conn, 888);
    for (const [frame, ts] of [
      [first, 777],
      [second, 888],
    ] as const) {
      expect(frame.flags & Flag.response).toBe(Flag.response);
      expect(frame.flags & Flag.push).toBe(0);
      expect(frame.status).toBe(0);
      expect(frame.service).toBe(Service.system);
      expect(frame.command).toBe(Commands.heartbeat.command);
      expect(Commands.heartbeat.resp.decode(frame.body).ts).toBe(ts);
    }
    expect(first.seq).not.toBe(second.seq);
  });

  it('answers a server request it does not serve with UNKNOWN_COMMAND', async () => {
    const server = fakeWithUsers();
    await loggedIn(clients, server, 'alice');
    const conn = server.conns[0] as FakeConn;
    conn.send(encodeFrame({ service: 9, command: 9, seq: 4242 }, new Uint8Array()));
    const reply = await waitFor(() =>
      conn.received.find((f) => f.seq === 4242 && (f.flags & Flag.response) !== 0),
    );
    expect(reply.status).toBe(Code.UNKNOWN_COMMAND);
    expect(decodeErrorBody(reply.body).message).toMatch(/no such command/);
  });

  it('sends heartbeats at the interval the server gave at login', async () => {
    const server = fakeWithUsers();
    server.heartbeatIntervalMs = 25;
    await loggedIn(clients, server, 'alice');
    const conn = server.conns[0] as FakeConn;
    await sleep(140);
    const beats = conn.requests(Commands.heartbeat);
    expect(beats.length).toBeGreaterThanOrEqual(3);
    expect(beats.length).toBeLessThanOrEqual(7);
    expect(beats[0]?.ts).toBeGreaterThan(Date.now() - 1000);
  });

  it('uses heartbeatIntervalMs from the options over the server value', async () => {
    const server = fakeWithUsers();
    server.heartbeatIntervalMs = 60_000;
    await loggedIn(clients, server, 'alice', { heartbeatIntervalMs: 20 });
    await sleep(110);
    expect(server.conns[0]?.requests(Commands.heartbeat).length).toBeGreaterThanOrEqual(3);
  });

  it('replaces a connection that stays silent for 3 intervals, then logs in again', async () => {
    const server = fakeWithUsers();
    server.heartbeatIntervalMs = 30;
    const { client } = await loggedIn(clients, server, 'alice');
    const first = server.conns[0] as FakeConn;
    const down = nextEvent(client, 'disconnected');
    const back = nextEvent(client, 'reconnected');
    const silentAt = Date.now();
    first.silent = true; // stops answering heartbeats, as a dead peer would
    const event = await down;
    const detectedAfter = Date.now() - silentAt;
    expect(event.willReconnect).toBe(true);
    expect(event.reason).toMatch(/nothing received for \d+ ms/);
    // 3 periods since the last frame received, which may predate the silence by up to one period.
    expect(detectedAfter).toBeGreaterThanOrEqual(55);
    expect(detectedAfter).toBeLessThan(1000);
    await back;
    expect(first.closed).toBe(true);
    expect(server.online('alice')).toHaveLength(1);
    expect(client.state).toBe('ready');
  });

  it('keeps a connection that answers, however long it runs', async () => {
    const server = fakeWithUsers();
    server.heartbeatIntervalMs = 15;
    const { client } = await loggedIn(clients, server, 'alice');
    const events: string[] = [];
    client.on('disconnected', () => events.push('disconnected'));
    await sleep(200);
    expect(events).toEqual([]);
    expect(server.conns).toHaveLength(1);
  });
});
