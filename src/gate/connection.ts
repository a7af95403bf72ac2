import { inflateRawSync } from 'node:zlib';
import {
  type AnyCommand,
  Code,
  Commands,
  codeInfo,
  type DecodeEvent,
  decodeSingle,
  encodeError,
  encodePush,
  encodeRequest,
  encodeResponse,
  Flag,
  type Frame,
  FrameDecoder,
  type FrameHeader,
  isPush,
  isResponse,
  lookupCommand,
  ParleyError,
  type RequestCommand,
} from '@parley/protocol';
import { platformNumber } from '../logic/convert.ts';
import { isUnexpected, toParleyError } from '../logic/error-map.ts';
import { HANDLED_COMMANDS, type HandledCommand, type Session } from '../logic/types.ts';
import type { KickNotice } from '../route/types.ts';
import type { GateContext } from './gate-context.ts';
import { TokenBucket } from './rate-limit.ts';
import type { ServerTransport } from './transport.ts';

/** Command object → name, for the commands logic serves through its handler table. */
const handledName = new Map<AnyCommand, HandledCommand>(HANDLED_COMMANDS.map((n) => [Commands[n], n]));

/** Refused requests in a row (rate limit, bad frames) before the connection is dropped. */
const MAX_STRIKES = 50;
/** Queued bytes that end a connection at once, whatever the flush timing. */
const HARD_BACKLOG = 16 * 1024 * 1024;

/**
 * One client connection on a gate: frames in, requests to logic, responses and pushes out.
 * Knows bytes and sessions, not business rules. Nothing here throws into the socket layer:
 * every failure becomes an error response or a GOAWAY and close.
 */
export class ClientConnection {
  session: Session | undefined;
  readonly connectedAt = Date.now();
  lastReceived = Date.now();
  lastSent = Date.now();
  private readonly decoder: FrameDecoder | undefined;
  private readonly bucket: TokenBucket;
  private serverSeq = 0;
  private loggingIn = false;
  private strikes = 0;
  private closing = false;
  private backlogCheck = false;
  /** Requests handed to logic and not answered yet. */
  private inFlight = 0;

  constructor(
    readonly id: number,
    readonly transport: ServerTransport,
    private readonly ctx: GateContext,
  ) {
    const cfg = ctx.config;
    this.decoder = transport.framing === 'stream' ? new FrameDecoder(cfg['gate.maxFrame']) : undefined;
    this.bucket = new TokenBucket(cfg['gate.rateLimitPerSec'], cfg['gate.rateLimitBurst']);
  }

  get closed(): boolean {
    return this.closing;
  }

  /** Bytes from the transport. */
  onData(bytes: Uint8Array): void {
    if (this.closing) return;
    this.lastReceived = Date.now();
    if (this.decoder) {
      for (const ev of this.decoder.push(bytes)) this.onEvent(ev);
    } else {
      this.onEvent(decodeSingle(bytes, this.ctx.config['gate.maxFrame']));
    }
  }

  /** The transport closed (either side). */
  onClosed(): void {
    this.closing = true;
    const s = this.session;
    this.session = undefined;
    this.ctx.connectionClosed(this, s);
  }

  /** Sends an encoded frame; drops the connection when the client cannot keep up. */
  write(frame: Uint8Array): void {
    if (this.closing) return;
    this.transport.write(frame);
    this.lastSent = Date.now();
    const buffered = this.transport.buffered;
    if (buffered > Math.max(2 * this.ctx.config['gate.maxWriteBuffer'], HARD_BACKLOG)) {
      // Far beyond anything one tick of corked writes produces: no need to wait for the flush.
      this.ctx.log.warn(
        { conn: this.id, uid: this.session?.uid, buffered },
        'client backlog too large; disconnecting',
      );
      this.goaway(Code.UNAVAILABLE, 'client is not reading fast enough', true, true);
      return;
    }
    if (!this.backlogCheck) {
      this.backlogCheck = true;
      // After this tick's writes were handed to the kernel (transports flush corked writes on
      // nextTick, queued before this check): what is left is what the client has not read.
      process.nextTick(() => {
        this.backlogCheck = false;
        if (!this.closing && this.transport.buffered > this.ctx.config['gate.maxWriteBuffer']) {
          this.ctx.log.warn({ conn: this.id, uid: this.session?.uid }, 'client too slow; disconnecting');
          this.goaway(Code.UNAVAILABLE, 'client is not reading fast enough', true, true);
        }
      });
    }
  }

  /** Server-initiated heartbeat request; the client answers with a response frame. */
  ping(): void {
    this.serverSeq = (this.serverSeq + 1) >>> 0 || 1;
    this.write(encodeRequest(Commands.heartbeat, this.serverSeq, { ts: Date.now() }));
  }

  /** Tells the client why, then closes. `now` drops queued bytes instead of flushing them. */
  goaway(code: Code, reason: string, reconnect: boolean, now = false): void {
    if (this.closing) return;
    this.transport.write(encodePush(Commands.goaway, { code, reason, reconnect }));
    this.closing = true;
    if (now) this.transport.destroy();
    else this.transport.end();
  }

  /** Ends the session because a newer login replaced it. */
  kick(notice: KickNotice): void {
    if (this.closing) return;
    const { code, reason, byPlatform, byDeviceId } = notice;
    this.write(
      encodePush(Commands.kicked, { code, reason, byPlatform: platformNumber(byPlatform), byDeviceId }),
    );
    // Presence was already updated by logic; do not unregister the session a second time.
    this.session = undefined;
    this.goaway(code as Code, reason, false);
  }

  private onEvent(ev: DecodeEvent): void {
    if (ev.kind === 'frame') {
      this.onFrame(ev.frame);
      return;
    }
    this.ctx.metrics.protocolErrors.inc({ code: codeInfo(ev.code).name });
    if (ev.header) this.transport.write(encodeError(ev.header, ev.code, ev.message));
    if (ev.kind === 'fatal') {
      this.ctx.log.info(
        { conn: this.id, remote: this.transport.remote, reason: ev.message },
        'closing: bad stream',
      );
      this.goaway(ev.code, ev.message, false);
    } else {
      this.strike();
    }
  }

  private onFrame(f: Frame): void {
    if (isResponse(f)) return; // answers to our heartbeat requests: receiving them is the point
    if (isPush(f)) {
      this.refuse(f, Code.BAD_FRAME, 'clients may not send pushes');
      return;
    }
    const wait = this.bucket.take();
    if (wait > 0) {
      this.refuse(f, Code.RATE_LIMITED, 'too many requests', undefined, wait);
      return;
    }
    const cmd = lookupCommand(f.service, f.command);
    if (cmd?.kind !== 'request') {
      this.refuse(f, Code.UNKNOWN_COMMAND, `no command ${f.service}/${f.command}`);
      return;
    }
    let body = f.body;
    if (f.flags & Flag.compressed) {
      try {
        body = inflateRawSync(body, { maxOutputLength: this.ctx.config['gate.maxFrame'] });
      } catch {
        this.refuse(f, Code.BAD_BODY, 'compressed body could not be inflated');
        return;
      }
    }
    this.dispatch(cmd, f, body);
  }

  /** `cmd` is the table's own object (from lookupCommand), so identity selects the handler. */
  private dispatch(cmd: AnyCommand, f: FrameHeader, body: Uint8Array): void {
    const { logic } = this.ctx;
    switch (cmd) {
      case Commands.heartbeat:
        this.call(Commands.heartbeat, f, body, false, async (req) => ({ ts: req.ts ?? 0 }));
        return;
      case Commands.register:
        this.call(Commands.register, f, body, false, async (req) => {
          this.checkAuthBudget();
          return logic.register(req);
        });
        return;
      case Commands.login:
        if (this.session || this.loggingIn) {
          this.refuse(f, Code.ALREADY_LOGGED_IN, 'this connection is already logged in');
          return;
        }
        this.call(Commands.login, f, body, false, (req) => this.login(req));
        return;
      case Commands.logout:
        this.call(Commands.logout, f, body, true, async () => {
          const s = this.session!;
          await logic.logout(s);
          setImmediate(() => this.goaway(Code.LOGGED_OUT, 'logged out', false));
          return {};
        });
        return;
      case Commands.send: {
        const t0 = performance.now();
        this.call(Commands.send, f, body, true, (req) => logic.send(this.session!, req, t0));
        return;
      }
      case Commands.deliverAck:
        this.call(Commands.deliverAck, f, body, true, (req) => logic.deliverAck(this.session!, req));
        return;
      case Commands.sync:
        this.call(Commands.sync, f, body, true, (req) => logic.sync(this.session!, req));
        return;
      default: {
        const name = handledName.get(cmd);
        if (name === undefined || cmd.kind !== 'request') {
          this.refuse(
            f,
            Code.UNKNOWN_COMMAND,
            `command ${f.service}/${f.command} is not served by this gate`,
          );
          return;
        }
        // The table pairs each command with the handler of its own request and response types.
        const handler = logic.handlers[name] as (s: Session, req: unknown) => Promise<unknown>;
        this.call(cmd as RequestCommand<unknown, unknown>, f, body, true, (req) =>
          handler(this.session!, req),
        );
      }
    }
  }

  /** Password checks cost ~7 ms of CPU each: an address gets a budget of them. */
  private checkAuthBudget(): void {
    const wait = this.ctx.authWaitMs(this.transport.remoteIp);
    if (wait > 0) {
      throw new ParleyError(
        Code.RATE_LIMITED,
        'too many logins or registrations from your address',
        undefined,
        wait,
      );
    }
  }

  private async login(req: Parameters<GateContext['logic']['login']>[0]) {
    if (!req.token) this.checkAuthBudget();
    this.loggingIn = true;
    try {
      const { logic } = this.ctx;
      const result = await logic.login(req, this.ctx.gateId);
      if (this.closing) {
        // The client went away meanwhile: no session starts, nobody is kicked, and a token
        // issued for this login is revoked again.
        if (result.issuedToken) await logic.logout(result.session);
        return result.resp;
      }
      this.session = result.session;
      await this.ctx.sessionStarted(this, result.session);
      if (this.session === result.session) await logic.activate(result.session);
      return result.resp;
    } finally {
      this.loggingIn = false;
    }
  }

  private call<Req, Resp>(
    cmd: RequestCommand<Req, Resp>,
    f: FrameHeader,
    body: Uint8Array,
    needsSession: boolean,
    fn: (req: Req) => Promise<Resp>,
  ): void {
    if (needsSession && !this.session) {
      this.refuse(
        f,
        this.loggingIn ? Code.BAD_REQUEST : Code.NOT_LOGGED_IN,
        this.loggingIn ? 'login in progress' : 'log in first',
      );
      return;
    }
    if (this.inFlight >= this.ctx.config['gate.maxPendingRequests']) {
      this.refuse(f, Code.RATE_LIMITED, 'too many requests in flight on this connection', undefined, 50);
      return;
    }
    let req: Req;
    try {
      req = cmd.req.decode(body);
    } catch (err) {
      this.refuse(f, Code.BAD_BODY, `body is not a valid ${cmd.name} request: ${(err as Error).message}`);
      return;
    }
    this.inFlight++;
    fn(req).then(
      (resp) => {
        this.inFlight--;
        this.strikes = 0;
        this.ctx.metrics.requests.inc({ command: cmd.name, status: 'OK' });
        this.write(encodeResponse(cmd, f.seq, resp));
      },
      (err: unknown) => {
        this.inFlight--;
        const pe: ParleyError = toParleyError(err);
        if (isUnexpected(err))
          this.ctx.log.error({ err, command: cmd.name, uid: this.session?.uid }, 'request failed');
        this.ctx.metrics.requests.inc({ command: cmd.name, status: pe.codeName });
        this.write(encodeError(f, pe.code, pe.message, pe.field, pe.retryAfterMs));
      },
    );
  }

  private refuse(f: FrameHeader, code: Code, message: string, field?: string, retryAfterMs?: number): void {
    this.ctx.metrics.protocolErrors.inc({ code: codeInfo(code).name });
    this.write(encodeError(f, code, message, field, retryAfterMs));
    this.strike();
  }

  private strike(): void {
    if (++this.strikes > MAX_STRIKES) this.goaway(Code.RATE_LIMITED, 'too many refused requests', false);
  }
}
