import { describeError, InFlight, parseJson, parseRetryAfter, pick, ttlSeconds } from './internal.ts';
import { CachedCredential } from './push-credential.ts';
import {
  AccessTokenError,
  fetchAccessToken,
  parseServiceAccount,
  type ServiceAccount,
} from './push-fcm-auth.ts';
import { type HttpReply, PushHttpClient } from './push-http.ts';
import {
  CLOSED_RESULT,
  type PushNotification,
  type PushProvider,
  type PushResult,
  type PushTarget,
} from './types.ts';

export const FCM_URL = 'https://fcm.googleapis.com';

export interface FcmOptions {
  /** The service-account key: the JSON text of the downloaded file, or that JSON parsed. */
  readonly serviceAccount: string | Record<string, unknown>;
  /** FCM origin; default `FCM_URL`. */
  readonly url?: string;
  /** OAuth2 token endpoint; default the service account's `token_uri`. */
  readonly tokenUri?: string;
  /** Per HTTP request (token or send); default 10 000 ms. */
  readonly timeoutMs?: number;
  /** Extra trusted CA certificates (PEM) for https URLs; for tests. */
  readonly ca?: string | Buffer;
  /** Clock in ms; default `Date.now`. For tests. */
  readonly now?: () => number;
}

/**
 * Firebase Cloud Messaging over the HTTP v1 API, authenticated as a service account.
 *
 * - The OAuth2 access token (JWT-bearer grant, see `fetchAccessToken`) is cached until a minute
 *   before it expires and shared by every send; a 401 drops it and sends once more with a new one.
 * - Connections are HTTP/1.1 keep-alive, owned by the provider and ended by `close()`.
 * - A token problem (404 UNREGISTERED, 400 INVALID_ARGUMENT about `message.token`, 403
 *   SENDER_ID_MISMATCH: a token of another project) answers `invalid-token`; a 404 without
 *   UNREGISTERED (a wrong URL or project) answers `failed`, so no token is deleted for it.
 *
 * @example
 * const fcm = new FcmProvider({ serviceAccount: await readFile('service-account.json', 'utf8') });
 * const r = await fcm.send({ provider: 'fcm', token }, { title: 'Alice', body: 'hi', collapseId: 'conv-9' });
 */
export class FcmProvider implements PushProvider {
  readonly name = 'fcm';
  private readonly sa: ServiceAccount;
  private readonly http: PushHttpClient;
  private readonly accessToken: CachedCredential;
  private readonly inFlight = new InFlight();
  private readonly sendUrl: string;
  private readonly now: () => number;
  private readonly timeoutMs: number;
  private closed = false;

  /** Throws a TypeError when the service account is incomplete or its key is not RSA. */
  constructor(opts: FcmOptions) {
    this.sa = parseServiceAccount(opts.serviceAccount);
    this.now = opts.now ?? Date.now;
    this.timeoutMs = opts.timeoutMs ?? 10_000;
    this.http = new PushHttpClient(opts.ca !== undefined ? { ca: opts.ca } : {});
    const base = (opts.url ?? FCM_URL).replace(/\/+$/, '');
    this.sendUrl = `${base}/v1/projects/${encodeURIComponent(this.sa.projectId)}/messages:send`;
    const tokenUri = opts.tokenUri ?? this.sa.tokenUri;
    this.accessToken = new CachedCredential(
      () => fetchAccessToken(this.http, this.sa, tokenUri, this.now(), this.timeoutMs),
      this.now,
    );
  }

  send(target: PushTarget, n: PushNotification): Promise<PushResult> {
    if (this.closed) return Promise.resolve(CLOSED_RESULT);
    return this.inFlight.run(async () => {
      const body = JSON.stringify({ message: fcmMessage(target.token, n) });
      let r = await this.post(body);
      if (r.reply?.status === 401 && r.bearer !== undefined) {
        this.accessToken.invalidate(r.bearer);
        r = await this.post(body);
      }
      return r.result ?? mapFcmReply(r.reply!, this.now());
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.inFlight.drain();
    this.http.close();
  }

  private async post(body: string): Promise<{ reply?: HttpReply; bearer?: string; result?: PushResult }> {
    let bearer: string;
    try {
      bearer = await this.accessToken.get();
    } catch (err) {
      if (!(err instanceof AccessTokenError)) throw err;
      if (!err.transient) return { result: { status: 'failed', reason: err.message } };
      const result: PushResult =
        err.retryAfterMs === undefined
          ? { status: 'retry', reason: err.message }
          : { status: 'retry', reason: err.message, retryAfterMs: err.retryAfterMs };
      return { result };
    }
    try {
      const reply = await this.http.request(this.sendUrl, {
        method: 'POST',
        headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json; charset=utf-8' },
        body,
        timeoutMs: this.timeoutMs,
      });
      return { reply, bearer };
    } catch (err) {
      return { result: { status: 'retry', reason: describeError(err) } };
    }
  }
}

/** The v1 `message` object for one device token. */
export function fcmMessage(token: string, n: PushNotification): Record<string, unknown> {
  const shown = n.title !== undefined || n.body !== undefined;
  const ttl = ttlSeconds(n.ttlMs);
  const android: Record<string, unknown> = { priority: n.priority === 'normal' ? 'NORMAL' : 'HIGH' };
  if (n.collapseId !== undefined) android['collapse_key'] = n.collapseId;
  if (ttl !== undefined) android['ttl'] = `${ttl}s`;
  if (shown) {
    android['notification'] = {
      ...(n.collapseId !== undefined && { tag: n.collapseId }),
      ...(n.sound !== undefined && { sound: n.sound }),
    };
  }
  const aps: Record<string, unknown> = {};
  if (n.badge !== undefined) aps['badge'] = n.badge;
  if (n.sound !== undefined) aps['sound'] = n.sound;
  if (n.threadId !== undefined) aps['thread-id'] = n.threadId;
  if (!shown) aps['content-available'] = 1;
  const apnsHeaders: Record<string, string> = {
    'apns-priority': shown && n.priority !== 'normal' ? '10' : '5',
  };
  if (n.collapseId !== undefined) apnsHeaders['apns-collapse-id'] = n.collapseId;
  return {
    token,
    ...(shown && {
      notification: {
        ...(n.title !== undefined && { title: n.title }),
        ...(n.body !== undefined && { body: n.body }),
      },
    }),
    ...(n.data !== undefined && Object.keys(n.data).length > 0 && { data: { ...n.data } }),
    android,
    apns: { headers: apnsHeaders, payload: { aps } },
  };
}

/** FCM's `FcmError.errorCode` from an error body, else the canonical `error.status`. */
function errorCodeOf(json: unknown): string | undefined {
  const details = pick(json, 'error', 'details');
  if (Array.isArray(details)) {
    for (const d of details) {
      const code = pick(d, 'errorCode');
      if (typeof code === 'string') return code;
    }
  }
  const status = pick(json, 'error', 'status');
  return typeof status === 'string' ? status : undefined;
}

/** Whether a 400 blames the registration token rather than the payload. */
function blamesToken(json: unknown): boolean {
  const details = pick(json, 'error', 'details');
  if (Array.isArray(details)) {
    for (const d of details) {
      const violations = pick(d, 'fieldViolations');
      if (Array.isArray(violations) && violations.some((v) => pick(v, 'field') === 'message.token'))
        return true;
    }
  }
  const message = pick(json, 'error', 'message');
  return typeof message === 'string' && /registration token/i.test(message);
}

/** Maps an FCM answer to a result (the 401 retry is the caller's). */
export function mapFcmReply(reply: HttpReply, now: number): PushResult {
  const json = parseJson(reply.body);
  if (reply.status === 200) {
    const id = pick(json, 'name');
    return typeof id === 'string' ? { status: 'sent', id } : { status: 'sent' };
  }
  const code = errorCodeOf(json) ?? `HTTP ${reply.status}`;
  const message = pick(json, 'error', 'message');
  const reason = typeof message === 'string' ? `${code}: ${message}` : code;
  // Not any 404: a wrong URL or project must not make the caller delete every token.
  if (code === 'UNREGISTERED' || code === 'SENDER_ID_MISMATCH') {
    return { status: 'invalid-token', reason };
  }
  if (reply.status === 400 && blamesToken(json)) return { status: 'invalid-token', reason };
  if (reply.status === 429 || reply.status >= 500) {
    const retryAfterMs = parseRetryAfter(reply.headers['retry-after'], now);
    return retryAfterMs === undefined
      ? { status: 'retry', reason }
      : { status: 'retry', reason, retryAfterMs };
  }
  return { status: 'failed', reason };
}
