import type { Logger } from '../observability/logger.ts';
import type { Store } from '../store/types.ts';

/** Messages indexed per run; a backlog is worked off over several runs, not in one long stall. */
const BATCH = 2000;

/**
 * Feeds the full-text index in the background, off the send path: a send never waits for
 * indexing, and a search first catches up itself (see MessageStore.search).
 */
export class SearchIndexer {
  private readonly timer: NodeJS.Timeout;
  private running: Promise<void> = Promise.resolve();
  private closed = false;

  constructor(
    private readonly store: Store,
    intervalMs: number,
    private readonly log: Logger,
  ) {
    this.timer = setInterval(() => this.tick(), intervalMs);
    this.timer.unref();
  }

  private tick(): void {
    this.running = this.running.then(async () => {
      if (this.closed) return;
      try {
        await this.store.messages.indexForSearch(BATCH);
      } catch (err) {
        this.log.warn({ err }, 'search indexing failed; will retry');
      }
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.timer);
    await this.running;
  }
}
