import { createHmac, timingSafeEqual } from 'node:crypto';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Delivered, FakeAnswer, FakePushServer } from './push-provider.contract.ts';

export interface RawAnswer {
  status: number;
  body?: Record<string, unknown>;
  headers?: Record<string, string>;
}

/**
 * An app's push gateway as the webhook provider expects it: checks the HMAC-SHA256 signature over
 * `timestamp.body` (computed here independently of the provider's code) and answers by status code.
 */
export class FakeWebhookServer implements FakePushServer {
  readonly delivered: Delivered[] = [];
  /** Every request: headers and raw body, signed correctly or not. */
  readonly requests: { headers: http.IncomingHttpHeaders; body: string; signatureOk: boolean }[] = [];
  private readonly answers = new Map<string, FakeAnswer | RawAnswer>();
  private readonly sockets = new Set<Socket>();
  private readonly hanging = new Set<ServerResponse>();
  private closed = false;

  private constructor(
    private readonly server: http.Server,
    private readonly secret: string,
  ) {}

  static async start(secret: string): Promise<FakeWebhookServer> {
    const server = http.createServer();
    const fake = new FakeWebhookServer(server, secret);
    server.on('connection', (s: Socket) => {
      fake.sockets.add(s);
      s.on('close', () => fake.sockets.delete(s));
    });
    server.on('request', (req, res) => fake.onRequest(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/push`;
  }

  program(token: string, answer: FakeAnswer | RawAnswer): void {
    this.answers.set(token, answer);
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
      const body = Buffer.concat(chunks).toString('utf8');
      const ts = String(req.headers['x-parley-timestamp'] ?? '');
      const want = `sha256=${createHmac('sha256', this.secret).update(`${ts}.${body}`).digest('hex')}`;
      const got = String(req.headers['x-parley-signature'] ?? '');
      const signatureOk = got.length === want.length && timingSafeEqual(Buffer.from(got), Buffer.from(want));
      this.requests.push({ headers: req.headers, body, signatureOk });
      if (!signatureOk || req.url !== '/push' || req.method !== 'POST') {
        return reply(res, { status: 401, body: { reason: 'bad signature' } });
      }
      const msg = JSON.parse(body) as { target: { token: string }; notification: Record<string, unknown> };
      const token = msg.target.token;
      const a = this.answers.get(token) ?? { kind: 'ok' };
      if (!('kind' in a)) return reply(res, a);
      switch (a.kind) {
        case 'invalid-token':
          return reply(res, { status: 410, body: { reason: 'token unregistered' } });
        case 'busy':
          return reply(res, { status: a.status, headers: { 'retry-after': String(a.retryAfterSec) } });
        case 'hang':
          this.hanging.add(res);
          return;
        case 'slow':
          this.delivered.push(normalise(token, msg.notification));
          setTimeout(() => reply(res, { status: 204 }), a.ms);
          return;
        case 'ok':
          this.delivered.push(normalise(token, msg.notification));
          return reply(res, { status: 204 });
      }
    });
  }
}

function reply(res: ServerResponse, a: RawAnswer): void {
  if (res.destroyed) return;
  res.writeHead(a.status, { 'content-type': 'application/json', ...a.headers });
  res.end(a.body ? JSON.stringify(a.body) : undefined);
}

function normalise(token: string, n: Record<string, unknown>): Delivered {
  const d: Delivered = { token, data: (n['data'] ?? {}) as Record<string, string> };
  for (const k of ['title', 'body', 'sound', 'threadId', 'collapseId'] as const) {
    if (typeof n[k] === 'string') d[k] = n[k];
  }
  if (typeof n['badge'] === 'number') d.badge = n['badge'];
  return d;
}
