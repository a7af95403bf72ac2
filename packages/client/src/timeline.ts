import { Commands } from '@parley/protocol';
import type { Connection } from './connection.ts';
import { toChatMessage } from './convert.ts';
import { ClientClosedError, ConnectionLostError, NotConnectedError } from './errors.ts';
import type { ChatMessage } from './types.ts';

export interface TimelineHost {
  /** Hands one timeline entry to the application. */
  deliver(msg: ChatMessage): void;
  /** A background sync or ack failed for a reason other than a lost connection. */
  onError(err: Error): void;
  /**
   * Highest seq that may be acknowledged: entries handed to `deliver` but not shown to the
   * application yet (a group message waiting for its conversation's gap to be pulled) hold the
   * ack back. Infinity when nothing waits.
   */
  ackCeiling(): number;
}

export interface TimelineOptions {
  ackDelayMs: number;
  pageSize: number;
}

interface Buffered {
  readonly msg: ChatMessage;
  /** Sync round counter when it arrived: rounds started later are sure to cover it. */
  readonly epoch: number;
}

/**
 * The device's cursor in the user's timeline and everything that moves it.
 *
 * Guarantees: each entry is delivered at most once and in increasing seq order (`lastSeq` is the
 * seq of the last one delivered). A pushed entry with seq `lastSeq + 1` is delivered at once; an
 * older one is a duplicate and dropped; a newer one means entries are missing, so it waits in a
 * buffer while `sync()` pulls the gap, and is delivered in its turn.
 *
 * Sync treats the server's pages as the truth: seqs a page skips are holes in the timeline, not
 * losses. A DELIVER_ACK carries `lastSeq` (so never a seq not yet delivered), capped by the host's
 * `ackCeiling()`, at most once per `ackDelayMs` while pushes stream in, and after each sync page.
 */
export class Timeline {
  lastSeq = 0;
  private conn: Connection | undefined;
  /** Highest seq the server knows this device holds (device_ack_seq, then our acks). */
  private ackedSeq = 0;
  private ackTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly buffer = new Map<number, Buffered>();
  private epoch = 0;
  private syncing: Promise<void> | undefined;
  private again = false;

  constructor(
    private readonly host: TimelineHost,
    private readonly options: TimelineOptions,
  ) {}

  /** After login on `conn`. The cursor never moves back: it resumes from the higher of the two. */
  attach(conn: Connection, deviceAckSeq: number): void {
    this.detach();
    this.conn = conn;
    this.ackedSeq = deviceAckSeq;
    this.lastSeq = Math.max(this.lastSeq, deviceAckSeq);
    // Entries delivered but never acked (the ack was lost with the old connection).
    this.scheduleAck();
  }

  /** The session ended; buffered pushes are dropped (the next sync brings them back). */
  detach(): void {
    this.conn = undefined;
    if (this.ackTimer !== undefined) clearTimeout(this.ackTimer);
    this.ackTimer = undefined;
    this.buffer.clear();
  }

  /** Another user logged in on this client: start from their device_ack_seq. */
  reset(): void {
    this.detach();
    this.lastSeq = 0;
    this.ackedSeq = 0;
  }

  /** A timeline entry from a push (or an own send's ack). */
  offer(msg: ChatMessage): void {
    if (msg.seq <= this.lastSeq || !this.conn) return;
    if (msg.seq === this.lastSeq + 1) {
      this.deliver(msg);
      this.drainBuffer();
      this.scheduleAck();
      return;
    }
    if (!this.buffer.has(msg.seq)) this.buffer.set(msg.seq, { msg, epoch: this.epoch });
    if (!this.syncing) this.sync().catch((err: unknown) => this.backgroundError(err));
  }

  /**
   * Pulls every entry after `lastSeq`, page by page, until the server has no more. A call while a
   * sync runs makes it do one more round and returns the same promise. Rejects with
   * NotConnectedError when not logged in, or with the error of a failed page.
   */
  sync(): Promise<void> {
    if (this.syncing) {
      this.again = true;
      return this.syncing;
    }
    const run = this.runSync().finally(() => {
      if (this.syncing === run) this.syncing = undefined;
    });
    this.syncing = run;
    return run;
  }

  private async runSync(): Promise<void> {
    for (;;) {
      this.again = false;
      const conn = this.conn;
      if (!conn) throw new NotConnectedError('not logged in');
      const roundEpoch = ++this.epoch;
      try {
        await this.pullAll(conn);
      } catch (err) {
        // The session moved to a new connection meanwhile: start over there.
        if (this.conn && this.conn !== conn) continue;
        throw err;
      }
      if (this.conn !== conn) {
        if (this.conn) continue;
        throw new ConnectionLostError(Commands.sync.name, 'session ended during sync');
      }
      // Pushes that arrived before this round are covered by it; any still waiting sit after a
      // hole the server did not fill, so they go out now, in order.
      let upTo = 0;
      for (const b of this.buffer.values()) if (b.epoch < roundEpoch) upTo = Math.max(upTo, b.msg.seq);
      const due = [...this.buffer.values()].map((b) => b.msg).filter((m) => m.seq <= upTo);
      for (const msg of due.sort((a, b) => a.seq - b.seq)) if (msg.seq > this.lastSeq) this.deliver(msg);
      this.drainBuffer();
      this.flushAck();
      if (!this.again && this.buffer.size === 0) return;
    }
  }

  /** Pages until has_more is false; stops early (without error) if the session moves. */
  private async pullAll(conn: Connection): Promise<void> {
    for (;;) {
      const resp = await conn.request(Commands.sync, {
        afterSeq: this.lastSeq,
        limit: this.options.pageSize,
      });
      if (this.conn !== conn) return;
      const page = (resp.messages ?? []).map(toChatMessage).sort((a, b) => a.seq - b.seq);
      for (const msg of page) if (msg.seq > this.lastSeq) this.deliver(msg);
      this.drainBuffer();
      this.flushAck();
      // An empty page that claims more would loop forever.
      if (!resp.hasMore || page.length === 0) return;
    }
  }

  private deliver(msg: ChatMessage): void {
    this.lastSeq = msg.seq;
    this.host.deliver(msg);
  }

  private drainBuffer(): void {
    if (this.buffer.size === 0) return;
    for (const seq of this.buffer.keys()) if (seq <= this.lastSeq) this.buffer.delete(seq);
    for (let next = this.buffer.get(this.lastSeq + 1); next; next = this.buffer.get(this.lastSeq + 1)) {
      this.buffer.delete(next.msg.seq);
      this.deliver(next.msg);
    }
  }

  /** Highest seq the next DELIVER_ACK may carry. */
  private ackable(): number {
    return Math.min(this.lastSeq, this.host.ackCeiling());
  }

  /** Acks what is ackable within `ackDelayMs` (also called when the host's ceiling rises). */
  scheduleAck(): void {
    if (this.ackTimer !== undefined || !this.conn || this.ackable() <= this.ackedSeq) return;
    this.ackTimer = setTimeout(() => {
      this.ackTimer = undefined;
      this.flushAck();
    }, this.options.ackDelayMs);
  }

  /** Sends DELIVER_ACK for `lastSeq` (capped by the host's ceiling) now, if the server lacks it. */
  flushAck(): void {
    if (this.ackTimer !== undefined) clearTimeout(this.ackTimer);
    this.ackTimer = undefined;
    const conn = this.conn;
    const seq = this.ackable();
    if (!conn || seq <= this.ackedSeq) return;
    const before = this.ackedSeq;
    this.ackedSeq = seq;
    conn.request(Commands.deliverAck, { seq }).catch((err: unknown) => {
      if (this.conn !== conn) return;
      // Not acknowledged after all: the next delivery (or login) sends it again, unless a later
      // ack already covers it.
      if (this.ackedSeq === seq) this.ackedSeq = before;
      this.backgroundError(err);
    });
  }

  private backgroundError(err: unknown): void {
    if (err instanceof ConnectionLostError || err instanceof NotConnectedError) return;
    if (err instanceof ClientClosedError) return;
    this.host.onError(err instanceof Error ? err : new Error(String(err)));
  }
}
