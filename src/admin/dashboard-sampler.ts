/**
 * The admin dashboard's time series: every `intervalMs` (admin.dashboardSampleMs, 5 s) the
 * answering node samples who is online (presence) and the gates' load and message counters
 * (the gate registry), and keeps the last `capacity` points (120: 10 minutes) in a ring buffer.
 * Rates come from counter deltas between two reports of the same gate, timed by the gate's own
 * report times; a counter that went down (the gate restarted) counts from 0.
 */
import type { Logger } from '../observability/logger.ts';
import type { GateLoad, GateRegistry, Presence } from '../route/types.ts';

export interface DashboardPoint {
  readonly ts: number;
  readonly online: number;
  readonly connections: number;
  readonly msgsInPerSec: number;
  readonly msgsOutPerSec: number;
}

export interface GateRates {
  readonly msgsInPerSec: number;
  readonly msgsOutPerSec: number;
}

export interface DashboardSamplerOptions {
  presence: Pick<Presence, 'count'>;
  gateRegistry: Pick<GateRegistry, 'list'>;
  log: Logger;
  intervalMs: number;
  /** Points kept; default 120. */
  capacity?: number;
}

interface Seen {
  load: GateLoad;
  rates: GateRates;
}

/** Messages per second from `prev` to `cur` of one gate (0 when no time passed). */
export function rateBetween(prev: number, cur: number, prevAt: number, curAt: number): number {
  const seconds = (curAt - prevAt) / 1000;
  if (seconds <= 0) return 0;
  const delta = cur >= prev ? cur - prev : cur;
  return Math.round((delta / seconds) * 100) / 100;
}

export class DashboardSampler {
  private readonly ring: (DashboardPoint | undefined)[];
  private next = 0;
  private readonly seen = new Map<string, Seen>();
  private timer: NodeJS.Timeout | undefined;
  private sampling: Promise<void> | undefined;

  constructor(private readonly o: DashboardSamplerOptions) {
    this.ring = new Array(o.capacity ?? 120).fill(undefined);
  }

  /** Samples now and every intervalMs (an unref'd timer: it never keeps the process alive). */
  start(): void {
    if (this.timer) return;
    void this.sample();
    this.timer = setInterval(() => void this.sample(), this.o.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.sampling;
  }

  /** The points kept, oldest first. */
  series(): DashboardPoint[] {
    const n = this.ring.length;
    const out: DashboardPoint[] = [];
    for (let i = 0; i < n; i++) {
      const p = this.ring[(this.next + i) % n];
      if (p !== undefined) out.push(p);
    }
    return out;
  }

  /** The latest rates of a gate (0 until it has reported twice). */
  ratesOf(nodeId: string): GateRates {
    return this.seen.get(nodeId)?.rates ?? { msgsInPerSec: 0, msgsOutPerSec: 0 };
  }

  /** Takes one point (one at a time; a failed sample is logged and skipped). */
  sample(): Promise<void> {
    this.sampling ??= this.take()
      .catch((err: unknown) => this.o.log.warn({ err }, 'sampling the dashboard failed'))
      .finally(() => {
        this.sampling = undefined;
      });
    return this.sampling;
  }

  private async take(): Promise<void> {
    const [online, gates] = await Promise.all([this.o.presence.count(), this.o.gateRegistry.list()]);
    let msgsIn = 0;
    let msgsOut = 0;
    let connections = 0;
    const live = new Set<string>();
    for (const g of gates) {
      live.add(g.nodeId);
      connections += g.connections;
      const prev = this.seen.get(g.nodeId);
      let rates: GateRates = { msgsInPerSec: 0, msgsOutPerSec: 0 };
      if (prev !== undefined && g.updatedAt === prev.load.updatedAt) {
        // No report since the last sample: keep its rates rather than showing a dip.
        rates = prev.rates;
      } else if (prev !== undefined && g.updatedAt > prev.load.updatedAt) {
        rates = {
          msgsInPerSec: rateBetween(prev.load.messagesIn, g.messagesIn, prev.load.updatedAt, g.updatedAt),
          msgsOutPerSec: rateBetween(prev.load.messagesOut, g.messagesOut, prev.load.updatedAt, g.updatedAt),
        };
      }
      if (prev === undefined || g.updatedAt !== prev.load.updatedAt)
        this.seen.set(g.nodeId, { load: g, rates });
      msgsIn += rates.msgsInPerSec;
      msgsOut += rates.msgsOutPerSec;
    }
    for (const id of this.seen.keys()) if (!live.has(id)) this.seen.delete(id);
    this.ring[this.next] = {
      ts: Date.now(),
      online,
      connections,
      msgsInPerSec: Math.round(msgsIn * 100) / 100,
      msgsOutPerSec: Math.round(msgsOut * 100) / 100,
    };
    this.next = (this.next + 1) % this.ring.length;
  }
}
