/**
 * Public surface of the push-notification provider layer. Callers depend on `PushProvider` and
 * `createPushProviders`; the implementations are exported for composition roots and tests.
 */
import { type ApnsOptions, ApnsProvider } from './push-apns.ts';
import { type FcmOptions, FcmProvider } from './push-fcm.ts';
import { LogProvider, type LogProviderOptions } from './push-log.ts';
import { type WebhookOptions, WebhookProvider } from './push-webhook.ts';
import type { PushNotification, PushProvider, PushProviderName, PushResult, PushTarget } from './types.ts';

export { APNS_PRODUCTION_URL, APNS_SANDBOX_URL, type ApnsOptions, ApnsProvider } from './push-apns.ts';
export { FCM_URL, type FcmOptions, FcmProvider } from './push-fcm.ts';
export { FCM_SCOPE, GOOGLE_TOKEN_URI, parseServiceAccount, type ServiceAccount } from './push-fcm-auth.ts';
export { LogProvider, type LogProviderOptions, type PushLogSink } from './push-log.ts';
export {
  signWebhook,
  verifyWebhookSignature,
  WEBHOOK_SIGNATURE_HEADER,
  WEBHOOK_TIMESTAMP_HEADER,
  type WebhookOptions,
  WebhookProvider,
  type WebhookPushBody,
} from './push-webhook.ts';
export type {
  PushNotification,
  PushPriority,
  PushProvider,
  PushProviderName,
  PushResult,
  PushTarget,
} from './types.ts';

/** Which providers to build; a provider whose options are absent is not created (except `log`). */
export interface PushProvidersOptions {
  readonly apns?: ApnsOptions;
  readonly fcm?: FcmOptions;
  readonly webhook?: WebhookOptions;
  /** Options of the always-present log provider. */
  readonly log?: LogProviderOptions;
}

/** Providers by name; `log` is always present. */
export type PushProviders = ReadonlyMap<PushProviderName, PushProvider>;

/**
 * Builds the configured providers. Nothing connects yet: connections and credentials are made on
 * the first send. Throws (TypeError or a key-parsing error) when options are invalid, e.g. a key
 * that is not PEM, so a bad configuration stops the server at start rather than at the first push.
 *
 * @example
 * const providers = createPushProviders({ fcm: { serviceAccount: json }, log: { logger } });
 * const result = await sendPush(providers, { provider: 'fcm', token }, { title: 'Bob', body: 'hi' });
 */
export function createPushProviders(opts: PushProvidersOptions = {}): Map<PushProviderName, PushProvider> {
  const map = new Map<PushProviderName, PushProvider>();
  map.set('log', new LogProvider(opts.log));
  if (opts.apns) map.set('apns', new ApnsProvider(opts.apns));
  if (opts.fcm) map.set('fcm', new FcmProvider(opts.fcm));
  if (opts.webhook) map.set('webhook', new WebhookProvider(opts.webhook));
  return map;
}

/**
 * Sends through the provider `target.provider` names. A target whose provider is not configured
 * answers `failed` (the token is kept: the provider may be configured later).
 */
export function sendPush(
  providers: PushProviders,
  target: PushTarget,
  notification: PushNotification,
): Promise<PushResult> {
  const p = providers.get(target.provider as PushProviderName);
  if (!p)
    return Promise.resolve({ status: 'failed', reason: `push provider ${target.provider} not configured` });
  return p.send(target, notification);
}

/** Closes every provider (each waits for its sends in progress). */
export async function closePushProviders(providers: PushProviders): Promise<void> {
  await Promise.all([...providers.values()].map((p) => p.close()));
}
