import http2, {
  type ClientHttp2Session,
  type IncomingHttpHeaders,
  type OutgoingHttpHeaders,
} from 'node:http2';

/** One HTTP/2 answer, body read as text. */
export interface Http2Reply {
  readonly status: number;
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

export interface Http2ConnectionOptions {
  /** Extra trusted CA certificates (PEM), e.g. a test's self-signed certificate. */
  readonly ca?: string | Buffer;
}

/** A stream the server never processed (GOAWAY below its id, REFUSED_STREAM): safe to send again. */
class RefusedError extends Error {
  override readonly name = 'RefusedError';
}

const MAX_REPLY_BYTES = 64 * 1024;

/**
 * One long-lived HTTP/2 connection to an origin, as APNs wants it: every request is a stream on
 * the same session. A session that closes, fails or receives GOAWAY is dropped and the next
 * request opens a new one; streams already running on a draining session finish there.
 *
 * `request` rejects on network errors and timeouts; any HTTP status resolves. A request the server
 * refused without processing it (a GOAWAY that excludes its stream, REFUSED_STREAM, a session that
 * went away before the stream started) is sent once more on a fresh session.
 */
export class Http2Connection {
  private session: ClientHttp2Session | undefined;
  private readonly sessions = new Set<ClientHttp2Session>();
  private closed = false;

  constructor(
    private readonly origin: string,
    private readonly opts: Http2ConnectionOptions = {},
  ) {}

  /** Sessions opened so far (tests and metrics: reconnects are `opened - 1`). */
  opened = 0;

  async request(headers: OutgoingHttpHeaders, body: string, timeoutMs: number): Promise<Http2Reply> {
    const deadline = Date.now() + timeoutMs;
    try {
      return await this.requestOnce(headers, body, timeoutMs);
    } catch (err) {
      if (!(err instanceof RefusedError) || this.closed) throw err;
      return await this.requestOnce(headers, body, Math.max(1, deadline - Date.now()));
    }
  }

  /** Closes every session gracefully (streams in progress finish, at most 5 s) and waits until they are gone. */
  async close(): Promise<void> {
    this.closed = true;
    this.session = undefined;
    await Promise.all(
      [...this.sessions].map(
        (s) =>
          new Promise<void>((resolve) => {
            if (s.destroyed) return resolve();
            // A peer that never lets the session end gracefully is cut after 5 s.
            const force = setTimeout(() => s.destroy(), 5_000);
            s.once('close', () => {
              clearTimeout(force);
              resolve();
            });
            s.close();
          }),
      ),
    );
  }

  private current(): ClientHttp2Session {
    const s = this.session;
    if (s && !s.closed && !s.destroyed) return s;
    const ns = http2.connect(this.origin, this.opts.ca !== undefined ? { ca: this.opts.ca } : {});
    this.opened++;
    const drop = () => {
      if (this.session === ns) this.session = undefined;
    };
    // Errors reach the streams of the session; the listener only keeps them from being unhandled.
    ns.on('error', drop);
    ns.on('goaway', drop);
    ns.on('close', () => {
      drop();
      this.sessions.delete(ns);
    });
    this.sessions.add(ns);
    this.session = ns;
    return ns;
  }

  private requestOnce(headers: OutgoingHttpHeaders, body: string, timeoutMs: number): Promise<Http2Reply> {
    if (this.closed) return Promise.reject(new Error('connection closed'));
    const session = this.current();
    let stream: http2.ClientHttp2Stream;
    try {
      stream = session.request(headers);
    } catch (err) {
      // ERR_HTTP2_GOAWAY_SESSION / ERR_HTTP2_INVALID_SESSION: it went away between check and use.
      if (this.session === session) this.session = undefined;
      return Promise.reject(new RefusedError(err instanceof Error ? err.message : String(err)));
    }
    return new Promise<Http2Reply>((resolve, reject) => {
      let status = 0;
      let replyHeaders: IncomingHttpHeaders = {};
      const chunks: Buffer[] = [];
      let size = 0;
      let done = false;
      const finish = (err: Error | undefined, reply?: Http2Reply) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        if (err) reject(err);
        else resolve(reply!);
      };
      const timer = setTimeout(() => {
        // A session that never connected is dead weight: let the next request dial again.
        if (session.connecting) session.destroy();
        stream.close(http2.constants.NGHTTP2_CANCEL);
        finish(Object.assign(new Error(`timed out after ${timeoutMs} ms`), { code: 'ETIMEDOUT' }));
      }, timeoutMs);
      stream.on('response', (h) => {
        status = Number(h[':status'] ?? 0);
        replyHeaders = h;
      });
      stream.on('data', (c: Buffer) => {
        if (size < MAX_REPLY_BYTES) chunks.push(c.subarray(0, MAX_REPLY_BYTES - size));
        size += c.length;
      });
      stream.on('end', () => {
        if (status === 0) return;
        finish(undefined, { status, headers: replyHeaders, body: Buffer.concat(chunks).toString('utf8') });
      });
      stream.on('error', (err) => {
        if (status === 0 && stream.rstCode === http2.constants.NGHTTP2_REFUSED_STREAM) {
          finish(new RefusedError(err.message));
        } else finish(err);
      });
      stream.on('close', () => {
        if (status === 0 && stream.rstCode === http2.constants.NGHTTP2_REFUSED_STREAM) {
          finish(new RefusedError('stream refused'));
        } else finish(new Error(`stream closed (code ${stream.rstCode}) before a complete reply`));
      });
      stream.end(body);
    });
  }
}
