import { type KeyObject, randomBytes, verify } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { FCM_SCOPE } from '../../src/push/push-fcm-auth.ts';
import type { Delivered, FakeAnswer, FakePushServer } from './push-provider.contract.ts';

export interface FakeFcmOptions {
  projectId: string;
  clientEmail: string;
  /** The public half of the service account's key. */
  publicKey: KeyObject;
  /** Lifetime announced for access tokens; default 3599 s. */
  expiresIn?: number;
}

export interface RawAnswer {
  status: number;
  body?: Record<string, unknown>;
  headers?: Record<string, string>;
}

const fcmError = (code: number, status: string, message: string, errorCode?: string) => ({
  error: {
    code,
    message,
    status,
    ...(errorCode && {
      details: [{ '@type': 'type.googleapis.com/google.firebase.fcm.v1.FcmError', errorCode }],
    }),
  },
});

/**
 * One local HTTP server playing both Google's OAuth2 token endpoint (`POST /token`: verifies the
 * RS256 JWT-bearer assertion with the service account's public key and its claims) and the FCM
 * HTTP v1 send endpoint (`POST /v1/projects/<id>/messages:send`: checks the bearer token and the
 * project, answers with FCM's error bodies).
 */
export class FakeFcmServer implements FakePushServer {
  readonly delivered: Delivered[] = [];
  /** Raw `message` objects of authenticated send requests. */
  readonly messages: Record<string, unknown>[] = [];
  tokenRequests = 0;
  sendRequests = 0;
  /** Claims of the last accepted assertion. */
  lastClaims: Record<string, unknown> | undefined;
  private readonly valid = new Set<string>();
  private readonly answers = new Map<string, FakeAnswer | RawAnswer>();
  private readonly sockets = new Set<Socket>();
  private readonly hanging = new Set<ServerResponse>();
  private closed = false;
  /** When set, the token endpoint answers this instead of a token. */
  tokenEndpointAnswer: RawAnswer | undefined;

  private constructor(
    private readonly server: http.Server,
    private readonly opts: FakeFcmOptions,
  ) {}

  static async start(opts: FakeFcmOptions): Promise<FakeFcmServer> {
    const server = http.createServer();
    const fake = new FakeFcmServer(server, opts);
    server.on('connection', (s: Socket) => {
      fake.sockets.add(s);
      s.on('close', () => fake.sockets.delete(s));
    });
    server.on('request', (req, res) => fake.onRequest(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  get tokenUri(): string {
    return `${this.url}/token`;
  }

  program(token: string, answer: FakeAnswer | RawAnswer): void {
    this.answers.set(token, answer);
  }

  /** Every access token issued so far stops working (the next send gets 401). */
  revokeAccessTokens(): void {
    this.valid.clear();
  }

  openConnections(): number {
    return this.sockets.size;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const r of this.hanging) r.destroy();
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private onRequest(req: IncomingMessage, res: ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      if (req.method === 'POST' && req.url === '/token') return this.onToken(req, res, text);
      if (req.method === 'POST' && req.url?.startsWith('/v1/')) return this.onSend(req, res, text);
      reply(res, { status: 404, body: fcmError(404, 'NOT_FOUND', 'no such endpoint') });
    });
  }

  private onToken(req: IncomingMessage, res: ServerResponse, text: string) {
    this.tokenRequests++;
    if (this.tokenEndpointAnswer) return reply(res, this.tokenEndpointAnswer);
    const bad = (d: string) =>
      reply(res, { status: 400, body: { error: 'invalid_grant', error_description: d } });
    if (req.headers['content-type'] !== 'application/x-www-form-urlencoded') return bad('form expected');
    const form = new URLSearchParams(text);
    if (form.get('grant_type') !== 'urn:ietf:params:oauth:grant-type:jwt-bearer') return bad('grant_type');
    const [h, c, s] = (form.get('assertion') ?? '').split('.');
    if (!h || !c || !s) return bad('assertion');
    const header = JSON.parse(Buffer.from(h, 'base64url').toString()) as Record<string, unknown>;
    const claims = JSON.parse(Buffer.from(c, 'base64url').toString()) as Record<string, number | string>;
    if (header['alg'] !== 'RS256') return bad('alg');
    if (!verify('sha256', Buffer.from(`${h}.${c}`), this.opts.publicKey, Buffer.from(s, 'base64url'))) {
      return bad('Invalid JWT Signature.');
    }
    const now = Date.now() / 1000;
    const iat = Number(claims['iat']);
    const exp = Number(claims['exp']);
    if (claims['iss'] !== this.opts.clientEmail) return bad('iss');
    if (claims['aud'] !== this.tokenUri) return bad('aud');
    if (claims['scope'] !== FCM_SCOPE) return bad('scope');
    if (!(exp > now && exp - iat <= 3600 && iat <= now + 60))
      return bad('Invalid JWT: Token must be a short-lived token');
    this.lastClaims = claims;
    const token = `ya29.${randomBytes(12).toString('hex')}`;
    this.valid.add(token);
    reply(res, {
      status: 200,
      body: { access_token: token, expires_in: this.opts.expiresIn ?? 3599, token_type: 'Bearer' },
    });
  }

  private onSend(req: IncomingMessage, res: ServerResponse, text: string) {
    this.sendRequests++;
    const bearer = String(req.headers.authorization ?? '').replace(/^Bearer /, '');
    if (!this.valid.has(bearer)) {
      return reply(res, {
        status: 401,
        body: fcmError(401, 'UNAUTHENTICATED', 'Request had invalid authentication credentials.'),
      });
    }
    if (req.url !== `/v1/projects/${this.opts.projectId}/messages:send`) {
      return reply(res, { status: 404, body: fcmError(404, 'NOT_FOUND', 'Requested entity was not found.') });
    }
    const message = (JSON.parse(text) as { message: Record<string, unknown> }).message;
    this.messages.push(message);
    const token = String(message['token']);
    const a = this.answers.get(token) ?? { kind: 'ok' };
    if (!('kind' in a)) return reply(res, a);
    const name = `projects/${this.opts.projectId}/messages/${randomBytes(6).toString('hex')}`;
    switch (a.kind) {
      case 'invalid-token':
        return reply(res, {
          status: 404,
          body: fcmError(404, 'NOT_FOUND', 'Requested entity was not found.', 'UNREGISTERED'),
        });
      case 'busy':
        return reply(res, {
          status: a.status,
          body:
            a.status === 429
              ? fcmError(429, 'RESOURCE_EXHAUSTED', 'Quota exceeded', 'QUOTA_EXCEEDED')
              : fcmError(503, 'UNAVAILABLE', 'The service is currently unavailable.', 'UNAVAILABLE'),
          headers: { 'retry-after': String(a.retryAfterSec) },
        });
      case 'hang':
        this.hanging.add(res);
        return;
      case 'slow':
        this.delivered.push(normalise(message));
        setTimeout(() => reply(res, { status: 200, body: { name } }), a.ms);
        return;
      case 'ok':
        this.delivered.push(normalise(message));
        return reply(res, { status: 200, body: { name } });
    }
  }
}

function reply(res: ServerResponse, a: RawAnswer): void {
  if (res.destroyed) return;
  res.writeHead(a.status, { 'content-type': 'application/json; charset=UTF-8', ...a.headers });
  res.end(a.body ? JSON.stringify(a.body) : '');
}

type Obj = Record<string, unknown>;

function normalise(m: Obj): Delivered {
  const n = (m['notification'] ?? {}) as Obj;
  const android = (m['android'] ?? {}) as Obj;
  const an = (android['notification'] ?? {}) as Obj;
  const aps = (((m['apns'] as Obj | undefined)?.['payload'] as Obj | undefined)?.['aps'] ?? {}) as Obj;
  const d: Delivered = { token: String(m['token']), data: (m['data'] ?? {}) as Record<string, string> };
  if (typeof n['title'] === 'string') d.title = n['title'];
  if (typeof n['body'] === 'string') d.body = n['body'];
  if (typeof aps['badge'] === 'number') d.badge = aps['badge'];
  if (typeof an['sound'] === 'string') d.sound = an['sound'];
  if (typeof aps['thread-id'] === 'string') d.threadId = aps['thread-id'];
  if (typeof android['collapse_key'] === 'string') d.collapseId = android['collapse_key'];
  return d;
}
