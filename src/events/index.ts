/**
 * Events to business servers: the outbox writer (what logic emits through), the delivery loop
 * with its sinks (signed webhooks, NATS JetStream) and the before-send hook, composed from config.
 */
import type { Config } from '../config/schema.ts';
import { IdGenerator } from '../logic/id-generator.ts';
import type { Logger } from '../observability/logger.ts';
import type { Store } from '../store/types.ts';
import { BeforeSendHook } from './before-send.ts';
import { ConsoleWebhooks } from './console-webhooks.ts';
import { EventDispatcher } from './event-dispatcher.ts';
import { EventWriter } from './event-writer.ts';
import { JetStreamSink } from './sink-jetstream.ts';
import { WebhookSink } from './sink-webhook.ts';
import type { EventSink } from './types.ts';

export { BeforeSendHook } from './before-send.ts';
export { ConsoleWebhooks, consoleSinkId } from './console-webhooks.ts';
export { EventDispatcher, retryDelay } from './event-dispatcher.ts';
export { EventWriter, parseEventTypes } from './event-writer.ts';
export { signBody, signedHeaders, verifySignature } from './signature.ts';
export { JetStreamSink } from './sink-jetstream.ts';
export { WebhookSink, webhookSinkId } from './sink-webhook.ts';
export * from './types.ts';

export interface Events {
  readonly writer: EventWriter;
  readonly dispatcher: EventDispatcher;
  /** The sinks the config names (console webhooks are in `webhooks`). */
  readonly sinks: readonly EventSink[];
  /** Webhooks added in the admin console, reloaded from the store at run time. */
  readonly webhooks: ConsoleWebhooks;
  /** Undefined unless events.beforeSendUrl is set. */
  readonly beforeSend: BeforeSendHook | undefined;
  /** Writes what was emitted, stops delivering and closes the sinks. */
  close(): Promise<void>;
}

const PURGE_EVERY_MS = 10 * 60 * 1000;

/** The sinks the config names (none when events go nowhere). Throws naming a bad setting. */
export function sinksFromConfig(config: Config): EventSink[] {
  const kind = config['events.sink'];
  const sinks: EventSink[] = [];
  const urls = config['events.webhookUrl']
    .split(',')
    .map((u) => u.trim())
    .filter(Boolean);
  if (kind !== 'jetstream') {
    if (urls.length > 0 && config['events.webhookSecret'].length < 16) {
      throw new Error('events.webhookSecret must be at least 16 characters when events.webhookUrl is set');
    }
    for (const url of urls) {
      sinks.push(
        new WebhookSink({
          url,
          secret: config['events.webhookSecret'],
          timeoutMs: config['events.webhookTimeoutMs'],
        }),
      );
    }
  }
  if (kind !== 'webhook') {
    sinks.push(
      new JetStreamSink({
        nats: config['events.jetstreamServers'],
        stream: config['events.jetstreamStream'],
        prefix: config['events.jetstreamPrefix'],
        duplicateWindowMs: config['events.jetstreamDuplicateWindowMs'],
      }),
    );
  }
  return sinks;
}

/**
 * Starts the events engine of a gate+logic node: sinks (the JetStream stream is created or
 * updated here), the outbox writer and every sink's delivery loop.
 */
export async function startEvents(opts: {
  config: Config;
  store: Store;
  log: Logger;
  node: string;
  sinks?: readonly EventSink[];
}): Promise<Events> {
  const { config, store, log } = opts;
  const sinks = opts.sinks ?? sinksFromConfig(config);
  const started: EventSink[] = [];
  try {
    for (const s of sinks) {
      await s.start();
      started.push(s);
    }
  } catch (err) {
    await Promise.all(started.map((s) => s.close().catch(() => {})));
    throw err;
  }
  const dispatcher = new EventDispatcher({
    store: store.events,
    sinks,
    log,
    pollMs: config['events.pollMs'],
    leaseMs: config['events.leaseMs'],
    maxAttempts: config['events.webhookMaxAttempts'],
    maxAgeMs: config['events.webhookMaxAgeMs'],
    retryBaseMs: config['events.retryBaseMs'],
    retryMaxMs: config['events.retryMaxMs'],
  });
  const ids = new IdGenerator(config.nodeId);
  ids.advancePast(await store.events.lastEventId());
  const webhooks = new ConsoleWebhooks({
    store,
    dispatcher,
    log,
    timeoutMs: config['events.webhookTimeoutMs'],
    reloadMs: config['events.webhookReloadMs'],
  });
  const configSinks = sinks.map((s) => s.id);
  const writer = new EventWriter({
    store: store.events,
    ids,
    node: opts.node,
    sinks: (type) => {
      const more = webhooks.sinksFor(type);
      return more.length === 0 ? configSinks : [...configSinks, ...more];
    },
    types: config['events.types'],
    log,
    onCommit: () => dispatcher.wake(),
  });
  let beforeSend: BeforeSendHook | undefined;
  if (config['events.beforeSendUrl']) {
    if (config['events.webhookSecret'].length < 16) {
      throw new Error('events.webhookSecret must be at least 16 characters when events.beforeSendUrl is set');
    }
    beforeSend = new BeforeSendHook({
      url: config['events.beforeSendUrl'],
      secret: config['events.webhookSecret'],
      timeoutMs: config['events.beforeSendTimeoutMs'],
      failPolicy: config['events.beforeSendFailPolicy'] === 'closed' ? 'closed' : 'open',
      log,
    });
  }
  const purge = (): void => {
    store.events
      .purge(Date.now() - config['events.retentionMs'], 10_000)
      .then((n) => n > 0 && log.info({ removed: n }, 'delivered events purged'))
      .catch((err: unknown) => log.warn({ err }, 'purging delivered events failed'));
  };
  const purgeTimer = setInterval(purge, PURGE_EVERY_MS);
  purgeTimer.unref();
  try {
    await webhooks.start();
  } catch (err) {
    clearInterval(purgeTimer);
    await Promise.all(sinks.map((s) => s.close().catch(() => {})));
    throw err;
  }
  dispatcher.start();
  return {
    writer,
    dispatcher,
    sinks,
    webhooks,
    beforeSend,
    async close() {
      clearInterval(purgeTimer);
      await webhooks.close();
      await writer.close();
      await dispatcher.close();
      await Promise.all(webhooks.list().map((w) => w.sink.close().catch(() => {})));
      await Promise.all(sinks.map((s) => s.close().catch(() => {})));
    },
  };
}
