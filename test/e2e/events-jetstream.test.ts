// Events to NATS JetStream end to end: a real server publishing from its outbox, a restart on the
// same data directory before publishing, and JetStream dropping a republished event id.

import { jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { ParleyClient } from '@parley/client';
import { tcpTransport } from '@parley/client/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { streamMessages, uniqueStream } from '../helpers/jetstream.ts';
import { startTestServer, tempDir } from '../helpers/server.ts';

const NATS_URL = process.env.PARLEY_TEST_NATS_URL ?? 'nats://127.0.0.1:4222';
let nc: NatsConnection;
const streams: string[] = [];

beforeAll(async () => {
  try {
    nc = await connect({ servers: NATS_URL, name: 'parley-events-e2e' });
  } catch (err) {
    throw new Error(`NATS is not reachable at ${NATS_URL} (needed by the JetStream events tests): ${err}`);
  }
});
afterAll(async () => {
  if (!nc) return;
  const jsm = await jetstreamManager(nc);
  for (const s of streams) await jsm.streams.delete(s).catch(() => false);
  await nc.drain();
});

async function until(check: () => Promise<boolean>, what: string, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('events to NATS JetStream', () => {
  it('publishes from the outbox with Nats-Msg-Id, also after a restart; duplicates are dropped', async () => {
    const { stream, prefix } = uniqueStream();
    streams.push(stream);
    const data = tempDir('parley-js-');
    const cfg = {
      'events.sink': 'jetstream',
      'events.jetstreamServers': NATS_URL,
      'events.jetstreamStream': stream,
      'events.jetstreamPrefix': prefix,
      'events.types': 'upstream,login',
      'events.pollMs': 20,
    } as const;
    try {
      const srv1 = await startTestServer(cfg, data.dir);
      const c = new ParleyClient({
        transport: tcpTransport({ host: '127.0.0.1', port: srv1.node.tcpPort }),
        reconnect: false,
      });
      await c.connect();
      await c.register({ uid: 'alice', password: 'js-password' });
      await c.login({ uid: 'alice', password: 'js-password' }, { deviceId: 'd1', platform: 'desktop' });
      const a = await c.sendUpstream({ service: 'orders', payload: 'one' });
      await until(
        async () => (await streamMessages(nc, stream)).some((m) => m.id === a.eventId),
        'first publish',
      );
      // Stop publishing (the stream is gone: no PubAck), ack an event, restart, then bring it back.
      const jsm = await jetstreamManager(nc);
      await jsm.streams.delete(stream);
      const b = await c.sendUpstream({ service: 'orders', payload: 'two' });
      c.close();
      await srv1.node.stop();
      const srv2 = await startTestServer(cfg, data.dir);
      try {
        await until(
          async () => (await streamMessages(nc, stream)).some((m) => m.id === b.eventId),
          'publish after restart',
        );
        const msgs = await streamMessages(nc, stream);
        expect(msgs.filter((m) => m.id === b.eventId)).toEqual([
          {
            id: b.eventId,
            type: 'upstream',
            data: expect.objectContaining({ payload: 'two', uid: 'alice' }),
          },
        ]);
        // A second publish of the same event id (a crash between PubAck and marking it published)
        // is dropped by the stream's duplicate window.
        const js = jetstream(nc);
        const ack = await js.publish(`${prefix}events.upstream`, new TextEncoder().encode('{}'), {
          msgID: String(b.eventId),
        });
        expect(ack.duplicate).toBe(true);
        expect((await streamMessages(nc, stream)).filter((m) => m.id === b.eventId)).toHaveLength(1);
        expect((await srv2.node.store.events.stats()).every((s) => s.pending === 0)).toBe(true);
      } finally {
        await srv2.node.stop();
      }
    } finally {
      data.cleanup();
    }
  });
});
