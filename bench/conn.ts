/**
 * A lean client connection for the load generator: raw TCP, one FrameDecoder per socket,
 * writes of one tick corked into one syscall. Requests that need an answer go through
 * `request`; the hot paths (sends, acks, pushes) are routed to callbacks without promises.
 */
import net from 'node:net';
import {
  ABSOLUTE_MAX_FRAME,
  type Code,
  Commands,
  codeInfo,
  decodeErrorBody,
  encodeFrame,
  encodeRequest,
  Flag,
  type Frame,
  FrameDecoder,
  Platform,
  type RequestCommand,
} from '@parley/protocol';
import { DEVICE_ID, tokenOf } from './users.ts';

export class RequestError extends Error {
  override readonly name = 'RequestError';
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(`${codeInfo(status as Code)?.name ?? status}: ${message}`);
  }
}

interface Waiter {
  command: number;
  service: number;
  resolve(f: Frame): void;
  reject(e: Error): void;
  timer: NodeJS.Timeout;
}

export class Conn {
  closed = false;
  /** Responses that no `request` waits for (sends and acks on the hot path). */
  onResponse: (f: Frame) => void = () => {};
  onPush: (f: Frame) => void = () => {};
  onClose: () => void = () => {};
  private seq = 0;
  private corked = false;
  private readonly decoder = new FrameDecoder(ABSOLUTE_MAX_FRAME);
  private readonly waiters = new Map<number, Waiter>();

  private constructor(readonly socket: net.Socket) {
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => {
      for (const ev of this.decoder.push(chunk)) {
        if (ev.kind === 'frame') this.onFrame(ev.frame);
        else if (ev.kind === 'fatal') socket.destroy(new Error(`undecodable stream: ${ev.message}`));
      }
    });
    socket.on('error', () => {});
    socket.on('close', () => {
      this.closed = true;
      for (const w of this.waiters.values()) {
        clearTimeout(w.timer);
        w.reject(new Error('connection closed'));
      }
      this.waiters.clear();
      this.onClose();
    });
  }

  static connect(port: number, timeoutMs = 10_000): Promise<Conn> {
    return new Promise((resolve, reject) => {
      const s = net.connect({ port, host: '127.0.0.1' });
      const timer = setTimeout(() => {
        s.destroy();
        reject(new Error(`connect timed out after ${timeoutMs} ms`));
      }, timeoutMs);
      s.once('connect', () => {
        clearTimeout(timer);
        s.removeAllListeners('error');
        resolve(new Conn(s));
      });
      s.once('error', (err) => {
        clearTimeout(timer);
        reject(err);
      });
    });
  }

  nextSeq(): number {
    this.seq = (this.seq + 1) >>> 0 || 1;
    return this.seq;
  }

  /** Queues bytes; everything written in one tick leaves in one syscall. */
  write(bytes: Uint8Array): void {
    if (this.closed) return;
    if (!this.corked) {
      this.corked = true;
      this.socket.cork();
      process.nextTick(() => {
        this.corked = false;
        this.socket.uncork();
      });
    }
    this.socket.write(bytes);
  }

  /** Sends a request and resolves with the decoded response; rejects on an error status. */
  async request<Req, Resp>(cmd: RequestCommand<Req, Resp>, body: Req, timeoutMs = 30_000): Promise<Resp> {
    return cmd.resp.decode((await this.requestFrame(cmd, body, timeoutMs)).body);
  }

  /** Like `request`, but resolves with the response frame, undecoded (its size, its arrival). */
  requestFrame<Req, Resp>(cmd: RequestCommand<Req, Resp>, body: Req, timeoutMs = 30_000): Promise<Frame> {
    if (this.closed) return Promise.reject(new Error('connection closed'));
    const seq = this.nextSeq();
    return new Promise<Frame>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(seq);
        reject(new Error(`${cmd.name}: no response within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiters.set(seq, { service: cmd.service, command: cmd.command, resolve, reject, timer });
      this.write(encodeRequest(cmd, seq, body));
    }).then((f) => {
      if (f.status !== 0) throw new RequestError(f.status, decodeErrorBody(f.body).message);
      return f;
    });
  }

  close(): void {
    this.socket.destroy();
  }

  private onFrame(f: Frame): void {
    if (f.flags & Flag.response) {
      if (this.waiters.size > 0) {
        const w = this.waiters.get(f.seq);
        if (w && w.service === f.service && w.command === f.command) {
          this.waiters.delete(f.seq);
          clearTimeout(w.timer);
          w.resolve(f);
          return;
        }
      }
      this.onResponse(f);
    } else if (f.flags & Flag.push) {
      this.onPush(f);
    } else if (f.service === Commands.heartbeat.service && f.command === Commands.heartbeat.command) {
      // The server's heartbeat request: answer it so an idle connection stays up.
      this.write(
        encodeFrame({ service: f.service, command: f.command, seq: f.seq, flags: Flag.response }, f.body),
      );
    }
  }
}

/** Connects and logs in as `uid` with its prepared token. */
export async function connectAndLogin(port: number, uid: string): Promise<Conn> {
  const conn = await Conn.connect(port);
  try {
    await conn.request(Commands.login, {
      uid,
      token: tokenOf(uid),
      deviceId: DEVICE_ID,
      platform: Platform.ANDROID,
      clientVersion: 'parley-bench',
    });
  } catch (err) {
    conn.close();
    throw err;
  }
  return conn;
}

/**
 * Logs in `uids` with at most `concurrency` logins in flight; connections are in `uids` order.
 * A failed login is retried a few times (with a short pause), then fails the whole call.
 */
export async function loginMany(
  port: number,
  uids: readonly string[],
  concurrency: number,
  onProgress: (done: number) => void,
): Promise<Conn[]> {
  const conns: Conn[] = new Array(uids.length);
  let next = 0;
  let done = 0;
  let failed = false;
  const worker = async (): Promise<void> => {
    while (!failed && next < uids.length) {
      const i = next++;
      const uid = uids[i]!;
      for (let attempt = 1; ; attempt++) {
        try {
          conns[i] = await connectAndLogin(port, uid);
          break;
        } catch (err) {
          if (failed) return;
          if (attempt >= 3) {
            failed = true;
            throw new Error(`login of ${uid} failed: ${(err as Error).message}`);
          }
          await new Promise((r) => setTimeout(r, 200 * attempt));
        }
      }
      onProgress(++done);
    }
  };
  const results = await Promise.allSettled(
    Array.from({ length: Math.min(concurrency, uids.length) }, worker),
  );
  const failure = results.find((r) => r.status === 'rejected');
  if (failure) {
    for (const c of conns) c?.close();
    throw failure.reason;
  }
  return conns;
}
