import { connect, type NatsConnection } from '@nats-io/transport-node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Logger } from '../../src/observability/logger.ts';
import { NatsBus } from '../../src/route/bus-nats.ts';
import type { GateHandler, KickNotice } from '../../src/route/types.ts';
import { runBusContract } from '../contract/bus.contract.ts';

const NATS_URL = process.env.PARLEY_TEST_NATS_URL ?? 'nats://127.0.0.1:4222';
/** Unique per run so parallel runs on the same NATS do not receive each other's messages. */
const RUN = `ptest${process.pid}x${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}.`;

let raw: NatsConnection;

beforeAll(async () => {
  try {
    raw = await connect({ servers: NATS_URL, name: 'parley-bus-test' });
  } catch (err) {
    throw new Error(`NATS is not reachable at ${NATS_URL} (needed by the NATS bus tests): ${err}`);
  }
});

afterAll(async () => {
  await raw?.drain();
});

interface Warning {
  obj: unknown;
  msg: unknown;
}

/** A logger that records warnings (and prints nothing). */
function recordingLogger(): { logger: Pick<Logger, 'warn'>; warnings: Warning[] } {
  const warnings: Warning[] = [];
  return { warnings, logger: { warn: (obj: unknown, msg?: unknown) => void warnings.push({ obj, msg }) } };
}

const quiet = () => recordingLogger().logger;

function open(prefix = RUN): Promise<NatsBus> {
  return NatsBus.connect({ nats: NATS_URL, subjectPrefix: prefix, logger: quiet() });
}

interface Seen {
  delivered: { sessionId: string; frame: Uint8Array }[];
  kicked: { sessionId: string; notice: KickNotice }[];
}

function recorder(): { handler: GateHandler; seen: Seen } {
  const seen: Seen = { delivered: [], kicked: [] };
  return {
    seen,
    handler: {
      deliver(items) {
        // Copies: the frames are views into the received message.
        for (const it of items) seen.delivered.push({ sessionId: it.sessionId, frame: it.frame.slice() });
      },
      kick(sessionId, notice) {
        seen.kicked.push({ sessionId, notice });
      },
      broadcast() {},
    },
  };
}

async function until(cond: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

const u32 = (n: number) => {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setUint32(0, n);
  return b;
};
const readU32 = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength).getUint32(0);

let k = 0;
const gate = (name: string) => `g${++k}-${name}`;

runBusContract({ name: 'NATS', create: () => open(), settleMs: 150 });

describe('NatsBus (NATS-specific)', () => {
  const opened: NatsBus[] = [];
  const bus = async (prefix = RUN) => {
    const b = await open(prefix);
    opened.push(b);
    return b;
  };
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((b) => b.close()));
  });

  it('fails with an error naming NATS when it cannot connect', async () => {
    await expect(NatsBus.connect({ nats: 'nats://127.0.0.1:1' })).rejects.toThrow(/NATS/);
  });

  it('delivers and kicks across connections (gate on one, logic on another)', async () => {
    const gateSide = await bus();
    const logicSide = await bus();
    const g = gate('cross');
    const r = recorder();
    await gateSide.attachGate(g, r.handler);
    logicSide.deliver(g, [
      { sessionId: 's-1', frame: new Uint8Array([1, 2, 3]) },
      { sessionId: 'sessión-2', frame: new Uint8Array(0) },
    ]);
    const notice: KickNotice = { code: 206, reason: 'replaced — 替换', byPlatform: 'ios', byDeviceId: 'd-9' };
    logicSide.kick(g, 's-1', notice);
    await until(() => r.seen.kicked.length === 1, 'the kick');
    expect(r.seen.delivered).toEqual([
      { sessionId: 's-1', frame: new Uint8Array([1, 2, 3]) },
      { sessionId: 'sessión-2', frame: new Uint8Array(0) },
    ]);
    expect(r.seen.kicked).toEqual([{ sessionId: 's-1', notice }]);
  });

  it('sends a message for gate A only on A’s subject, never to gate B', async () => {
    const prefix = `${RUN}iso${++k}.`;
    const gateSide = await bus(prefix);
    const logicSide = await bus(prefix);
    const a = recorder();
    const b = recorder();
    await gateSide.attachGate('A', a.handler);
    await gateSide.attachGate('B', b.handler);
    const subjects: string[] = [];
    let onB = 0;
    const wild = raw.subscribe(`${prefix}gate.>`, { callback: (_e, m) => void subjects.push(m.subject) });
    const bSub = raw.subscribe(`${prefix}gate.B`, { callback: () => void onB++ });
    await raw.flush();
    for (let i = 0; i < 20; i++) logicSide.deliver('A', [{ sessionId: 'sa', frame: u32(i) }]);
    logicSide.kick('A', 'sa', { code: 206, reason: 'x', byPlatform: '', byDeviceId: '' });
    await until(() => a.seen.kicked.length === 1 && subjects.length === 21, 'the messages for A');
    // One more round trip on both connections so a stray message for B would have arrived.
    await raw.flush();
    await gateSide.nc.flush();
    expect(new Set(subjects)).toEqual(new Set([`${prefix}gate.A`]));
    expect(onB).toBe(0);
    expect(b.seen).toEqual({ delivered: [], kicked: [] });
    expect(a.seen.delivered.map((d) => readU32(d.frame))).toEqual(Array.from({ length: 20 }, (_, i) => i));
    wild.unsubscribe();
    bSub.unsubscribe();
  });

  it('keeps the order of 10 000 deliveries', async () => {
    const gateSide = await bus();
    const logicSide = await bus();
    const g = gate('order');
    const got: number[] = [];
    let kicksAt = -1;
    await gateSide.attachGate(g, {
      deliver(items) {
        for (const it of items) got.push(readU32(it.frame));
      },
      broadcast() {},
      kick() {
        kicksAt = got.length;
      },
    });
    const N = 10_000;
    const body = new Uint8Array(100);
    const t0 = performance.now();
    for (let i = 0; i < N; i++) {
      const frame = new Uint8Array(104);
      frame.set(u32(i));
      frame.set(body, 4);
      logicSide.deliver(g, [{ sessionId: `s-${i % 37}`, frame }]);
      if (i === N / 2 - 1) logicSide.kick(g, 's-1', { code: 1, reason: '', byPlatform: '', byDeviceId: '' });
    }
    await until(() => got.length === N, '10 000 deliveries');
    const ms = performance.now() - t0;
    console.log(
      `[bus-nats] 10 000 single-frame deliveries (104 B) across connections: ${ms.toFixed(0)} ms, ` +
        `${Math.round(N / (ms / 1000))}/s`,
    );
    expect(got).toEqual(Array.from({ length: N }, (_, i) => i));
    // The kick sits where it was called between the deliveries.
    expect(kicksAt).toBe(N / 2);
  });

  it('ignores malformed messages on a gate subject and keeps delivering', async () => {
    const prefix = `${RUN}bad${++k}.`;
    const { logger, warnings } = recordingLogger();
    const gateSide = await NatsBus.connect({ nats: NATS_URL, subjectPrefix: prefix, logger });
    opened.push(gateSide);
    const logicSide = await bus(prefix);
    const r = recorder();
    await gateSide.attachGate('A', r.handler);
    const subject = `${prefix}gate.A`;
    const garbage: Uint8Array[] = [
      new Uint8Array(0), // empty
      new Uint8Array([0x09, 1, 2]), // unknown type
      new Uint8Array([0x01, 0, 0]), // truncated header
      new Uint8Array([0x01, 0xff, 0xff, 0xff, 0xff, 0, 1]), // absurd count
      new Uint8Array([0x01, 0, 0, 0, 1, 0, 2, 65, 66, 0, 0, 0, 9, 1]), // frame longer than the message
      new Uint8Array([0x01, 0, 0, 0, 1, 0, 1, 65, 0, 0, 0, 1, 7, 99]), // trailing bytes
      new Uint8Array([0x02, 123, 34]), // kick that is not JSON
      new Uint8Array([0x02, ...new TextEncoder().encode('{"s":1}')]), // kick with wrong fields
    ];
    for (const g of garbage) raw.publish(subject, g);
    raw.publish(subject, 'plain text');
    await raw.flush();
    logicSide.deliver('A', [{ sessionId: 'ok', frame: new Uint8Array([42]) }]);
    await until(() => r.seen.delivered.length === 1, 'the valid delivery');
    expect(r.seen.delivered).toEqual([{ sessionId: 'ok', frame: new Uint8Array([42]) }]);
    expect(r.seen.kicked).toEqual([]);
    expect(warnings).toHaveLength(garbage.length + 1);
  });

  it('survives a throwing gate handler', async () => {
    const gateSide = await bus();
    const logicSide = await bus();
    const g = gate('throws');
    const got: number[] = [];
    await gateSide.attachGate(g, {
      deliver(items) {
        const v = items[0]!.frame[0]!;
        if (v === 1) throw new Error('boom');
        got.push(v);
      },
      broadcast() {},
      kick() {},
    });
    for (const v of [0, 1, 2]) logicSide.deliver(g, [{ sessionId: 's', frame: new Uint8Array([v]) }]);
    await until(() => got.length === 2, 'the deliveries after the throw');
    expect(got).toEqual([0, 2]);
  });

  it('splits a delivery larger than max_payload, in order, and drops a frame that cannot fit', async () => {
    const { logger, warnings } = recordingLogger();
    const gateSide = await bus();
    const logicSide = await NatsBus.connect({ nats: NATS_URL, subjectPrefix: RUN, logger });
    opened.push(logicSide);
    const max = logicSide.nc.info!.max_payload;
    const g = gate('big');
    const r = recorder();
    await gateSide.attachGate(g, r.handler);
    const frame = (tag: number, size: number) => new Uint8Array(size).fill(tag);
    const items = [
      { sessionId: 'a', frame: frame(1, Math.floor(max * 0.6)) },
      { sessionId: 'b', frame: frame(2, Math.floor(max * 0.6)) },
      { sessionId: 'c', frame: frame(3, max + 1) },
      { sessionId: 'd', frame: frame(4, 10) },
    ];
    logicSide.deliver(g, items);
    await until(() => r.seen.delivered.length === 3, 'the split delivery');
    expect(r.seen.delivered.map((d) => [d.sessionId, d.frame.length, d.frame[0]])).toEqual([
      ['a', items[0]!.frame.length, 1],
      ['b', items[1]!.frame.length, 2],
      ['d', 10, 4],
    ]);
    expect(warnings).toHaveLength(1);
  });

  it('stops delivering after detach and delivers again after re-attach', async () => {
    const gateSide = await bus();
    const logicSide = await bus();
    const g = gate('re');
    const first = recorder();
    const second = recorder();
    await gateSide.attachGate(g, first.handler);
    await gateSide.detachGate(g);
    logicSide.deliver(g, [{ sessionId: 's', frame: new Uint8Array([1]) }]);
    await logicSide.nc.flush();
    await gateSide.attachGate(g, second.handler);
    logicSide.deliver(g, [{ sessionId: 's', frame: new Uint8Array([2]) }]);
    await until(() => second.seen.delivered.length === 1, 'the delivery after re-attach');
    await gateSide.nc.flush();
    expect(first.seen.delivered).toEqual([]);
    expect(second.seen.delivered.map((d) => d.frame[0])).toEqual([2]);
  });

  it('uses a given connection and leaves it open on close', async () => {
    const nc = await connect({ servers: NATS_URL });
    const b = new NatsBus(nc, { subjectPrefix: RUN, logger: quiet() });
    const r = recorder();
    const g = gate('given');
    await b.attachGate(g, r.handler);
    b.deliver(g, [{ sessionId: 's', frame: new Uint8Array([5]) }]);
    await until(() => r.seen.delivered.length === 1, 'the delivery');
    await b.close();
    expect(nc.isClosed()).toBe(false);
    // Closed: further calls are dropped, not thrown.
    expect(() => b.deliver(g, [{ sessionId: 's', frame: new Uint8Array([6]) }])).not.toThrow();
    await nc.drain();
  });
});
