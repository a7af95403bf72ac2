/** A local HTTP receiver of Parley's signed webhooks for tests: records requests, answers as told. */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifySignature } from '../../src/events/signature.ts';

export interface ReceivedHook {
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
  readonly json: { id: number; type: string; ts: number; node: string; data: Record<string, unknown> };
  readonly signatureOk: boolean;
}

export type Responder = (hook: ReceivedHook) => { status: number; body?: unknown; delayMs?: number };

export class WebhookReceiver {
  readonly hooks: ReceivedHook[] = [];
  respond: Responder = () => ({ status: 200 });
  private server: Server | undefined;
  private port = 0;

  constructor(private readonly secret: string) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}/hook`;
  }

  /** Listens (on the same port as before after a stop, so the URL stays valid). */
  async start(): Promise<void> {
    const server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const hook: ReceivedHook = {
          headers: req.headers,
          body,
          json: JSON.parse(body) as ReceivedHook['json'],
          signatureOk: verifySignature(this.secret, req.headers, body),
        };
        const answer = this.respond(hook);
        if (answer.status >= 200 && answer.status < 300) this.hooks.push(hook);
        const send = () => {
          res.writeHead(answer.status, { 'content-type': 'application/json' });
          res.end(JSON.stringify(answer.body ?? {}));
        };
        if (answer.delayMs) setTimeout(send, answer.delayMs);
        else send();
      });
    });
    this.server = server;
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', () => resolve()));
    this.port = (server.address() as AddressInfo).port;
  }

  async stop(): Promise<void> {
    const s = this.server;
    this.server = undefined;
    if (!s) return;
    s.closeAllConnections();
    await new Promise<void>((r) => s.close(() => r()));
  }

  /** Accepted hooks of one event type. */
  ofType(type: string): ReceivedHook[] {
    return this.hooks.filter((h) => h.json.type === type);
  }
}

/** Polls `check` until it returns true or `timeoutMs` passes (then throws `what`). */
export async function waitFor(check: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
