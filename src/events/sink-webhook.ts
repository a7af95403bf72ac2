import { createHash } from 'node:crypto';
import type { EventRecord } from '../store/types.ts';
import { signedHeaders } from './signature.ts';
import { type DeliveryOutcome, type EventSink, eventBody } from './types.ts';

export interface WebhookSinkOptions {
  url: string;
  secret: string;
  timeoutMs: number;
  /** Queue key; default webhookSinkId(url). Console webhooks use `webhook:<their id>`. */
  id?: string;
}

/** `webhook:<12 hex of SHA-256(url)>`: the queue key of a URL, stable while the URL is. */
export function webhookSinkId(url: string): string {
  return `webhook:${createHash('sha256').update(url).digest('hex').slice(0, 12)}`;
}

/** The URL without user info, for logs and the status API. */
export function redact(url: string): string {
  try {
    const u = new URL(url);
    u.username = '';
    u.password = '';
    return u.toString();
  } catch {
    return url;
  }
}

function decoded(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

/**
 * The URL to POST to and, when the URL names user info, the Basic authorization it stands for:
 * fetch refuses a URL with credentials, and its error would carry them into logs and the status.
 */
export function withoutCredentials(url: string): { url: string; authorization?: string } {
  try {
    const u = new URL(url);
    if (u.username === '' && u.password === '') return { url };
    const pair = `${decoded(u.username)}:${decoded(u.password)}`;
    u.username = '';
    u.password = '';
    return { url: u.toString(), authorization: `Basic ${Buffer.from(pair).toString('base64')}` };
  } catch {
    return { url };
  }
}

/**
 * Signed webhook: POSTs each event's JSON with x-parley-event-id, x-parley-timestamp and
 * x-parley-signature (src/events/signature.ts); any 2xx is delivered. Events go one at a time
 * in the order given and the batch stops at the first failure, so a receiver sees them in order.
 */
export class WebhookSink implements EventSink {
  readonly id: string;
  readonly target: string;
  private readonly endpoint: { url: string; authorization?: string };

  constructor(private readonly o: WebhookSinkOptions) {
    this.id = o.id ?? webhookSinkId(o.url);
    this.target = redact(o.url);
    this.endpoint = withoutCredentials(o.url);
  }

  async start(): Promise<void> {}

  async deliver(events: readonly EventRecord[]): Promise<(DeliveryOutcome | undefined)[]> {
    const out: (DeliveryOutcome | undefined)[] = new Array(events.length).fill(undefined);
    for (let i = 0; i < events.length; i++) {
      out[i] = await this.post(events[i]!);
      if (!out[i]!.ok) break;
    }
    return out;
  }

  async close(): Promise<void> {}

  private async post(e: EventRecord): Promise<DeliveryOutcome> {
    const body = eventBody(e);
    try {
      const headers = signedHeaders(this.o.secret, body, Date.now(), e.eventId);
      if (this.endpoint.authorization !== undefined) headers.authorization = this.endpoint.authorization;
      const res = await fetch(this.endpoint.url, {
        method: 'POST',
        headers,
        body,
        signal: AbortSignal.timeout(this.o.timeoutMs),
      });
      // Read (and discard) the body so the connection can be reused.
      await res.arrayBuffer().catch(() => undefined);
      if (res.status >= 200 && res.status < 300) return { ok: true };
      return { ok: false, error: `HTTP ${res.status}` };
    } catch (err) {
      const cause = err instanceof Error && err.cause instanceof Error ? `: ${err.cause.message}` : '';
      return { ok: false, error: `${err instanceof Error ? err.message : String(err)}${cause}` };
    }
  }
}
