import { type KeyObject, verify } from 'node:crypto';
import http2, { type Http2Server, type Http2Session, type ServerHttp2Stream } from 'node:http2';
import type { AddressInfo, Socket } from 'node:net';
import type { Delivered, FakeAnswer, FakePushServer } from './push-provider.contract.ts';

export interface FakeApnsOptions {
  cert: string;
  key: string;
  /** The public half of the provider's signing key. */
  publicKey: KeyObject;
  keyId: string;
  teamId: string;
  topic: string;
}

/** A raw answer: status, JSON body (or none) and extra headers. */
export interface RawAnswer {
  status: number;
  body?: Record<string, unknown>;
  headers?: Record<string, string>;
}

/** One request as received, after authentication succeeded or not. */
export interface ApnsRequestLog {
  path: string;
  headers: http2.IncomingHttpHeaders;
  payload: unknown;
  jwt: string;
}

/**
 * A local HTTP/2 TLS server that speaks the APNs provider API: it checks the JWT (ES256 signature
 * with the provider's public key, `kid`, `iss`, `iat` under an hour old), the path, the topic and
 * the push type, and answers as APNs does (`{reason}` bodies, `apns-id` header).
 */
export class FakeApnsServer implements FakePushServer {
  readonly delivered: Delivered[] = [];
  readonly requests: ApnsRequestLog[] = [];
  /** Distinct JWTs seen, in first-use order. */
  readonly jwts: string[] = [];
  /** Number of HTTP/2 sessions (connections) accepted. */
  sessionsAccepted = 0;
  private readonly answers = new Map<string, FakeAnswer | RawAnswer>();
  private readonly expired = new Set<string>();
  private expireNext = false;
  private goawayNext = false;
  private readonly sockets = new Set<Socket>();
  private readonly sessions = new Set<Http2Session>();
  private readonly hanging = new Set<ServerHttp2Stream>();
  private closed = false;

  private constructor(
    private readonly server: Http2Server,
    private readonly opts: FakeApnsOptions,
  ) {}

  static async start(opts: FakeApnsOptions): Promise<FakeApnsServer> {
    const server = http2.createSecureServer({ cert: opts.cert, key: opts.key, allowHTTP1: false });
    const fake = new FakeApnsServer(server, opts);
    server.on('secureConnection', (s: Socket) => {
      fake.sockets.add(s);
      s.on('close', () => fake.sockets.delete(s));
    });
    server.on('session', (session) => {
      fake.sessionsAccepted++;
      fake.sessions.add(session);
      session.on('close', () => fake.sessions.delete(session));
      session.on('error', () => {});
    });
    server.on('stream', (stream, headers) => fake.onStream(stream, headers));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  get url(): string {
    return `https://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  program(token: string, answer: FakeAnswer | RawAnswer): void {
    this.answers.set(token, answer);
  }

  /** The JWT of the next request is treated as expired (403 ExpiredProviderToken) from then on. */
  expireNextJwt(): void {
    this.expireNext = true;
  }

  /** The next request gets a GOAWAY excluding its own stream: the client must send it again. */
  refuseNextWithGoaway(): void {
    this.goawayNext = true;
  }

  /** Sends GOAWAY (NO_ERROR, all streams processed) on every session, as APNs does before maintenance. */
  goAwayAll(): void {
    for (const s of this.sessions) if (!s.closed) s.goaway(http2.constants.NGHTTP2_NO_ERROR);
  }

  openConnections(): number {
    return this.sockets.size;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const s of this.hanging) s.close(http2.constants.NGHTTP2_CANCEL);
    for (const s of this.sessions) s.destroy();
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private onStream(stream: ServerHttp2Stream, headers: http2.IncomingHttpHeaders): void {
    stream.on('error', () => {});
    const chunks: Buffer[] = [];
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('end', () => this.answer(stream, headers, Buffer.concat(chunks).toString('utf8')));
  }

  private reply(stream: ServerHttp2Stream, a: RawAnswer, apnsId: string): void {
    if (stream.closed || stream.destroyed) return;
    stream.respond({ ':status': a.status, 'apns-id': apnsId, ...a.headers });
    stream.end(a.body ? JSON.stringify(a.body) : undefined);
  }

  private answer(stream: ServerHttp2Stream, headers: http2.IncomingHttpHeaders, text: string) {
    if (this.goawayNext) {
      this.goawayNext = false;
      // Node sends "last processed" for 0, so a first stream is refused with RST_STREAM instead.
      const id = stream.id ?? 0;
      if (id >= 3) stream.session?.goaway(http2.constants.NGHTTP2_NO_ERROR, id - 2);
      else {
        stream.close(http2.constants.NGHTTP2_REFUSED_STREAM);
        stream.session?.goaway(http2.constants.NGHTTP2_NO_ERROR);
      }
      return;
    }
    const apnsId = String(headers['apns-id'] ?? 'generated-id');
    const path = String(headers[':path'] ?? '');
    const jwt = String(headers.authorization ?? '').replace(/^bearer /, '');
    let payload: unknown;
    try {
      payload = JSON.parse(text);
    } catch {
      payload = undefined;
    }
    this.requests.push({ path, headers, payload, jwt });
    if (jwt && !this.jwts.includes(jwt)) this.jwts.push(jwt);
    const fail = (status: number, reason: string) => this.reply(stream, { status, body: { reason } }, apnsId);
    const m = /^\/3\/device\/([^/?]+)$/.exec(path);
    if (headers[':method'] !== 'POST') return fail(405, 'MethodNotAllowed');
    if (!m) return fail(404, 'BadPath');
    if (!jwt) return fail(403, 'MissingProviderToken');
    if (!this.jwtValid(jwt)) return fail(403, 'InvalidProviderToken');
    if (this.expireNext) {
      this.expireNext = false;
      this.expired.add(jwt);
    }
    if (this.expired.has(jwt)) return fail(403, 'ExpiredProviderToken');
    if (headers['apns-topic'] !== this.opts.topic) return fail(400, 'DeviceTokenNotForTopic');
    if (!['alert', 'background'].includes(String(headers['apns-push-type'])))
      return fail(400, 'InvalidPushType');
    if (payload === undefined || typeof payload !== 'object') return fail(400, 'PayloadEmpty');
    const token = decodeURIComponent(m[1]!);
    const a = this.answers.get(token) ?? { kind: 'ok' };
    if (!('kind' in a)) return this.reply(stream, a, apnsId);
    switch (a.kind) {
      case 'invalid-token':
        return fail(400, 'BadDeviceToken');
      case 'busy':
        return this.reply(
          stream,
          {
            status: a.status,
            body: { reason: a.status === 429 ? 'TooManyRequests' : 'ServiceUnavailable' },
            headers: { 'retry-after': String(a.retryAfterSec) },
          },
          apnsId,
        );
      case 'hang':
        this.hanging.add(stream);
        return;
      case 'slow':
        this.delivered.push(normalise(token, headers, payload));
        setTimeout(() => this.reply(stream, { status: 200 }, apnsId), a.ms);
        return;
      case 'ok':
        this.delivered.push(normalise(token, headers, payload));
        return this.reply(stream, { status: 200 }, apnsId);
    }
  }

  private jwtValid(jwt: string): boolean {
    const [h, c, s] = jwt.split('.');
    if (!h || !c || !s) return false;
    try {
      const header = JSON.parse(Buffer.from(h, 'base64url').toString()) as Record<string, unknown>;
      const claims = JSON.parse(Buffer.from(c, 'base64url').toString()) as Record<string, unknown>;
      if (header['alg'] !== 'ES256' || header['kid'] !== this.opts.keyId) return false;
      if (claims['iss'] !== this.opts.teamId || typeof claims['iat'] !== 'number') return false;
      const age = Date.now() / 1000 - claims['iat'];
      if (age > 3600 || age < -60) return false;
      const sig = Buffer.from(s, 'base64url');
      return verify(
        'sha256',
        Buffer.from(`${h}.${c}`),
        { key: this.opts.publicKey, dsaEncoding: 'ieee-p1363' },
        sig,
      );
    } catch {
      return false;
    }
  }
}

function normalise(token: string, headers: http2.IncomingHttpHeaders, payload: unknown): Delivered {
  const { aps, ...data } = payload as { aps: Record<string, unknown> } & Record<string, string>;
  const alert = (aps['alert'] ?? {}) as { title?: string; body?: string };
  const d: Delivered = { token, data };
  if (alert.title !== undefined) d.title = alert.title;
  if (alert.body !== undefined) d.body = alert.body;
  if (typeof aps['badge'] === 'number') d.badge = aps['badge'];
  if (typeof aps['sound'] === 'string') d.sound = aps['sound'];
  if (typeof aps['thread-id'] === 'string') d.threadId = aps['thread-id'];
  if (typeof headers['apns-collapse-id'] === 'string') d.collapseId = headers['apns-collapse-id'];
  return d;
}
