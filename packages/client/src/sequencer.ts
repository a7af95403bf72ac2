import { Code, Commands, codeInfo, type Conversation as WireConversation } from '@parley/protocol';
import type { Connection } from './connection.ts';
import { fromWireConvType, num, toChatMessage } from './convert.ts';
import {
  ClientClosedError,
  ConnectionLostError,
  isServerRefusal,
  NotConnectedError,
  RequestTimeoutError,
  toError,
} from './errors.ts';
import type { ChatMessage } from './types.ts';

export interface SequencerHost {
  /** Hands one group message to the application. */
  emit(msg: ChatMessage): void;
  /** A background pull failed for a reason other than a lost connection. */
  onError(err: Error): void;
  /** Timeline entries that were waiting went out (or were dropped): the timeline may ack further. */
  released(): void;
}

export interface SequencerOptions {
  /** Largest MSG/CONV_SYNC page asked for. */
  pageSize: number;
}

/** Retries of a gap fill that failed with a retryable status before what waits goes out anyway. */
const MAX_FILL_RETRIES = 5;
const RETRY_MIN_MS = 250;
const RETRY_MAX_MS = 10_000;

interface Waiting {
  readonly msg: ChatMessage;
  /** The conversation's pull round counter when it arrived: later rounds are sure to cover it. */
  readonly epoch: number;
}

/** What the client knows of one group conversation. */
interface ConvState {
  readonly convId: string;
  /** convSeq of the last message emitted; undefined until a baseline is known. */
  last: number | undefined;
  /** Head (max_seq) the server reported at the end of the last complete pull. */
  head: number;
  /** Messages that cannot go out yet, by convSeq: after a gap, or before the baseline is known. */
  readonly waiting: Map<number, Waiting>;
  epoch: number;
  running: Promise<void> | undefined;
  /** A pull to the end was asked for: the next round (or the first) goes to the end. */
  again: boolean;
  retries: number;
  retryTimer: ReturnType<typeof setTimeout> | undefined;
}

const isConnectionGone = (err: unknown): boolean =>
  err instanceof ConnectionLostError || err instanceof NotConnectedError || err instanceof ClientClosedError;

/**
 * Puts group messages in order: each (convId, convSeq) goes out once, in convSeq order per group,
 * whether it came from the user's timeline (write diffusion), from a push with seq 0 (read
 * diffusion), or from a pull (MSG/CONV_SYNC).
 *
 * Per group it keeps `last`, the convSeq of the last message emitted. A message with convSeq <=
 * last is a duplicate; last + 1 goes out at once; anything higher waits while the gap is pulled
 * with CONV_SYNC(after_seq = last) pages, up to the waiting message, and goes out in its turn.
 * Pages are the truth: convSeqs they skip (outside the user's visible range) are holes, not losses.
 *
 * Baseline: the first message of a group that comes from the timeline sets it (the timeline is
 * authoritative for what this device has not seen). Read-diffusion pushes of a group without a
 * baseline wait until the post-login CONV/LIST, which sets it to max(read_seq, start_seq) and
 * pulls what is missing; a baseline never passes a message that already waits. Groups the list
 * does not name take their first waiting message as the baseline.
 *
 * State survives reconnects (only `reset()`, another user logging in, forgets it); a fill cut by a
 * lost connection resumes after the next login.
 */
export class ConvSequencer {
  private conn: Connection | undefined;
  /** The post-login CONV/LIST of this session was handled: pushes may set baselines. */
  private listed = false;
  /** CONV/LIST watermark: the next list asks only for what changed since. */
  private listVersion = 0;
  private readonly convs = new Map<string, ConvState>();
  /** Conversations with waiting messages (only these can hold acks back). */
  private readonly blocked = new Set<ConvState>();
  private catchingUp: Promise<void> | undefined;
  private catchUpAgain = false;

  constructor(
    private readonly host: SequencerHost,
    private readonly options: SequencerOptions,
  ) {}

  /** After login on `conn`. Pushes of unknown groups wait for `catchUp()`. */
  attach(conn: Connection): void {
    this.detach();
    this.conn = conn;
  }

  /** The connection is gone; what waits stays (the next login resumes the pulls). */
  detach(): void {
    this.conn = undefined;
    this.listed = false;
    for (const st of this.convs.values()) {
      if (st.retryTimer !== undefined) clearTimeout(st.retryTimer);
      st.retryTimer = undefined;
      st.retries = 0;
    }
  }

  /** Another user logged in on this client: forget everything. */
  reset(): void {
    this.detach();
    this.convs.clear();
    this.blocked.clear();
    this.listVersion = 0;
  }

  /** convSeq of the last message of `convId` emitted, if any. */
  lastConvSeq(convId: string): number | undefined {
    return this.convs.get(convId)?.last;
  }

  /** Highest timeline seq that may be acked: below the first timeline entry still waiting here. */
  ackCeiling(): number {
    let ceiling = Number.POSITIVE_INFINITY;
    for (const st of this.blocked) {
      for (const w of st.waiting.values()) if (w.msg.seq > 0) ceiling = Math.min(ceiling, w.msg.seq - 1);
    }
    return ceiling;
  }

  /** A group message from any path. */
  offer(msg: ChatMessage): void {
    if (!msg.convId || msg.convSeq <= 0) {
      // Nothing to order it by (a server without conversation seqs): as it comes.
      this.host.emit(msg);
      return;
    }
    const st = this.state(msg.convId);
    if (st.last !== undefined && msg.convSeq <= st.last) return;
    if (st.waiting.has(msg.convSeq)) return;
    st.waiting.set(msg.convSeq, { msg, epoch: st.epoch });
    this.blocked.add(st);
    if (st.last === undefined) {
      // A push of a group whose baseline the post-login list may still tell: it waits for it.
      if (msg.seq === 0 && !this.listed) return;
      this.setBaseline(st, msg.convSeq - 1);
    }
    this.advance(st);
  }

  /**
   * CONV/LIST (changes since the last one), then, for every group in read diffusion whose max_seq
   * is beyond what was emitted, a pull to the end. Run after every login once the timeline sync is
   * done, and by `sync()`. A call while one runs makes it go round once more.
   */
  catchUp(): Promise<void> {
    if (this.catchingUp) {
      this.catchUpAgain = true;
      return this.catchingUp;
    }
    const run = (async () => {
      do {
        this.catchUpAgain = false;
        await this.catchUpOnce();
      } while (this.catchUpAgain);
    })().finally(() => {
      if (this.catchingUp === run) this.catchingUp = undefined;
    });
    this.catchingUp = run;
    return run;
  }

  /**
   * Pulls one group conversation to the end. Without a baseline it starts after the user's
   * max(read_seq, start_seq) (from CONV/LIST).
   */
  async syncConversation(convId: string): Promise<void> {
    const conn = this.conn;
    if (!conn) throw new NotConnectedError('not logged in');
    const st = this.state(convId);
    let guessed: number | undefined;
    if (st.last === undefined) {
      const resp = await conn.request(Commands.convList, { sinceVersion: 0, includeHidden: true });
      const c = resp.conversations?.find((x) => x.convId === convId);
      if (st.last === undefined) {
        this.setBaseline(st, c ? readPosition(c) : 0);
        guessed = st.last;
      }
    }
    try {
      await this.run(st, true);
    } catch (err) {
      // Nothing came of a baseline picked for this call (not a member?): forget it again.
      if (guessed !== undefined && st.last === guessed && st.waiting.size === 0) st.last = undefined;
      throw err;
    } finally {
      // Whatever still waits (the pull failed) is the background fill's business.
      if (!st.running) this.advance(st);
    }
  }

  private async catchUpOnce(): Promise<void> {
    const conn = this.conn;
    if (!conn) throw new NotConnectedError('not logged in');
    let list: WireConversation[] = [];
    try {
      const resp = await conn.request(Commands.convList, {
        sinceVersion: this.listVersion,
        includeHidden: true,
      });
      if (this.conn !== conn) throw new ConnectionLostError(Commands.convList.name, 'session ended');
      this.listVersion = Math.max(this.listVersion, num(resp.version));
      list = resp.conversations ?? [];
    } catch (err) {
      // A server without conversations has nothing to pull; any other failure still lets waiting
      // pushes out (their own seqs become the baselines) before it is reported.
      const unknown = isServerRefusal(err) && err.code === Code.UNKNOWN_COMMAND;
      if (!unknown && isConnectionGone(err)) throw err;
      this.releaseHolds(conn);
      if (!unknown) throw err;
      return;
    }
    const pulls: ConvState[] = [];
    for (const c of list) {
      if (fromWireConvType(c.convType) !== 'group' || !c.readDiffusion || !c.convId) continue;
      const st = this.state(c.convId);
      if (st.last === undefined) this.setBaseline(st, readPosition(c));
      if (num(c.maxSeq) > Math.max(st.last ?? 0, st.head)) pulls.push(st);
    }
    this.releaseHolds(conn);
    for (const st of pulls) {
      if (this.conn !== conn) throw new ConnectionLostError(Commands.convSync.name, 'session ended');
      // A pull already running (a gap fill, syncConversation) reports its own failure.
      const joined = st.running !== undefined;
      try {
        await this.run(st, true);
      } catch (err) {
        if (isConnectionGone(err)) throw err;
        if (joined) continue;
        this.host.onError(toError(err));
        // What waits meanwhile is the background fill's business (it retries, or lets it go).
        this.advance(st);
      }
    }
  }

  /** The list is handled: groups still without a baseline take their first waiting message. */
  private releaseHolds(conn: Connection): void {
    if (this.conn !== conn) return;
    this.listed = true;
    for (const st of this.convs.values()) {
      if (st.last === undefined && st.waiting.size > 0) this.setBaseline(st, firstWaiting(st) - 1);
      this.advance(st);
    }
  }

  private state(convId: string): ConvState {
    let st = this.convs.get(convId);
    if (!st) {
      st = {
        convId,
        last: undefined,
        head: 0,
        waiting: new Map(),
        epoch: 0,
        running: undefined,
        again: false,
        retries: 0,
        retryTimer: undefined,
      };
      this.convs.set(convId, st);
    }
    return st;
  }

  /** Sets the baseline, never past a message that waits to go out. */
  private setBaseline(st: ConvState, seq: number): void {
    st.last = Math.max(0, Math.min(seq, firstWaiting(st) - 1));
  }

  /** Emits what can go out, and starts a gap fill when something still waits. */
  private advance(st: ConvState): void {
    this.drain(st);
    if (st.last === undefined || st.waiting.size === 0 || st.running || !this.conn) return;
    if (st.retryTimer !== undefined) return;
    this.fill(st);
  }

  /** Drops waiting duplicates and emits the waiting run that follows `last`. */
  private drain(st: ConvState): void {
    if (st.last === undefined || st.waiting.size === 0) return;
    let released = false;
    for (const [convSeq, w] of st.waiting) {
      if (convSeq > st.last) continue;
      st.waiting.delete(convSeq);
      released ||= w.msg.seq > 0;
    }
    for (let w = st.waiting.get(st.last + 1); w; w = st.waiting.get(st.last + 1)) {
      st.waiting.delete(w.msg.convSeq);
      released ||= w.msg.seq > 0;
      this.emit(st, w.msg);
    }
    if (st.waiting.size === 0) this.blocked.delete(st);
    if (released) this.host.released();
  }

  private emit(st: ConvState, msg: ChatMessage): void {
    st.last = msg.convSeq;
    this.host.emit(msg);
  }

  /** A gap fill in the background; failures retry or, at last, let what waits go out. */
  private fill(st: ConvState): void {
    this.run(st, false).then(
      () => {
        st.retries = 0;
      },
      (err: unknown) => this.fillFailed(st, err),
    );
  }

  private fillFailed(st: ConvState, err: unknown): void {
    // Resumed by the next login's catch-up.
    if (isConnectionGone(err)) return;
    this.host.onError(toError(err));
    const conn = this.conn;
    if (!conn) return;
    const retryable =
      err instanceof RequestTimeoutError || (isServerRefusal(err) && codeInfo(err.code).retryable);
    if (retryable && st.retries < MAX_FILL_RETRIES) {
      const hinted = isServerRefusal(err) ? (err.retryAfterMs ?? 0) : 0;
      const delay = Math.max(hinted, Math.min(RETRY_MAX_MS, RETRY_MIN_MS * 2 ** st.retries));
      st.retries++;
      if (st.retryTimer !== undefined) clearTimeout(st.retryTimer);
      st.retryTimer = setTimeout(() => {
        st.retryTimer = undefined;
        if (this.conn === conn) this.advance(st);
      }, delay);
      (st.retryTimer as { unref?: () => void }).unref?.();
      return;
    }
    // The gap cannot be pulled: rather than hold the conversation forever, what waits goes out.
    st.retries = 0;
    const waiting = [...st.waiting.values()].map((w) => w.msg).sort((a, b) => a.convSeq - b.convSeq);
    st.waiting.clear();
    this.blocked.delete(st);
    for (const msg of waiting) if (st.last === undefined || msg.convSeq > st.last) this.emit(st, msg);
    if (waiting.some((m) => m.seq > 0)) this.host.released();
  }

  /**
   * One pull loop per conversation at a time. `toEnd`: pull until the server has no more (else
   * only up to the first waiting message). A call while one runs joins it (and, with `toEnd`, makes
   * it go round once more to the end).
   */
  private run(st: ConvState, toEnd: boolean): Promise<void> {
    if (toEnd) st.again = true;
    if (st.running) return st.running;
    const run = this.loop(st).finally(() => {
      if (st.running === run) st.running = undefined;
    });
    st.running = run;
    return run;
  }

  private async loop(st: ConvState): Promise<void> {
    for (;;) {
      const toEnd = st.again;
      st.again = false;
      const conn = this.conn;
      if (!conn) throw new NotConnectedError('not logged in');
      try {
        await this.round(st, conn, toEnd);
      } catch (err) {
        // The session moved to a new connection meanwhile: start over there.
        if (this.conn && this.conn !== conn) {
          st.again ||= toEnd;
          continue;
        }
        throw err;
      }
      if (!st.again && st.waiting.size === 0) return;
    }
  }

  private async round(st: ConvState, conn: Connection, toEnd: boolean): Promise<void> {
    const round = ++st.epoch;
    let maxSeq = 0;
    for (;;) {
      const last = st.last ?? 0;
      const gapEnd = firstWaiting(st);
      if (!toEnd && gapEnd === Number.POSITIVE_INFINITY) return;
      const limit = toEnd
        ? this.options.pageSize
        : Math.max(1, Math.min(this.options.pageSize, gapEnd - 1 - last));
      const resp = await conn.request(Commands.convSync, { convId: st.convId, afterSeq: last, limit });
      if (this.conn !== conn)
        throw new ConnectionLostError(Commands.convSync.name, 'session ended during pull');
      const page = (resp.messages ?? []).map(toChatMessage).sort((a, b) => a.convSeq - b.convSeq);
      let released = false;
      for (const msg of page) {
        if (msg.convSeq <= (st.last ?? 0)) continue;
        const w = st.waiting.get(msg.convSeq);
        if (w) {
          st.waiting.delete(msg.convSeq);
          released ||= w.msg.seq > 0;
        }
        // The waiting copy may know the message's seq in this user's timeline.
        this.emit(st, w && msg.seq === 0 ? { ...msg, seq: w.msg.seq } : msg);
      }
      if (released) this.host.released();
      this.drain(st);
      maxSeq = Math.max(maxSeq, num(resp.maxSeq));
      // A page that claims more but moves nothing would loop forever.
      if (!resp.hasMore || st.last === last) break;
    }
    st.head = Math.max(st.head, maxSeq);
    // The server has no more: what waits from before this round (or within the head it named) sits
    // after a hole in the visible range, so it goes out now, in order.
    const due = [...st.waiting.values()]
      .filter((w) => w.epoch < round || w.msg.convSeq <= maxSeq)
      .map((w) => w.msg)
      .sort((a, b) => a.convSeq - b.convSeq);
    let released = false;
    for (const msg of due) {
      st.waiting.delete(msg.convSeq);
      released ||= msg.seq > 0;
      if (msg.convSeq > (st.last ?? 0)) this.emit(st, msg);
    }
    if (st.waiting.size === 0) this.blocked.delete(st);
    if (released) this.host.released();
    this.drain(st);
  }
}

function firstWaiting(st: ConvState): number {
  let first = Number.POSITIVE_INFINITY;
  for (const convSeq of st.waiting.keys()) if (convSeq < first) first = convSeq;
  return first;
}

/** Where a pull of a group without a baseline starts: nothing before it is new to the user. */
function readPosition(c: WireConversation): number {
  return Math.max(num(c.readSeq), num(c.startSeq));
}
