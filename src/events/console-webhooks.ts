/**
 * Webhooks added by admins at run time (docs/admin.md, docs/events.md): each node keeps the
 * active ones of the store as sinks next to the config's, reloading them every
 * events.webhookReloadMs and at once after a change made on this node.
 */
import type { Logger } from '../observability/logger.ts';
import type { Store, WebhookRecord } from '../store/types.ts';
import type { EventDispatcher } from './event-dispatcher.ts';
import { WebhookSink } from './sink-webhook.ts';
import type { EventSink } from './types.ts';

/** The sink id (outbox queue key) of a console webhook: distinct from config webhooks' hash ids. */
export function consoleSinkId(webhookId: string): string {
  return `webhook:${webhookId}`;
}

export interface ConsoleWebhooksOptions {
  store: Store;
  dispatcher: EventDispatcher;
  log: Logger;
  /** Timeout of one delivery (events.webhookTimeoutMs). */
  timeoutMs: number;
  /** How often the list is read from the store (events.webhookReloadMs). */
  reloadMs: number;
}

interface Active {
  readonly record: WebhookRecord;
  readonly sink: EventSink;
}

/**
 * The console webhooks this node delivers to. A revoked webhook's loop stops at the next reload
 * on every node, and each node drops the rows it queued for it meanwhile (for a while after the
 * revocation, so rows written by a batch in flight during the reload go too).
 */
export class ConsoleWebhooks {
  private active = new Map<string, Active>();
  private timer: NodeJS.Timeout | undefined;
  private reloading: Promise<void> | undefined;
  private again = false;
  private closed = false;

  constructor(private readonly o: ConsoleWebhooksOptions) {}

  /** Reads the list now and, unless closed, every reloadMs after. */
  async start(): Promise<void> {
    await this.reload();
    this.timer = setInterval(() => {
      this.reload().catch((err: unknown) => this.o.log.warn({ err }, 'reloading console webhooks failed'));
    }, this.o.reloadMs);
    this.timer.unref();
  }

  /** Sink ids of active console webhooks that take events of `type` (no types: every type). */
  sinksFor(type: string): string[] {
    const out: string[] = [];
    for (const a of this.active.values()) {
      if (a.record.types.length === 0 || a.record.types.includes(type)) out.push(a.sink.id);
    }
    return out;
  }

  /** Active console webhooks as this node last loaded them. */
  list(): { record: WebhookRecord; sink: EventSink }[] {
    return [...this.active.values()].map((a) => ({ record: a.record, sink: a.sink }));
  }

  /** Brings this node's set in line with the store (one reload at a time; a call during one runs another). */
  reload(): Promise<void> {
    if (this.reloading) {
      this.again = true;
      return this.reloading;
    }
    this.reloading = (async () => {
      try {
        do {
          this.again = false;
          await this.reloadOnce();
        } while (this.again && !this.closed);
      } finally {
        this.reloading = undefined;
      }
    })();
    return this.reloading;
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    await this.reloading?.catch(() => {});
  }

  private async reloadOnce(): Promise<void> {
    if (this.closed) return;
    const all = await this.o.store.webhooks.list({ includeRevoked: true });
    const now = Date.now();
    const live = new Map(all.filter((w) => w.revokedAt === 0).map((w) => [w.id, w]));
    for (const [id, a] of this.active) {
      if (live.has(id)) continue;
      this.active.delete(id);
      await this.o.dispatcher.removeSink(a.sink.id);
      await a.sink.close().catch(() => {});
      this.o.log.info({ webhook: id, target: a.sink.target }, 'console webhook removed');
    }
    for (const [id, w] of live) {
      if (this.active.has(id)) continue;
      const sink = new WebhookSink({
        url: w.url,
        secret: w.secret,
        timeoutMs: this.o.timeoutMs,
        id: consoleSinkId(w.id),
      });
      await sink.start();
      this.active.set(id, { record: w, sink });
      this.o.dispatcher.addSink(sink);
      this.o.log.info({ webhook: id, target: sink.target }, 'console webhook added');
    }
    // Rows queued for a revoked webhook by a node that had not reloaded yet.
    const window = 2 * this.o.reloadMs + 10_000;
    for (const w of all) {
      if (w.revokedAt !== 0 && now - w.revokedAt <= window) {
        await this.o.store.events.dropSink(consoleSinkId(w.id));
      }
    }
  }
}
