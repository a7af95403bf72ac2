/**
 * The load generator: one process (pinned to its own core by run.ts) that runs one scenario
 * against a server and reports on stdout, one JSON line each: progress, then the result.
 *
 *   node --import tsx bench/load-worker.ts '<LoadConfig as JSON>'
 */
import { performance } from 'node:perf_hooks';
import { Commands, encodeRequest, type Frame, Platform } from '@parley/protocol';
import { Conn, connectAndLogin, loginMany } from './conn.ts';
import { type ServerMetrics, scrapeMetrics } from './metrics.ts';
import {
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
  CpuShare,
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
  ThroughputResult,
} from './types.ts';
import { BENCH_USERS, DEVICE_ID, tokenOf, uidOf } from './users.ts';
import { clientMsgId, parsePush, SendTemplate, sentAtUs } from './wire.ts';

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
  // went to others (loopback softirqs, the runner).
  const serverBusy = server >= 0.9 || serverThread.running >= 90;
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
  threadSampler.start();
  t.window = { from: a.at, to: Number.POSITIVE_INFINITY };
  await timedPhase(phase, measureMs, rate);
  const b = endWindow(t);
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
  task: LatencyTask,
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

async function main(): Promise<LoadResult> {
  const task = config.task;
  if (!task || !(config.tcpPort > 0) || !(config.serverPid > 0)) {
    throw new Error('usage: load-worker.ts <LoadConfig as JSON> (see bench/types.ts)');
  }
  switch (task.kind) {
    case 'throughput':
      return throughput(task);
    case 'latency':
      return latency(task);
    case 'memory':
      return memory(task);
    case 'offline':
      return offline(task);
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
