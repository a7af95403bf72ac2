// A gate process killed with SIGKILL under traffic: its clients reconnect through dispatch to the
// other gate, resend what was not acked (deduplicated by client message id) and sync; every acked
// message reaches the recipient exactly once, in one order.
import { type ChatMessage, ParleyClient, type SendResult } from '@parley/client';
import { dispatchTransport } from '@parley/client/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChildServer } from '../helpers/child-server.ts';
import { type Cluster, startCluster } from '../helpers/cluster.ts';

const PW = 'failover-password';
const N = 300;
let cluster: Cluster;
let gates: readonly ChildServer[];
let disp: ChildServer;
const clients: ParleyClient[] = [];

async function until(cond: () => boolean, what: string, ms = 20_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

beforeAll(async () => {
  cluster = await startCluster({
    dispatch: true,
    overrides: { 'presence.ttlMs': 3000, 'dispatch.staleMs': 1500, 'dispatch.reportIntervalMs': 300 },
  });
  gates = cluster.nodes;
  disp = cluster.dispatch!;
  const reg = new ParleyClient({
    transport: dispatchTransport({ dispatchUrl: `http://127.0.0.1:${disp.httpPort}/dispatch`, kind: 'tcp' }),
    reconnect: false,
  });
  for (const uid of ['fs', 'fr']) await reg.register({ uid, password: PW });
  reg.close();
}, 60_000);

afterAll(async () => {
  for (const c of clients) c.close();
  await cluster?.stop();
});

describe('failover through dispatch', () => {
  it('every acked message is delivered exactly once after a gate is killed under traffic', async () => {
    const transport = () =>
      dispatchTransport({ dispatchUrl: `http://127.0.0.1:${disp.httpPort}/dispatch`, kind: 'tcp' });
    const senderTransport = transport();
    const sender = new ParleyClient({
      transport: senderTransport,
      reconnect: { minDelayMs: 50, maxDelayMs: 300 },
    });
    const receiver = new ParleyClient({
      transport: transport(),
      reconnect: { minDelayMs: 50, maxDelayMs: 300 },
    });
    clients.push(sender, receiver);
    const got: ChatMessage[] = [];
    receiver.on('message', (m) => {
      if (m.from === 'fs') got.push(m);
    });
    await receiver.login({ uid: 'fr', password: PW }, { deviceId: 'fr-phone', platform: 'ios' });
    await sender.login({ uid: 'fs', password: PW }, { deviceId: 'fs-phone', platform: 'ios' });
    const victim = gates.find((g) => g.tcpPort === senderTransport.gate?.tcpPort);
    expect(victim, 'the sender is on one of the two gates').toBeDefined();

    const acked = new Map<string, SendResult>();
    const sends: Promise<void>[] = [];
    for (let i = 0; i < N; i++) {
      const clientMsgId = `fo-${i}`;
      sends.push(
        sender.send({ to: 'fr', content: `m${i}`, clientMsgId }).then((r) => {
          acked.set(clientMsgId, r);
        }),
      );
      if (i === N / 3) {
        await until(() => acked.size >= N / 4, 'a first part acked');
        victim!.proc.kill('SIGKILL');
      }
      if (i % 20 === 0) await new Promise((r) => setTimeout(r, 5));
    }
    expect(await victim!.exited).toBe('SIGKILL');
    await Promise.all(sends);
    expect(acked.size).toBe(N);
    expect(senderTransport.gate?.tcpPort).not.toBe(victim!.tcpPort);

    await until(() => new Set(got.map((m) => m.clientMsgId)).size === N, 'every message at the receiver');
    const counts = new Map<string, number>();
    for (const m of got) counts.set(m.clientMsgId, (counts.get(m.clientMsgId) ?? 0) + 1);
    for (const [id, n] of counts) expect(n, `copies of ${id}`).toBe(1);
    for (const [id, ack] of acked) expect(got.find((m) => m.clientMsgId === id)?.msgId).toBe(ack.msgId);
    // One order: the receiver's seqs are consecutive, as the store assigned them.
    expect(got.map((m) => m.seq)).toEqual(got.map((_, i) => got[0]!.seq + i));
  }, 90_000);
});
