import type { AppendRequest, AppendResult, MessageStore } from '../store/types.ts';

export interface CommittedItem {
  readonly request: AppendRequest;
  readonly result: AppendResult;
  /** What the submitter passed along (the sending session), handed back after the commit. */
  readonly origin: string | undefined;
}

export interface GroupCommitOptions {
  store: MessageStore;
  maxBatch: number;
  /** Called once per committed batch, in commit order, before the senders' acks resolve. */
  afterCommit?: (items: readonly CommittedItem[]) => void;
  onBatch?: (size: number, seconds: number) => void;
}

export class CommitterClosedError extends Error {
  override readonly name = 'CommitterClosedError';
}

interface Pending {
  readonly request: AppendRequest;
  readonly origin: string | undefined;
  resolve(r: AppendResult): void;
  reject(e: unknown): void;
}

/**
 * Group commit: sends submitted in the same event-loop turn (many connections' reads) are
 * written in one store transaction, so durability costs one fsync per batch, not per message.
 *
 * Ordering: batches commit one at a time in submission order; within a batch, order is kept.
 * A promise resolves only after its batch committed, and rejects if that batch failed (nothing
 * of it was written).
 */
export class GroupCommitter {
  private queue: Pending[] = [];
  private running: Promise<void> | undefined;
  private scheduled = false;
  private closed = false;

  constructor(private readonly opts: GroupCommitOptions) {}

  submit(request: AppendRequest, origin?: string): Promise<AppendResult> {
    if (this.closed) return Promise.reject(new CommitterClosedError('commit queue is closed'));
    return new Promise<AppendResult>((resolve, reject) => {
      this.queue.push({ request, origin, resolve, reject });
      this.schedule();
    });
  }

  /** Submissions not yet committed. */
  get pending(): number {
    return this.queue.length;
  }

  /** Refuses new submissions and resolves once everything submitted has been committed. */
  async close(): Promise<void> {
    this.closed = true;
    while (this.running || this.queue.length > 0) {
      if (!this.running) this.running = this.run();
      await this.running;
    }
  }

  private schedule(): void {
    if (this.scheduled || this.running) return;
    this.scheduled = true;
    // setImmediate runs after the I/O poll phase: every request read in this turn joins the batch.
    setImmediate(() => {
      this.scheduled = false;
      if (!this.running) this.running = this.run();
    });
  }

  private async run(): Promise<void> {
    try {
      while (this.queue.length > 0) {
        const batch =
          this.queue.length <= this.opts.maxBatch ? this.queue : this.queue.slice(0, this.opts.maxBatch);
        this.queue = batch === this.queue ? [] : this.queue.slice(this.opts.maxBatch);
        await this.commit(batch);
        if (this.queue.length > 0 && !this.closed) {
          // Let the next I/O turn add to the queue before committing again.
          await new Promise<void>((r) => setImmediate(r));
        }
      }
    } finally {
      this.running = undefined;
    }
  }

  private async commit(batch: Pending[]): Promise<void> {
    const t0 = performance.now();
    let results: AppendResult[];
    try {
      results = await this.opts.store.append(batch.map((p) => p.request));
    } catch (err) {
      for (const p of batch) p.reject(err);
      return;
    }
    this.opts.onBatch?.(batch.length, (performance.now() - t0) / 1000);
    if (this.opts.afterCommit) {
      const items: CommittedItem[] = new Array(batch.length);
      for (let i = 0; i < batch.length; i++)
        items[i] = { request: batch[i]!.request, result: results[i]!, origin: batch[i]!.origin };
      try {
        this.opts.afterCommit(items);
      } catch {
        // Fan-out is a shortcut; the timeline already holds the messages.
      }
    }
    for (let i = 0; i < batch.length; i++) batch[i]!.resolve(results[i]!);
  }
}
