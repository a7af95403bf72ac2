/**
 * Child processes of the bench: the server under test and the load generator, each pinned to its
 * own core with taskset when available. Every child is tracked and killed when the runner exits,
 * whatever the reason.
 */
import { type ChildProcess, execFileSync, type StdioOptions, spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SERVER_MAIN = join(ROOT, 'src/cli/main.ts');

const children = new Set<ChildProcess>();

/** SIGKILLs every child still running (synchronous: usable in an 'exit' handler). */
export function killChildren(): void {
  for (const c of children) {
    if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  }
  children.clear();
}
process.on('exit', killChildren);

let tasksetKnown: boolean | undefined;
export function hasTaskset(): boolean {
  if (tasksetKnown === undefined) {
    try {
      execFileSync('taskset', ['-p', String(process.pid)], { stdio: 'ignore' });
      tasksetKnown = true;
    } catch {
      tasksetKnown = false;
    }
  }
  return tasksetKnown;
}

/** Pins every thread of this process to `cpu` (keeps the runner off the server's core). */
export function pinSelf(cpu: number): boolean {
  try {
    execFileSync('taskset', ['-a', '-p', '-c', String(cpu), String(process.pid)], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export function clockTicks(): number {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
  } catch {
    return 100;
  }
}

/** Soft and hard limits on open files of this process (inherited by children). */
export function openFileLimits(): { soft: number; hard: number } {
  try {
    const m = /^Max open files\s+(\S+)\s+(\S+)/m.exec(readFileSync('/proc/self/limits', 'utf8'));
    const num = (s: string | undefined): number => (s === 'unlimited' ? Number.MAX_SAFE_INTEGER : Number(s));
    if (m) return { soft: num(m[1]), hard: num(m[2]) };
  } catch {
    // not Linux
  }
  return { soft: 1024, hard: 1024 };
}

/**
 * The `ulimit -n` a child needing `need` descriptors must be started with, or undefined when
 * the inherited limit suffices. Throws when even the hard limit is too low.
 */
export function nofileFor(need: number): number | undefined {
  const { soft, hard } = openFileLimits();
  if (soft >= need) return undefined;
  if (hard < need) {
    throw new Error(`need ${need} open files but the hard limit is ${hard}; raise it (ulimit -Hn) first`);
  }
  return Math.min(hard, Math.max(need, 65_536));
}

export interface LaunchOptions {
  /** Core to pin to (taskset -c); undefined runs unpinned. */
  cpu?: number;
  /** ulimit -n for the child. */
  nofile?: number;
  stdio: StdioOptions;
}

/**
 * Starts `node <args>` in the repository root, through `bash -c 'ulimit -n N; exec ...'` and
 * `taskset -c CPU` as asked. Both exec, so the child's pid is node's pid.
 */
export function launchNode(args: readonly string[], opts: LaunchOptions): ChildProcess {
  let cmd = process.execPath;
  let argv = [...args];
  if (opts.cpu !== undefined) {
    argv = ['-c', String(opts.cpu), cmd, ...argv];
    cmd = 'taskset';
  }
  if (opts.nofile !== undefined) {
    argv = ['-c', `ulimit -n ${opts.nofile} && exec "$@"`, 'bash', cmd, ...argv];
    cmd = 'bash';
  }
  const child = spawn(cmd, argv, { cwd: ROOT, stdio: opts.stdio, env: process.env });
  children.add(child);
  child.on('exit', () => children.delete(child));
  return child;
}

/** Exit code or signal name once the process has ended. */
export function exitOf(child: ChildProcess): Promise<number | string> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve(child.exitCode ?? child.signalCode ?? 'unknown');
  }
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')));
}

/** SIGTERM, then SIGKILL after `graceMs`. Resolves when the process is gone. */
export async function terminate(child: ChildProcess, graceMs: number): Promise<number | string> {
  const exited = exitOf(child);
  if (child.exitCode !== null || child.signalCode !== null) return exited;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  const code = await exited;
  clearTimeout(timer);
  return code;
}

/** `n` distinct ports that were free on 127.0.0.1 a moment ago. */
export async function freePorts(n: number): Promise<number[]> {
  const servers: net.Server[] = [];
  try {
    const ports: number[] = [];
    for (let i = 0; i < n; i++) {
      const s = net.createServer();
      servers.push(s);
      await new Promise<void>((resolve, reject) => {
        s.once('error', reject);
        s.listen(0, '127.0.0.1', () => resolve());
      });
      ports.push((s.address() as net.AddressInfo).port);
    }
    return ports;
  } finally {
    await Promise.all(servers.map((s) => new Promise<void>((r) => s.close(() => r()))));
  }
}

function healthy(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port, path: '/healthz', timeout: 1000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => {
      req.destroy();
      resolve(false);
    });
  });
}

export interface ServerOptions {
  dataDir: string;
  logFile: string;
  cpu?: number;
  nofile?: number;
  /** Write a V8 CPU profile into this directory when the server exits. */
  profileDir?: string;
  /** Extra settings, as for `--set key=value`. */
  settings: Record<string, string | number>;
}

export interface ServerHandle {
  readonly pid: number;
  readonly tcpPort: number;
  readonly httpPort: number;
  /** Port of the REST API. */
  readonly apiPort: number;
  readonly args: readonly string[];
  /** Graceful stop (SIGTERM, SIGKILL after 20 s); resolves with the exit code or signal. */
  stop(): Promise<number | string>;
  /** Set when the server died by itself. */
  readonly exited: Promise<number | string>;
}

/** Starts `parley start` on free loopback ports and waits until /healthz answers 200. */
export async function startServer(opts: ServerOptions): Promise<ServerHandle> {
  const [tcpPort, wsPort, httpPort, apiPort] = (await freePorts(4)) as [number, number, number, number];
  const settings: Record<string, string | number> = {
    host: '127.0.0.1',
    'gate.tcpPort': tcpPort,
    'gate.wsPort': wsPort,
    'http.port': httpPort,
    'api.port': apiPort,
    'log.level': 'warn',
    ...opts.settings,
  };
  const args = [
    // The same V8 setting as `npm start`: a larger young generation, fewer scavenges (+8 % measured).
    '--max-semi-space-size=32',
    '--import',
    'tsx',
    ...(opts.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${opts.profileDir}`] : []),
    SERVER_MAIN,
    'start',
    '--data-dir',
    opts.dataDir,
    ...Object.entries(settings).flatMap(([k, v]) => ['--set', `${k}=${v}`]),
  ];
  const log = openSync(opts.logFile, 'a');
  let child: ChildProcess;
  try {
    child = launchNode(args, { cpu: opts.cpu, nofile: opts.nofile, stdio: ['ignore', log, log] });
  } finally {
    closeSync(log);
  }
  const exited = exitOf(child);
  let dead: number | string | undefined;
  void exited.then((code) => {
    dead = code;
  });
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (dead !== undefined) throw new Error(`server exited during start-up (${dead}); see ${opts.logFile}`);
    if (await healthy(httpPort)) break;
    if (Date.now() > deadline) {
      await terminate(child, 2000);
      throw new Error(`server not healthy within 60 s; see ${opts.logFile}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  if (child.pid === undefined) throw new Error('server has no pid');
  return {
    pid: child.pid,
    tcpPort,
    httpPort,
    apiPort,
    args,
    exited,
    stop: () => terminate(child, 20_000),
  };
}
