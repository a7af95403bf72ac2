/**
 * Parley benchmark runner: `npm run bench [-- --quick] [-- --only <name>[,<name>]] [-- --profile]`.
 *
 * Each scenario gets a fresh data directory (a copy of a template database prepared once per
 * run through the store API) and a fresh server process pinned to core 0; the load generator
 * (bench/load-worker.ts) runs in another process pinned to core 1. Results are printed as a table
 * and written to bench/results/<timestamp>.json and bench/results/latest.json.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { type ApiSendResult, prepareApiBench, runApiSend } from './api.ts';
import { type ClusterBackends, prepareClusterBackends } from './cluster.ts';
import { type FilesResult, runFilesBench } from './files.ts';
import {
  copyTemplate,
  deriveTemplate,
  prepareConversations,
  prepareGroups,
  prepareTemplate,
} from './prepare.ts';
import {
  clockTicks,
  exitOf,
  hasTaskset,
  killChildren,
  launchNode,
  nofileFor,
  pinSelf,
  ROOT,
  type ServerHandle,
  startServer,
} from './procs.ts';
import { formatProfile, type ProfileSummary, summarizeProfile, type TimeRange } from './profile.ts';
import { ProgressView } from './progress.ts';
import { benchGroupId, conversationPlan, modeOf } from './social.ts';
import type { CoreTicks } from './stats.ts';
import type {
  ClusterResult,
  ConversationsResult,
  CpuProcess,
  GroupPhaseResult,
  GroupResult,
  GroupSizeResult,
  LatencyResult,
  LoadConfig,
  LoadMessage,
  LoadResult,
  LoadTask,
  MemoryResult,
  OfflineResult,
  ThroughputResult,
} from './types.ts';
import { TOTAL_USERS, WARMUP_USERS } from './users.ts';

const SCENARIOS = [
  'throughput',
  'latency',
  'memory',
  'offline',
  'group',
  'conversations',
  'cluster',
  'files',
  'api',
] as const;
type ScenarioName = (typeof SCENARIOS)[number];
/**
 * Scenarios of a run without --only: all (cluster takes ~80 s; its MariaDB cases fail, naming the
 * service, where MariaDB, Redis or NATS are not running).
 */
const DEFAULT_SCENARIOS: readonly ScenarioName[] = SCENARIOS;

const USAGE = `usage: npm run bench -- [--quick] [--only <name>[,<name>...]] [--profile] [--set key=value ...]

  --quick      smoke run: 1 s warm-up, 3 s measure, 1k connections, 1000 offline messages,
               groups of 100 and 1000, 100 conversations
  --only       run only these scenarios: ${SCENARIOS.join(', ')}
               (default: all; cluster needs local MariaDB, Redis and NATS)
  --profile    run the server of the throughput, group and conversations scenarios with
               --cpu-prof (into /tmp/parley-prof) and print where its CPU time goes
  --set        an extra server setting (repeatable), e.g. --set store.maxBatch=500`;

const TARGETS = {
  durableMsgsPerSecPerCore: 40_000,
  p99LatencyMs: 50,
  bytesPerIdleConnection: 10 * 1024,
  offline10kSyncMs: 500,
} as const;

/** Settings of every server under test (on top of host, ports and log level). */
const SERVER_SETTINGS: Record<string, string | number> = {
  'gate.rateLimitPerSec': 1_000_000,
  'gate.rateLimitBurst': 1_000_000,
  // Every load connection comes from 127.0.0.1.
  'gate.maxConnectionsPerIp': 1_000_000,
};

const PROFILE_DIR = '/tmp/parley-prof';
/** Scenarios whose server --profile profiles. */
const PROFILED: readonly ScenarioName[] = ['throughput', 'group', 'conversations'];
const SERVER_CPU = 0;
const LOAD_CPU = 1;

interface Plan {
  warmupMs: number;
  measureMs: number;
  latencyWarmupMs: number;
  latencyMeasureMs: number;
  /** Lower load points run before the headline one (fractions of the maximum rate). */
  latencySweep: number[];
  sweepMeasureMs: number;
  settleMs: number;
  memorySizes: number[];
  offlineSizes: number[];
  /** Group scenario: group sizes (every member online), messages per size one at a time. */
  groupSizes: number[];
  groupSequential: number;
  /** Burst messages to a group in write / read diffusion. */
  groupBurstWrite: number;
  groupBurstRead: number;
  /** Conversations scenario: conversations of the user, measured requests of each kind. */
  conversations: number;
  conversationRepeats: number;
  /** Cluster scenario, per case: closed loop, then open loop. */
  clusterWarmupMs: number;
  clusterMeasureMs: number;
  clusterOpenWarmupMs: number;
  clusterOpenMeasureMs: number;
}

const FULL: Plan = {
  warmupMs: 3000,
  measureMs: 20_000,
  latencyWarmupMs: 2000,
  latencyMeasureMs: 10_000,
  latencySweep: [0.1, 0.3, 0.5],
  sweepMeasureMs: 5000,
  settleMs: 5000,
  memorySizes: [1000, 10_000],
  offlineSizes: [1000, 10_000],
  groupSizes: [500, 10_000],
  groupSequential: 20,
  groupBurstWrite: 200,
  groupBurstRead: 50,
  conversations: 1000,
  conversationRepeats: 50,
  clusterWarmupMs: 2000,
  clusterMeasureMs: 10_000,
  clusterOpenWarmupMs: 1000,
  clusterOpenMeasureMs: 5000,
};

const QUICK: Plan = {
  warmupMs: 1000,
  measureMs: 3000,
  latencyWarmupMs: 1000,
  latencyMeasureMs: 3000,
  latencySweep: [],
  sweepMeasureMs: 0,
  settleMs: 2000,
  memorySizes: [1000],
  offlineSizes: [1000],
  groupSizes: [100, 1000],
  groupSequential: 5,
  groupBurstWrite: 50,
  groupBurstRead: 10,
  conversations: 100,
  conversationRepeats: 20,
  clusterWarmupMs: 1000,
  clusterMeasureMs: 3000,
  clusterOpenWarmupMs: 1000,
  clusterOpenMeasureMs: 2000,
};

const PAIRS = 500;
/** The latency scenario's figure: open loop at this fraction of the maximum rate. */
const LATENCY_FRACTION = 0.7;
const INFLIGHT_PER_PAIR = 16;
const CONTENT_BYTES = 64;
const DRAIN_MS = 5000;
/** Group scenario: burst sends in flight, and the bounds of every wait. */
const GROUP_BURST_WINDOW = 16;
const GROUP_MESSAGE_TIMEOUT_MS = 10_000;
const GROUP_PHASE_TIMEOUT_MS = 120_000;
const GROUP_SETTLE_MS = 1000;
const CONVERSATIONS_PHASE_TIMEOUT_MS = 60_000;
/** Cluster scenario: pairs per case (users 0..2×pairs-1 exist in the MariaDB database too). */
const CLUSTER_PAIRS = PAIRS;
/** The open-loop rate of every case, capped at this fraction of the case's closed-loop rate. */
const CLUSTER_OPEN_RATE = 2000;
const CLUSTER_OPEN_MAX_FRACTION = 0.5;
const CLUSTER_CASES = ['sqlite', 'one-node', 'two-nodes', 'two-shards'] as const;
const CLUSTER_CASE_LABELS: Record<ClusterCaseKind, string> = {
  sqlite: '1 process, SQLite',
  'one-node': '1 node, MariaDB+Redis+NATS',
  'two-nodes': '2 nodes, pushes over NATS',
  'two-shards': '2 nodes on 2 MariaDB shards',
};

interface ServerInfo {
  pid: number;
  pinnedCpu: number | null;
  exit: number | string;
  /** Lines the server logged at warn level or above. */
  logLines: number;
  logSample: string[];
}

type Recorded<T extends LoadResult> = T & { label: string; wallMs: number; server: ServerInfo };

interface Row {
  scenario: string;
  metric: string;
  value: string;
  target: string;
  ok: boolean | undefined;
}

const view = new ProgressView();
const tempDirs = new Set<string>();

function cleanupAndExit(code: number): never {
  view.end();
  killChildren();
  for (const d of tempDirs) rmSync(d, { recursive: true, force: true });
  process.exit(code);
}
process.on('SIGINT', () => cleanupAndExit(130));
process.on('SIGTERM', () => cleanupAndExit(143));

function parseCli(): { quick: boolean; only: ScenarioName[]; profile: boolean } {
  const { values } = parseArgs({
    options: {
      quick: { type: 'boolean', default: false },
      only: { type: 'string', multiple: true },
      profile: { type: 'boolean', default: false },
      set: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const names = (values.only ?? [])
    .flatMap((s) => s.split(','))
    .map((s) => s.trim())
    .filter(Boolean);
  for (const n of names) {
    if (!(SCENARIOS as readonly string[]).includes(n)) {
      console.error(`unknown scenario "${n}"\n${USAGE}`);
      process.exit(2);
    }
  }
  const only = names.length > 0 ? SCENARIOS.filter((s) => names.includes(s)) : [...DEFAULT_SCENARIOS];
  // Extra server settings for experiments, e.g. --set store.maxBatch=500 (recorded in the JSON).
  for (const kv of values.set ?? []) {
    const i = kv.indexOf('=');
    if (i < 1) {
      console.error(`--set expects key=value, got "${kv}"`);
      process.exit(2);
    }
    SERVER_SETTINGS[kv.slice(0, i)] = kv.slice(i + 1);
  }
  return { quick: values.quick ?? false, only, profile: values.profile ?? false };
}

/** Upper bound for a load process's run time. */
function budgetMs(task: LoadTask): number {
  switch (task.kind) {
    case 'throughput':
      return task.warmupMs + task.measureMs + task.drainMs + 120_000;
    case 'cluster':
      return (
        task.warmupMs + task.measureMs + task.openWarmupMs + task.openMeasureMs + 3 * task.drainMs + 120_000
      );
    case 'latency':
      return (
        task.calibrate.warmupMs +
        task.calibrate.measureMs +
        task.points.reduce((a, p) => a + p.warmupMs + p.measureMs + task.drainMs, 0) +
        180_000
      );
    case 'memory':
      return task.settleMs + 300_000;
    case 'offline':
      return 300_000;
    case 'group':
      // Logins (as the memory scenario), then at most two bounded phases per group.
      return 300_000 + task.groups.length * 2 * task.phaseTimeoutMs + task.settleMs + 60_000;
    case 'conversations':
      return 2 * task.phaseTimeoutMs + 60_000;
  }
}

async function runLoad(
  label: string,
  cfg: LoadConfig,
  pin: boolean,
  nofile: number | undefined,
  servers: readonly ServerHandle[],
) {
  const child = launchNode(['--import', 'tsx', join(ROOT, 'bench/load-worker.ts'), JSON.stringify(cfg)], {
    cpu: pin ? LOAD_CPU : undefined,
    nofile,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let result: LoadResult | undefined;
  let failure: string | undefined;
  const lines = readline.createInterface({ input: child.stdout! });
  const linesDone = new Promise<void>((r) => lines.once('close', () => r()));
  lines.on('line', (line) => {
    let m: LoadMessage;
    try {
      m = JSON.parse(line) as LoadMessage;
    } catch {
      view.log(`  [${label}] ${line}`);
      return;
    }
    if (m.t === 'progress') view.update(label, m.phase, m.done, m.total, m.note);
    else if (m.t === 'result') result = m.result;
    else failure = m.message;
  });
  const budget = budgetMs(cfg.task);
  const timer = setTimeout(() => {
    failure = `load process exceeded its budget of ${Math.round(budget / 1000)} s`;
    child.kill('SIGKILL');
  }, budget);
  for (const server of servers) {
    void server.exited.then((code) => {
      if (child.exitCode === null && child.signalCode === null) {
        failure = `the server (pid ${server.pid}) exited (${code}) during the load`;
        child.kill('SIGKILL');
      }
    });
  }
  const code = await exitOf(child);
  clearTimeout(timer);
  await linesDone;
  view.end();
  if (result && code === 0) return result;
  throw new Error(failure ?? `load process exited (${code}) without a result`);
}

function serverLog(file: string): { lines: string[] } {
  try {
    return { lines: readFileSync(file, 'utf8').split('\n').filter(Boolean) };
  } catch {
    return { lines: [] };
  }
}

interface Ctx {
  template: string;
  pin: boolean;
  ticks: number;
}

async function scenario<T extends LoadResult>(
  ctx: Ctx,
  label: string,
  task: LoadTask,
  opts: { fds: number; profileDir?: string; template?: string },
): Promise<Recorded<T>> {
  const t0 = Date.now();
  const dir = mkdtempSync(join(os.tmpdir(), `parley-bench-${label}-`));
  tempDirs.add(dir);
  const logFile = join(dir, 'server.log');
  let server: ServerHandle | undefined;
  let failure: unknown;
  let result: LoadResult | undefined;
  let exit: number | string = 'not started';
  try {
    copyTemplate(opts.template ?? ctx.template, dir);
    const nofile = nofileFor(opts.fds);
    view.update(label, 'server start', 0, 1);
    server = await startServer({
      dataDir: dir,
      logFile,
      cpu: ctx.pin ? SERVER_CPU : undefined,
      nofile,
      profileDir: opts.profileDir,
      settings: SERVER_SETTINGS,
    });
    result = await runLoad(
      label,
      {
        task,
        tcpPort: server.tcpPort,
        httpPort: server.httpPort,
        serverPid: server.pid,
        clockTicks: ctx.ticks,
      },
      ctx.pin,
      nofile,
      [server],
    );
  } catch (err) {
    failure = err;
  } finally {
    if (server) exit = await server.stop();
  }
  const log = serverLog(logFile);
  rmSync(dir, { recursive: true, force: true });
  tempDirs.delete(dir);
  if (failure !== undefined || !result) {
    const tail = log.lines.slice(-10).join('\n    ');
    const msg = failure instanceof Error ? failure.message : String(failure);
    throw new Error(tail ? `${msg}\n  server log (last lines):\n    ${tail}` : msg);
  }
  if (result.kind !== task.kind) throw new Error(`load process answered a ${result.kind} result`);
  const info: ServerInfo = {
    pid: server!.pid,
    pinnedCpu: ctx.pin ? SERVER_CPU : null,
    exit,
    logLines: log.lines.length,
    logSample: log.lines.slice(0, 5),
  };
  return { ...(result as T), label, wallMs: Date.now() - t0, server: info };
}

type ClusterCaseKind = (typeof CLUSTER_CASES)[number];

/**
 * One case of the cluster scenario: the one-process SQLite server (a copy of the template), or one
 * or two gate+logic nodes on the run's MariaDB database, Redis and NATS prefixes. Every Parley
 * process is pinned to the server core; the backends are not ours to pin and use both cores.
 */
async function clusterCase(
  ctx: Ctx,
  kind: ClusterCaseKind,
  plan: Plan,
  backends: ClusterBackends | undefined,
): Promise<Recorded<ClusterResult>> {
  const t0 = Date.now();
  const label = `cluster-${kind}`;
  const nodes = kind === 'two-nodes' || kind === 'two-shards' ? 2 : 1;
  const dirs: string[] = [];
  const servers: ServerHandle[] = [];
  let failure: unknown;
  let result: LoadResult | undefined;
  const exits: (number | string)[] = [];
  const nofile = nofileFor(CLUSTER_PAIRS * 2 + 512);
  try {
    for (let n = 1; n <= nodes; n++) {
      const dir = mkdtempSync(join(os.tmpdir(), `parley-bench-${label}-${n}-`));
      tempDirs.add(dir);
      dirs.push(dir);
      if (kind === 'sqlite') copyTemplate(ctx.template, dir);
      else if (!backends) throw new Error('no cluster backends');
      view.update(label, `start node ${n}`, 0, 1);
      servers.push(
        await startServer({
          dataDir: dir,
          logFile: join(dir, 'server.log'),
          cpu: ctx.pin ? SERVER_CPU : undefined,
          nofile,
          settings: {
            ...SERVER_SETTINGS,
            ...(kind === 'sqlite' ? {} : { ...backends!.settings, nodeId: n }),
          },
        }),
      );
    }
    const first = servers[0]!;
    const last = servers[servers.length - 1]!;
    const processes: CpuProcess[] = [
      ...servers.map((s, i) => ({
        name: kind === 'sqlite' ? 'parley (sqlite)' : `parley node ${i + 1}`,
        pid: s.pid,
        parley: true,
      })),
      ...(kind === 'sqlite' ? [] : backends!.processes),
    ];
    result = await runLoad(
      label,
      {
        task: {
          kind: 'cluster',
          label: CLUSTER_CASE_LABELS[kind],
          senderPort: first.tcpPort,
          receiverPort: last.tcpPort,
          pairs: CLUSTER_PAIRS,
          inflight: INFLIGHT_PER_PAIR,
          warmupMs: plan.clusterWarmupMs,
          measureMs: plan.clusterMeasureMs,
          openRate: CLUSTER_OPEN_RATE,
          openMaxFraction: CLUSTER_OPEN_MAX_FRACTION,
          openWarmupMs: plan.clusterOpenWarmupMs,
          openMeasureMs: plan.clusterOpenMeasureMs,
          maxInflight: 100_000,
          drainMs: DRAIN_MS,
          contentBytes: CONTENT_BYTES,
          processes,
        },
        tcpPort: first.tcpPort,
        httpPort: first.httpPort,
        serverPid: first.pid,
        clockTicks: ctx.ticks,
      },
      ctx.pin,
      nofile,
      servers,
    );
  } catch (err) {
    failure = err;
  } finally {
    for (const s of servers) exits.push(await s.stop());
  }
  const logs = dirs.map((d) => serverLog(join(d, 'server.log')));
  for (const d of dirs) {
    rmSync(d, { recursive: true, force: true });
    tempDirs.delete(d);
  }
  if (failure !== undefined || !result) {
    const tail = logs.flatMap((l) => l.lines.slice(-5)).join('\n    ');
    const msg = failure instanceof Error ? failure.message : String(failure);
    throw new Error(tail ? `${msg}\n  server logs (last lines):\n    ${tail}` : msg);
  }
  if (result.kind !== 'cluster') throw new Error(`load process answered a ${result.kind} result`);
  const lines = logs.flatMap((l) => l.lines);
  const info: ServerInfo = {
    pid: servers[0]!.pid,
    pinnedCpu: ctx.pin ? SERVER_CPU : null,
    exit: exits.join(', '),
    logLines: lines.length,
    logSample: lines.slice(0, 5),
  };
  return { ...result, label, wallMs: Date.now() - t0, server: info };
}

/**
 * Core time the server (core 0) or the load generator (core 1) did not account for: another
 * process competed for the cores, and the phase's figures are not the server's alone.
 */
function contention(phase: GroupPhaseResult): string | undefined {
  const excess = (core: CoreTicks | undefined, usedCores: number): number =>
    core ? core.user + core.system - usedCores * 100 : 0;
  const server = excess(phase.cores.cpu0, phase.cpu.server);
  const load = excess(phase.cores.cpu1, phase.cpu.load);
  if (server < 25 && load < 25) return undefined;
  return (
    `core 0 was ${Math.round(server)} points, core 1 ${Math.round(load)} points busier than the server / load ` +
    'process account for: another process competed for the cores (see `cores` in the JSON)'
  );
}

function fmtInt(n: number): string {
  return Math.round(n).toLocaleString('en-US').replace(/,/g, ' ');
}

function fmtMs(n: number): string {
  return n >= 100 ? `${n.toFixed(0)} ms` : n >= 10 ? `${n.toFixed(1)} ms` : `${n.toFixed(2)} ms`;
}

function sizeLabel(n: number): string {
  return n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : String(n);
}

interface Results {
  throughput?: Recorded<ThroughputResult>;
  latency?: Recorded<LatencyResult>;
  memory: Recorded<MemoryResult>[];
  offline: Recorded<OfflineResult>[];
  group?: Recorded<GroupResult>;
  conversations?: Recorded<ConversationsResult>;
  cluster: Recorded<ClusterResult>[];
  files?: FilesResult;
  api?: ApiSendResult;
}

function summaryRows(r: Results): Row[] {
  const rows: Row[] = [];
  if (r.api) {
    const a = r.api;
    rows.push({
      scenario: 'api',
      metric: `REST sends/s (POST /v1/messages, ${a.connections} connections)`,
      value: fmtInt(a.requestsPerSec),
      target: '',
      ok: undefined,
    });
    rows.push({
      scenario: 'api',
      metric: 'REST send p50 / p99',
      value: `${fmtMs(a.latencyP50Ms)} / ${fmtMs(a.latencyP99Ms)}`,
      target: '',
      ok: undefined,
    });
    rows.push({
      scenario: 'api',
      metric: 'every answer 200',
      value:
        a.non200 === 0 && a.errors === 0
          ? `yes (${fmtInt(a.requests)})`
          : `NO: ${a.non200} non-200, ${a.errors} errors`,
      target: 'must hold',
      ok: a.non200 === 0 && a.errors === 0,
    });
  }
  if (r.files) {
    const f = r.files;
    const what = `${f.files} x ${(f.fileBytes / 1e6).toFixed(0)} MB, ${f.engine} engine`;
    rows.push({
      scenario: 'files',
      metric: `upload MB/s (${what})`,
      value: f.uploadMBps.toFixed(0),
      target: '',
      ok: undefined,
    });
    rows.push({
      scenario: 'files',
      metric: 'download MB/s, one at a time',
      value: f.downloadMBps.toFixed(0),
      target: '',
      ok: undefined,
    });
    rows.push({
      scenario: 'files',
      metric: 'download MB/s, 4 in parallel',
      value: f.parallelDownloadMBps.toFixed(0),
      target: '',
      ok: undefined,
    });
  }
  const t = r.throughput;
  if (t) {
    rows.push({
      scenario: 'throughput',
      metric: 'durable msgs/s (acked)',
      value: fmtInt(t.ackedPerSec),
      target: `>= ${fmtInt(TARGETS.durableMsgsPerSecPerCore)} per core`,
      ok: t.ackedPerSec >= TARGETS.durableMsgsPerSecPerCore,
    });
    rows.push({
      scenario: 'throughput',
      metric: 'delivered msgs/s (pushes)',
      value: fmtInt(t.deliveredPerSec),
      target: '',
      ok: undefined,
    });
    rows.push({
      scenario: 'throughput',
      metric: 'sent == received',
      value: t.sentEqualsReceived
        ? `yes (${fmtInt(t.totals.acked)} msgs)`
        : `NO: ${fmtInt(t.totals.acked)} acked, ${fmtInt(t.totals.delivered)} pushed, ${t.gaps} gaps, ${t.duplicates} dups`,
      target: 'must hold',
      ok: t.sentEqualsReceived,
    });
    rows.push({
      scenario: 'throughput',
      metric: 'CPU server / load (cores)',
      value: `${t.cpu.server.toFixed(2)} / ${t.cpu.load.toFixed(2)} (${t.cpu.verdict})`,
      target: '',
      ok: undefined,
    });
    const th = t.cpu.serverThread;
    rows.push({
      scenario: 'throughput',
      metric: 'server thread run/idle/disk',
      value: `${th.running} % / ${th.sleeping} % / ${th.disk} %`,
      target: '',
      ok: undefined,
    });
  }
  const l = r.latency;
  if (l) {
    rows.push({
      scenario: 'latency',
      metric: 'offered rate',
      value: `${fmtInt(l.offeredPerSec)} msgs/s (of max ${fmtInt(l.maxRate)})`,
      target: '70 % of max',
      ok: undefined,
    });
    rows.push({
      scenario: 'latency',
      metric: 'send->push p50',
      value: fmtMs(l.latency.p50Ms),
      target: '',
      ok: undefined,
    });
    rows.push({
      scenario: 'latency',
      metric: 'send->push p99',
      value: fmtMs(l.latency.p99Ms),
      target: `< ${TARGETS.p99LatencyMs} ms`,
      ok: l.latency.p99Ms < TARGETS.p99LatencyMs,
    });
    rows.push({
      scenario: 'latency',
      metric: 'send->push p999',
      value: fmtMs(l.latency.p999Ms),
      target: '',
      ok: undefined,
    });
    for (const p of l.points) {
      if (p.fraction === l.fraction) continue;
      rows.push({
        scenario: 'latency',
        metric: `p50 / p99 @${Math.round(p.fraction * 100)} % (${fmtInt(p.offeredPerSec)}/s)`,
        value: `${fmtMs(p.latency.p50Ms)} / ${fmtMs(p.latency.p99Ms)}`,
        target: '',
        ok: undefined,
      });
    }
  }
  for (const m of r.memory) {
    rows.push({
      scenario: 'memory',
      metric: `RSS per idle connection @${sizeLabel(m.connections)}`,
      value: `${(m.bytesPerConnection / 1024).toFixed(1)} KiB`,
      target: `<= ${TARGETS.bytesPerIdleConnection / 1024} KiB`,
      ok: m.bytesPerConnection <= TARGETS.bytesPerIdleConnection,
    });
    if (m.rssCurve.length > 2) {
      rows.push({
        scenario: 'memory',
        metric: `  marginal (slope 0-${sizeLabel(m.connections)})`,
        value: `${(m.marginalBytesPerConnection / 1024).toFixed(1)} KiB`,
        target: '',
        ok: undefined,
      });
    }
  }
  for (const o of r.offline) {
    const is10k = o.messages === 10_000;
    rows.push({
      scenario: 'offline',
      metric: `login+sync ${sizeLabel(o.messages)} msgs`,
      value: `${fmtMs(o.totalMs)}${o.complete ? '' : ' (INCOMPLETE)'}`,
      target: is10k ? `< ${TARGETS.offline10kSyncMs} ms` : '',
      ok: is10k ? o.complete && o.totalMs < TARGETS.offline10kSyncMs : o.complete ? undefined : false,
    });
  }
  if (r.group) rows.push(...groupRows(r.group.groups));
  const c = r.conversations;
  if (c) {
    const n = sizeLabel(c.conversations);
    rows.push({
      scenario: 'conversations',
      metric: `CONV/LIST p50 / p99 (${n} convs)`,
      value: `${fmtMs(c.list.latency.p50Ms)} / ${fmtMs(c.list.latency.p99Ms)}`,
      target: '',
      ok: undefined,
    });
    rows.push({
      scenario: 'conversations',
      metric: 'CONV/LIST response',
      value: `${fmtInt(c.list.entries)} entries, ${(c.list.bytes / 1024).toFixed(1)} KiB`,
      target: '',
      ok: undefined,
    });
    rows.push({
      scenario: 'conversations',
      metric: 'CONV/UNREAD p50 / p99',
      value: `${fmtMs(c.unread.latency.p50Ms)} / ${fmtMs(c.unread.latency.p99Ms)}`,
      target: '',
      ok: undefined,
    });
    rows.push({
      scenario: 'conversations',
      metric: 'total_unread and entries exact',
      value: c.correct
        ? `yes (total_unread ${fmtInt(c.expectedTotalUnread)})`
        : `NO: total_unread ${[...c.listTotals, ...c.unreadTotals].join('/')} vs ${c.expectedTotalUnread}, ` +
          `${c.check.unreadMismatches} unread, ${c.check.missing} missing, ${c.check.unexpected} unexpected`,
      target: 'must hold',
      ok: c.correct,
    });
  }
  for (const c of r.cluster) {
    const at = c.label;
    rows.push({
      scenario: 'cluster',
      metric: `${at}: durable msgs/s`,
      value: fmtInt(c.ackedPerSec),
      target: '',
      ok: undefined,
    });
    rows.push({
      scenario: 'cluster',
      metric: `${at}: CPU s / 1000 msgs`,
      value:
        c.cpu.totalPer1000 === c.cpu.parleyPer1000
          ? `${c.cpu.parleyPer1000.toFixed(3)} (Parley ${c.cpu.parleyCores.toFixed(2)} cores)`
          : `${c.cpu.totalPer1000.toFixed(3)} (Parley ${c.cpu.parleyPer1000.toFixed(3)}, ${c.cpu.parleyCores.toFixed(2)} ` +
            `cores; backends ${c.cpu.backendCores.toFixed(2)} cores)`,
      target: '',
      ok: undefined,
    });
    rows.push({
      scenario: 'cluster',
      metric: `${at}: send->push p50 / p99`,
      value: `${fmtMs(c.open.latency.p50Ms)} / ${fmtMs(c.open.latency.p99Ms)} at ${fmtInt(c.open.offeredPerSec)} msgs/s`,
      target: `p99 < ${TARGETS.p99LatencyMs} ms`,
      ok: c.open.latency.p99Ms < TARGETS.p99LatencyMs && c.open.lost === 0,
    });
    rows.push({
      scenario: 'cluster',
      metric: `${at}: sent == received`,
      value: c.sentEqualsReceived
        ? `yes (${fmtInt(c.totals.acked)} msgs)`
        : `NO: ${fmtInt(c.totals.acked)} acked, ${fmtInt(c.totals.delivered)} pushed, ${c.gaps} gaps, ` +
          `${c.duplicates} dups, ${c.totals.sendErrors} send errors`,
      target: 'must hold',
      ok: c.sentEqualsReceived,
    });
  }
  return rows;
}

function groupRows(groups: readonly GroupSizeResult[]): Row[] {
  const rows: Row[] = [];
  for (const g of groups) {
    const at = `@${sizeLabel(g.members)}`;
    const s = g.sequential;
    rows.push({
      scenario: 'group',
      metric: `${at} diffusion mode`,
      value: `${g.observedMode} (expected ${g.expectedMode})`,
      target: '',
      ok: g.observedMode === g.expectedMode,
    });
    rows.push({
      scenario: 'group',
      metric: `${at} send->last member p50 / max`,
      value: `${fmtMs(s.lastMember.p50Ms)} / ${fmtMs(s.lastMember.maxMs)} (${s.complete}/${s.sent} msgs)`,
      target: '',
      ok: s.complete === s.sent ? undefined : false,
    });
    rows.push({
      scenario: 'group',
      metric: `${at} send->median member p50`,
      value: fmtMs(s.medianMember.p50Ms),
      target: '',
      ok: undefined,
    });
    rows.push({
      scenario: 'group',
      metric: `${at} deliveries/s, one msg at a time`,
      value: fmtInt(s.deliveriesPerSec),
      target: '',
      ok: undefined,
    });
    const b = g.burst;
    if (b) {
      rows.push({
        scenario: 'group',
        metric: `${at} deliveries/s, burst ${b.sent} (${b.window} in flight)`,
        value: `${fmtInt(b.deliveriesPerSec)} (${b.seconds.toFixed(2)} s, ${b.cpu.verdict})`,
        target: '',
        ok: b.complete === b.sent ? undefined : false,
      });
    }
    const d = g.delivery;
    rows.push({
      scenario: 'group',
      metric: `${at} every member got every msg once`,
      value: d.exactlyOnce
        ? `yes (${fmtInt(d.received)} deliveries)`
        : `NO: ${fmtInt(d.received)}/${fmtInt(d.expected)}, ${d.missing} missing, ${d.duplicates} dups, ` +
          `${d.membersWithWrongCount} members off, ${d.convSeqMismatches} conv_seq, ${d.seqGaps} gaps`,
      target: 'must hold',
      ok: d.exactlyOnce,
    });
  }
  return rows;
}

function table(rows: Row[]): string {
  const cells = rows.map((r) => [
    r.scenario,
    r.metric,
    r.value,
    r.target,
    r.ok === undefined ? '' : r.ok ? 'ok' : 'MISS',
  ]);
  const head = ['scenario', 'metric', 'value', 'target', ''];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]): string =>
    c
      .map((x, i) => x.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

function findProfile(dir: string, pid: number): string | undefined {
  try {
    // CPU.<date>.<time>.<pid>.<thread id>.<seq>.cpuprofile: thread 0 is the main thread (tsx's
    // loader runs in a worker thread with a profile of its own).
    const f = readdirSync(dir).find((n) => n.endsWith('.cpuprofile') && n.includes(`.${pid}.0.`));
    return f ? join(dir, f) : undefined;
  } catch {
    return undefined;
  }
}

async function main(): Promise<number> {
  const cli = parseCli();
  const plan = cli.quick ? QUICK : FULL;
  const cpus = os.availableParallelism();
  const pin = hasTaskset() && cpus >= 2;
  // The runner shares the load generator's core, leaving the server's core to the server.
  if (pin) pinSelf(LOAD_CPU);
  const ctx: Ctx = { template: '', pin, ticks: clockTicks() };
  const startedAt = new Date();
  view.log(
    `Parley bench (${cli.quick ? 'quick' : 'full'}): ${cli.only.join(', ')} on ${cpus} cores, node ${process.version}; ` +
      (pin
        ? `server pinned to core ${SERVER_CPU}, load generator to core ${LOAD_CPU}`
        : 'NOT pinned (no taskset or fewer than 2 cores): figures are not per core'),
  );
  const profiledScenarios = cli.only.filter((s) => PROFILED.includes(s));
  if (cli.profile && profiledScenarios.length === 0) {
    view.log(`--profile applies to ${PROFILED.join(', ')}, none of which is selected: no profile`);
  }
  const profileDir = (): string | undefined => {
    if (!cli.profile) return undefined;
    mkdirSync(PROFILE_DIR, { recursive: true });
    return PROFILE_DIR;
  };
  /**
   * Summarizes and prints the profile of a scenario's server, whole or per measured phase (the
   * rest of the server's life, such as 10 000 logins, would drown the phases).
   */
  const profileOf = (dir: string | undefined, pid: number): ProfileSummary | undefined => {
    if (!dir) return undefined;
    const file = findProfile(dir, pid);
    if (!file) {
      view.log(`  no .cpuprofile for pid ${pid} in ${dir}`);
      return undefined;
    }
    const summary = summarizeProfile(file, 25);
    view.log(formatProfile(summary));
    return summary;
  };
  const phaseProfiles = (dir: string | undefined, pid: number, phases: [string, TimeRange][]): void => {
    if (!dir) return;
    const file = findProfile(dir, pid);
    if (!file) {
      view.log(`  no .cpuprofile for pid ${pid} in ${dir}`);
      return;
    }
    for (const [name, range] of phases) {
      const summary = summarizeProfile(file, 15, range);
      profiles[name] = summary;
      view.log(formatProfile(summary, `CPU profile of the server during ${name}`));
    }
  };

  const results: Results = { memory: [], offline: [], cluster: [] };
  const errors: { scenario: string; message: string }[] = [];
  let profile: ProfileSummary | undefined;
  /** Profiles of the other profiled scenarios, by scenario. */
  const profiles: Record<string, ProfileSummary> = {};
  ctx.template = mkdtempSync(join(os.tmpdir(), 'parley-bench-template-'));
  tempDirs.add(ctx.template);
  try {
    const t0 = Date.now();
    await prepareTemplate(ctx.template, (done, total) => view.update('prepare', 'users', done, total));
    view.log(`prepared ${TOTAL_USERS} users with login tokens in ${Date.now() - t0} ms`);

    const attempt = async (label: string, fn: () => Promise<void>): Promise<void> => {
      try {
        await fn();
        view.log(`done ${label}`);
      } catch (err) {
        view.end();
        const message = err instanceof Error ? err.message : String(err);
        errors.push({ scenario: label, message });
        view.log(`FAILED ${label}: ${message}`);
      }
    };

    if (cli.only.includes('throughput')) {
      await attempt('throughput', async () => {
        const dir = profileDir();
        const r = await scenario<ThroughputResult>(
          ctx,
          'throughput',
          {
            kind: 'throughput',
            pairs: PAIRS,
            inflight: INFLIGHT_PER_PAIR,
            warmupMs: plan.warmupMs,
            measureMs: plan.measureMs,
            drainMs: DRAIN_MS,
            contentBytes: CONTENT_BYTES,
          },
          { fds: PAIRS * 2 + 512, profileDir: dir },
        );
        results.throughput = r;
        view.log(
          `  ${fmtInt(r.ackedPerSec)} acked/s, ${fmtInt(r.deliveredPerSec)} delivered/s; sent == received: ` +
            `${r.sentEqualsReceived ? 'holds' : 'DOES NOT HOLD'}; CPU server ${r.cpu.server} / load ${r.cpu.load}; ` +
            `server thread running ${r.cpu.serverThread.running} %, idle ${r.cpu.serverThread.sleeping} %, ` +
            `in disk wait ${r.cpu.serverThread.disk} %; ${fmtInt(r.cpu.serverDiskWritesPerSec / 1048576)} MiB/s written`,
        );
        if (r.cpu.verdict === 'generator-bound') {
          view.log(
            '  WARNING: the load generator saturated its core before the server: the figure is a lower bound',
          );
        }
        profile = profileOf(dir, r.server.pid);
      });
    }

    if (cli.only.includes('latency')) {
      await attempt('latency', async () => {
        const maxRate = results.throughput?.ackedPerSec;
        const r = await scenario<LatencyResult>(
          ctx,
          'latency',
          {
            kind: 'latency',
            pairs: PAIRS,
            ...(maxRate ? { maxRate } : {}),
            calibrate: { inflight: INFLIGHT_PER_PAIR, warmupMs: plan.warmupMs, measureMs: plan.measureMs },
            points: [
              ...plan.latencySweep.map((fraction) => ({
                fraction,
                warmupMs: plan.latencyWarmupMs,
                measureMs: plan.sweepMeasureMs,
              })),
              {
                fraction: LATENCY_FRACTION,
                warmupMs: plan.latencyWarmupMs,
                measureMs: plan.latencyMeasureMs,
              },
            ],
            headlineFraction: LATENCY_FRACTION,
            drainMs: DRAIN_MS,
            contentBytes: CONTENT_BYTES,
            maxInflight: 100_000,
          },
          { fds: PAIRS * 2 + 512 },
        );
        results.latency = r;
        for (const p of r.points) {
          view.log(
            `  ${Math.round(p.fraction * 100)} % = ${fmtInt(p.offeredPerSec)} msgs/s offered: p50 ${fmtMs(p.latency.p50Ms)}, ` +
              `p99 ${fmtMs(p.latency.p99Ms)}, p999 ${fmtMs(p.latency.p999Ms)}; server CPU ${p.cpu.server}, ` +
              `lost ${p.lost}, skipped ${p.skipped}, backlog ${p.backlog}`,
          );
        }
      });
    }

    if (cli.only.includes('memory')) {
      for (const n of plan.memorySizes) {
        const label = `memory-${sizeLabel(n)}`;
        await attempt(label, async () => {
          const r = await scenario<MemoryResult>(
            ctx,
            label,
            {
              kind: 'memory',
              connections: n,
              warmupConnections: WARMUP_USERS,
              settleMs: plan.settleMs,
              loginConcurrency: 64,
            },
            { fds: n + WARMUP_USERS + 512 },
          );
          results.memory.push(r);
          view.log(
            `  ${n} connections: RSS ${(r.rssBefore / 1048576).toFixed(1)} -> ${(r.rssAfter / 1048576).toFixed(1)} MiB, ` +
              `${(r.bytesPerConnection / 1024).toFixed(1)} KiB each (marginal ${(r.marginalBytesPerConnection / 1024).toFixed(1)} KiB, ` +
              `heap ${((r.heapBytesPerConnection ?? Number.NaN) / 1024).toFixed(1)} KiB); ${fmtInt(r.loginsPerSec)} logins/s`,
          );
        });
      }
    }

    if (cli.only.includes('offline')) {
      for (const n of plan.offlineSizes) {
        const label = `offline-${sizeLabel(n)}`;
        await attempt(label, async () => {
          const r = await scenario<OfflineResult>(
            ctx,
            label,
            { kind: 'offline', messages: n, window: 256, pageSize: 1000, contentBytes: CONTENT_BYTES },
            { fds: 512 },
          );
          results.offline.push(r);
          view.log(
            `  ${n} offline msgs: login ${fmtMs(r.loginMs)}, login+sync ${fmtMs(r.totalMs)} in ${r.pages} pages` +
              `${r.complete ? '' : ' INCOMPLETE'}; filled at ${fmtInt(r.fillPerSec)} msgs/s`,
          );
        });
      }
    }

    if (cli.only.includes('group')) {
      await attempt('group', async () => {
        const template = mkdtempSync(join(os.tmpdir(), 'parley-bench-template-group-'));
        tempDirs.add(template);
        try {
          const t1 = Date.now();
          view.update('prepare', 'groups', 0, 1);
          await deriveTemplate(ctx.template, template, (store) => prepareGroups(store, plan.groupSizes));
          view.log(`prepared groups of ${plan.groupSizes.join(', ')} members in ${Date.now() - t1} ms`);
          const maxMembers = Math.max(...plan.groupSizes);
          const dir = profileDir();
          const r = await scenario<GroupResult>(
            ctx,
            'group',
            {
              kind: 'group',
              groups: plan.groupSizes.map((members) => ({
                groupId: benchGroupId(members),
                members,
                sequential: plan.groupSequential,
                burst: modeOf(members) === 'write' ? plan.groupBurstWrite : plan.groupBurstRead,
              })),
              burstWindow: GROUP_BURST_WINDOW,
              messageTimeoutMs: GROUP_MESSAGE_TIMEOUT_MS,
              phaseTimeoutMs: GROUP_PHASE_TIMEOUT_MS,
              settleMs: GROUP_SETTLE_MS,
              contentBytes: CONTENT_BYTES,
              loginConcurrency: 64,
            },
            { fds: maxMembers + 512, template, profileDir: dir },
          );
          results.group = r;
          view.log(`  ${fmtInt(r.connections)} members online (${fmtInt(r.loginsPerSec)} logins/s)`);
          const others = Object.entries(r.otherPushes).map(([k, v]) => `${v} ${k}`);
          if (r.disconnects > 0 || r.sendErrors > 0 || r.strayPushes > 0 || others.length > 0) {
            view.log(
              `  WARNING: ${r.disconnects} disconnects, ${r.sendErrors} refused sends ${JSON.stringify(r.errorSamples)}, ` +
                `${r.strayPushes} unknown MSG/PUSH, other pushes: ${others.join(', ') || 'none'}`,
            );
          }
          for (const g of r.groups) {
            const s = g.sequential;
            const b = g.burst;
            view.log(
              `  ${g.members} members, ${g.observedMode} diffusion (expected ${g.expectedMode}): send->last member ` +
                `p50 ${fmtMs(s.lastMember.p50Ms)}, max ${fmtMs(s.lastMember.maxMs)} over ${s.complete}/${s.sent} msgs; ` +
                `${fmtInt(s.deliveriesPerSec)} deliveries/s one at a time` +
                (b
                  ? `, ${fmtInt(b.deliveriesPerSec)}/s in a burst of ${b.sent} (server CPU ${b.cpu.server}, load ${b.cpu.load})`
                  : '') +
                `; exactly once: ${g.delivery.exactlyOnce ? 'holds' : 'DOES NOT HOLD'}`,
            );
            for (const [name, phase] of [['one at a time', s] as const, ['burst', b] as const]) {
              const warning = ctx.pin && phase ? contention(phase) : undefined;
              if (warning) view.log(`  WARNING (${g.members} members, ${name}): ${warning}`);
            }
          }
          phaseProfiles(
            dir,
            r.server.pid,
            r.groups.flatMap((g) => {
              const at = `group @${sizeLabel(g.members)}`;
              const out: [string, TimeRange][] = [[`${at} one at a time`, g.sequential.mono]];
              if (g.burst) out.push([`${at} burst`, g.burst.mono]);
              return out;
            }),
          );
        } finally {
          rmSync(template, { recursive: true, force: true });
          tempDirs.delete(template);
        }
      });
    }

    if (cli.only.includes('conversations')) {
      await attempt('conversations', async () => {
        const template = mkdtempSync(join(os.tmpdir(), 'parley-bench-template-conv-'));
        tempDirs.add(template);
        try {
          const t1 = Date.now();
          const convPlan = conversationPlan(plan.conversations);
          await deriveTemplate(ctx.template, template, (store) =>
            prepareConversations(store, convPlan, (done, total) =>
              view.update('prepare', 'conversations', done, total),
            ),
          );
          view.log(
            `prepared ${convPlan.convs.length} conversations (${convPlan.messages} messages) in ${Date.now() - t1} ms`,
          );
          const dir = profileDir();
          const r = await scenario<ConversationsResult>(
            ctx,
            'conversations',
            {
              kind: 'conversations',
              conversations: plan.conversations,
              repeats: plan.conversationRepeats,
              phaseTimeoutMs: CONVERSATIONS_PHASE_TIMEOUT_MS,
            },
            { fds: 512, template, profileDir: dir },
          );
          results.conversations = r;
          view.log(
            `  CONV/LIST of ${r.list.entries} entries (${(r.list.bytes / 1024).toFixed(1)} KiB): first ${fmtMs(r.list.firstMs)}, ` +
              `p50 ${fmtMs(r.list.latency.p50Ms)}, p99 ${fmtMs(r.list.latency.p99Ms)}; CONV/UNREAD p50 ` +
              `${fmtMs(r.unread.latency.p50Ms)}, p99 ${fmtMs(r.unread.latency.p99Ms)}; total_unread ` +
              `${r.listTotals.join('/')} (expected ${r.expectedTotalUnread}); ${r.correct ? 'all checks hold' : 'CHECKS FAILED'}`,
          );
          phaseProfiles(dir, r.server.pid, [
            ['conversations CONV/LIST', r.list.mono],
            ['conversations CONV/UNREAD', r.unread.mono],
          ]);
        } finally {
          rmSync(template, { recursive: true, force: true });
          tempDirs.delete(template);
        }
      });
    }
    if (cli.only.includes('cluster')) {
      const t1 = Date.now();
      for (const kind of CLUSTER_CASES) {
        await attempt(`cluster ${CLUSTER_CASE_LABELS[kind]}`, async () => {
          // A fresh database per cluster case: the recipients' timelines start empty, as in SQLite.
          let backends: ClusterBackends | undefined;
          if (kind !== 'sqlite') {
            const t2 = Date.now();
            backends = await prepareClusterBackends(
              CLUSTER_PAIRS * 2,
              (done, total) => view.update('prepare', 'MariaDB users', done, total),
              kind === 'two-shards' ? 2 : 1,
            );
            const found = backends.processes.map((p) => `${p.name} ${p.pid}`).join(', ');
            view.log(
              `prepared database ${backends.database} (${CLUSTER_PAIRS * 2} users), prefix ${backends.prefix}, ` +
                `in ${Date.now() - t2} ms; backend CPU read from: ${found || 'none found (remote backends?)'}`,
            );
          }
          try {
            const r = await clusterCase(ctx, kind, plan, backends);
            results.cluster.push(r);
            const procs = r.cpu.processes
              .map((p) => `${p.name} ${p.cores.toFixed(2)} (${p.secondsPer1000.toFixed(3)} s/1000)`)
              .join(', ');
            view.log(
              `  ${fmtInt(r.ackedPerSec)} acked/s, ${fmtInt(r.deliveredPerSec)} delivered/s; CPU cores: ${procs}; ` +
                `load ${r.cpu.load.toFixed(2)}; open loop ${fmtInt(r.open.offeredPerSec)} msgs/s: p50 ` +
                `${fmtMs(r.open.latency.p50Ms)}, p99 ${fmtMs(r.open.latency.p99Ms)}, lost ${r.open.lost}; ` +
                `sent == received: ${r.sentEqualsReceived ? 'holds' : 'DOES NOT HOLD'}`,
            );
          } finally {
            if (backends) {
              const b = backends;
              await b.cleanup().then(
                () => view.log(`dropped database ${b.database}, deleted Redis keys ${b.prefix}:*`),
                (err: unknown) => view.log(`cleaning up ${b.database} failed: ${(err as Error).message}`),
              );
            }
          }
        });
      }
      view.log(`cluster scenario took ${Math.round((Date.now() - t1) / 1000)} s`);
    }
    if (cli.only.includes('files')) {
      await attempt('files', async () => {
        // In this process (HTTP over loopback): client and server share the runner's core.
        const f = cli.quick ? { files: 4, fileBytes: 4_000_000 } : { files: 16, fileBytes: 8_000_000 };
        results.files = await runFilesBench(f);
        view.log(
          `  files: upload ${results.files.uploadMBps.toFixed(0)} MB/s, download ${results.files.downloadMBps.toFixed(0)} MB/s ` +
            `(${results.files.parallelDownloadMBps.toFixed(0)} MB/s 4 in parallel)`,
        );
      });
    }
    if (cli.only.includes('api')) {
      await attempt('api', async () => {
        // The server pinned to its core (SQLite, synchronous=FULL); autocannon in this process.
        const dir = mkdtempSync(join(os.tmpdir(), 'parley-bench-api-'));
        tempDirs.add(dir);
        const server = await startServer({
          dataDir: dir,
          logFile: join(dir, 'server.log'),
          cpu: ctx.pin ? SERVER_CPU : undefined,
          settings: { ...SERVER_SETTINGS, 'api.rateLimitPerSec': 1_000_000, 'api.rateLimitBurst': 1_000_000 },
        });
        await server.stop();
        const key = await prepareApiBench(dir);
        const running = await startServer({
          dataDir: dir,
          logFile: join(dir, 'server.log'),
          cpu: ctx.pin ? SERVER_CPU : undefined,
          settings: { ...SERVER_SETTINGS, 'api.rateLimitPerSec': 1_000_000, 'api.rateLimitBurst': 1_000_000 },
        });
        try {
          results.api = await runApiSend({
            apiPort: running.apiPort,
            key,
            connections: 50,
            seconds: cli.quick ? 3 : 10,
            onTick: (done) => view.update('api', 'POST /v1/messages', Math.round(done * 100), 100),
          });
          view.log(
            `  api: ${fmtInt(results.api.requestsPerSec)} sends/s, p50 ${fmtMs(results.api.latencyP50Ms)}, p99 ${fmtMs(results.api.latencyP99Ms)}`,
          );
        } finally {
          await running.stop();
          rmSync(dir, { recursive: true, force: true });
          tempDirs.delete(dir);
        }
      });
    }
  } finally {
    rmSync(ctx.template, { recursive: true, force: true });
    tempDirs.delete(ctx.template);
  }

  const finishedAt = new Date();
  const rows = summaryRows(results);
  console.log('');
  console.log(table(rows));
  for (const e of errors) console.log(`FAILED ${e.scenario}: ${e.message.split('\n')[0]}`);

  const report = {
    schema: 'parley-bench/1',
    startedAt: startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    wallSeconds: Math.round((finishedAt.getTime() - startedAt.getTime()) / 1000),
    mode: cli.quick ? 'quick' : 'full',
    scenarios: cli.only,
    profiled: cli.profile && profiledScenarios.length > 0,
    machine: {
      cpus,
      model: os.cpus()[0]?.model ?? 'unknown',
      memoryBytes: os.totalmem(),
      platform: `${os.platform()} ${os.release()}`,
      node: process.version,
      pinned: pin,
      serverCpu: pin ? SERVER_CPU : null,
      loadCpu: pin ? LOAD_CPU : null,
      tmpdir: os.tmpdir(),
    },
    server: {
      settings: { ...SERVER_SETTINGS, 'store.sqliteSynchronous': 'FULL (default)' },
      users: TOTAL_USERS,
    },
    plan: {
      ...plan,
      pairs: PAIRS,
      inflightPerPair: INFLIGHT_PER_PAIR,
      contentBytes: CONTENT_BYTES,
      groupBurstWindow: GROUP_BURST_WINDOW,
      groupMessageTimeoutMs: GROUP_MESSAGE_TIMEOUT_MS,
    },
    targets: TARGETS,
    summary: rows,
    results,
    errors,
    ...(profile ? { profile } : {}),
    ...(Object.keys(profiles).length > 0 ? { profiles } : {}),
  };
  const dir = join(ROOT, 'bench/results');
  mkdirSync(dir, { recursive: true });
  const stamp = startedAt.toISOString().replace(/[:.]/g, '-');
  const json = `${JSON.stringify(report, null, 2)}\n`;
  writeFileSync(join(dir, `${stamp}.json`), json);
  writeFileSync(join(dir, 'latest.json'), json);
  console.log(`\nresults: bench/results/${stamp}.json (and bench/results/latest.json)`);
  return errors.length > 0 ? 1 : 0;
}

main().then(
  (code) => cleanupAndExit(code),
  (err: unknown) => {
    view.end();
    console.error(err);
    cleanupAndExit(1);
  },
);
