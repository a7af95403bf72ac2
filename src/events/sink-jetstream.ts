import { type JetStreamClient, type JetStreamManager, jetstream, jetstreamManager } from '@nats-io/jetstream';
import { connect, type NatsConnection } from '@nats-io/transport-node';
import type { EventRecord } from '../store/types.ts';
import { type DeliveryOutcome, type EventSink, eventBody } from './types.ts';

export interface JetStreamSinkOptions {
  /** Server address(es), or an open connection (left open by close()). */
  readonly nats: string | readonly string[] | NatsConnection;
  /** Stream created (or updated) at start. */
  readonly stream: string;
  /** Subjects are `<prefix>events.<type>`; the stream takes `<prefix>events.>`. */
  readonly prefix: string;
  /** The stream's deduplication window. */
  readonly duplicateWindowMs: number;
  /** Timeout of one publish (waiting for its PubAck). Default 5000. */
  readonly timeoutMs?: number;
}

const enc = new TextEncoder();

/**
 * NATS JetStream: each event is published to `<prefix>events.<type>` with `Nats-Msg-Id` = event
 * id, so a republish within the duplicate window (after a crash between PubAck and marking it
 * published) is dropped by the stream. Delivered = PubAck received (the stream has it).
 */
export class JetStreamSink implements EventSink {
  readonly id = 'jetstream';
  readonly target: string;
  private nc: NatsConnection | undefined;
  private js: JetStreamClient | undefined;
  private owned = false;

  constructor(private readonly o: JetStreamSinkOptions) {
    this.target = `jetstream:${o.stream}`;
  }

  /** The subject of an event type. */
  subjectOf(type: string): string {
    return `${this.o.prefix}events.${type}`;
  }

  async start(): Promise<void> {
    const where = typeof this.o.nats === 'string' || Array.isArray(this.o.nats) ? this.o.nats : undefined;
    if (where !== undefined) {
      const servers = (typeof where === 'string' ? where.split(',') : [...where]).map((s) => s.trim());
      try {
        this.nc = await connect({ servers, name: 'parley-events' });
      } catch (err) {
        throw new Error(`events: NATS JetStream is not reachable at ${servers.join(',')}: ${String(err)}`);
      }
      this.owned = true;
    } else {
      this.nc = this.o.nats as NatsConnection;
    }
    const jsm: JetStreamManager = await jetstreamManager(this.nc);
    const cfg = {
      subjects: [`${this.o.prefix}events.>`],
      duplicate_window: this.o.duplicateWindowMs * 1_000_000,
    };
    try {
      await jsm.streams.info(this.o.stream);
      await jsm.streams.update(this.o.stream, cfg);
    } catch (err) {
      if (!/not found/i.test(String(err))) throw err;
      await jsm.streams.add({ name: this.o.stream, ...cfg });
    }
    this.js = jetstream(this.nc);
  }

  async deliver(events: readonly EventRecord[]): Promise<(DeliveryOutcome | undefined)[]> {
    const js = this.js;
    if (!js) return events.map(() => ({ ok: false, error: 'JetStream sink not started' }));
    return Promise.all(
      events.map(async (e): Promise<DeliveryOutcome> => {
        try {
          const ack = await js.publish(this.subjectOf(e.type), enc.encode(eventBody(e)), {
            msgID: String(e.eventId),
            timeout: this.o.timeoutMs ?? 5000,
          });
          return { ok: true, duplicate: ack.duplicate };
        } catch (err) {
          return { ok: false, error: err instanceof Error ? err.message : String(err) };
        }
      }),
    );
  }

  async close(): Promise<void> {
    if (this.owned) await this.nc?.drain().catch(() => {});
    this.nc = undefined;
    this.js = undefined;
  }
}
