import {
  Code,
  Commands,
  type DecodeEvent,
  decodeErrorBody,
  decodeSingle,
  encodeError,
  encodeRequest,
  encodeResponse,
  Flag,
  type Frame,
  FrameDecoder,
  ParleyError,
  type RequestCommand,
} from '@parley/protocol';
import { ClientError, ConnectionLostError, ProtocolError, RequestTimeoutError, toError } from './errors.ts';
import { inflateRaw } from './inflate.ts';
import type { Transport } from './transport.ts';

export interface ConnectionCloseInfo {
  readonly code?: number;
  readonly reason: string;
}

export interface ConnectionHandlers {
  /** A server push (Flag.push), in arrival order. */
  onPush(frame: Frame): void;
  /** Called once, when the connection ended for any reason, after pending requests failed. */
  onClose(info: ConnectionCloseInfo): void;
  /** A problem that did not end the connection (a frame the client could not use). */
  onError(err: Error): void;
}

export interface ConnectionOptions {
  requestTimeoutMs: number;
  maxFrameBytes: number;
  heartbeatIntervalMs: number;
}

export interface RequestOptions<Resp> {
  /** Overrides the connection's request timeout; 0 waits forever. */
  timeoutMs?: number;
  /**
   * Called synchronously with the decoded response, before the promise resolves, so that state
   * it changes is in place before the next frame (often a push in the same chunk) is handled.
   * If it throws, the promise rejects with that error.
   */
  onResponse?: (resp: Resp) => void;
}

interface Pending {
  readonly name: string;
  readonly service: number;
  readonly command: number;
  timer: ReturnType<typeof setTimeout> | undefined;
  settle(frame: Frame): void;
  fail(err: Error): void;
}

/** Missed heartbeat periods after which a silent connection counts as dead. */
export const IDLE_PERIODS = 3;

/**
 * One open transport: frames in and out, request/response matching by seq, heartbeats both ways
 * and dead-connection detection. Knows nothing about sessions; `ParleyClient` makes a new one for
 * every (re)connect.
 *
 * Ordering: responses and pushes reach their handlers in the order the server sent them (frames
 * queue behind a compressed one while it inflates).
 */
export class Connection {
  private readonly decoder: FrameDecoder;
  private readonly pending = new Map<number, Pending>();
  private nextSeq = 1;
  private closed = false;
  private lastReceived = Date.now();
  private ticker: ReturnType<typeof setInterval> | undefined;
  private heartbeatMs: number;
  private readonly queue: DecodeEvent[] = [];
  private draining = false;

  constructor(
    private readonly transport: Transport,
    private readonly handlers: ConnectionHandlers,
    private readonly options: ConnectionOptions,
  ) {
    this.decoder = new FrameDecoder(options.maxFrameBytes);
    this.heartbeatMs = options.heartbeatIntervalMs;
    transport.onData = (bytes) => this.receive(bytes);
    transport.onClose = (info) => this.close({ code: info.code, reason: info.reason });
  }

  get isOpen(): boolean {
    return !this.closed;
  }

  /** Opens the transport and starts heartbeats. */
  async open(): Promise<void> {
    await this.transport.connect();
    this.lastReceived = Date.now();
    if (!this.closed) this.startHeartbeat();
  }

  /** Changes the heartbeat period (after login) and restarts the idle clock. */
  setHeartbeatInterval(ms: number): void {
    if (ms <= 0 || ms === this.heartbeatMs) return;
    this.heartbeatMs = ms;
    if (!this.closed) this.startHeartbeat();
  }

  /**
   * Sends a request and resolves with the decoded response body. Rejects with a ParleyError
   * carrying the server's status, RequestTimeoutError, or ConnectionLostError.
   */
  request<Req, Resp>(
    cmd: RequestCommand<Req, Resp>,
    body: Req,
    opts: RequestOptions<Resp> = {},
  ): Promise<Resp> {
    return new Promise<Resp>((resolve, reject) => {
      if (this.closed) {
        reject(new ConnectionLostError(cmd.name, 'connection closed'));
        return;
      }
      const seq = this.nextSeq;
      this.nextSeq = seq >= 0xffffffff ? 1 : seq + 1;
      let bytes: Uint8Array;
      try {
        bytes = encodeRequest(cmd, seq, body);
      } catch (err) {
        reject(new ClientError(Code.BAD_REQUEST, `cannot encode ${cmd.name}: ${toError(err).message}`));
        return;
      }
      const entry: Pending = {
        name: cmd.name,
        service: cmd.service,
        command: cmd.command,
        timer: undefined,
        settle: (frame) => {
          if (frame.status !== 0) {
            const e = decodeErrorBody(frame.body);
            reject(
              new ParleyError(
                frame.status as Code,
                e.message || undefined,
                e.field || undefined,
                e.retryAfterMs || undefined,
              ),
            );
            return;
          }
          let decoded: Resp;
          try {
            decoded = cmd.resp.decode(frame.body);
          } catch (err) {
            reject(new ProtocolError(Code.BAD_BODY, `bad ${cmd.name} response: ${toError(err).message}`));
            return;
          }
          try {
            opts.onResponse?.(decoded);
          } catch (err) {
            reject(toError(err));
            return;
          }
          resolve(decoded);
        },
        fail: reject,
      };
      const timeoutMs = opts.timeoutMs ?? this.options.requestTimeoutMs;
      if (timeoutMs > 0) {
        entry.timer = setTimeout(() => {
          if (this.pending.get(seq) !== entry) return;
          this.pending.delete(seq);
          reject(new RequestTimeoutError(cmd.name, timeoutMs));
        }, timeoutMs);
      }
      this.pending.set(seq, entry);
      this.transport.send(bytes);
    });
  }

  /**
   * Ends the connection: stops timers, closes the transport, fails pending requests with
   * `failWith` (default ConnectionLostError) and calls `onClose`. Idempotent.
   */
  close(info: ConnectionCloseInfo, failWith?: Error): void {
    if (this.closed) return;
    this.closed = true;
    if (this.ticker !== undefined) clearInterval(this.ticker);
    this.ticker = undefined;
    this.queue.length = 0;
    this.transport.close();
    const pending = [...this.pending.values()];
    this.pending.clear();
    for (const p of pending) {
      if (p.timer !== undefined) clearTimeout(p.timer);
      p.fail(failWith ?? new ConnectionLostError(p.name, info.reason));
    }
    this.handlers.onClose(info);
  }

  private startHeartbeat(): void {
    if (this.ticker !== undefined) clearInterval(this.ticker);
    this.lastReceived = Date.now();
    this.ticker = setInterval(() => this.tick(), this.heartbeatMs);
  }

  private tick(): void {
    const silentFor = Date.now() - this.lastReceived;
    if (silentFor >= IDLE_PERIODS * this.heartbeatMs) {
      this.close({ reason: `nothing received for ${silentFor} ms` });
      return;
    }
    // The response only feeds the idle clock; a lost one is the idle check's business.
    this.request(Commands.heartbeat, { ts: Date.now() }).catch(() => {});
  }

  private receive(bytes: Uint8Array): void {
    if (this.closed) return;
    this.lastReceived = Date.now();
    if (this.transport.framing === 'message') {
      this.enqueue(decodeSingle(bytes, this.options.maxFrameBytes));
      return;
    }
    for (const ev of this.decoder.push(bytes)) this.enqueue(ev);
  }

  private enqueue(ev: DecodeEvent): void {
    const compressed = ev.kind === 'frame' && (ev.frame.flags & Flag.compressed) !== 0;
    if (!this.draining && !compressed) {
      this.handle(ev);
      return;
    }
    this.queue.push(ev);
    if (!this.draining) void this.drain();
  }

  private async drain(): Promise<void> {
    this.draining = true;
    try {
      for (let ev = this.queue.shift(); ev && !this.closed; ev = this.queue.shift()) {
        if (ev.kind === 'frame' && (ev.frame.flags & Flag.compressed) !== 0) {
          const frame = ev.frame;
          try {
            const body = await inflateRaw(frame.body);
            ev = { kind: 'frame', frame: { ...frame, body, flags: frame.flags & ~Flag.compressed } };
          } catch (err) {
            ev = { kind: 'reject', header: frame, code: Code.BAD_BODY, message: toError(err).message };
          }
          if (this.closed) return;
        }
        this.handle(ev);
      }
    } finally {
      this.draining = false;
    }
  }

  private handle(ev: DecodeEvent): void {
    if (this.closed) return;
    if (ev.kind === 'fatal') {
      this.handlers.onError(new ProtocolError(ev.code, `unusable byte stream from server: ${ev.message}`));
      this.close({ code: ev.code, reason: `protocol error: ${ev.message}` });
      return;
    }
    if (ev.kind === 'reject') {
      const err = new ProtocolError(ev.code, `frame refused: ${ev.message}`);
      const p = (ev.header.flags & Flag.response) !== 0 ? this.take(ev.header.seq) : undefined;
      if (p) p.fail(err);
      else this.handlers.onError(err);
      return;
    }
    const frame = ev.frame;
    if ((frame.flags & Flag.response) !== 0) {
      const p = this.take(frame.seq);
      // A response nobody waits for any more (timed out) is dropped.
      if (!p) return;
      if (p.service !== frame.service || p.command !== frame.command) {
        p.fail(new ProtocolError(Code.BAD_FRAME, `response to ${p.name} carries another command`));
        return;
      }
      p.settle(frame);
    } else if ((frame.flags & Flag.push) !== 0) {
      this.handlers.onPush(frame);
    } else {
      this.answerServerRequest(frame);
    }
  }

  private take(seq: number): Pending | undefined {
    const p = this.pending.get(seq);
    if (!p) return undefined;
    this.pending.delete(seq);
    if (p.timer !== undefined) clearTimeout(p.timer);
    return p;
  }

  /** The server may ask too; the only request it sends is a heartbeat, answered with its ts. */
  private answerServerRequest(frame: Frame): void {
    const hb = Commands.heartbeat;
    if (frame.service === hb.service && frame.command === hb.command) {
      let ts = 0;
      try {
        ts = hb.req.decode(frame.body).ts ?? 0;
      } catch {
        // Answer anyway: the response proves liveness.
      }
      this.transport.send(encodeResponse(hb, frame.seq, { ts }));
      return;
    }
    this.transport.send(encodeError(frame, Code.UNKNOWN_COMMAND, 'the client serves no such command'));
  }
}
