import { jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JetStreamSink } from '../../src/events/sink-jetstream.ts';
import { runEventSinkContract } from '../contract/event-sink.contract.ts';
import { streamMessages, uniqueStream } from '../helpers/jetstream.ts';

const NATS_URL = process.env.PARLEY_TEST_NATS_URL ?? 'nats://127.0.0.1:4222';
let nc: NatsConnection;

beforeAll(async () => {
  try {
    nc = await connect({ servers: NATS_URL, name: 'parley-events-test' });
  } catch (err) {
    throw new Error(
      `NATS is not reachable at ${NATS_URL} (needed by the JetStream event sink tests): ${err}`,
    );
  }
});
afterAll(async () => {
  await nc?.drain();
});

runEventSinkContract({
  name: 'NATS JetStream',
  create: async () => {
    const { stream, prefix } = uniqueStream();
    const sink = new JetStreamSink({ nats: nc, stream, prefix, duplicateWindowMs: 60_000, timeoutMs: 1000 });
    await sink.start();
    const jsm = await jetstreamManager(nc);
    return {
      sink,
      dedups: true,
      received: () => streamMessages(nc, stream),
      // A deleted stream answers no PubAck: publishing fails until start() creates it again.
      breakIt: async () => {
        await jsm.streams.delete(stream);
      },
      fixIt: () => sink.start(),
      close: async () => {
        await sink.close();
        await jsm.streams.delete(stream).catch(() => false);
      },
    };
  },
});

describe('JetStreamSink specifics', () => {
  it('creates the stream on <prefix>events.> with the duplicate window, and updates it at a restart', async () => {
    const { stream, prefix } = uniqueStream();
    const jsm = await jetstreamManager(nc);
    try {
      const a = new JetStreamSink({ nats: nc, stream, prefix, duplicateWindowMs: 30_000 });
      await a.start();
      let info = await jsm.streams.info(stream);
      expect(info.config.subjects).toEqual([`${prefix}events.>`]);
      expect(info.config.duplicate_window).toBe(30_000 * 1_000_000);
      const b = new JetStreamSink({ nats: nc, stream, prefix, duplicateWindowMs: 45_000 });
      await b.start();
      info = await jsm.streams.info(stream);
      expect(info.config.duplicate_window).toBe(45_000 * 1_000_000);
      expect(b.subjectOf('message.sent')).toBe(`${prefix}events.message.sent`);
    } finally {
      await jsm.streams.delete(stream).catch(() => false);
    }
  });

  it('fails with an error naming NATS when it cannot connect', async () => {
    const sink = new JetStreamSink({
      nats: 'nats://127.0.0.1:1',
      stream: 'X',
      prefix: 'x.',
      duplicateWindowMs: 1000,
    });
    await expect(sink.start()).rejects.toThrow(/NATS JetStream is not reachable/);
  });
});
