import { Code, Commands, encodeFrame, encodeResponse, Flag, MsgType, Platform } from '@parley/protocol';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Connection } from '../src/connection.ts';
import { fromWireMsgType, toChatMessage, toWireMsgType, toWirePlatform } from '../src/convert.ts';
import { TypedEmitter } from '../src/emitter.ts';
import { ConnectionLostError, ProtocolError, RequestTimeoutError } from '../src/errors.ts';
import { randomId } from '../src/ids.ts';
import { type MemoryPeer, memoryTransport } from '../src/memory-transport.ts';
import { Backoff, backoffDelay } from '../src/reconnect.ts';
import type { TransportCloseInfo } from '../src/transport.ts';
import { sleep, waitFor } from './helpers/wait.ts';

describe('backoffDelay', () => {
  it('waits a random delay between min and min·2^(n+1), capped at max, the first attempt included', () => {
    expect(backoffDelay(0, 200, 10_000, () => 0)).toBe(200);
    expect(backoffDelay(0, 200, 10_000, () => 1)).toBe(400);
    expect(backoffDelay(1, 200, 10_000, () => 0)).toBe(200);
    expect(backoffDelay(1, 200, 10_000, () => 1)).toBe(800);
    expect(backoffDelay(3, 200, 10_000, () => 1)).toBe(3200);
    expect(backoffDelay(3, 200, 10_000, () => 0.5)).toBe(1700);
    expect(backoffDelay(10, 200, 10_000, () => 1)).toBe(10_000);
    expect(backoffDelay(1000, 200, 10_000, () => 1)).toBe(10_000);
  });

  it('stays within [min, max] for any attempt and random value', () => {
    for (let attempt = 0; attempt < 40; attempt++) {
      for (const r of [0, 0.1, 0.5, 0.9, 0.999]) {
        const d = backoffDelay(attempt, 50, 3000, () => r);
        expect(d).toBeGreaterThanOrEqual(50);
        expect(d).toBeLessThanOrEqual(3000);
      }
    }
  });

  it('grows on average with the attempt count', () => {
    const mean = (attempt: number) => {
      let sum = 0;
      for (let i = 0; i < 400; i++) sum += backoffDelay(attempt, 100, 100_000);
      return sum / 400;
    };
    expect(mean(4)).toBeGreaterThan(mean(1) * 2);
  });
});

describe('Backoff', () => {
  afterEach(() => vi.useRealTimers());

  it('counts attempts, replaces a pending timer, and resets', () => {
    vi.useFakeTimers();
    const b = new Backoff({ minDelayMs: 100, maxDelayMs: 1000 }, () => 1);
    const fired: number[] = [];
    expect(b.schedule(() => fired.push(1))).toBe(200);
    expect(b.schedule(() => fired.push(2))).toBe(400);
    expect(b.attempts).toBe(2);
    vi.advanceTimersByTime(399);
    expect(fired).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(fired).toEqual([2]);
    expect(b.schedule(() => fired.push(3))).toBe(800);
    b.cancel();
    vi.advanceTimersByTime(10_000);
    expect(fired).toEqual([2]);
    b.reset();
    expect(b.schedule(() => {})).toBe(200);
    b.cancel();
  });

  it('uses 200..10000 ms by default and never lets max fall under min', () => {
    const d = new Backoff({});
    expect([d.min, d.max]).toEqual([200, 10_000]);
    const odd = new Backoff({ minDelayMs: 500, maxDelayMs: 100 });
    expect([odd.min, odd.max]).toEqual([500, 500]);
  });
});

describe('TypedEmitter', () => {
  interface Events {
    a: number;
    b: string;
  }

  it('calls listeners in order, unsubscribes, and supports once', () => {
    const e = new TypedEmitter<Events>(() => {});
    const seen: string[] = [];
    const off = e.on('a', (n) => seen.push(`1:${n}`));
    e.on('a', (n) => seen.push(`2:${n}`));
    e.once('b', (s) => seen.push(`once:${s}`));
    e.emit('a', 1);
    off();
    e.emit('a', 2);
    e.emit('b', 'x');
    e.emit('b', 'y');
    expect(seen).toEqual(['1:1', '2:1', '2:2', 'once:x']);
    expect(e.listenerCount('a')).toBe(1);
    expect(e.listenerCount('b')).toBe(0);
  });

  it('reports a throwing listener and still calls the others', () => {
    const errors: unknown[] = [];
    const e = new TypedEmitter<Events>((err, event) => errors.push([event, (err as Error).message]));
    const seen: number[] = [];
    e.on('a', () => {
      throw new Error('boom');
    });
    e.on('a', (n) => seen.push(n));
    e.emit('a', 7);
    expect(seen).toEqual([7]);
    expect(errors).toEqual([['a', 'boom']]);
  });

  it('lets a listener unsubscribe another during emit without skipping anyone', () => {
    const e = new TypedEmitter<Events>(() => {});
    const seen: string[] = [];
    let offB = () => {};
    e.on('a', () => {
      seen.push('a');
      offB();
    });
    offB = e.on('a', () => seen.push('b'));
    e.emit('a', 1);
    e.emit('a', 2);
    expect(seen).toEqual(['a', 'b', 'a']);
  });
});

describe('randomId', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is a v4 UUID, from randomUUID or from getRandomValues when randomUUID is missing', () => {
    const v4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(randomId()).toMatch(v4);
    const real = globalThis.crypto;
    vi.stubGlobal('crypto', { getRandomValues: real.getRandomValues.bind(real) });
    const ids = new Set(Array.from({ length: 100 }, () => randomId()));
    expect(ids.size).toBe(100);
    for (const id of ids) expect(id).toMatch(v4);
  });
});

describe('convert', () => {
  it('maps message types and platforms both ways', () => {
    expect(toWireMsgType('text')).toBe(MsgType.TEXT);
    expect(toWireMsgType('system')).toBe(MsgType.SYSTEM);
    expect(fromWireMsgType(MsgType.VOICE)).toBe('voice');
    expect(fromWireMsgType(99)).toBe('custom');
    expect(toWirePlatform('ios')).toBe(Platform.IOS);
    expect(() => toWirePlatform('tv' as 'ios')).toThrow(/unknown platform/);
  });

  it('fills defaults for absent fields of a Message', () => {
    expect(toChatMessage({ seq: 3, convType: 2 })).toEqual({
      msgId: 0,
      clientMsgId: '',
      from: '',
      to: '',
      convType: 'group',
      type: 'custom',
      content: '',
      ts: 0,
      seq: 3,
      convId: '',
      convSeq: 0,
      refMsgId: 0,
      refKind: '',
      editedAt: 0,
      recalled: false,
      deleted: false,
    });
  });
});

/** A Connection over the in-memory transport with a hand-driven server end. */
async function rawConnection(timeoutMs = 1000) {
  let peer!: MemoryPeer;
  const pushes: number[] = [];
  const errors: Error[] = [];
  const closes: { reason: string; code?: number }[] = [];
  const transport = memoryTransport((p) => {
    peer = p;
  })();
  const conn = new Connection(
    transport,
    {
      onPush: (f) => pushes.push(f.command),
      onClose: (info) => closes.push(info),
      onError: (err) => errors.push(err),
    },
    { requestTimeoutMs: timeoutMs, maxFrameBytes: 1 << 20, heartbeatIntervalMs: 60_000 },
  );
  const fromClient: Uint8Array[] = [];
  await conn.open();
  peer.onData = (b) => fromClient.push(b);
  return { conn, peer: () => peer, pushes, errors, closes, fromClient };
}

describe('Connection', () => {
  it('numbers requests from 1 and matches responses by seq, in any order', async () => {
    const r = await rawConnection();
    const a = r.conn.request(Commands.heartbeat, { ts: 1 });
    const b = r.conn.request(Commands.heartbeat, { ts: 2 });
    await waitFor(() => r.fromClient.length === 2);
    const seqs = r.fromClient.map((f) => new DataView(f.buffer, f.byteOffset).getUint32(12));
    expect(seqs).toEqual([1, 2]);
    r.peer().send(encodeResponse(Commands.heartbeat, 2, { ts: 20 }));
    r.peer().send(encodeResponse(Commands.heartbeat, 1, { ts: 10 }));
    await expect(a).resolves.toMatchObject({ ts: 10 });
    await expect(b).resolves.toMatchObject({ ts: 20 });
    r.conn.close({ reason: 'done' });
  });

  it('fails a request whose response names another command with ProtocolError', async () => {
    const r = await rawConnection();
    const p = r.conn.request(Commands.heartbeat, { ts: 1 });
    r.peer().send(encodeResponse(Commands.sync, 1, {}));
    await expect(p).rejects.toBeInstanceOf(ProtocolError);
    r.conn.close({ reason: 'done' });
  });

  it('fails a request with an undecodable response body with BAD_BODY', async () => {
    const r = await rawConnection();
    const p = r.conn.request(Commands.heartbeat, { ts: 1 });
    const { service, command } = Commands.heartbeat;
    r.peer().send(
      encodeFrame({ service, command, seq: 1, flags: Flag.response }, new Uint8Array([0xff, 0xff])),
    );
    await expect(p).rejects.toMatchObject({ code: Code.BAD_BODY });
    r.conn.close({ reason: 'done' });
  });

  it('ignores a response that arrives after its request timed out', async () => {
    const r = await rawConnection(20);
    const p = r.conn.request(Commands.heartbeat, { ts: 1 });
    await expect(p).rejects.toBeInstanceOf(RequestTimeoutError);
    r.peer().send(encodeResponse(Commands.heartbeat, 1, { ts: 1 }));
    await sleep(10);
    expect(r.errors).toEqual([]);
    expect(r.conn.isOpen).toBe(true);
    r.conn.close({ reason: 'done' });
  });

  it('closes on a byte stream it cannot split, failing pending requests', async () => {
    const r = await rawConnection();
    const p = r.conn.request(Commands.heartbeat, { ts: 1 });
    const garbage = new Uint8Array(20);
    garbage[3] = 5; // length 5 < header size: fatal
    r.peer().send(garbage);
    await expect(p).rejects.toBeInstanceOf(ConnectionLostError);
    expect(r.errors[0]).toMatchObject({ code: Code.BAD_FRAME });
    expect(r.closes).toHaveLength(1);
    expect(r.closes[0]?.reason).toMatch(/protocol error/);
  });

  it('reports a frame with unknown flags and goes on', async () => {
    const r = await rawConnection();
    r.peer().send(encodeFrame({ service: 3, command: 2, flags: 0x80 | Flag.push }, new Uint8Array()));
    r.peer().send(encodeFrame({ service: 3, command: 2, flags: Flag.push }, new Uint8Array()));
    await waitFor(() => r.pushes.length === 1);
    expect(r.errors[0]).toBeInstanceOf(ProtocolError);
    expect(r.conn.isOpen).toBe(true);
    r.conn.close({ reason: 'done' });
  });

  it('calls onClose once, fails requests after close at once, and ignores late bytes', async () => {
    const r = await rawConnection();
    r.conn.close({ reason: 'first', code: 1 });
    r.conn.close({ reason: 'second' });
    await expect(r.conn.request(Commands.heartbeat, {})).rejects.toBeInstanceOf(ConnectionLostError);
    r.peer().send(encodeFrame({ service: 3, command: 2, flags: Flag.push }, new Uint8Array()));
    await sleep(5);
    expect(r.closes).toEqual([{ reason: 'first', code: 1 }]);
    expect(r.pushes).toEqual([]);
  });
});

describe('memoryTransport', () => {
  it('delivers in order, tells both ends of a close once, and drops sends after it', async () => {
    let peer!: MemoryPeer;
    const serverGot: number[] = [];
    const serverClosed: TransportCloseInfo[] = [];
    const t = memoryTransport((p) => {
      peer = p;
      p.onData = (b) => serverGot.push(...b);
      p.onClose = (info) => serverClosed.push(info);
    })();
    const clientGot: number[] = [];
    const clientClosed: TransportCloseInfo[] = [];
    t.onData = (b) => clientGot.push(...b);
    t.onClose = (info) => clientClosed.push(info);
    await t.connect();
    t.send(new Uint8Array([1, 2]));
    t.send(new Uint8Array([3]));
    peer.send(new Uint8Array([9]));
    await sleep(1);
    expect(serverGot).toEqual([1, 2, 3]);
    expect(clientGot).toEqual([9]);
    peer.send(new Uint8Array([10]));
    peer.close('bye');
    peer.send(new Uint8Array([11]));
    await sleep(1);
    t.close();
    t.send(new Uint8Array([12]));
    await sleep(1);
    expect(clientGot).toEqual([9, 10]);
    expect(serverGot).toEqual([1, 2, 3]);
    expect(clientClosed).toEqual([{ reason: 'peer closed: bye' }]);
    expect(serverClosed).toEqual([{ reason: 'bye' }]);
  });

  it('refuses the connection when accept throws', async () => {
    const t = memoryTransport(() => {
      throw new Error('full');
    })();
    await expect(t.connect()).rejects.toThrow(/refused: full/);
  });
});
