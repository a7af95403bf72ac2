/** JetStream helpers of the events tests: unique streams, reading back what a stream holds. */
import { randomBytes } from 'node:crypto';
import { jetstreamManager } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/transport-node';
import type { ReceivedEvent } from '../contract/event-sink.contract.ts';

/** A unique stream and subject prefix per call; deleted by the returned cleanup. */
export function uniqueStream(): { stream: string; prefix: string } {
  const tag = randomBytes(6).toString('hex');
  return { stream: `PARLEY_TEST_${tag}`, prefix: `ptest.${tag}.` };
}

/** Every message the stream holds, in stream order. */
export async function streamMessages(c: NatsConnection, stream: string): Promise<ReceivedEvent[]> {
  const jsm = await jetstreamManager(c);
  let info: Awaited<ReturnType<typeof jsm.streams.info>>;
  try {
    info = await jsm.streams.info(stream);
  } catch {
    return [];
  }
  const out: ReceivedEvent[] = [];
  for (let seq = info.state.first_seq; seq <= info.state.last_seq && info.state.messages > 0; seq++) {
    const m = await jsm.streams.getMessage(stream, { seq }).catch(() => null);
    if (!m) continue;
    const doc = m.json<{ id: number; type: string; data: unknown }>();
    if (m.header.get('Nats-Msg-Id') !== String(doc.id)) throw new Error('Nats-Msg-Id is not the event id');
    if (m.subject.split('.').slice(-1)[0] !== doc.type.split('.').slice(-1)[0]) throw new Error('subject');
    out.push({ id: doc.id, type: doc.type, data: doc.data });
  }
  return out;
}
