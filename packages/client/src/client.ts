import { Code, Commands, type LoginReq, type SendReq, type SendResp } from '@parley/protocol';
import { fromWireMsgType, num, toWireMsgType, toWirePlatform } from './convert.ts';
import { TypedEmitter } from './emitter.ts';
import { ClientClosedError, ClientError, NotConnectedError, toError } from './errors.ts';
import { randomId } from './ids.ts';
import { CLIENT_VERSION, Link } from './link.ts';
import { Outbox } from './outbox.ts';
import { Timeline } from './timeline.ts';
import type {
  ClientEvents,
  ClientState,
  DeviceInfo,
  LoginCredentials,
  LoginResult,
  ParleyClientOptions,
  RegisterParams,
  SendParams,
  SendResult,
} from './types.ts';

/**
 * A Parley client for browsers and Node: one connection, one logged-in device, automatic
 * reconnect with token re-login, an outbox that resends unacked messages with the same
 * clientMsgId, and the user's timeline delivered as `'message'` events, each once, in seq order
 * (the user's own sends included, from any device).
 *
 * Errors: every promise rejects with a `ParleyError`. A plain `ParleyError` is a server refusal
 * (its `code` is the response status; see `isServerRefusal`); failures on the client side are
 * subclasses of `ClientError` — `RequestTimeoutError`, `ConnectionLostError`, `NotConnectedError`,
 * `ClientClosedError` (all code UNAVAILABLE) and `ProtocolError`.
 *
 * @example
 * ```ts
 * import { ParleyClient, wsTransport } from '@parley/client';
 *
 * const client = new ParleyClient({ transport: wsTransport({ url: 'wss://chat.example.com/ws' }) });
 * client.on('message', (m) => console.log(`${m.from}: ${m.content}`));
 * client.on('disconnected', (e) => console.log('offline:', e.reason, e.willReconnect ? '(retrying)' : ''));
 * await client.login({ uid: 'alice', password: 'secret' }, { deviceId: 'laptop-1', platform: 'web' });
 * const ack = await client.send({ to: 'bob', content: 'hi' }); // resolves with the server's ack
 * console.log(ack.msgId, ack.seq);
 * client.close();
 * ```
 */
export class ParleyClient {
  private readonly events = new TypedEmitter<ClientEvents>((err, event) => {
    // An 'error' listener that throws has nowhere further to report to.
    if (event !== 'error') this.events.emit('error', toError(err));
  });
  private readonly timeline: Timeline;
  private readonly outbox: Outbox;
  private readonly link: Link;

  constructor(private readonly options: ParleyClientOptions) {
    this.timeline = new Timeline(
      {
        deliver: (msg) => this.events.emit('message', msg),
        onError: (err) => this.events.emit('error', err),
      },
      { ackDelayMs: options.ackDelayMs ?? 20, pageSize: options.syncPageSize ?? 200 },
    );
    this.outbox = new Outbox({
      readyConnection: () => this.link.ready,
      onAck: (req, resp) => this.offerOwnMessage(req, resp),
    });
    this.link = new Link({ options, events: this.events, timeline: this.timeline, outbox: this.outbox });
  }

  get state(): ClientState {
    return this.link.state;
  }

  /** The logged-in user (kept while reconnecting). */
  get uid(): string | undefined {
    return this.link.session?.uid;
  }

  /** Seq of the last timeline entry delivered as a `'message'` event. */
  get lastSeq(): number {
    return this.timeline.lastSeq;
  }

  /** Sends not acked yet. */
  get pendingSends(): number {
    return this.outbox.size;
  }

  /** Subscribes to an event; returns the function that unsubscribes. */
  on<K extends keyof ClientEvents>(event: K, fn: (payload: ClientEvents[K]) => void): () => void {
    return this.events.on(event, fn);
  }

  once<K extends keyof ClientEvents>(event: K, fn: (payload: ClientEvents[K]) => void): () => void {
    return this.events.once(event, fn);
  }

  /** Opens the connection (login and register do it when needed). */
  async connect(): Promise<void> {
    await this.link.ensureConnection();
  }

  /** Creates an account. Works on a connection that is not logged in. */
  async register(params: RegisterParams): Promise<{ uid: string }> {
    const conn = await this.link.ensureConnection();
    const { uid, password, nickname } = params;
    const resp = await conn.request(Commands.register, { uid, password, nickname: nickname ?? '' });
    return { uid: resp.uid || uid };
  }

  /**
   * Logs in with a password or a token (connecting first if needed), then resends the outbox and
   * syncs the timeline in the background. The client keeps the returned token to log in again by
   * itself after a reconnect.
   */
  async login(credentials: LoginCredentials, device: DeviceInfo): Promise<LoginResult> {
    const req: LoginReq =
      'token' in credentials
        ? { token: credentials.token, uid: credentials.uid ?? '' }
        : { uid: credentials.uid, password: credentials.password };
    req.deviceId = device.deviceId;
    req.platform = toWirePlatform(device.platform);
    req.clientVersion = this.options.clientVersion ?? CLIENT_VERSION;
    return this.link.login(req, device);
  }

  /**
   * Revokes the session's token on the server and closes the connection; no reconnect follows.
   * Unacked sends fail with LOGGED_OUT. The client can log in again afterwards. Without a
   * connection it only forgets the session locally.
   */
  logout(): Promise<void> {
    return this.link.logout();
  }

  /**
   * Sends a one-to-one message; resolves with the server's ack (the message is stored).
   * Until then it waits in the outbox: across disconnects the promise stays pending and the send
   * is repeated after the next login with the same clientMsgId, as is a send whose ack timed out.
   * Rejects with the server's refusal, or when the session ends (kick, logout, refused re-login,
   * `close()`). Needs a session: before the first login it rejects with NOT_LOGGED_IN.
   */
  send(params: SendParams): Promise<SendResult> {
    if (this.link.state === 'closed') return Promise.reject(new ClientClosedError());
    if (!this.link.session) {
      return Promise.reject(new ClientError(Code.NOT_LOGGED_IN, 'log in before sending'));
    }
    let type: SendReq['type'];
    try {
      type = toWireMsgType(params.type ?? 'text');
    } catch (err) {
      return Promise.reject(new ClientError(Code.BAD_MSG_TYPE, toError(err).message, 'type'));
    }
    const clientMsgId = params.clientMsgId || randomId();
    return this.outbox.add({ toUid: params.to, clientMsgId, type, content: params.content });
  }

  /**
   * Pulls the timeline after `lastSeq` until the server has no more; resolves when every entry
   * stored before the call has been emitted. Login does this by itself; call it to be sure.
   */
  sync(): Promise<void> {
    if (!this.link.loggedIn) return Promise.reject(new NotConnectedError('not logged in'));
    return this.timeline.sync();
  }

  /** Closes for good: no reconnect; pending requests and sends fail with ClientClosedError. */
  close(): void {
    this.link.close();
  }

  /** An own send's ack names its seq in this user's timeline: that entry needs no sync. */
  private offerOwnMessage(req: SendReq, resp: SendResp): void {
    this.timeline.offer({
      msgId: num(resp.msgId),
      clientMsgId: req.clientMsgId ?? '',
      from: this.link.session?.uid ?? '',
      to: req.toUid ?? '',
      convType: 'c2c',
      type: fromWireMsgType(req.type),
      content: req.content ?? '',
      ts: num(resp.ts),
      seq: num(resp.seq),
    });
  }
}
