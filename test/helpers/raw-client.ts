import net from 'node:net';
import tls from 'node:tls';
import {
  Code,
  type DecodeEvent,
  decodeErrorBody,
  encodeRequest,
  Flag,
  type Frame,
  FrameDecoder,
  isPush,
  isResponse,
  lookupCommand,
  type PushCommand,
  type RequestCommand,
} from '@parley/protocol';

export interface RawResponse<T> {
  status: number;
  body?: T;
  error?: { message: string; field: string; retryAfterMs: number };
}

/**
 * A bare protocol client over a real TCP socket, for tests that must control every byte
 * (malformed frames, timing of heartbeats). The SDK is tested separately.
 */
export class RawClient {
  readonly frames: Frame[] = [];
  readonly events: DecodeEvent[] = [];
  closed = false;
  private seq = 0;
  private readonly decoder = new FrameDecoder(16 * 1024 * 1024);
  private readonly waiters: (() => void)[] = [];
  private readonly closeWaiters: (() => void)[] = [];

  private constructor(readonly socket: net.Socket) {
    socket.on('data', (chunk) => {
      for (const ev of this.decoder.push(chunk)) {
        this.events.push(ev);
        if (ev.kind === 'frame') this.frames.push(ev.frame);
      }
      for (const w of this.waiters.splice(0)) w();
    });
    socket.on('error', () => {});
    socket.on('close', () => {
      this.closed = true;
      for (const w of [...this.waiters.splice(0), ...this.closeWaiters.splice(0)]) w();
    });
  }

  static connect(port: number, host = '127.0.0.1'): Promise<RawClient> {
    return new Promise((resolve, reject) => {
      const s = net.connect({ port, host }, () => resolve(new RawClient(s)));
      s.once('error', reject);
    });
  }

  /** TLS to the server, trusting `ca` (a PEM certificate). */
  static connectTls(port: number, ca: string | Buffer, host = '127.0.0.1'): Promise<RawClient> {
    return new Promise((resolve, reject) => {
      const s = tls.connect({ port, host, ca, servername: 'localhost' }, () => resolve(new RawClient(s)));
      s.once('error', reject);
    });
  }

  writeRaw(bytes: Uint8Array): void {
    this.socket.write(bytes);
  }

  nextSeq(): number {
    return ++this.seq;
  }

  async request<Req, Resp>(
    cmd: RequestCommand<Req, Resp>,
    body: Req,
    timeoutMs = 5000,
  ): Promise<RawResponse<Resp>> {
    const seq = this.nextSeq();
    this.writeRaw(encodeRequest(cmd, seq, body));
    const f = await this.waitFrame(
      (x) => isResponse(x) && x.seq === seq && x.command === cmd.command,
      timeoutMs,
    );
    return RawClient.parse(cmd, f);
  }

  static parse<Resp>(cmd: RequestCommand<unknown, Resp>, f: Frame): RawResponse<Resp> {
    if (f.status !== Code.OK) return { status: f.status, error: decodeErrorBody(f.body) };
    return { status: 0, body: cmd.resp.decode(f.body) };
  }

  /** Waits for a frame matching `pred` (already received or future); removes it from `frames`. */
  waitFrame(pred: (f: Frame) => boolean, timeoutMs = 5000): Promise<Frame> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no matching frame within ${timeoutMs} ms`)),
        timeoutMs,
      );
      const check = (): void => {
        const i = this.frames.findIndex(pred);
        if (i >= 0) {
          clearTimeout(timer);
          resolve(this.frames.splice(i, 1)[0]!);
          return;
        }
        if (this.closed) {
          clearTimeout(timer);
          reject(new Error('connection closed while waiting for a frame'));
          return;
        }
        this.waiters.push(check);
      };
      check();
    });
  }

  async waitPush<T>(cmd: PushCommand<T>, timeoutMs = 5000): Promise<T> {
    const f = await this.waitFrame(
      (x) => isPush(x) && x.service === cmd.service && x.command === cmd.command,
      timeoutMs,
    );
    return cmd.body.decode(f.body);
  }

  /** Pushes of `cmd` received so far (removed from the buffer). */
  takePushes<T>(cmd: PushCommand<T>): T[] {
    const out: T[] = [];
    for (let i = 0; i < this.frames.length; ) {
      const f = this.frames[i]!;
      if ((f.flags & Flag.push) !== 0 && f.service === cmd.service && f.command === cmd.command) {
        out.push(cmd.body.decode(f.body));
        this.frames.splice(i, 1);
      } else i++;
    }
    return out;
  }

  waitClosed(timeoutMs = 5000): Promise<void> {
    if (this.closed) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`connection still open after ${timeoutMs} ms`)),
        timeoutMs,
      );
      this.closeWaiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  close(): void {
    this.socket.destroy();
  }

  /** Name of a received frame's command, for assertion messages. */
  static describe(f: Frame): string {
    return lookupCommand(f.service, f.command)?.name ?? `${f.service}/${f.command}`;
  }
}
