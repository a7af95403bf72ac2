/** Messages between the runner (run.ts) and the load generator (load-worker.ts). */
import type { ServerMetrics } from './metrics.ts';
import type { TimeRange } from './profile.ts';
import type { CoreTicks, LatencySummary, ThreadStates } from './stats.ts';

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

export interface GroupSpec {
  groupId: string;
  /** Members: users 0..members-1; user 0 sends. */
  members: number;
  /** Messages sent one at a time, each waiting for every member (or messageTimeoutMs). */
  sequential: number;
  /** Messages of the closed-loop burst (0 = none). */
  burst: number;
}

export interface GroupTask {
  kind: 'group';
  /** Run in this order; every member of every group is logged in first (users 0..max-1). */
  groups: GroupSpec[];
  /** Sends in flight during a burst. */
  burstWindow: number;
  /** Longest wait for one sequential message to reach every member. */
  messageTimeoutMs: number;
  /** Longest a sequential phase or a burst may take (sends stop, the wait ends). */
  phaseTimeoutMs: number;
  /** Wait at the end for late pushes (duplicates, stragglers) before counting. */
  settleMs: number;
  contentBytes: number;
  loginConcurrency: number;
}

export interface ConversationsTask {
  kind: 'conversations';
  /** Size of the conversation plan (bench/social.ts) the template holds. */
  conversations: number;
  /** Measured CONV/LIST and CONV/UNREAD requests (each kind, one after another). */
  repeats: number;
  /** Longest the measured requests of one kind may take together. */
  phaseTimeoutMs: number;
}

/** A process whose CPU time the cluster scenario charges to the messages (node or backend). */
export interface CpuProcess {
  /** e.g. `parley node 1`, `mariadbd`. */
  name: string;
  pid: number;
  /** Parley process under test (true) or a shared backend: MariaDB, Redis, NATS (false). */
  parley: boolean;
}

/**
 * One case of the cluster scenario: pairs whose senders log in on `senderPort` and recipients on
 * `receiverPort` (the same port for one node); a closed loop, then an open loop at `openRate`.
 */
export interface ClusterTask {
  kind: 'cluster';
  /** Case label, e.g. `2 nodes (MariaDB+Redis+NATS)`. */
  label: string;
  senderPort: number;
  receiverPort: number;
  pairs: number;
  inflight: number;
  warmupMs: number;
  measureMs: number;
  /** Open-loop rate in msgs/s; capped at `openMaxFraction` of this case's closed-loop rate. */
  openRate: number;
  openMaxFraction: number;
  openWarmupMs: number;
  openMeasureMs: number;
  maxInflight: number;
  drainMs: number;
  contentBytes: number;
  /** Processes whose CPU time is read from /proc during the measured windows. */
  processes: CpuProcess[];
}

export type LoadTask =
  | ClosedLoopTask
  | ClusterTask
  | LatencyTask
  | MemoryTask
  | OfflineTask
  | GroupTask
  | ConversationsTask;

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

/** One group of the group scenario. */
export interface GroupSizeResult {
  groupId: string;
  members: number;
  /** Members that should get each message: all but the sender. */
  recipients: number;
  /** From the member count and the server's default group.writeDiffusionMax. */
  expectedMode: 'write' | 'read';
  /** From the pushes: write = every push had seq > 0, read = every push had seq 0 and conv_seq set. */
  observedMode: 'write' | 'read' | 'mixed' | 'none';
  sequential: GroupPhaseResult;
  burst?: GroupPhaseResult;
  /** Over both phases, counted per (member, message) after the final settle. */
  delivery: GroupDelivery;
}

export interface GroupPhaseResult {
  /** Messages sent / acknowledged OK / delivered to every recipient. */
  sent: number;
  acked: number;
  complete: number;
  /** In flight (1 for the sequential phase). */
  window: number;
  /** First send → last push of the phase (sequential: sum of the per-message waits). */
  seconds: number;
  /** Distinct (member, message) pushes received per second of `seconds`. */
  deliveriesPerSec: number;
  ackedPerSec: number;
  /** Per message: send → push at the last recipient (only messages that reached all of them). */
  lastMember: LatencySummary;
  /** Per message: send → push at the median recipient. */
  medianMember: LatencySummary;
  /** Per message: send → push at the first recipient. */
  firstMember: LatencySummary;
  /** Per message: send → SendResp. */
  ack: LatencySummary;
  cpu: CpuShare;
  /** How each core spent the phase (% of time: user, system, softirq, ...), from /proc/stat. */
  cores: Record<string, CoreTicks>;
  /** The phase on CLOCK_MONOTONIC (to cut the server's CPU profile to it). */
  mono: TimeRange;
}

export interface GroupDelivery {
  messages: number;
  /** recipients × messages. */
  expected: number;
  /** Distinct (member, message) pairs pushed. */
  received: number;
  missing: number;
  duplicates: number;
  /** Recipients whose count of distinct messages differs from `messages`. */
  membersWithWrongCount: number;
  /** Pushes of this group's messages to users who are not members, or to the sender. */
  toNonMembers: number;
  toSender: number;
  /** Pushes whose conv_seq differs from the one the SendResp gave. */
  convSeqMismatches: number;
  /** Write diffusion: pushes whose timeline seq is not the member's previous one + 1. */
  seqGaps: number;
  pushesWithSeq: number;
  pushesWithoutSeq: number;
  exactlyOnce: boolean;
}

export interface GroupResult {
  kind: 'group';
  connections: number;
  loginMs: number;
  loginsPerSec: number;
  groups: GroupSizeResult[];
  /** MSG/PUSH frames that match no bench message; other pushes by command name. */
  strayPushes: number;
  otherPushes: Record<string, number>;
  sendErrors: number;
  errorSamples: string[];
  disconnects: number;
  serverMetrics?: ServerMetrics;
}

export interface ConversationsResult {
  kind: 'conversations';
  /** Conversations of the user as prepared (hidden ones included). */
  conversations: number;
  /** Prepared messages over all of them. */
  messages: number;
  readDiffusionGroups: number;
  loginMs: number;
  list: {
    /** Entries in the response. */
    entries: number;
    /** Response body size in bytes (protobuf), frame header excluded. */
    bytes: number;
    /** First CONV/LIST after login (not in `latency`). */
    firstMs: number;
    /** Request written → response frame received. */
    latency: LatencySummary;
    /** Client-side protobuf decode of one response, mean. */
    decodeMs: number;
    /** The measured requests on CLOCK_MONOTONIC (to cut the server's CPU profile to them). */
    mono: TimeRange;
  };
  unread: { firstMs: number; latency: LatencySummary; mono: TimeRange };
  expectedTotalUnread: number;
  /** Entries CONV/LIST should return (the hidden ones are not listed). */
  expectedEntries: number;
  /** Distinct total_unread values seen in CONV/LIST and CONV/UNREAD answers. */
  listTotals: number[];
  unreadTotals: number[];
  /** Checked on the first and last CONV/LIST: entries whose unread is not the prepared one, etc. */
  check: {
    unreadMismatches: number;
    /** Entries whose pinned or muted flag is not the prepared one. */
    settingMismatches: number;
    missing: number;
    unexpected: number;
    /** Pinned first, then last_ts descending. */
    ordered: boolean;
    /** read_diffusion set exactly on the groups above group.writeDiffusionMax. */
    readDiffusionFlags: boolean;
  };
  correct: boolean;
  serverMetrics?: ServerMetrics;
}

export interface ProcessCpu extends CpuProcess {
  /** CPU seconds per wall second in the closed-loop window (1.0 = one core busy). */
  cores: number;
  /** CPU seconds per 1000 acked messages in the closed-loop window. */
  secondsPer1000: number;
}

export interface ClusterResult {
  kind: 'cluster';
  label: string;
  /** Senders and recipients on different nodes: every push crosses the bus. */
  crossNode: boolean;
  pairs: number;
  inflightPerPair: number;
  loginMs: number;
  measureSeconds: number;
  ackedPerSec: number;
  deliveredPerSec: number;
  /** Whole run (both loops, warm-ups included). */
  totals: { acked: number; delivered: number; receipts: number; sendErrors: number; ackErrors: number };
  /** After both loops: every acked message reached its recipient exactly once, in seq order. */
  sentEqualsReceived: boolean;
  gaps: number;
  duplicates: number;
  drainMs: number;
  disconnects: number;
  /** Send → push at saturation (closed loop, informative). */
  saturationLatency: LatencySummary;
  cpu: {
    processes: ProcessCpu[];
    /** Parley processes only / Parley plus the backends, CPU s per 1000 acked msgs. */
    parleyPer1000: number;
    totalPer1000: number;
    parleyCores: number;
    backendCores: number;
    load: number;
  };
  /** The open-loop point (rate, send → push latency). */
  open: LatencyPoint;
  errorSamples: string[];
}

export type LoadResult =
  | ClusterResult
  | ThroughputResult
  | LatencyResult
  | MemoryResult
  | OfflineResult
  | GroupResult
  | ConversationsResult;

/** One line of the load process's stdout. */
export type LoadMessage =
  | { t: 'progress'; phase: string; done: number; total: number; note?: string }
  | { t: 'result'; result: LoadResult }
  | { t: 'error'; message: string };
