/**
 * Events to business servers: the types shared by the outbox writer, the delivery loop and the
 * sinks. See docs/events.md for the event types and their payloads.
 */
import type { EventRecord } from '../store/types.ts';

export const EVENT_TYPES = [
  'upstream',
  'login',
  'logout',
  'kick',
  'offline',
  'message.sent',
  'group.changed',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** The JSON document a business server receives (webhook body, JetStream message data). */
export interface EventDocument {
  readonly id: number;
  readonly type: string;
  readonly ts: number;
  readonly node: string;
  readonly data: unknown;
}

/** The JSON body of an event as delivered: the same bytes for every sink and every attempt. */
export function eventBody(e: EventRecord): string {
  return `{"id":${e.eventId},"type":${JSON.stringify(e.type)},"ts":${e.ts},"node":${JSON.stringify(e.node)},"data":${e.payload}}`;
}

/** What one delivery attempt of one event came to. */
export type DeliveryOutcome =
  | { readonly ok: true; readonly duplicate?: boolean }
  | { readonly ok: false; readonly error: string };

/**
 * A destination of events (one webhook URL, one JetStream stream). The delivery loop
 * (EventDispatcher) claims the sink's rows from the outbox and hands them over in event-id order.
 */
export interface EventSink {
  /** Key of the sink's rows in the outbox queue: stable across restarts, at most 64 characters. */
  readonly id: string;
  /** For logs and the status API (URL without credentials, stream name). */
  readonly target: string;
  /** Prepares the destination (creates or updates the JetStream stream). Throws when unreachable. */
  start(): Promise<void>;
  /**
   * Delivers the events, in the order given, and reports one outcome per event (never throws).
   * `ok` means the destination has the event durably (2xx, PubAck). A sink may stop at the first
   * failure: events after it are reported `undefined` (not attempted) and are released untried.
   */
  deliver(events: readonly EventRecord[]): Promise<(DeliveryOutcome | undefined)[]>;
  close(): Promise<void>;
}

/** What logic emits events through (src/events/event-writer.ts). */
export interface EventEmitterApi {
  /** Whether `type` is configured to be emitted (events.types). */
  wants(type: EventType): boolean;
  /**
   * A lifecycle event: written to the outbox in the next batch (asynchronously). Lost if the
   * process dies before that batch commits (a few milliseconds); never blocks the caller.
   */
  emit(type: EventType, data: Record<string, unknown>): void;
  /**
   * An event that must be durable before the caller answers (upstream messages): resolves once
   * committed, with the first event's id for a repeated non-empty dedupKey.
   */
  emitDurable(
    type: EventType,
    data: Record<string, unknown>,
    dedupKey: string,
  ): Promise<{ eventId: number; ts: number; duplicate: boolean }>;
}
