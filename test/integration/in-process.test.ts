import { type ChatMessage, memoryTransport, ParleyClient } from '@parley/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptInProcess } from '../../src/gate/memory-listener.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

let srv: TestServer;
beforeAll(async () => {
  srv = await startTestServer();
});
afterAll(() => srv.stop());

/** An SDK client wired straight into the gate: no socket between them. */
function client(chunkSize?: number): ParleyClient {
  return new ParleyClient({
    transport: memoryTransport((peer) => acceptInProcess(srv.node.gate, peer), { chunkSize }),
    reconnect: false,
  });
}

describe('SDK and server in one process over the in-memory transport', () => {
  it('registers, logs in, sends and receives, with frames split into 7-byte chunks', async () => {
    const a = client(7);
    const b = client(7);
    await a.register({ uid: 'mem-a', password: 'mem-password' });
    await a.register({ uid: 'mem-b', password: 'mem-password' });
    await a.login({ uid: 'mem-a', password: 'mem-password' }, { deviceId: 'a', platform: 'web' });
    const got: ChatMessage[] = [];
    b.on('message', (m) => got.push(m));
    await b.login({ uid: 'mem-b', password: 'mem-password' }, { deviceId: 'b', platform: 'web' });
    const delivered = new Promise((r) => a.on('delivered', r));
    const acks = await Promise.all(
      Array.from({ length: 50 }, (_, i) => a.send({ to: 'mem-b', content: `m${i}` })),
    );
    expect(new Set(acks.map((x) => x.msgId)).size).toBe(50);
    const deadline = Date.now() + 5000;
    while (got.length < 50 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 5));
    expect(got.map((m) => m.content)).toEqual(Array.from({ length: 50 }, (_, i) => `m${i}`));
    await delivered;
    expect(srv.node.gate.sessionCount).toBe(2);
    a.close();
    b.close();
  });
});
