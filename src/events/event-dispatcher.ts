import type { Logger } from '../observability/logger.ts';
import type { EventDelivery, EventStore } from '../store/types.ts';
import type { EventSink } from './types.ts';

export interface DispatcherOptions {
  store: EventStore;
  sinks: readonly EventSink[];
  log: Logger;
  /** Idle poll interval of each sink's loop. */
  pollMs: number;
  /** How long claimed rows are held (longer than a batch's delivery can take). */
  leaseMs: number;
  /** Failed attempts after which an event goes to the dead-letter list. */
  maxAttempts: number;
  /** Age (from the event's ts) after which a failing event goes to the dead-letter list. */
  maxAgeMs: number;
  retryBaseMs: number;
  retryMaxMs: number;
  /** Rows claimed per round. Default 100. */
  batch?: number;
  /** Random in [0, 1); tests fix it. */
  random?: () => number;
}

/** Delay before attempt `attempts + 1`: exponential from base, capped, with full jitter in [d/2, d]. */
export function retryDelay(attempts: number, baseMs: number, maxMs: number, random: () => number): number {
  const d = Math.min(maxMs, baseMs * 2 ** Math.min(attempts - 1, 30));
  return Math.round(d / 2 + (random() * d) / 2);
}

interface SinkState {
  readonly sink: EventSink;
  running: boolean;
  again: boolean;
  /** No claims before this time (the receiver failed; its retry is due then). */
  pausedUntil: number;
  timer: NodeJS.Timeout | undefined;
  lastError: string;
  lastErrorAt: number;
  delivered: number;
  /** Removed by removeSink: its loop ends and is not scheduled again. */
  removed: boolean;
}

/**
 * The delivery loop: per sink, claims due rows of the outbox (ascending event id, with a lease so
 * that two nodes never deliver the same row at once), hands them to the sink, and records each
 * outcome: delivered rows are removed, failed ones retried with exponential backoff and jitter,
 * or moved to the dead-letter list after maxAttempts / maxAgeMs. At-least-once: a node dying
 * after a delivery but before recording it makes another node (or itself after a restart)
 * deliver the event again when the lease ends; receivers deduplicate by event id.
 *
 * Order: a failure pauses the sink until that event's retry is due, and the retry is claimed
 * before later events, so with one delivering node a receiver sees events in event-id order
 * (dead-lettered and requeued events excepted). With several nodes delivering, order is not
 * guaranteed.
 */
function newState(sink: EventSink): SinkState {
  return {
    sink,
    running: false,
    again: false,
    pausedUntil: 0,
    timer: undefined,
    lastError: '',
    lastErrorAt: 0,
    delivered: 0,
    removed: false,
  };
}

/** Events handed to a sink at once before their outcomes are recorded. */
const SUB_BATCH = 5;

export class EventDispatcher {
  private states: SinkState[];
  private closed = false;
  private started = false;
  private readonly random: () => number;

  constructor(private readonly o: DispatcherOptions) {
    this.random = o.random ?? Math.random;
    this.states = o.sinks.map((sink) => newState(sink));
  }

  start(): void {
    this.started = true;
    for (const s of this.states) this.schedule(s, 0);
  }

  /** Adds a delivery loop for `sink` (a console webhook added at run time); a known id is ignored. */
  addSink(sink: EventSink): void {
    if (this.states.some((s) => s.sink.id === sink.id)) return;
    const s = newState(sink);
    this.states.push(s);
    if (this.started) this.schedule(s, 0);
  }

  /**
   * Stops the loop of the sink with `id` and waits for its round in progress (its outcomes are
   * recorded); its rows stay in the outbox. Unknown ids are ignored.
   */
  async removeSink(id: string): Promise<void> {
    const s = this.states.find((x) => x.sink.id === id);
    if (s === undefined) return;
    s.removed = true;
    if (s.timer) clearTimeout(s.timer);
    this.states = this.states.filter((x) => x !== s);
    while (s.running) await new Promise((r) => setTimeout(r, 5));
  }

  /** Looks for due events now (after a local batch committed). */
  wake(): void {
    for (const s of this.states) if (Date.now() >= s.pausedUntil) this.schedule(s, 0);
  }

  /** This node's view: per sink, its target, the last error it saw and how many it delivered. */
  status(): { sink: string; target: string; lastError: string; lastErrorAt: number; delivered: number }[] {
    return this.states.map((s) => ({
      sink: s.sink.id,
      target: s.sink.target,
      lastError: s.lastError,
      lastErrorAt: s.lastErrorAt,
      delivered: s.delivered,
    }));
  }

  /** Stops the loops and waits for rounds in progress (their outcomes are recorded). */
  async close(): Promise<void> {
    this.closed = true;
    for (const s of this.states) if (s.timer) clearTimeout(s.timer);
    while (this.states.some((s) => s.running)) await new Promise((r) => setTimeout(r, 5));
  }

  private schedule(s: SinkState, delayMs: number): void {
    if (this.closed || s.removed) return;
    if (s.running) {
      s.again = true;
      return;
    }
    if (s.timer) clearTimeout(s.timer);
    s.timer = setTimeout(() => void this.loop(s), Math.max(0, delayMs));
    s.timer.unref();
  }

  private async loop(s: SinkState): Promise<void> {
    s.timer = undefined;
    if (s.running || this.closed || s.removed) return;
    s.running = true;
    let next = this.o.pollMs;
    try {
      for (;;) {
        s.again = false;
        const wait = s.pausedUntil - Date.now();
        if (wait > 0) {
          next = wait;
          break;
        }
        const n = await this.round(s);
        if (this.closed || s.removed) break;
        if (n === 0 && !s.again) break;
      }
      if (s.pausedUntil > Date.now()) next = s.pausedUntil - Date.now();
    } catch (err) {
      this.o.log.warn({ err, sink: s.sink.id }, 'event delivery round failed; will retry');
    } finally {
      s.running = false;
    }
    this.schedule(s, next);
  }

  /**
   * One claim and delivery; returns how many events were delivered. Events go to the sink a few
   * at a time and each outcome is recorded at once, and nothing more is sent once half the lease
   * has passed (the rest is released): a slow receiver must not let the lease run out while
   * delivered events are still unrecorded, or another node would claim and send them again.
   */
  private async round(s: SinkState): Promise<number> {
    const claimedAt = Date.now();
    const claimed = await this.o.store.claim(s.sink.id, claimedAt, this.o.batch ?? 100, this.o.leaseMs);
    if (claimed.length === 0) return 0;
    let delivered = 0;
    let i = 0;
    while (i < claimed.length) {
      if (this.closed || s.removed || Date.now() - claimedAt > this.o.leaseMs / 2) break;
      const part = claimed.slice(i, i + SUB_BATCH);
      i += part.length;
      const outcomes = await s.sink.deliver(part.map((d) => d.event));
      const ok: number[] = [];
      const untried: number[] = [];
      const done = Date.now();
      let stopped = false;
      for (let j = 0; j < part.length; j++) {
        const d = part[j]!;
        const out = outcomes[j];
        if (out === undefined) {
          untried.push(d.event.eventId);
          stopped = true;
        } else if (out.ok) ok.push(d.event.eventId);
        else {
          await this.fail(s, d, out.error, done);
          stopped = true;
        }
      }
      if (ok.length > 0) await this.o.store.delivered(s.sink.id, ok);
      if (untried.length > 0) await this.o.store.release(s.sink.id, untried);
      delivered += ok.length;
      // A failure pauses the sink: the rest waits for the retry, in order.
      if (stopped) break;
    }
    const rest = claimed.slice(i).map((d) => d.event.eventId);
    if (rest.length > 0) await this.o.store.release(s.sink.id, rest);
    s.delivered += delivered;
    return delivered;
  }

  private async fail(s: SinkState, d: EventDelivery, error: string, now: number): Promise<void> {
    const attempts = d.attempts + 1;
    const dead = attempts >= this.o.maxAttempts || now - d.event.ts >= this.o.maxAgeMs;
    const nextAt = now + retryDelay(attempts, this.o.retryBaseMs, this.o.retryMaxMs, this.random);
    s.lastError = error;
    s.lastErrorAt = now;
    await this.o.store.failed(s.sink.id, d.event.eventId, { now, nextAt, error, dead });
    if (dead) {
      this.o.log.warn(
        { sink: s.sink.id, eventId: d.event.eventId, attempts, error },
        'event moved to the dead-letter list',
      );
    } else {
      s.pausedUntil = Math.max(s.pausedUntil, nextAt);
    }
  }
}
