import { byLoad } from './gate-registry-order.ts';
import type { GateLoad, GateRegistry } from './types.ts';

export interface MemoryGateRegistryOptions {
  /** An entry not reported for this long is dropped; default 6000 ms. */
  readonly staleMs?: number;
  /** Clock (ms); default Date.now. */
  readonly now?: () => number;
}

/** In-process gate registry: one node, or tests. */
export class MemoryGateRegistry implements GateRegistry {
  private readonly entries = new Map<string, { load: GateLoad; expiresAt: number }>();
  private readonly staleMs: number;
  private readonly now: () => number;

  constructor(opts: MemoryGateRegistryOptions = {}) {
    this.staleMs = Math.max(1, Math.round(opts.staleMs ?? 6000));
    this.now = opts.now ?? Date.now;
  }

  async report(info: GateLoad): Promise<void> {
    const load = { ...info, messagesIn: info.messagesIn ?? 0, messagesOut: info.messagesOut ?? 0 };
    this.entries.set(info.nodeId, { load, expiresAt: this.now() + this.staleMs });
  }

  async list(): Promise<GateLoad[]> {
    const now = this.now();
    const out: GateLoad[] = [];
    for (const [id, e] of this.entries) {
      if (e.expiresAt > now) out.push({ ...e.load });
      else this.entries.delete(id);
    }
    return out.sort(byLoad);
  }

  async remove(nodeId: string): Promise<void> {
    this.entries.delete(nodeId);
  }

  async close(): Promise<void> {
    this.entries.clear();
  }
}
