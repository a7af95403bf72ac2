import http, { type IncomingHttpHeaders } from 'node:http';
import https from 'node:https';

/** One HTTP answer, body read as text (at most `MAX_REPLY_BYTES`, the rest dropped). */
export interface HttpReply {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

export interface HttpRequest {
  readonly method: 'GET' | 'POST';
  readonly headers: Record<string, string>;
  readonly body?: string;
  /** Whole request, connection included; on expiry the request is aborted and rejects. */
  readonly timeoutMs: number;
}

export interface PushHttpClientOptions {
  /** Extra trusted CA certificates (PEM) for https URLs, e.g. a test's self-signed certificate. */
  readonly ca?: string | Buffer;
  /** Most sockets per origin; default 32. */
  readonly maxSockets?: number;
}

const MAX_REPLY_BYTES = 64 * 1024;

/**
 * The HTTP/1.1 client of the FCM and webhook providers: keep-alive connections in agents that
 * belong to one provider, so `close()` ends exactly that provider's connections (the global
 * `fetch` pools connections process-wide, where a provider cannot close them).
 *
 * `request` rejects on network errors, timeouts and after `close()`; any HTTP status resolves.
 */
export class PushHttpClient {
  private readonly httpAgent: http.Agent;
  private readonly httpsAgent: https.Agent;

  constructor(opts: PushHttpClientOptions = {}) {
    const maxSockets = opts.maxSockets ?? 32;
    this.httpAgent = new http.Agent({ keepAlive: true, maxSockets });
    this.httpsAgent = new https.Agent({
      keepAlive: true,
      maxSockets,
      ...(opts.ca !== undefined ? { ca: opts.ca } : {}),
    });
  }

  request(url: string, req: HttpRequest): Promise<HttpReply> {
    const u = new URL(url);
    const secure = u.protocol === 'https:';
    if (!secure && u.protocol !== 'http:') return Promise.reject(new Error(`unsupported URL ${url}`));
    const headers: Record<string, string> = { ...req.headers };
    if (req.body !== undefined) headers['content-length'] = String(Buffer.byteLength(req.body));
    return new Promise<HttpReply>((resolve, reject) => {
      const mod = secure ? https : http;
      const r = mod.request(u, {
        method: req.method,
        headers,
        agent: secure ? this.httpsAgent : this.httpAgent,
      });
      const timer = setTimeout(() => {
        r.destroy(Object.assign(new Error(`timed out after ${req.timeoutMs} ms`), { code: 'ETIMEDOUT' }));
      }, req.timeoutMs);
      r.once('error', (err) => {
        clearTimeout(timer);
        reject(err);
      });
      r.once('response', (res) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (c: Buffer) => {
          if (size < MAX_REPLY_BYTES) chunks.push(c.subarray(0, MAX_REPLY_BYTES - size));
          size += c.length;
        });
        res.once('error', (err) => {
          clearTimeout(timer);
          reject(err);
        });
        res.once('end', () => {
          clearTimeout(timer);
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          });
        });
      });
      r.end(req.body);
    });
  }

  /** Ends every connection, idle or busy; requests in progress reject. */
  close(): void {
    this.httpAgent.destroy();
    this.httpsAgent.destroy();
  }
}
