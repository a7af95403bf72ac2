import type { DeviceStore } from '../store/types.ts';

/**
 * Coalesces device cursor raises and writes them at most every `intervalMs` in one
 * transaction. A crash may lose the last interval's raises: the device's cursor is then a
 * little behind and it re-syncs entries it already has (the SDK drops them by seq), so no
 * message is lost. Cursors only move forward.
 */
export class CursorWriter {
  private pending = new Map<string, { uid: string; deviceId: string; ackSeq: number }>();
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly devices: DeviceStore,
    private readonly intervalMs = 100,
    private readonly onError: (err: unknown) => void = () => {},
  ) {}

  raise(uid: string, deviceId: string, ackSeq: number): void {
    const key = `${uid}\u0000${deviceId}`;
    const cur = this.pending.get(key);
    if (cur && cur.ackSeq >= ackSeq) return;
    this.pending.set(key, { uid, deviceId, ackSeq });
    this.timer ??= setTimeout(() => void this.flush(), this.intervalMs);
  }

  /** Writes everything raised so far; resolves when it is stored. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.pending.size === 0) return this.writing;
    const updates = [...this.pending.values()];
    this.pending = new Map();
    this.writing = this.writing
      .then(() => this.devices.raiseAckSeqs(updates))
      .catch((err: unknown) => {
        // Put them back so the next flush retries; newer raises win.
        for (const u of updates) this.raise(u.uid, u.deviceId, u.ackSeq);
        this.onError(err);
      });
    return this.writing;
  }
}
