/** Sample recording, percentiles and /proc readers shared by the runner and the load generator. */
import { readFileSync } from 'node:fs';

/** Latency samples in ms, in a growable Float64Array with a hard cap. */
export class Samples {
  private data = new Float64Array(1 << 16);
  private n = 0;
  /** Samples not kept because the cap was reached. */
  dropped = 0;

  constructor(private readonly cap = 20_000_000) {}

  get count(): number {
    return this.n;
  }

  clear(): void {
    this.n = 0;
    this.dropped = 0;
  }

  add(v: number): void {
    if (this.n === this.data.length) {
      if (this.n >= this.cap) {
        this.dropped++;
        return;
      }
      const grown = new Float64Array(Math.min(this.cap, this.data.length * 2));
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.n++] = v;
  }

  summary(): LatencySummary {
    const s = this.data.slice(0, this.n).sort();
    const at = (q: number): number =>
      s.length === 0 ? Number.NaN : s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
    let sum = 0;
    for (const v of s) sum += v;
    return {
      count: s.length,
      minMs: round(s[0] ?? Number.NaN),
      meanMs: round(s.length ? sum / s.length : Number.NaN),
      p50Ms: round(at(0.5)),
      p90Ms: round(at(0.9)),
      p99Ms: round(at(0.99)),
      p999Ms: round(at(0.999)),
      maxMs: round(s[s.length - 1] ?? Number.NaN),
    };
  }
}

export interface LatencySummary {
  count: number;
  minMs: number;
  meanMs: number;
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  p999Ms: number;
  maxMs: number;
}

export function round(v: number, digits = 3): number {
  if (!Number.isFinite(v)) return v;
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}

/** VmRSS of a process in bytes, from /proc/<pid>/status. */
export function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
  if (!m) throw new Error(`no VmRSS for pid ${pid}`);
  return Number(m[1]) * 1024;
}

/** utime + stime of a process in clock ticks, from /proc/<pid>/stat. */
export function cpuTicksOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may contain spaces) start at field 3 (state).
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

/** CPU seconds used by this process so far (user + system). */
export function ownCpuSeconds(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

/** Bytes a process caused to be written to storage so far (/proc/<pid>/io write_bytes); 0 if unknown. */
export function diskWriteBytesOf(pid: number): number {
  try {
    const m = /^write_bytes:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/io`, 'utf8'));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/**
 * Samples the scheduler state of a process's main thread: Running, Sleeping (waiting for
 * events: idle), or Disk sleep (blocked in I/O such as fsync). Tells a server that waits for
 * its disk from one that waits for work.
 */
export class ThreadStateSampler {
  private counts = { running: 0, sleeping: 0, disk: 0, other: 0 };
  private timer: NodeJS.Timeout | undefined;

  constructor(
    private readonly pid: number,
    private readonly everyMs = 5,
  ) {}

  start(): void {
    clearInterval(this.timer);
    this.counts = { running: 0, sleeping: 0, disk: 0, other: 0 };
    const file = `/proc/${this.pid}/task/${this.pid}/stat`;
    this.timer = setInterval(() => {
      let state = '?';
      try {
        const stat = readFileSync(file, 'utf8');
        state = stat.charAt(stat.lastIndexOf(')') + 2);
      } catch {
        // process gone
      }
      if (state === 'R') this.counts.running++;
      else if (state === 'S') this.counts.sleeping++;
      else if (state === 'D') this.counts.disk++;
      else this.counts.other++;
    }, this.everyMs);
  }

  /** Shares of the samples since start(), in percent. */
  stop(): ThreadStates {
    clearInterval(this.timer);
    const c = this.counts;
    const n = c.running + c.sleeping + c.disk + c.other || 1;
    const pct = (v: number): number => round((v / n) * 100, 1);
    return {
      samples: n,
      running: pct(c.running),
      sleeping: pct(c.sleeping),
      disk: pct(c.disk),
      other: pct(c.other),
    };
  }
}

export interface ThreadStates {
  samples: number;
  /** % of samples running or runnable. */
  running: number;
  /** % interruptible sleep: the event loop waiting for work. */
  sleeping: number;
  /** % uninterruptible sleep: blocked on the disk (fsync, page writeback). */
  disk: number;
  other: number;
}

/** Cumulative time of one core by kind, in clock ticks (a line of /proc/stat). */
export interface CoreTicks {
  user: number;
  system: number;
  softirq: number;
  /** irq + steal + guest time. */
  other: number;
  iowait: number;
  idle: number;
}

/** Ticks of every core so far, by core number; empty when /proc/stat cannot be read. */
export function coreTicks(): CoreTicks[] {
  const out: CoreTicks[] = [];
  try {
    for (const line of readFileSync('/proc/stat', 'utf8').split('\n')) {
      const m = /^cpu(\d+)\s+(.*)$/.exec(line);
      if (!m) continue;
      const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = m[2]!
        .trim()
        .split(/\s+/)
        .map(Number);
      out[Number(m[1])] = { user: user + nice, system, softirq, other: irq + steal, iowait, idle };
    }
  } catch {
    // not Linux
  }
  return out;
}

/** How each core spent the time between two coreTicks() samples, in % of that time. */
export function coreShares(a: readonly CoreTicks[], b: readonly CoreTicks[]): Record<string, CoreTicks> {
  const out: Record<string, CoreTicks> = {};
  b.forEach((y, i) => {
    const x = a[i];
    if (!x) return;
    const d = {
      user: y.user - x.user,
      system: y.system - x.system,
      softirq: y.softirq - x.softirq,
      other: y.other - x.other,
      iowait: y.iowait - x.iowait,
      idle: y.idle - x.idle,
    };
    const total = d.user + d.system + d.softirq + d.other + d.iowait + d.idle || 1;
    const pct = (v: number): number => round((v / total) * 100, 1);
    out[`cpu${i}`] = {
      user: pct(d.user),
      system: pct(d.system),
      softirq: pct(d.softirq),
      other: pct(d.other),
      iowait: pct(d.iowait),
      idle: pct(d.idle),
    };
  });
  return out;
}
