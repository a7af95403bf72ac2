/** Messages between the runner (run.ts) and the load generator (load-worker.ts). */
import type { ServerMetrics } from './metrics.ts';
import type { LatencySummary, ThreadStates } from './stats.ts';

export interface ClosedLoopTask {
  kind: 'throughput';
  pairs: number;
  /** Sends in flight per pair (closed loop). */
  inflight: number;
  warmupMs: number;
  measureMs: number;
  /** Longest wait after the last send for outstanding acks, pushes and receipts. */
  drainMs: number;
  contentBytes: number;
}

export interface LatencyPointSpec {
  /** Fraction of the maximum rate to offer. */
  fraction: number;
  warmupMs: number;
  measureMs: number;
}

export interface LatencyTask {
  kind: 'latency';
  pairs: number;
  /**
   * Maximum rate in msgs/s (from the throughput scenario); when absent, a short closed-loop run
   * on this server measures it first.
   */
  maxRate?: number;
  calibrate: { inflight: number; warmupMs: number; measureMs: number };
  /** Load points, run in this order on the same connections, with a drain between them. */
  points: LatencyPointSpec[];
  /** The point reported as the scenario's figure. */
  headlineFraction: number;
  drainMs: number;
  contentBytes: number;
  /** Sends outstanding across all pairs beyond which the schedule skips (and counts) sends. */
  maxInflight: number;
}

export interface MemoryTask {
  kind: 'memory';
  connections: number;
  warmupConnections: number;
  settleMs: number;
  loginConcurrency: number;
}

export interface OfflineTask {
  kind: 'offline';
  messages: number;
  /** Sends in flight from the one sender while filling the offline timeline. */
  window: number;
  pageSize: number;
  contentBytes: number;
}

export type LoadTask = ClosedLoopTask | LatencyTask | MemoryTask | OfflineTask;

export interface LoadConfig {
  task: LoadTask;
  tcpPort: number;
  /** The server's ops port, for /metrics. */
  httpPort: number;
  serverPid: number;
  /** Clock ticks per second for /proc/<pid>/stat. */
  clockTicks: number;
}

export interface CpuShare {
  /** CPU seconds per wall second of the server process (1.0 = one core busy). */
  server: number;
  /** Same for the load process. */
  load: number;
  /** Which side ran out of CPU first, as far as the figures tell. */
  verdict: 'server-bound' | 'generator-bound' | 'neither CPU-saturated';
  /** Scheduler state of the server's main thread, sampled every 5 ms. */
  serverThread: ThreadStates;
  /** Bytes the server wrote to storage per second (/proc/<pid>/io). */
  serverDiskWritesPerSec: number;
}

export interface ThroughputResult {
  kind: 'throughput';
  pairs: number;
  connections: number;
  inflightPerPair: number;
  contentBytes: number;
  loginMs: number;
  measureSeconds: number;
  /** Sends acknowledged (durably committed) per second in the measured window. */
  ackedPerSec: number;
  /** Pushes received by the recipients per second in the measured window. */
  deliveredPerSec: number;
  receiptsPerSec: number;
  /** Whole run, warm-up included. */
  totals: { acked: number; delivered: number; receipts: number; sendErrors: number; ackErrors: number };
  /** Every acked message reached its recipient exactly once, in seq order. */
  sentEqualsReceived: boolean;
  gaps: number;
  duplicates: number;
  drainMs: number;
  disconnects: number;
  /** Send → push latency in the measured window at saturation (informative). */
  latency: LatencySummary;
  ackLatency: LatencySummary;
  cpu: CpuShare;
  errorSamples: string[];
  /** The server's own metrics at the end (whole server life), when they could be read. */
  serverMetrics?: ServerMetrics;
}

export interface LatencyPoint {
  fraction: number;
  offeredPerSec: number;
  /** Messages sent in the window that reached their recipient, per second. */
  achievedPerSec: number;
  measureSeconds: number;
  /** Intended send time → recipient's push arrival. */
  latency: LatencySummary;
  /** Intended send time → SendResp arrival. */
  ackLatency: LatencySummary;
  /** Sends not made because maxInflight were outstanding. */
  skipped: number;
  /** Sent in the window but never pushed to the recipient (within the drain). */
  lost: number;
  /** Sends still unanswered after the drain. */
  backlog: number;
  cpu: CpuShare;
}

export interface LatencyResult extends LatencyPoint {
  kind: 'latency';
  pairs: number;
  /** The maximum the offered rates derive from, and where it came from. */
  maxRate: number;
  maxRateSource: 'throughput scenario' | 'calibration';
  /** Every load point, in the order run (the headline point is also spread at the top level). */
  points: LatencyPoint[];
  sendErrors: number;
  disconnects: number;
  /** The server's own metrics at the end (whole server life), when they could be read. */
  serverMetrics?: ServerMetrics;
}

export interface MemoryResult {
  kind: 'memory';
  connections: number;
  warmupConnections: number;
  loginMs: number;
  loginsPerSec: number;
  settleMs: number;
  rssBefore: number;
  rssAfter: number;
  bytesPerConnection: number;
  /**
   * Slope of RSS over the connection count while logging in (sampled every 1000 logins, no
   * settle): the marginal cost of one more connection, free of fixed start-up costs. NaN below
   * 2 samples.
   */
  marginalBytesPerConnection: number;
  rssCurve: { connections: number; rss: number }[];
  /** V8 heap used by the server before and after (from its /metrics). */
  heapUsedBefore?: number;
  heapUsedAfter?: number;
  heapBytesPerConnection?: number;
  disconnects: number;
  /** The server's own metrics at the end (whole server life), when they could be read. */
  serverMetrics?: ServerMetrics;
}

export interface OfflineResult {
  kind: 'offline';
  messages: number;
  /** Filling phase: one online sender, all acked. */
  fillMs: number;
  fillPerSec: number;
  sendErrors: number;
  /** Login request → login response. */
  loginMs: number;
  /** Login request → last message of the last sync page decoded. */
  totalMs: number;
  pages: number;
  received: number;
  complete: boolean;
  /** The server's own metrics at the end (whole server life), when they could be read. */
  serverMetrics?: ServerMetrics;
}

export type LoadResult = ThroughputResult | LatencyResult | MemoryResult | OfflineResult;

/** One line of the load process's stdout. */
export type LoadMessage =
  | { t: 'progress'; phase: string; done: number; total: number; note?: string }
  | { t: 'result'; result: LoadResult }
  | { t: 'error'; message: string };
