import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { describeError, InFlight, parseJson, parseRetryAfter, pick } from './internal.ts';
import { PushHttpClient } from './push-http.ts';
import {
  CLOSED_RESULT,
  type PushNotification,
  type PushProvider,
  type PushResult,
  type PushTarget,
} from './types.ts';

export const WEBHOOK_TIMESTAMP_HEADER = 'x-parley-timestamp';
export const WEBHOOK_SIGNATURE_HEADER = 'x-parley-signature';

export interface WebhookOptions {
  /** The app's push gateway: an http(s) URL that receives one POST per notification. */
  readonly url: string;
  /** Shared secret of the HMAC-SHA256 signature; at least 16 characters. */
  readonly secret: string;
  /** Per request; default 10 000 ms. */
  readonly timeoutMs?: number;
  /** Extra trusted CA certificates (PEM) for an https URL. */
  readonly ca?: string | Buffer;
  /** Clock in ms; default `Date.now`. For tests. */
  readonly now?: () => number;
}

/** The JSON body of every webhook POST. */
export interface WebhookPushBody {
  /** Unique per send (a retry of the same notification gets a new id). */
  readonly id: string;
  readonly target: PushTarget;
  readonly notification: PushNotification;
  /** When the request was made, ms since the epoch. */
  readonly sentAt: number;
}

/** `sha256=<hex>` of HMAC-SHA256(secret, `${timestamp}.${body}`). */
export function signWebhook(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/**
 * The receiver's check: the signature matches and the timestamp (seconds) is within
 * `toleranceSec` (default 300) of `nowMs`, which defeats replays of old requests.
 */
export function verifyWebhookSignature(opts: {
  secret: string;
  timestamp: string | undefined;
  body: string;
  signature: string | undefined;
  nowMs?: number;
  toleranceSec?: number;
}): boolean {
  const { timestamp, signature } = opts;
  if (timestamp === undefined || signature === undefined || !/^\d+$/.test(timestamp)) return false;
  const skew = Math.abs((opts.nowMs ?? Date.now()) / 1000 - Number(timestamp));
  if (skew > (opts.toleranceSec ?? 300)) return false;
  const want = Buffer.from(signWebhook(opts.secret, timestamp, opts.body));
  const got = Buffer.from(signature);
  return want.length === got.length && timingSafeEqual(want, got);
}

/**
 * A generic provider for apps that run their own push gateway: POSTs a `WebhookPushBody` as JSON,
 * signed with `x-parley-timestamp` (seconds) and `x-parley-signature: sha256=<hex>`.
 *
 * The gateway answers: any 2xx → `sent`; 410 Gone → `invalid-token` (the device token is dead;
 * only 410, so a wrong URL answering 404 never deletes tokens); 408, 429 and 5xx → `retry`
 * (honouring Retry-After); any other status → `failed`. A JSON `{"reason": "..."}` body, when
 * present, becomes the result's reason.
 *
 * @example
 * const hook = new WebhookProvider({ url: 'https://push.example.com/parley', secret: process.env.PUSH_SECRET! });
 */
export class WebhookProvider implements PushProvider {
  readonly name = 'webhook';
  private readonly http: PushHttpClient;
  private readonly inFlight = new InFlight();
  private readonly now: () => number;
  private closed = false;

  /** Throws a TypeError for a URL that is not http(s) or a secret shorter than 16 characters. */
  constructor(private readonly opts: WebhookOptions) {
    const u = new URL(opts.url);
    if (u.protocol !== 'https:' && u.protocol !== 'http:')
      throw new TypeError('webhook: url must be http(s)');
    if (opts.secret.length < 16) throw new TypeError('webhook: secret must have at least 16 characters');
    this.now = opts.now ?? Date.now;
    this.http = new PushHttpClient(opts.ca !== undefined ? { ca: opts.ca } : {});
  }

  send(target: PushTarget, notification: PushNotification): Promise<PushResult> {
    if (this.closed) return Promise.resolve(CLOSED_RESULT);
    return this.inFlight.run(async () => {
      const now = this.now();
      const payload: WebhookPushBody = { id: randomUUID(), target, notification, sentAt: now };
      const body = JSON.stringify(payload);
      const timestamp = String(Math.floor(now / 1000));
      try {
        const reply = await this.http.request(this.opts.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'user-agent': 'parley-push',
            [WEBHOOK_TIMESTAMP_HEADER]: timestamp,
            [WEBHOOK_SIGNATURE_HEADER]: signWebhook(this.opts.secret, timestamp, body),
          },
          body,
          timeoutMs: this.opts.timeoutMs ?? 10_000,
        });
        const given = pick(parseJson(reply.body), 'reason');
        const reason = typeof given === 'string' ? given : `HTTP ${reply.status}`;
        const { status } = reply;
        if (status >= 200 && status < 300) return { status: 'sent', id: payload.id };
        if (status === 410) return { status: 'invalid-token', reason };
        if (status === 408 || status === 429 || status >= 500) {
          const retryAfterMs = parseRetryAfter(reply.headers['retry-after'], this.now());
          return retryAfterMs === undefined
            ? { status: 'retry', reason }
            : { status: 'retry', reason, retryAfterMs };
        }
        return { status: 'failed', reason };
      } catch (err) {
        return { status: 'retry', reason: describeError(err) };
      }
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.inFlight.drain();
    this.http.close();
  }
}
