import { createPrivateKey, type KeyObject, randomUUID } from 'node:crypto';
import { describeError, InFlight, parseJson, parseRetryAfter, pick, signJwt } from './internal.ts';
import { Http2Connection, type Http2Reply } from './push-apns-session.ts';
import { CachedCredential } from './push-credential.ts';
import {
  CLOSED_RESULT,
  type PushNotification,
  type PushProvider,
  type PushResult,
  type PushTarget,
} from './types.ts';

export const APNS_PRODUCTION_URL = 'https://api.push.apple.com';
export const APNS_SANDBOX_URL = 'https://api.sandbox.push.apple.com';

export interface ApnsOptions {
  /** The token-signing key: PEM text of the `.p8` file (an EC P-256 private key). */
  readonly key: string;
  /** The key's 10-character Key ID (JWT header `kid`). */
  readonly keyId: string;
  /** The Apple Developer Team ID (JWT claim `iss`). */
  readonly teamId: string;
  /** The app's bundle id (`apns-topic`). */
  readonly topic: string;
  /** Default `APNS_PRODUCTION_URL`; `APNS_SANDBOX_URL` for development builds of the app. */
  readonly url?: string;
  /** Per send, reconnect and one retry included; default 10 000 ms. */
  readonly timeoutMs?: number;
  /** Extra trusted CA certificates (PEM); tests use it for their self-signed server. */
  readonly ca?: string | Buffer;
  /** Age at which the provider JWT is replaced; default 50 min (APNs refuses tokens over 1 h old). */
  readonly tokenRefreshMs?: number;
  /** Clock in ms; default `Date.now`. For tests. */
  readonly now?: () => number;
}

/** 400 reasons meaning the token is no good for this app, whatever the payload. */
const BAD_TOKEN_REASONS = new Set(['BadDeviceToken', 'DeviceTokenNotForTopic', 'Unregistered']);
/** APNs answers TooManyProviderTokenUpdates to a key re-signed more often than this. */
const MIN_FORCED_REFRESH_MS = 20 * 60_000;

/**
 * APNs over the HTTP/2 provider API with token-based authentication.
 *
 * - One HTTP/2 session per provider, reused by every send and replaced when it closes, fails or
 *   receives GOAWAY (see `Http2Connection`).
 * - The provider JWT (ES256, `kid` = key id, `iss` = team id, `iat`) is signed on first use and
 *   again every `tokenRefreshMs`. A 403 ExpiredProviderToken re-signs it (at most once per 20 min,
 *   as APNs demands) and sends once more.
 * - A notification with title, body, badge or sound is an `alert` push; one with only data is a
 *   `background` push (`content-available: 1`, priority 5, as APNs requires).
 *
 * @example
 * const apns = new ApnsProvider({ key: p8Pem, keyId: 'ABC123DEFG', teamId: 'DEF123GHIJ', topic: 'com.example.chat' });
 * const r = await apns.send({ provider: 'apns', token: hexToken }, { title: 'Alice', body: 'hi', badge: 3 });
 * if (r.status === 'invalid-token') await devices.removePushToken(hexToken);
 */
export class ApnsProvider implements PushProvider {
  readonly name = 'apns';
  private readonly conn: Http2Connection;
  private readonly jwt: CachedCredential;
  private readonly inFlight = new InFlight();
  private readonly now: () => number;
  private readonly timeoutMs: number;
  private closed = false;

  /** Throws when the key is not an EC P-256 private key or a required option is empty. */
  constructor(private readonly opts: ApnsOptions) {
    for (const k of ['keyId', 'teamId', 'topic'] as const) {
      if (!opts[k]) throw new TypeError(`apns: ${k} is required`);
    }
    const key: KeyObject = createPrivateKey(opts.key);
    if (key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== 'prime256v1') {
      throw new TypeError('apns: key must be an EC P-256 private key (the .p8 file)');
    }
    this.now = opts.now ?? Date.now;
    this.timeoutMs = opts.timeoutMs ?? 10_000;
    const refreshMs = opts.tokenRefreshMs ?? 50 * 60_000;
    this.jwt = new CachedCredential(
      async () => {
        const now = this.now();
        const value = signJwt(
          'ES256',
          key,
          { kid: opts.keyId },
          { iss: opts.teamId, iat: Math.floor(now / 1000) },
        );
        return { value, expiresAt: now + refreshMs };
      },
      this.now,
      MIN_FORCED_REFRESH_MS,
    );
    this.conn = new Http2Connection(
      opts.url ?? APNS_PRODUCTION_URL,
      opts.ca !== undefined ? { ca: opts.ca } : {},
    );
  }

  /** HTTP/2 sessions opened so far; more than one means the provider reconnected. */
  get sessionsOpened(): number {
    return this.conn.opened;
  }

  send(target: PushTarget, n: PushNotification): Promise<PushResult> {
    if (this.closed) return Promise.resolve(CLOSED_RESULT);
    return this.inFlight.run(async () => {
      const body = JSON.stringify(apnsPayload(n));
      let reply = await this.post(target.token, n, body);
      if (reply.status === 403 && reasonOf(reply) === 'ExpiredProviderToken' && reply.jwt !== undefined) {
        if (!this.jwt.invalidate(reply.jwt)) {
          return { status: 'retry', reason: 'ExpiredProviderToken (key re-signed less than 20 min ago)' };
        }
        reply = await this.post(target.token, n, body);
      }
      return reply.result ?? mapApnsReply(reply, this.now());
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.inFlight.drain();
    await this.conn.close();
  }

  /** One POST; `result` is set when no HTTP answer came (network failure, timeout). */
  private async post(
    token: string,
    n: PushNotification,
    body: string,
  ): Promise<Http2Reply & { jwt?: string; result?: PushResult }> {
    let jwt: string;
    try {
      jwt = await this.jwt.get();
    } catch (err) {
      return { status: 0, headers: {}, body: '', result: { status: 'failed', reason: describeError(err) } };
    }
    const alert = isAlert(n);
    const headers: Record<string, string> = {
      ':method': 'POST',
      ':path': `/3/device/${encodeURIComponent(token)}`,
      authorization: `bearer ${jwt}`,
      'apns-topic': this.opts.topic,
      'apns-push-type': alert ? 'alert' : 'background',
      'apns-priority': alert && n.priority !== 'normal' ? '10' : '5',
      'apns-id': randomUUID(),
      'content-type': 'application/json',
    };
    if (n.ttlMs !== undefined) {
      headers['apns-expiration'] = n.ttlMs <= 0 ? '0' : String(Math.floor((this.now() + n.ttlMs) / 1000));
    }
    if (n.collapseId !== undefined) headers['apns-collapse-id'] = n.collapseId;
    try {
      return { ...(await this.conn.request(headers, body, this.timeoutMs)), jwt };
    } catch (err) {
      return { status: 0, headers: {}, body: '', result: { status: 'retry', reason: describeError(err) } };
    }
  }
}

function isAlert(n: PushNotification): boolean {
  return n.title !== undefined || n.body !== undefined || n.badge !== undefined || n.sound !== undefined;
}

/** The JSON payload: custom data at the top level, `aps` last so data cannot replace it. */
export function apnsPayload(n: PushNotification): Record<string, unknown> {
  const aps: Record<string, unknown> = {};
  if (n.title !== undefined || n.body !== undefined) {
    aps['alert'] = {
      ...(n.title !== undefined && { title: n.title }),
      ...(n.body !== undefined && { body: n.body }),
    };
  }
  if (n.badge !== undefined) aps['badge'] = n.badge;
  if (n.sound !== undefined) aps['sound'] = n.sound;
  if (n.threadId !== undefined) aps['thread-id'] = n.threadId;
  if (!isAlert(n)) aps['content-available'] = 1;
  return { ...n.data, aps };
}

function reasonOf(reply: Http2Reply): string {
  const r = pick(parseJson(reply.body), 'reason');
  return typeof r === 'string' ? r : `HTTP ${reply.status}`;
}

/** Maps an APNs answer to a result (the ExpiredProviderToken retry is the caller's). */
export function mapApnsReply(reply: Http2Reply, now: number): PushResult {
  const { status } = reply;
  if (status === 200) {
    const id = reply.headers['apns-id'];
    return typeof id === 'string' ? { status: 'sent', id } : { status: 'sent' };
  }
  const reason = reasonOf(reply);
  if (status === 410 || (status === 400 && BAD_TOKEN_REASONS.has(reason))) {
    return { status: 'invalid-token', reason };
  }
  if (status === 429 || status >= 500) {
    const retryAfterMs = parseRetryAfter(reply.headers['retry-after'], now);
    return retryAfterMs === undefined
      ? { status: 'retry', reason }
      : { status: 'retry', reason, retryAfterMs };
  }
  if (status === 403 && reason === 'ExpiredProviderToken') return { status: 'retry', reason };
  return { status: 'failed', reason };
}
