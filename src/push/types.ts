/**
 * The push-notification provider layer: one `PushProvider` per delivery service (APNs, FCM, a
 * signed webhook, the embedded log). Providers only deliver; deciding when to push (offline, ack
 * timeout), muting, do-not-disturb, badges and the durable retry queue belong to the caller.
 */

/** `high`: deliver now and wake the device; `normal`: the service may delay and batch it. */
export type PushPriority = 'high' | 'normal';

/** Names of the built-in providers; a `PushTarget.provider` names one of them. */
export type PushProviderName = 'apns' | 'fcm' | 'webhook' | 'log';

/**
 * One notification, independent of the service. Every field is optional; a notification without
 * title and body is a silent (data-only) one where the service supports that.
 */
export interface PushNotification {
  readonly title?: string;
  readonly body?: string;
  /** The number on the app icon (iOS; FCM passes it to iOS devices). Absent: left unchanged. */
  readonly badge?: number;
  /** Sound name (`default` for the system sound). Absent: silent. */
  readonly sound?: string;
  /** Custom key/value pairs for the app. Keys `aps` and FCM's reserved keys must not be used. */
  readonly data?: Readonly<Record<string, string>>;
  /** A newer notification with the same id replaces an older one still shown or still queued. */
  readonly collapseId?: string;
  /** Conversation the notification belongs to; devices group notifications by it. */
  readonly threadId?: string;
  /**
   * How long the service keeps trying to reach an offline device, in ms (rounded down to
   * seconds). 0: deliver now or never. Absent: the service's default (APNs: its storage policy; FCM: 4 weeks).
   */
  readonly ttlMs?: number;
  /** Absent: `high`. */
  readonly priority?: PushPriority;
}

/** One registered device: which provider reaches it and the token the device got from it. */
export interface PushTarget {
  /** A provider name (`apns`, `fcm`, `webhook`, `log`). */
  readonly provider: string;
  /** The device token as the device reported it (APNs: hex; FCM: registration token). */
  readonly token: string;
}

/**
 * The outcome of one send to one target.
 * - `sent`: the service accepted the notification (not a promise that the device shows it).
 *   `id` is the service's id for it when it gives one (APNs `apns-id`, FCM message name).
 * - `invalid-token`: the token will never work again (unregistered, wrong app): the caller must
 *   delete it and must not retry.
 * - `retry`: a transient failure (network, timeout, 429, 5xx, provider closed): the caller's queue
 *   may send the same notification again, not before `retryAfterMs` when given.
 * - `failed`: a permanent failure for this notification (bad payload, bad credentials); retrying it
 *   unchanged will fail again. The token stays.
 * `reason` is the service's reason code or a short description, for logs and metrics only.
 */
export type PushResult =
  | { readonly status: 'sent'; readonly id?: string }
  | { readonly status: 'invalid-token'; readonly reason: string }
  | { readonly status: 'retry'; readonly reason: string; readonly retryAfterMs?: number }
  | { readonly status: 'failed'; readonly reason: string };

/**
 * A push delivery service.
 *
 * Contract:
 * - `send` resolves with a `PushResult` for every answer of the service and for every network
 *   failure or timeout; it rejects only on programming errors. After `close()` it resolves
 *   `retry` (reason `provider closed`) without contacting the service.
 * - No ordering: concurrent sends may reach the service, and the device, in any order.
 * - No idempotency: a `retry` result may hide a notification that did arrive (the reply was lost),
 *   so sending again may show it twice; set `collapseId` where a duplicate would matter.
 * - A provider is safe for any number of concurrent sends; it keeps its own connections and
 *   credentials (refreshing them as the service requires) until `close()`.
 * - `close()` waits for sends in progress, then ends every connection; calling it twice is fine.
 */
export interface PushProvider {
  readonly name: string;
  send(target: PushTarget, notification: PushNotification): Promise<PushResult>;
  close(): Promise<void>;
}

/** The `retry` result every provider answers after `close()`. */
export const CLOSED_RESULT: PushResult = { status: 'retry', reason: 'provider closed' };
