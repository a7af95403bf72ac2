/**
 * Webhook signatures: `x-parley-signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<body>">`
 * with the shared secret, `x-parley-timestamp` in unix ms. A receiver recomputes the HMAC over
 * the raw body and refuses stale timestamps (replays).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const HEADER_EVENT_ID = 'x-parley-event-id';
export const HEADER_TIMESTAMP = 'x-parley-timestamp';
export const HEADER_SIGNATURE = 'x-parley-signature';

/** `sha256=<hex>` for the body sent at `timestamp` (unix ms). */
export function signBody(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** The headers of one signed POST (content type included). */
export function signedHeaders(
  secret: string,
  body: string,
  now: number,
  eventId?: number,
): Record<string, string> {
  const h: Record<string, string> = {
    'content-type': 'application/json',
    [HEADER_TIMESTAMP]: String(now),
    [HEADER_SIGNATURE]: signBody(secret, now, body),
  };
  if (eventId !== undefined) h[HEADER_EVENT_ID] = String(eventId);
  return h;
}

/**
 * Whether a received request is authentic: the signature matches the raw body and timestamp,
 * and the timestamp is within `toleranceMs` of `now` (default 5 minutes).
 *
 * @example
 * if (!verifySignature(secret, req.headers, rawBody)) return res.writeHead(401).end();
 */
export function verifySignature(
  secret: string,
  headers: Record<string, string | string[] | undefined>,
  body: string,
  now = Date.now(),
  toleranceMs = 300_000,
): boolean {
  const ts = Number(headers[HEADER_TIMESTAMP]);
  const sig = headers[HEADER_SIGNATURE];
  if (!Number.isFinite(ts) || typeof sig !== 'string') return false;
  if (Math.abs(now - ts) > toleranceMs) return false;
  const want = Buffer.from(signBody(secret, ts, body));
  const got = Buffer.from(sig);
  return want.length === got.length && timingSafeEqual(want, got);
}
