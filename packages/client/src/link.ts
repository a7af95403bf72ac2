import {
  ABSOLUTE_MAX_FRAME,
  Code,
  Commands,
  codeInfo,
  type Frame,
  type LoginReq,
  type LoginResp,
  ParleyError,
} from '@parley/protocol';
import { Connection, type ConnectionCloseInfo } from './connection.ts';
import { toLoginResult, toWirePlatform } from './convert.ts';
import type { TypedEmitter } from './emitter.ts';
import {
  ClientClosedError,
  ConnectionLostError,
  isServerRefusal,
  NotConnectedError,
  ProtocolError,
  toError,
} from './errors.ts';
import type { Outbox } from './outbox.ts';
import { decodePush, type ServerPush } from './pushes.ts';
import { Backoff } from './reconnect.ts';
import type { ConvSequencer } from './sequencer.ts';
import type { Timeline } from './timeline.ts';
import type { ClientEvents, ClientState, DeviceInfo, LoginResult, ParleyClientOptions } from './types.ts';

/** A connection up this long counts as recovered: the next outage backs off from the start. */
const STABLE_CONNECTION_MS = 5000;
const SYNC_RETRY_MIN_MS = 500;
const SYNC_RETRY_MAX_MS = 30_000;

/** Node timers would keep a process alive; browsers have no unref. */
function unrefTimer(t: ReturnType<typeof setTimeout>): void {
  (t as { unref?: () => void }).unref?.();
}

const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;
/** Heartbeat period before the server has said its own (at login). */
const PRELOGIN_HEARTBEAT_MS = 30_000;
export const CLIENT_VERSION = 'parley-js/0.1.0';

/** What a reconnect logs in with: the token of the last successful login, and the same device. */
interface Session {
  readonly uid: string;
  readonly token: string;
  readonly device: DeviceInfo;
}

/** What the server said (GOAWAY, KICKED) before the connection it came on closes. */
interface CloseNotice {
  readonly code: number;
  readonly reason: string;
  readonly reconnect: boolean;
}

export interface LinkDeps {
  readonly options: ParleyClientOptions;
  readonly events: TypedEmitter<ClientEvents>;
  readonly timeline: Timeline;
  readonly groups: ConvSequencer;
  readonly outbox: Outbox;
}

/**
 * The client's link to the server: the current connection, login state, the session to log in
 * again with, server pushes, and reconnect. `ParleyClient` is the public face over it.
 *
 * After every login (first or re-login) the order is fixed: timeline cursor and group sequencer
 * attached, outbox resent, sync started — all synchronously on the login response, before the next
 * frame; once the timeline sync is done, the groups in read diffusion catch up (CONV/LIST, CONV_SYNC).
 * No reconnect follows a kick, a GOAWAY without `reconnect`, a re-login refused with a
 * non-retryable status, a logout or `close()`.
 */
export class Link {
  conn: Connection | undefined;
  state: ClientState = 'idle';
  loggedIn = false;
  session: Session | undefined;
  private opening: Promise<Connection> | undefined;
  private lastUid: string | undefined;
  private notice: CloseNotice | undefined;
  /** Bumped whenever a reconnect in progress must stop (manual login, logout, close). */
  private reconnectGen = 0;
  private readonly backoff: Backoff | undefined;

  constructor(private readonly deps: LinkDeps) {
    const r = deps.options.reconnect;
    this.backoff = r === false ? undefined : new Backoff(r ?? {});
  }

  /** The connection, once logged in on it. */
  get ready(): Connection | undefined {
    return this.loggedIn ? this.conn : undefined;
  }

  ensureConnection(): Promise<Connection> {
    if (this.state === 'closed') return Promise.reject(new ClientClosedError());
    if (this.conn) return Promise.resolve(this.conn);
    if (!this.opening) {
      if (this.state === 'idle') this.state = 'connecting';
      const opening = this.openConnection(this.reconnectGen).finally(() => {
        if (this.opening === opening) this.opening = undefined;
      });
      this.opening = opening;
    }
    return this.opening;
  }

  /** A login asked for by the application; it supersedes a reconnect in progress. */
  async login(req: LoginReq, device: DeviceInfo): Promise<LoginResult> {
    const conn = await this.ensureConnection();
    const wasReconnecting = this.state === 'reconnecting';
    this.stopReconnecting();
    try {
      const resp = await conn.request(Commands.login, req, {
        onResponse: (r) => this.onLoggedIn(conn, r, device, req.token ?? ''),
      });
      return toLoginResult(resp);
    } catch (err) {
      if (wasReconnecting && !this.loggedIn && this.state === 'reconnecting') {
        // The application asked for a new login and it failed: the old session is not resumed
        // behind its back. Its unsent messages fail; the connection stays for another attempt.
        this.endSession(toError(err));
        this.state = this.conn ? 'connected' : 'idle';
        this.deps.events.emit('disconnected', {
          reason: 'login failed while reconnecting',
          willReconnect: false,
        });
      }
      throw err;
    }
  }

  async logout(): Promise<void> {
    const conn = this.conn;
    const wasLoggedIn = this.loggedIn;
    const wasReconnecting = this.state === 'reconnecting';
    this.stopReconnecting();
    this.endSession(new ParleyError(Code.LOGGED_OUT, 'logged out'));
    if (conn && wasLoggedIn) {
      try {
        await conn.request(Commands.logout, {});
      } finally {
        conn.close({ code: Code.LOGGED_OUT, reason: 'logged out' });
      }
      return;
    }
    if (!wasReconnecting) return;
    if (conn) {
      conn.close({ code: Code.LOGGED_OUT, reason: 'logged out' });
      return;
    }
    this.state = 'idle';
    this.deps.events.emit('disconnected', {
      code: Code.LOGGED_OUT,
      reason: 'logged out',
      willReconnect: false,
    });
  }

  close(): void {
    if (this.state === 'closed') return;
    this.state = 'closed';
    this.stopReconnecting();
    const err = new ClientClosedError();
    this.endSession(err);
    this.loggedIn = false;
    this.deps.timeline.detach();
    this.deps.groups.detach();
    const conn = this.conn;
    this.conn = undefined;
    if (!conn) return;
    conn.close({ reason: 'closed by client' }, err);
    this.deps.events.emit('disconnected', { reason: 'closed by client', willReconnect: false });
  }

  private stableTimer: ReturnType<typeof setTimeout> | undefined;

  private stopReconnecting(): void {
    this.reconnectGen += 1;
    this.backoff?.cancel();
  }

  /** `gen`: the reconnect generation when the open started; a logout or close meanwhile voids it. */
  private async openConnection(gen: number): Promise<Connection> {
    const { options, events } = this.deps;
    const conn: Connection = new Connection(
      options.transport(),
      {
        onPush: (frame) => this.onPush(conn, frame),
        onClose: (info) => this.onConnectionClosed(conn, info),
        onError: (err) => events.emit('error', err),
      },
      {
        requestTimeoutMs: options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS,
        maxFrameBytes: options.maxFrameBytes ?? ABSOLUTE_MAX_FRAME,
        heartbeatIntervalMs: options.heartbeatIntervalMs ?? PRELOGIN_HEARTBEAT_MS,
      },
    );
    try {
      await conn.open();
    } catch (err) {
      if (this.state === 'connecting') this.state = 'idle';
      throw new NotConnectedError(`cannot connect: ${toError(err).message}`);
    }
    if (this.state === 'closed') {
      conn.close({ reason: 'client closed' });
      throw new ClientClosedError();
    }
    if (gen !== this.reconnectGen && !this.session) {
      // Opened for a reconnect that a logout cancelled meanwhile: nobody wants this connection.
      conn.close({ reason: 'no longer needed' });
      throw new ConnectionLostError('connect', 'the session ended while connecting');
    }
    if (!conn.isOpen) throw new ConnectionLostError('connect', 'closed right after opening');
    this.conn = conn;
    if (this.state === 'connecting' || this.state === 'idle') this.state = 'connected';
    return conn;
  }

  /** Runs synchronously on the login response, before any frame after it is handled. */
  private onLoggedIn(conn: Connection, resp: LoginResp, device: DeviceInfo, usedToken: string): void {
    if (conn !== this.conn || !conn.isOpen) {
      throw new ConnectionLostError(Commands.login.name, 'connection closed during login');
    }
    const { timeline, groups, outbox, options } = this.deps;
    const result = toLoginResult(resp);
    if (this.lastUid !== undefined && this.lastUid !== result.uid) {
      timeline.reset();
      groups.reset();
      outbox.rejectAll(new ParleyError(Code.LOGGED_OUT, `another user (${result.uid}) logged in`));
    }
    this.lastUid = result.uid;
    this.session = { uid: result.uid, token: result.token || usedToken, device };
    this.loggedIn = true;
    this.state = 'ready';
    this.resetBackoffWhenStable(conn);
    conn.setHeartbeatInterval(
      options.heartbeatIntervalMs ?? (resp.heartbeatIntervalMs || PRELOGIN_HEARTBEAT_MS),
    );
    timeline.attach(conn, result.deviceAckSeq);
    groups.attach(conn);
    outbox.flush();
    this.syncAfterLogin(conn, 0);
  }

  /** The timeline sync, then the catch-up of groups in read diffusion. */
  syncAll(): Promise<void> {
    return this.deps.timeline.sync().then(() => this.deps.groups.catchUp());
  }

  /**
   * The sync after a login; a failure other than losing the connection (server busy, timeout)
   * is reported and retried with a growing delay while this connection stays current.
   */
  private syncAfterLogin(conn: Connection, attempt: number): void {
    this.syncAll().catch((err: unknown) => {
      if (err instanceof ConnectionLostError || err instanceof NotConnectedError) return;
      if (err instanceof ClientClosedError) return;
      this.deps.events.emit('error', toError(err));
      const hinted = err instanceof ParleyError ? (err.retryAfterMs ?? 0) : 0;
      const delay = Math.max(hinted, Math.min(SYNC_RETRY_MAX_MS, SYNC_RETRY_MIN_MS * 2 ** attempt));
      const timer = setTimeout(() => {
        if (this.conn === conn && this.loggedIn) this.syncAfterLogin(conn, attempt + 1);
      }, delay);
      unrefTimer(timer);
    });
  }

  /** Backoff starts over only once a connection has stayed up a while, not on every login. */
  private resetBackoffWhenStable(conn: Connection): void {
    if (!this.backoff) return;
    if (this.stableTimer !== undefined) clearTimeout(this.stableTimer);
    this.stableTimer = setTimeout(() => {
      this.stableTimer = undefined;
      if (this.conn === conn && this.loggedIn) this.backoff?.reset();
    }, STABLE_CONNECTION_MS);
    unrefTimer(this.stableTimer);
  }

  private onPush(conn: Connection, frame: Frame): void {
    if (conn !== this.conn) return;
    const { events, timeline, groups } = this.deps;
    let push: ServerPush | undefined;
    try {
      push = decodePush(frame);
    } catch (err) {
      events.emit('error', new ProtocolError(Code.BAD_BODY, `bad push body: ${toError(err).message}`));
      return;
    }
    switch (push?.kind) {
      case 'message': {
        // Before the login response is handled, pushes are dropped: the sync after login has them.
        if (!this.loggedIn) break;
        const msg = push.message;
        // seq 0: a group in read diffusion, not in the user's timeline.
        if (msg.convType === 'group' && msg.seq === 0) groups.offer(msg);
        else timeline.offer(msg);
        break;
      }
      case 'delivered':
        events.emit('delivered', push.receipt);
        break;
      case 'read':
        events.emit('read', push.receipt);
        break;
      case 'typing':
        events.emit('typing', push.typing);
        break;
      case 'deleted':
        events.emit('deleted', { msgIds: push.msgIds });
        break;
      case 'conversation':
        events.emit('conversation', push.change);
        break;
      case 'contact':
        events.emit('contact', push.event);
        break;
      case 'presence':
        events.emit('presence', push.state);
        break;
      case 'broadcast':
        events.emit('broadcast', push.broadcast);
        break;
      case 'kicked':
        this.notice = { code: push.code || Code.KICKED_SAME_PLATFORM, reason: push.reason, reconnect: false };
        events.emit('kicked', { code: push.code, reason: push.reason });
        conn.close({ code: push.code, reason: `kicked: ${push.reason}` });
        break;
      case 'goaway':
        this.notice = { code: push.code, reason: push.reason, reconnect: push.reconnect };
        conn.close({ code: push.code, reason: `goaway: ${push.reason}` });
        break;
      default:
        break;
    }
  }

  private onConnectionClosed(conn: Connection, info: ConnectionCloseInfo): void {
    if (conn !== this.conn) return;
    this.conn = undefined;
    const wasReconnecting = this.state === 'reconnecting';
    this.loggedIn = false;
    this.deps.timeline.detach();
    this.deps.groups.detach();
    const notice = this.notice;
    this.notice = undefined;
    const code = notice?.code ?? info.code;
    const reason = info.reason;
    if (notice && !notice.reconnect) {
      this.endSession(new ParleyError((notice.code || Code.UNAVAILABLE) as Code, notice.reason || reason));
    }
    if (this.backoff && this.session) {
      this.state = 'reconnecting';
      // One 'disconnected' per outage, not one per failed attempt.
      if (!wasReconnecting) this.deps.events.emit('disconnected', { code, reason, willReconnect: true });
      const gen = this.reconnectGen;
      this.backoff.schedule(() => void this.reconnectNow(gen));
      return;
    }
    this.state = 'idle';
    this.deps.events.emit('disconnected', { code, reason, willReconnect: false });
  }

  /** One reconnect attempt: connect, log in with the session's token; on failure, the next one. */
  private async reconnectNow(gen: number): Promise<void> {
    const stillWanted = () => gen === this.reconnectGen && this.state === 'reconnecting';
    if (!stillWanted()) return;
    let conn: Connection;
    try {
      conn = await this.ensureConnection();
    } catch {
      if (stillWanted()) this.backoff?.schedule(() => void this.reconnectNow(gen));
      return;
    }
    const session = this.session;
    if (!stillWanted() || !session) return;
    const { uid, token, device } = session;
    const req: LoginReq = {
      uid,
      token,
      deviceId: device.deviceId,
      platform: toWirePlatform(device.platform),
      clientVersion: this.deps.options.clientVersion ?? CLIENT_VERSION,
    };
    try {
      const resp = await conn.request(Commands.login, req, {
        onResponse: (r) => this.onLoggedIn(conn, r, device, token),
      });
      this.deps.events.emit('reconnected', toLoginResult(resp));
    } catch (err) {
      if (gen !== this.reconnectGen || this.state === 'closed') return;
      if (isServerRefusal(err) && !codeInfo(err.code).retryable) {
        // The token is no good any more (expired, revoked, user disabled): stop for good.
        this.deps.events.emit('error', err);
        this.endSession(err);
        conn.close({ code: err.code, reason: `re-login refused: ${err.message}` });
        return;
      }
      // Transient: a fresh connection later (if this one is already gone, its close scheduled that).
      conn.close({ reason: `re-login failed: ${toError(err).message}` });
    }
  }

  /** Forgets the session so nothing logs in again, and fails what can no longer be sent. */
  private endSession(err: Error): void {
    this.session = undefined;
    this.deps.outbox.rejectAll(err);
  }
}
