/**
 * The load generator: one process (pinned to its own core by run.ts) that runs one scenario
 * against a server and reports on stdout, one JSON line each: progress, then the result.
 *
 *   node --import tsx bench/load-worker.ts '<LoadConfig as JSON>'
 */
import { performance } from 'node:perf_hooks';
import {
  type AnyCommand,
  Commands,
  type Conversation,
  encodeRequest,
  type Frame,
  Platform,
} from '@parley/protocol';
import { Conn, connectAndLogin, loginMany } from './conn.ts';
import { type ServerMetrics, scrapeMetrics } from './metrics.ts';
import type { TimeRange } from './profile.ts';
import { conversationPlan, modeOf, WRITE_DIFFUSION_MAX } from './social.ts';
import {
  type CoreTicks,
  coreShares,
  coreTicks,
  cpuTicksOf,
  diskWriteBytesOf,
  ownCpuSeconds,
  round,
  rssOf,
  Samples,
  ThreadStateSampler,
  type ThreadStates,
} from './stats.ts';
import type {
  ClosedLoopTask,
  ClusterResult,
  ClusterTask,
  ConversationsResult,
  ConversationsTask,
  CpuShare,
  GroupDelivery,
  GroupPhaseResult,
  GroupResult,
  GroupSizeResult,
  GroupSpec,
  GroupTask,
  LatencyPoint,
  LatencyPointSpec,
  LatencyResult,
  LatencyTask,
  LoadConfig,
  LoadMessage,
  LoadResult,
  MemoryResult,
  MemoryTask,
  OfflineResult,
  OfflineTask,
  ProcessCpu,
  ThroughputResult,
} from './types.ts';
import { BENCH_USERS, DEVICE_ID, tokenOf, uidOf } from './users.ts';
import { clientMsgId, parseGroupPush, parsePush, SendTemplate, sentAtUs } from './wire.ts';

const SEND = Commands.send;
const PUSH = Commands.push;
const RECEIPT = Commands.receipt;
const ACK = Commands.deliverAck;
/** How often recipients acknowledge the highest seq they received. */
const ACK_INTERVAL_MS = 50;
const LOGIN_CONCURRENCY = 64;

const config = JSON.parse(process.argv[2] ?? '{}') as LoadConfig;

function emit(m: LoadMessage): void {
  process.stdout.write(`${JSON.stringify(m)}\n`);
}

let lastProgress = 0;
function progress(phase: string, done: number, total: number, note?: string, force = false): void {
  const now = performance.now();
  if (!force && now - lastProgress < 250 && done < total) return;
  lastProgress = now;
  emit(
    note === undefined ? { t: 'progress', phase, done, total } : { t: 'progress', phase, done, total, note },
  );
}

/** The server's metrics, or undefined when they cannot be read (never fails the scenario). */
async function metrics(): Promise<ServerMetrics | undefined> {
  try {
    return await scrapeMetrics(config.httpPort);
  } catch (err) {
    process.stderr.write(`reading /metrics failed: ${(err as Error).message}\n`);
    return undefined;
  }
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Sleeps `ms`, reporting progress about once a second. */
async function timedPhase(phase: string, ms: number, note: () => string | undefined): Promise<void> {
  const start = performance.now();
  progress(phase, 0, ms, note(), true);
  for (;;) {
    const left = start + ms - performance.now();
    if (left <= 0) break;
    await sleep(Math.min(1000, left));
    progress(phase, Math.min(ms, Math.round(performance.now() - start)), ms, note(), true);
  }
}

function contentOf(bytes: number): string {
  const text = 'Parley benchmark message, plain ASCII text of a fixed size. ';
  return text.repeat(Math.ceil(bytes / text.length)).slice(0, bytes);
}

/** A point in time with the counters needed to compute rates and CPU shares. */
interface Snapshot {
  at: number;
  acked: number;
  delivered: number;
  receipts: number;
  serverTicks: number;
  serverDiskWrites: number;
  loadCpu: number;
}

const threadSampler = new ThreadStateSampler(config.serverPid);
let windowThreadStates: ThreadStates | undefined;

/** Takes the closing snapshot of a measured window and stops the thread-state sampling. */
function endWindow(t: Traffic): Snapshot {
  const b = t.snapshot();
  windowThreadStates = threadSampler.stop();
  return b;
}

function cpuShare(a: Snapshot, b: Snapshot): CpuShare {
  const wall = (b.at - a.at) / 1000;
  const server = (b.serverTicks - a.serverTicks) / config.clockTicks / wall;
  const load = (b.loadCpu - a.loadCpu) / wall;
  const serverThread = windowThreadStates ?? threadSampler.stop();
  // The main thread runnable nearly all the time is saturation too, even when some of the core
  // went to others (loopback softirqs, the runner). The sampler runs in this process: when it got
  // far fewer samples than its 5 ms period allows, this process's event loop was saturated and
  // the samples are biased, so they do not count.
  const samplerOk = serverThread.samples >= (wall * 1000) / 5 / 2;
  const serverBusy = server >= 0.9 || (samplerOk && serverThread.running >= 90);
  const verdict = serverBusy ? 'server-bound' : load >= 0.9 ? 'generator-bound' : 'neither CPU-saturated';
  return {
    server: round(server, 3),
    load: round(load, 3),
    verdict,
    serverThread,
    serverDiskWritesPerSec: Math.round((b.serverDiskWrites - a.serverDiskWrites) / wall),
  };
}

interface Pair {
  a: Conn;
  b: Conn;
  tmpl: SendTemplate;
  counter: number;
  inflight: number;
  /** Request seq → send time (ms, this process's clock). */
  sentAt: Map<number, number>;
  acked: number;
  received: number;
  receipts: number;
  /** Highest seq pushed to b; b's timeline holds only this pair's messages, so 1, 2, 3... */
  lastSeq: number;
  ackedSeq: number;
  gaps: number;
  duplicates: number;
}

/**
 * Pairs a→b of logged-in connections: a sends, b receives pushes and acknowledges them (which
 * makes the server send delivery receipts back to a). Counts everything.
 */
class Traffic {
  readonly pairs: Pair[] = [];
  readonly totals = { acked: 0, delivered: 0, receipts: 0, sendErrors: 0, ackErrors: 0 };
  readonly latency = new Samples();
  readonly ackLatency = new Samples();
  readonly errorSamples: string[] = [];
  inflight = 0;
  disconnects = 0;
  /** Sends whose send time lies in [from, to) have their latencies recorded. */
  window = { from: Number.POSITIVE_INFINITY, to: Number.POSITIVE_INFINITY };
  windowSends = 0;
  /** Called after each send response (closed loop). */
  onSendDone: ((p: Pair) => void) | undefined;
  private readonly ackTimer: NodeJS.Timeout;

  constructor(conns: readonly Conn[], content: string) {
    for (let i = 0; i + 1 < conns.length; i += 2) {
      const pair: Pair = {
        a: conns[i]!,
        b: conns[i + 1]!,
        tmpl: new SendTemplate(uidOf(i + 1), content),
        counter: 0,
        inflight: 0,
        sentAt: new Map(),
        acked: 0,
        received: 0,
        receipts: 0,
        lastSeq: 0,
        ackedSeq: 0,
        gaps: 0,
        duplicates: 0,
      };
      this.wire(pair);
      this.pairs.push(pair);
    }
    this.ackTimer = setInterval(() => this.flushAcks(), ACK_INTERVAL_MS);
  }

  send(p: Pair, when: number = performance.now()): void {
    // Whole µs, as carried in client_msg_id: sender and recipient classify it alike.
    const at = sentAtUs(when) / 1000;
    const seq = p.a.nextSeq();
    p.sentAt.set(seq, at);
    p.inflight++;
    this.inflight++;
    if (at >= this.window.from && at < this.window.to) this.windowSends++;
    p.a.write(p.tmpl.frame(seq, clientMsgId(++p.counter, at)));
  }

  snapshot(): Snapshot {
    return {
      at: performance.now(),
      acked: this.totals.acked,
      delivered: this.totals.delivered,
      receipts: this.totals.receipts,
      serverTicks: cpuTicksOf(config.serverPid),
      serverDiskWrites: diskWriteBytesOf(config.serverPid),
      loadCpu: ownCpuSeconds(),
    };
  }

  /** True when nothing is outstanding: every send answered, every acked message pushed. */
  settled(withReceipts: boolean): boolean {
    if (this.inflight > 0) return false;
    for (const p of this.pairs) {
      if (p.received < p.acked) return false;
      if (withReceipts && p.receipts < p.acked) return false;
    }
    return true;
  }

  /** Waits (at most maxMs) until settled; returns how long it took. */
  async drain(maxMs: number, withReceipts: boolean): Promise<number> {
    const start = performance.now();
    while (!this.settled(withReceipts) && performance.now() - start < maxMs) await sleep(10);
    return Math.round(performance.now() - start);
  }

  /** Every acked message reached its recipient exactly once and in seq order. */
  consistent(): boolean {
    return this.pairs.every((p) => p.received === p.acked && p.gaps === 0 && p.duplicates === 0);
  }

  sum(f: (p: Pair) => number): number {
    let s = 0;
    for (const p of this.pairs) s += f(p);
    return s;
  }

  close(): void {
    clearInterval(this.ackTimer);
    for (const p of this.pairs) {
      p.a.onClose = () => {};
      p.b.onClose = () => {};
      p.a.close();
      p.b.close();
    }
  }

  private inWindow(t: number): boolean {
    return t >= this.window.from && t < this.window.to;
  }

  private noteError(what: string, f: Frame): void {
    if (this.errorSamples.length < 10) this.errorSamples.push(`${what}: status ${f.status}`);
  }

  private wire(p: Pair): void {
    p.a.onResponse = (f) => {
      if (f.service !== SEND.service || f.command !== SEND.command) return;
      const t0 = p.sentAt.get(f.seq);
      if (t0 === undefined) return;
      p.sentAt.delete(f.seq);
      p.inflight--;
      this.inflight--;
      if (f.status === 0) {
        p.acked++;
        this.totals.acked++;
        if (this.inWindow(t0)) this.ackLatency.add(performance.now() - t0);
      } else {
        this.totals.sendErrors++;
        this.noteError('send', f);
      }
      this.onSendDone?.(p);
    };
    p.a.onPush = (f) => {
      if (f.service === RECEIPT.service && f.command === RECEIPT.command) {
        p.receipts++;
        this.totals.receipts++;
      }
    };
    p.b.onPush = (f) => {
      if (f.service !== PUSH.service || f.command !== PUSH.command) return;
      const info = parsePush(f.body);
      if (info.seq <= p.lastSeq) {
        p.duplicates++;
        return;
      }
      if (info.seq !== p.lastSeq + 1) p.gaps++;
      p.lastSeq = info.seq;
      p.received++;
      this.totals.delivered++;
      if (this.inWindow(info.sentAtMs)) this.latency.add(performance.now() - info.sentAtMs);
    };
    p.b.onResponse = (f) => {
      if (f.service === ACK.service && f.command === ACK.command && f.status !== 0) {
        this.totals.ackErrors++;
        this.noteError('deliver_ack', f);
      }
    };
    const closed = (): void => {
      this.disconnects++;
    };
    p.a.onClose = closed;
    p.b.onClose = closed;
  }

  private flushAcks(): void {
    for (const p of this.pairs) {
      if (p.lastSeq > p.ackedSeq) {
        p.ackedSeq = p.lastSeq;
        p.b.write(encodeRequest(ACK, p.b.nextSeq(), { seq: p.lastSeq }));
      }
    }
  }
}

async function loginPairs(pairs: number): Promise<{ conns: Conn[]; ms: number }> {
  const uids = Array.from({ length: pairs * 2 }, (_, i) => uidOf(i));
  const t0 = performance.now();
  const conns = await loginMany(config.tcpPort, uids, LOGIN_CONCURRENCY, (done) =>
    progress('login', done, uids.length),
  );
  return { conns, ms: Math.round(performance.now() - t0) };
}

/** Keeps `inflight` sends outstanding per pair; measures after the warm-up. */
async function closedLoop(
  t: Traffic,
  phase: string,
  inflight: number,
  warmupMs: number,
  measureMs: number,
  /** Called right after the window's first and last snapshots (extra readings, same moments). */
  onWindow?: (edge: 'start' | 'end') => void,
): Promise<[Snapshot, Snapshot]> {
  let running = true;
  t.onSendDone = (p) => {
    if (running && p.inflight < inflight) t.send(p);
  };
  for (const p of t.pairs) for (let k = 0; k < inflight; k++) t.send(p);
  let last = t.snapshot();
  const rate = (): string => {
    const now = t.snapshot();
    const r = ((now.acked - last.acked) * 1000) / (now.at - last.at);
    last = now;
    return `${Math.round(r)} msgs/s`;
  };
  await timedPhase(`${phase} warm-up`, warmupMs, rate);
  const a = t.snapshot();
  onWindow?.('start');
  threadSampler.start();
  t.window = { from: a.at, to: Number.POSITIVE_INFINITY };
  await timedPhase(phase, measureMs, rate);
  const b = endWindow(t);
  onWindow?.('end');
  t.window = { from: a.at, to: b.at };
  running = false;
  t.onSendDone = undefined;
  return [a, b];
}

async function throughput(task: ClosedLoopTask): Promise<ThroughputResult> {
  const { conns, ms: loginMs } = await loginPairs(task.pairs);
  const t = new Traffic(conns, contentOf(task.contentBytes));
  try {
    const [a, b] = await closedLoop(t, 'measure', task.inflight, task.warmupMs, task.measureMs);
    progress('drain', 0, 1, undefined, true);
    const drainMs = await t.drain(task.drainMs, true);
    const serverMetrics = await metrics();
    const secs = (b.at - a.at) / 1000;
    return {
      kind: 'throughput',
      pairs: t.pairs.length,
      connections: conns.length,
      inflightPerPair: task.inflight,
      contentBytes: task.contentBytes,
      loginMs,
      measureSeconds: round(secs, 3),
      ackedPerSec: Math.round((b.acked - a.acked) / secs),
      deliveredPerSec: Math.round((b.delivered - a.delivered) / secs),
      receiptsPerSec: Math.round((b.receipts - a.receipts) / secs),
      totals: { ...t.totals },
      sentEqualsReceived: t.consistent(),
      gaps: t.sum((p) => p.gaps),
      duplicates: t.sum((p) => p.duplicates),
      drainMs,
      disconnects: t.disconnects,
      latency: t.latency.summary(),
      ackLatency: t.ackLatency.summary(),
      cpu: cpuShare(a, b),
      errorSamples: t.errorSamples,
      serverMetrics,
    };
  } finally {
    t.close();
  }
}

/** Open loop at `rate` msgs/s spread round-robin over the pairs; records the measured window. */
async function openLoop(
  t: Traffic,
  spec: LatencyPointSpec,
  rate: number,
  task: Pick<LatencyTask, 'maxInflight' | 'drainMs'>,
): Promise<LatencyPoint> {
  const label = `${Math.round(spec.fraction * 100)} %`;
  t.latency.clear();
  t.ackLatency.clear();
  const start = performance.now() + 5;
  const from = start + spec.warmupMs;
  const to = from + spec.measureMs;
  t.window = { from, to };
  t.windowSends = 0;
  const total = Math.floor(((spec.warmupMs + spec.measureMs) / 1000) * rate);
  let issued = 0;
  let skipped = 0;
  const n = t.pairs.length;
  const tick = (): void => {
    const due = Math.min(total, Math.floor(((performance.now() - start) * rate) / 1000));
    while (issued < due) {
      // The intended send time: lag of this process counts as latency (no coordinated omission).
      const at = start + (issued * 1000) / rate;
      if (t.inflight >= task.maxInflight) skipped++;
      else t.send(t.pairs[issued % n]!, at);
      issued++;
    }
  };
  const timer = setInterval(tick, 1);
  let a: Snapshot | undefined;
  try {
    const phaseTotal = spec.warmupMs + spec.measureMs;
    const note = (): string => `${Math.round(rate)} msgs/s offered, ${t.inflight} in flight`;
    while (issued < total && performance.now() < to + 60_000) {
      await sleep(100);
      const now = performance.now();
      if (!a && now >= from) {
        a = t.snapshot();
        threadSampler.start();
      }
      const done = Math.max(0, Math.min(phaseTotal, Math.round(now - start)));
      progress(`open loop ${label}`, done, phaseTotal, note());
    }
  } finally {
    clearInterval(timer);
  }
  const b = endWindow(t);
  progress(`drain ${label}`, 0, 1, undefined, true);
  await t.drain(task.drainMs, false);
  const secs = spec.measureMs / 1000;
  const lat = t.latency.summary();
  return {
    fraction: spec.fraction,
    offeredPerSec: Math.round(rate),
    achievedPerSec: Math.round(lat.count / secs),
    measureSeconds: secs,
    latency: lat,
    ackLatency: t.ackLatency.summary(),
    skipped,
    lost: t.windowSends - lat.count,
    backlog: t.inflight,
    cpu: cpuShare(a ?? b, b),
  };
}

async function latency(task: LatencyTask): Promise<LatencyResult> {
  const { conns } = await loginPairs(task.pairs);
  const t = new Traffic(conns, contentOf(task.contentBytes));
  try {
    let maxRate = task.maxRate ?? 0;
    const source = task.maxRate ? 'throughput scenario' : 'calibration';
    if (!task.maxRate) {
      const c = task.calibrate;
      const [a, b] = await closedLoop(t, 'calibrate', c.inflight, c.warmupMs, c.measureMs);
      maxRate = ((b.acked - a.acked) * 1000) / (b.at - a.at);
      await t.drain(10_000, false);
    }
    if (!(maxRate > 0)) throw new Error(`cannot derive a rate from a maximum of ${maxRate} msgs/s`);
    const points: LatencyPoint[] = [];
    for (const spec of task.points) points.push(await openLoop(t, spec, maxRate * spec.fraction, task));
    const serverMetrics = await metrics();
    const headline = points.find((p) => p.fraction === task.headlineFraction) ?? points[points.length - 1]!;
    return {
      kind: 'latency',
      pairs: t.pairs.length,
      maxRate: Math.round(maxRate),
      maxRateSource: source,
      ...headline,
      points,
      sendErrors: t.totals.sendErrors,
      disconnects: t.disconnects,
      serverMetrics,
    };
  } finally {
    t.close();
  }
}

/** Least-squares slope of y over x. */
function slope(points: [number, number][]): number {
  const n = points.length;
  if (n < 2) return Number.NaN;
  let sx = 0;
  let sy = 0;
  for (const [x, y] of points) {
    sx += x;
    sy += y;
  }
  const mx = sx / n;
  const my = sy / n;
  let num = 0;
  let den = 0;
  for (const [x, y] of points) {
    num += (x - mx) * (y - my);
    den += (x - mx) ** 2;
  }
  return den > 0 ? num / den : Number.NaN;
}

/** RSS is sampled after every this many logins (no settling: garbage included). */
const CURVE_STEP = 1000;

async function memory(task: MemoryTask): Promise<MemoryResult> {
  const pid = config.serverPid;
  let disconnects = 0;
  const track = (cs: Conn[]): void => {
    for (const c of cs)
      c.onClose = () => {
        disconnects++;
      };
  };
  const warmUids = Array.from({ length: task.warmupConnections }, (_, i) => uidOf(BENCH_USERS + i));
  const warm = await loginMany(config.tcpPort, warmUids, task.loginConcurrency, (d) =>
    progress('warm-up logins', d, warmUids.length),
  );
  track(warm);
  await timedPhase('settle before', 2000, () => undefined);
  const rssBefore = rssOf(pid);
  const heapBefore = (await metrics())?.heapUsedBytes;
  const uids = Array.from({ length: task.connections }, (_, i) => uidOf(i));
  const t0 = performance.now();
  let conns: Conn[] = [];
  const curve: { connections: number; rss: number }[] = [{ connections: 0, rss: rssBefore }];
  try {
    conns = await loginMany(config.tcpPort, uids, task.loginConcurrency, (d) => {
      progress('logins', d, uids.length);
      if (d % CURVE_STEP === 0) curve.push({ connections: d, rss: rssOf(pid) });
    });
    const loginMs = performance.now() - t0;
    track(conns);
    await timedPhase('settle after', task.settleMs, () => `RSS ${(rssOf(pid) / 1048576).toFixed(1)} MiB`);
    const rssAfter = rssOf(pid);
    const serverMetrics = await metrics();
    const heapAfter = serverMetrics?.heapUsedBytes;
    const heap =
      heapBefore !== undefined && heapAfter !== undefined
        ? {
            heapUsedBefore: heapBefore,
            heapUsedAfter: heapAfter,
            heapBytesPerConnection: Math.round((heapAfter - heapBefore) / task.connections),
          }
        : {};
    return {
      kind: 'memory',
      connections: task.connections,
      warmupConnections: task.warmupConnections,
      loginMs: Math.round(loginMs),
      loginsPerSec: Math.round((task.connections * 1000) / loginMs),
      settleMs: task.settleMs,
      rssBefore,
      rssAfter,
      bytesPerConnection: Math.round((rssAfter - rssBefore) / task.connections),
      marginalBytesPerConnection: Math.round(slope(curve.map((p) => [p.connections, p.rss]))),
      rssCurve: curve,
      ...heap,
      disconnects,
      serverMetrics,
    };
  } finally {
    for (const c of [...warm, ...conns]) {
      c.onClose = () => {};
      c.close();
    }
  }
}

async function offline(task: OfflineTask): Promise<OfflineResult> {
  const senderUid = uidOf(0);
  const recipientUid = uidOf(1);
  const sender = await connectAndLogin(config.tcpPort, senderUid);
  try {
    // Fill: the recipient has never logged in, so everything lands in its timeline only.
    const tmpl = new SendTemplate(recipientUid, contentOf(task.contentBytes));
    let issued = 0;
    let answered = 0;
    let acked = 0;
    let sendErrors = 0;
    const fillStart = performance.now();
    await new Promise<void>((resolve, reject) => {
      const next = (): void => {
        const seq = sender.nextSeq();
        sender.write(tmpl.frame(seq, clientMsgId(++issued, performance.now())));
      };
      sender.onResponse = (f) => {
        if (f.service !== SEND.service || f.command !== SEND.command) return;
        answered++;
        if (f.status === 0) acked++;
        else sendErrors++;
        progress('fill', answered, task.messages);
        if (issued < task.messages) next();
        if (answered === task.messages) resolve();
      };
      sender.onClose = () => reject(new Error('sender connection closed while filling'));
      const limitMs = 60_000 + task.messages * 5;
      setTimeout(
        () => reject(new Error(`fill: ${answered} of ${task.messages} sends answered after ${limitMs} ms`)),
        limitMs,
      ).unref();
      for (let k = 0; k < Math.min(task.window, task.messages); k++) next();
    });
    const fillMs = performance.now() - fillStart;
    sender.onClose = () => {};

    // Catch-up: log in, then sync page after page until the timeline is exhausted.
    const conn = await Conn.connect(config.tcpPort);
    try {
      const t0 = performance.now();
      const login = await conn.request(Commands.login, {
        uid: recipientUid,
        token: tokenOf(recipientUid),
        deviceId: DEVICE_ID,
        platform: Platform.ANDROID,
        clientVersion: 'parley-bench',
      });
      const loginMs = performance.now() - t0;
      let after = login.deviceAckSeq ?? 0;
      let pages = 0;
      let received = 0;
      let contiguous = true;
      const maxPages = Math.ceil(task.messages / task.pageSize) + 10;
      while (pages < maxPages) {
        const page = await conn.request(Commands.sync, { afterSeq: after, limit: task.pageSize });
        pages++;
        const msgs = page.messages ?? [];
        for (const m of msgs) {
          const seq = m.seq ?? 0;
          if (seq !== after + 1) contiguous = false;
          after = seq;
        }
        received += msgs.length;
        progress('sync', received, acked);
        if (!page.hasMore || msgs.length === 0) break;
      }
      const totalMs = performance.now() - t0;
      const serverMetrics = await metrics();
      return {
        kind: 'offline',
        messages: task.messages,
        fillMs: Math.round(fillMs),
        fillPerSec: Math.round((acked * 1000) / fillMs),
        sendErrors,
        loginMs: round(loginMs, 2),
        totalMs: round(totalMs, 2),
        pages,
        received,
        complete: contiguous && received === acked && acked === task.messages,
        serverMetrics,
      };
    } finally {
      conn.close();
    }
  } finally {
    sender.close();
  }
}

/** Now on CLOCK_MONOTONIC in µs: the clock of the server's --cpu-prof sample times. */
function monoUs(): number {
  return Number(process.hrtime.bigint() / 1000n);
}

/** A snapshot for cpuShare() outside the pairs traffic (message counters unused). */
function cpuSnapshot(): Snapshot {
  return {
    at: performance.now(),
    acked: 0,
    delivered: 0,
    receipts: 0,
    serverTicks: cpuTicksOf(config.serverPid),
    serverDiskWrites: diskWriteBytesOf(config.serverPid),
    loadCpu: ownCpuSeconds(),
  };
}

/** One group message of the group scenario, indexed by the counter of its client_msg_id. */
interface GroupMsg {
  readonly counter: number;
  /** Index of its group in the task. */
  readonly g: number;
  /** Members: users 0..n-1 (0 is the sender). */
  readonly n: number;
  sentAt: number;
  /** SendResp arrival; NaN before. */
  ackAt: number;
  ok: boolean;
  /** conv_seq from the SendResp, and from the first push. */
  ackConvSeq: number;
  pushConvSeq: number;
  convSeqDiffers: number;
  /** Pushes per member, and arrival time of the first one (ms, NaN when none). */
  readonly got: Uint8Array;
  readonly at: Float64Array;
  /** Distinct recipients (members 1..n-1) that have it. */
  received: number;
  lastAt: number;
  /** When waiting for it ended (completion or timeout). */
  endAt: number;
  onDone: (() => void) | undefined;
}

interface GroupCounters {
  toNonMembers: number;
  toSender: number;
  seqGaps: number;
  withSeq: number;
  withoutSeq: number;
}

/**
 * Every member of every group logged in; user 0 sends to one group after another: first
 * `sequential` messages one at a time (each waits until every other member has its push, or
 * messageTimeoutMs), then a closed-loop burst with `burstWindow` sends in flight. Every push is
 * counted per (member, message); write-diffusion pushes are checked for gap-free timeline seqs.
 */
async function group(task: GroupTask): Promise<GroupResult> {
  const maxMembers = Math.max(...task.groups.map((g) => g.members));
  const uids = Array.from({ length: maxMembers }, (_, i) => uidOf(i));
  const t0 = performance.now();
  const conns = await loginMany(config.tcpPort, uids, task.loginConcurrency, (d) =>
    progress('login', d, uids.length),
  );
  const loginMs = performance.now() - t0;
  const msgs: (GroupMsg | undefined)[] = [];
  const counters: GroupCounters[] = task.groups.map(() => ({
    toNonMembers: 0,
    toSender: 0,
    seqGaps: 0,
    withSeq: 0,
    withoutSeq: 0,
  }));
  const lastSeq = new Float64Array(maxMembers);
  const otherPushes: Record<string, number> = {};
  const errorSamples: string[] = [];
  let strayPushes = 0;
  let sendErrors = 0;
  let disconnects = 0;

  const finished = (m: GroupMsg): boolean => m.received >= m.n - 1 && !Number.isNaN(m.ackAt);
  const checkDone = (m: GroupMsg): void => {
    if (m.onDone && finished(m)) {
      const f = m.onDone;
      m.onDone = undefined;
      f();
    }
  };

  const onPush = (i: number, f: Frame): void => {
    if (f.service !== PUSH.service || f.command !== PUSH.command) {
      const name = (lookupName(f) ?? `${f.service}/${f.command}`) as string;
      otherPushes[name] = (otherPushes[name] ?? 0) + 1;
      return;
    }
    const now = performance.now();
    const info = parseGroupPush(f.body);
    const m = msgs[info.counter];
    if (!m) {
      strayPushes++;
      return;
    }
    const c = counters[m.g]!;
    if (i >= m.n) {
      c.toNonMembers++;
      return;
    }
    if (i === 0) {
      c.toSender++;
      return;
    }
    if (info.seq > 0) c.withSeq++;
    else c.withoutSeq++;
    if (m.pushConvSeq === 0) m.pushConvSeq = info.convSeq;
    else if (info.convSeq !== m.pushConvSeq) m.convSeqDiffers++;
    const before = m.got[i]!;
    m.got[i] = Math.min(255, before + 1);
    if (before > 0) return;
    if (info.seq > 0) {
      if (lastSeq[i]! > 0 && info.seq !== lastSeq[i]! + 1) c.seqGaps++;
      lastSeq[i] = info.seq;
    }
    m.at[i] = now;
    m.received++;
    m.lastAt = now;
    checkDone(m);
  };
  conns.forEach((conn, i) => {
    conn.onPush = (f) => onPush(i, f);
    conn.onClose = () => {
      disconnects++;
    };
  });

  const sender = conns[0]!;
  const bySeq = new Map<number, GroupMsg>();
  let onAck: ((m: GroupMsg) => void) | undefined;
  sender.onResponse = (f) => {
    if (f.service !== SEND.service || f.command !== SEND.command) return;
    const m = bySeq.get(f.seq);
    if (!m) return;
    bySeq.delete(f.seq);
    m.ackAt = performance.now();
    if (f.status === 0) {
      m.ok = true;
      m.ackConvSeq = SEND.resp.decode(f.body).convSeq ?? 0;
    } else {
      sendErrors++;
      if (errorSamples.length < 10)
        errorSamples.push(`send to group ${task.groups[m.g]!.groupId}: status ${f.status}`);
      // Not stored: nobody will get it.
      m.onDone?.();
      m.onDone = undefined;
    }
    onAck?.(m);
    checkDone(m);
  };

  let counter = 0;
  const send = (g: number, tmpl: SendTemplate, n: number): GroupMsg => {
    const m: GroupMsg = {
      counter: ++counter,
      g,
      n,
      sentAt: performance.now(),
      ackAt: Number.NaN,
      ok: false,
      ackConvSeq: 0,
      pushConvSeq: 0,
      convSeqDiffers: 0,
      got: new Uint8Array(n),
      at: new Float64Array(n).fill(Number.NaN),
      received: 0,
      lastAt: Number.NaN,
      endAt: Number.NaN,
      onDone: undefined,
    };
    msgs[m.counter] = m;
    const seq = sender.nextSeq();
    bySeq.set(seq, m);
    sender.write(tmpl.frame(seq, clientMsgId(m.counter, m.sentAt)));
    return m;
  };

  const content = contentOf(task.contentBytes);
  const results: {
    spec: GroupSpec;
    sequential: GroupPhaseResult;
    burst?: GroupPhaseResult;
    sent: GroupMsg[];
  }[] = [];
  for (const [g, spec] of task.groups.entries()) {
    const tmpl = new SendTemplate('', content, spec.groupId);
    const label = `${spec.members}`;
    const recipients = spec.members - 1;

    // Sequential: one message at a time.
    const seqMsgs: GroupMsg[] = [];
    let a = cpuSnapshot();
    let coresA = coreTicks();
    let fromUs = monoUs();
    threadSampler.start();
    const seqDeadline = performance.now() + task.phaseTimeoutMs;
    const lastMs = new Samples();
    for (let k = 0; k < spec.sequential && performance.now() < seqDeadline; k++) {
      let timer: NodeJS.Timeout | undefined;
      const m = send(g, tmpl, spec.members);
      seqMsgs.push(m);
      const wait = Math.min(task.messageTimeoutMs, Math.max(0, seqDeadline - performance.now()));
      await new Promise<void>((resolve) => {
        m.onDone = resolve;
        timer = setTimeout(resolve, wait);
        checkDone(m);
      });
      clearTimeout(timer);
      m.onDone = undefined;
      m.endAt = performance.now();
      if (m.received >= recipients) lastMs.add(m.lastAt - m.sentAt);
      const p50 = lastMs.count > 0 ? lastMs.summary().p50Ms : Number.NaN;
      progress(
        `seq @${label}`,
        k + 1,
        spec.sequential,
        `${m.received}/${recipients} members; last member p50 ${p50.toFixed(1)} ms`,
        true,
      );
    }
    let b = cpuSnapshot();
    const sequential = phaseResult(
      seqMsgs,
      1,
      recipients,
      cpuShare(a, b),
      coreShares(coresA, coreTicks()),
      { fromUs, toUs: monoUs() },
      false,
    );

    // Burst: closed loop, `burstWindow` sends in flight.
    let burst: GroupPhaseResult | undefined;
    const burstMsgs: GroupMsg[] = [];
    if (spec.burst > 0) {
      a = cpuSnapshot();
      coresA = coreTicks();
      fromUs = monoUs();
      threadSampler.start();
      const deadline = performance.now() + task.phaseTimeoutMs;
      let inflight = 0;
      const fill = (): void => {
        while (inflight < task.burstWindow && burstMsgs.length < spec.burst && performance.now() < deadline) {
          inflight++;
          burstMsgs.push(send(g, tmpl, spec.members));
        }
      };
      onAck = () => {
        inflight--;
        fill();
      };
      fill();
      const total = spec.burst * recipients;
      // A refused send (acked with an error) is settled too: nobody gets it.
      const settled = (m: GroupMsg): boolean => finished(m) || (!m.ok && !Number.isNaN(m.ackAt));
      while (performance.now() < deadline) {
        if (burstMsgs.length === spec.burst && burstMsgs.every(settled)) break;
        await sleep(10);
        const delivered = burstMsgs.reduce((sum, m) => sum + m.received, 0);
        progress(`burst @${label}`, delivered, total, `${burstMsgs.length}/${spec.burst} sent`);
      }
      onAck = undefined;
      const end = performance.now();
      for (const m of burstMsgs) m.endAt = end;
      b = cpuSnapshot();
      burst = phaseResult(
        burstMsgs,
        Math.min(task.burstWindow, spec.burst),
        recipients,
        cpuShare(a, b),
        coreShares(coresA, coreTicks()),
        { fromUs, toUs: monoUs() },
        true,
      );
    }
    results.push({ spec, sequential, ...(burst ? { burst } : {}), sent: [...seqMsgs, ...burstMsgs] });
  }

  await timedPhase('settle', task.settleMs, () => undefined);
  const groups: GroupSizeResult[] = results.map(({ spec, sequential, burst, sent }, g) => {
    const c = counters[g]!;
    const observedMode =
      c.withSeq === 0 && c.withoutSeq === 0
        ? 'none'
        : c.withoutSeq === 0
          ? 'write'
          : c.withSeq === 0
            ? 'read'
            : 'mixed';
    return {
      groupId: spec.groupId,
      members: spec.members,
      recipients: spec.members - 1,
      expectedMode: modeOf(spec.members),
      observedMode,
      sequential,
      ...(burst ? { burst } : {}),
      delivery: deliveryOf(sent, spec.members, c),
    };
  });
  const serverMetrics = await metrics();
  for (const conn of conns) {
    conn.onClose = () => {};
    conn.close();
  }
  return {
    kind: 'group',
    connections: conns.length,
    loginMs: Math.round(loginMs),
    loginsPerSec: Math.round((conns.length * 1000) / loginMs),
    groups,
    strayPushes,
    otherPushes,
    sendErrors,
    errorSamples,
    disconnects,
    serverMetrics,
  };
}

const commandNames = new Map<number, string>(
  Object.values(Commands).map((c: AnyCommand) => [c.service * 65536 + c.command, c.name]),
);
function lookupName(f: Frame): string | undefined {
  return commandNames.get(f.service * 65536 + f.command);
}

/** Figures of one phase; `burst`: the phase lasted from the first send to the last push. */
function phaseResult(
  ms: readonly GroupMsg[],
  window: number,
  recipients: number,
  cpu: CpuShare,
  cores: Record<string, CoreTicks>,
  mono: TimeRange,
  burst: boolean,
): GroupPhaseResult {
  const last = new Samples();
  const median = new Samples();
  const first = new Samples();
  const ack = new Samples();
  let received = 0;
  let acked = 0;
  let complete = 0;
  let waited = 0;
  let start = Number.POSITIVE_INFINITY;
  let end = 0;
  for (const m of ms) {
    received += m.received;
    if (!Number.isNaN(m.ackAt)) ack.add(m.ackAt - m.sentAt);
    if (m.ok) acked++;
    start = Math.min(start, m.sentAt);
    const done = m.received >= recipients;
    const finish = done ? m.lastAt : m.endAt;
    end = Math.max(end, finish);
    waited += finish - m.sentAt;
    if (!done) continue;
    complete++;
    last.add(m.lastAt - m.sentAt);
    const times = Array.from(m.at.subarray(1)).sort((x, y) => x - y);
    first.add(times[0]! - m.sentAt);
    median.add(times[Math.floor(times.length / 2)]! - m.sentAt);
  }
  const secs = ms.length > 0 ? (burst ? end - start : waited) / 1000 : Number.NaN;
  return {
    sent: ms.length,
    acked,
    complete,
    window,
    seconds: round(secs, 3),
    deliveriesPerSec: Math.round(received / secs),
    ackedPerSec: Math.round(acked / secs),
    lastMember: last.summary(),
    medianMember: median.summary(),
    firstMember: first.summary(),
    ack: ack.summary(),
    cpu,
    cores,
    mono,
  };
}

/** Exactly-once accounting over every message sent to one group (the sender excluded). */
function deliveryOf(sent: readonly GroupMsg[], members: number, c: GroupCounters): GroupDelivery {
  const stored = sent.filter((m) => m.ok);
  const perMember = new Uint32Array(members);
  let received = 0;
  let missing = 0;
  let duplicates = 0;
  let convSeqMismatches = 0;
  for (const m of stored) {
    for (let i = 1; i < members; i++) {
      const n = m.got[i]!;
      if (n === 0) missing++;
      else {
        received++;
        perMember[i]!++;
        duplicates += n - 1;
      }
    }
    convSeqMismatches +=
      m.pushConvSeq !== 0 && m.pushConvSeq !== m.ackConvSeq ? m.received : m.convSeqDiffers;
  }
  let membersWithWrongCount = 0;
  for (let i = 1; i < members; i++) if (perMember[i] !== stored.length) membersWithWrongCount++;
  const expected = stored.length * (members - 1);
  return {
    messages: stored.length,
    expected,
    received,
    missing,
    duplicates,
    membersWithWrongCount,
    toNonMembers: c.toNonMembers,
    toSender: c.toSender,
    convSeqMismatches,
    seqGaps: c.seqGaps,
    pushesWithSeq: c.withSeq,
    pushesWithoutSeq: c.withoutSeq,
    exactlyOnce:
      stored.length === sent.length &&
      received === expected &&
      duplicates === 0 &&
      c.toNonMembers === 0 &&
      c.toSender === 0 &&
      convSeqMismatches === 0 &&
      c.seqGaps === 0,
  };
}

/**
 * One user with many conversations (bench/social.ts): log in, then CONV/LIST (everything) and
 * CONV/UNREAD one after another, each answer checked against the prepared data.
 */
async function conversations(task: ConversationsTask): Promise<ConversationsResult> {
  const plan = conversationPlan(task.conversations);
  const expected = new Map(plan.convs.filter((c) => !c.hidden).map((c) => [c.convId, c]));
  const conn = await Conn.connect(config.tcpPort);
  try {
    const t0 = performance.now();
    await conn.request(Commands.login, {
      uid: plan.owner,
      token: tokenOf(plan.owner),
      deviceId: DEVICE_ID,
      platform: Platform.ANDROID,
      clientVersion: 'parley-bench',
    });
    const loginMs = performance.now() - t0;

    const list = async () => {
      const s = performance.now();
      const f = await conn.requestFrame(Commands.convList, { sinceVersion: 0 });
      const ms = performance.now() - s;
      const d = performance.now();
      const resp = Commands.convList.resp.decode(f.body);
      return { ms, decodeMs: performance.now() - d, bytes: f.body.length, resp };
    };
    const unread = async () => {
      const s = performance.now();
      const resp = await conn.request(Commands.convUnread, {});
      return { ms: performance.now() - s, total: resp.totalUnread ?? 0 };
    };

    const listTotals = new Set<number>();
    const unreadTotals = new Set<number>();
    const check = {
      unreadMismatches: 0,
      settingMismatches: 0,
      missing: 0,
      unexpected: 0,
      ordered: true,
      readDiffusionFlags: true,
    };
    const verify = (convs: readonly Conversation[]): void => {
      let seen = 0;
      let prev: Conversation | undefined;
      for (const c of convs) {
        const want = expected.get(c.convId ?? '');
        if (!want) {
          check.unexpected++;
          continue;
        }
        seen++;
        if ((c.unread ?? 0) !== want.unread) check.unreadMismatches++;
        if (Boolean(c.pinned) !== want.pinned || Boolean(c.muted) !== want.muted) check.settingMismatches++;
        const large = want.kind === 'group' && want.members.length + 1 > WRITE_DIFFUSION_MAX;
        if (Boolean(c.readDiffusion) !== large) check.readDiffusionFlags = false;
        if (prev) {
          const pp = Boolean(prev.pinned);
          const cp = Boolean(c.pinned);
          if ((!pp && cp) || (pp === cp && Number(prev.lastTs ?? 0) < Number(c.lastTs ?? 0)))
            check.ordered = false;
        }
        prev = c;
      }
      check.missing += expected.size - seen;
    };

    const firstList = await list();
    verify(firstList.resp.conversations ?? []);
    listTotals.add(firstList.resp.totalUnread ?? 0);
    const listMs = new Samples();
    let decodeMs = firstList.decodeMs;
    let lastList = firstList;
    let deadline = performance.now() + task.phaseTimeoutMs;
    const listFrom = monoUs();
    for (let k = 0; k < task.repeats && performance.now() < deadline; k++) {
      lastList = await list();
      listMs.add(lastList.ms);
      decodeMs += lastList.decodeMs;
      listTotals.add(lastList.resp.totalUnread ?? 0);
      progress(
        'CONV/LIST',
        k + 1,
        task.repeats,
        `${(lastList.bytes / 1024).toFixed(0)} KiB, ${lastList.ms.toFixed(1)} ms`,
      );
    }
    const listMono = { fromUs: listFrom, toUs: monoUs() };
    verify(lastList.resp.conversations ?? []);

    const firstUnread = await unread();
    unreadTotals.add(firstUnread.total);
    const unreadMs = new Samples();
    deadline = performance.now() + task.phaseTimeoutMs;
    const unreadFrom = monoUs();
    for (let k = 0; k < task.repeats && performance.now() < deadline; k++) {
      const u = await unread();
      unreadMs.add(u.ms);
      unreadTotals.add(u.total);
      progress('CONV/UNREAD', k + 1, task.repeats, `${u.ms.toFixed(1)} ms`);
    }
    const unreadMono = { fromUs: unreadFrom, toUs: monoUs() };
    const serverMetrics = await metrics();
    const totalsOk =
      [...listTotals, ...unreadTotals].every((t) => t === plan.totalUnread) && listTotals.size > 0;
    return {
      kind: 'conversations',
      conversations: plan.convs.length,
      messages: plan.messages,
      readDiffusionGroups: plan.readDiffusionGroups,
      loginMs: round(loginMs, 2),
      list: {
        entries: firstList.resp.conversations?.length ?? 0,
        bytes: firstList.bytes,
        firstMs: round(firstList.ms, 2),
        latency: listMs.summary(),
        decodeMs: round(decodeMs / (listMs.count + 1), 2),
        mono: listMono,
      },
      unread: { firstMs: round(firstUnread.ms, 2), latency: unreadMs.summary(), mono: unreadMono },
      expectedTotalUnread: plan.totalUnread,
      expectedEntries: plan.listed,
      listTotals: [...listTotals],
      unreadTotals: [...unreadTotals],
      check,
      correct:
        totalsOk &&
        check.unreadMismatches === 0 &&
        check.settingMismatches === 0 &&
        check.missing === 0 &&
        check.unexpected === 0 &&
        check.ordered &&
        check.readDiffusionFlags,
      serverMetrics,
    };
  } finally {
    conn.close();
  }
}

/**
 * Cluster scenario, one case: senders (even users) log in on one node, recipients (odd users) on
 * another (or the same), then a closed loop and an open loop on the same connections. CPU of
 * every listed process (Parley nodes, MariaDB, Redis, NATS) is read from /proc around the
 * closed-loop window.
 */
async function cluster(task: ClusterTask): Promise<ClusterResult> {
  const uids = Array.from({ length: task.pairs * 2 }, (_, i) => uidOf(i));
  const t0 = performance.now();
  const total = uids.length;
  const senders = await loginMany(
    task.senderPort,
    uids.filter((_, i) => i % 2 === 0),
    LOGIN_CONCURRENCY,
    (done) => progress('login senders', done, total),
  );
  const receivers = await loginMany(
    task.receiverPort,
    uids.filter((_, i) => i % 2 === 1),
    LOGIN_CONCURRENCY,
    (done) => progress('login recipients', task.pairs + done, total),
  );
  const loginMs = Math.round(performance.now() - t0);
  const conns = senders.flatMap((c, i) => [c, receivers[i]!]);
  const t = new Traffic(conns, contentOf(task.contentBytes));
  const ticksOf = (): number[] =>
    task.processes.map((p) => {
      try {
        return cpuTicksOf(p.pid);
      } catch {
        return Number.NaN;
      }
    });
  try {
    let before: number[] = [];
    let after: number[] = [];
    const [a, b] = await closedLoop(t, 'measure', task.inflight, task.warmupMs, task.measureMs, (edge) => {
      if (edge === 'start') before = ticksOf();
      else after = ticksOf();
    });
    const loopCpu = cpuShare(a, b);
    progress('drain', 0, 1, undefined, true);
    const drainMs = await t.drain(task.drainMs, true);
    const secs = (b.at - a.at) / 1000;
    const acked = b.acked - a.acked;
    const ackedPerSec = acked / secs;
    const processes: ProcessCpu[] = task.processes.map((p, i) => {
      const cpuSecs = (after[i]! - before[i]!) / config.clockTicks;
      return {
        ...p,
        cores: round(cpuSecs / secs, 3),
        secondsPer1000: round((cpuSecs / acked) * 1000, 4),
      };
    });
    const sum = (f: (p: ProcessCpu) => boolean, k: 'cores' | 'secondsPer1000'): number =>
      round(
        processes.filter(f).reduce((x, p) => x + (Number.isFinite(p[k]) ? p[k] : 0), 0),
        k === 'cores' ? 3 : 4,
      );
    const saturationLatency = t.latency.summary();
    const rate = Math.min(task.openRate, ackedPerSec * task.openMaxFraction);
    const open = await openLoop(
      t,
      { fraction: rate / ackedPerSec, warmupMs: task.openWarmupMs, measureMs: task.openMeasureMs },
      rate,
      task,
    );
    progress('drain', 0, 1, undefined, true);
    await t.drain(task.drainMs, true);
    return {
      kind: 'cluster',
      label: task.label,
      crossNode: task.senderPort !== task.receiverPort,
      pairs: t.pairs.length,
      inflightPerPair: task.inflight,
      loginMs,
      measureSeconds: round(secs, 3),
      ackedPerSec: Math.round(ackedPerSec),
      deliveredPerSec: Math.round((b.delivered - a.delivered) / secs),
      totals: { ...t.totals },
      sentEqualsReceived: t.consistent() && t.totals.sendErrors === 0,
      gaps: t.sum((p) => p.gaps),
      duplicates: t.sum((p) => p.duplicates),
      drainMs,
      disconnects: t.disconnects,
      saturationLatency,
      cpu: {
        processes,
        parleyPer1000: sum((p) => p.parley, 'secondsPer1000'),
        totalPer1000: sum(() => true, 'secondsPer1000'),
        parleyCores: sum((p) => p.parley, 'cores'),
        backendCores: sum((p) => !p.parley, 'cores'),
        load: loopCpu.load,
      },
      open,
      errorSamples: t.errorSamples,
    };
  } finally {
    t.close();
  }
}

async function main(): Promise<LoadResult> {
  const task = config.task;
  if (!task || !(config.tcpPort > 0) || !(config.serverPid > 0)) {
    throw new Error('usage: load-worker.ts <LoadConfig as JSON> (see bench/types.ts)');
  }
  switch (task.kind) {
    case 'cluster':
      return cluster(task);
    case 'throughput':
      return throughput(task);
    case 'latency':
      return latency(task);
    case 'memory':
      return memory(task);
    case 'offline':
      return offline(task);
    case 'group':
      return group(task);
    case 'conversations':
      return conversations(task);
  }
}

main().then(
  (result) => {
    emit({ t: 'result', result });
    process.exit(0);
  },
  (err: unknown) => {
    emit({ t: 'error', message: err instanceof Error ? (err.stack ?? err.message) : String(err) });
    process.exit(1);
  },
);
