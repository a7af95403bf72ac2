/**
 * Summarises a V8 .cpuprofile (written by `node --cpu-prof`): self time per function and per
 * module, from the sampling hit counts.
 *
 *   npx tsx bench/profile.ts /tmp/parley-prof/CPU.....cpuprofile [top]
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { ROOT } from './procs.ts';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  hitCount?: number;
}

interface CpuProfile {
  nodes: ProfileNode[];
  /** µs of CLOCK_MONOTONIC (the clock of process.hrtime on Linux). */
  startTime: number;
  endTime: number;
  samples?: number[];
  /** µs since the previous sample (the first: since startTime). */
  timeDeltas?: number[];
}

/** A stretch of CLOCK_MONOTONIC in µs, e.g. from process.hrtime.bigint() / 1000n. */
export interface TimeRange {
  fromUs: number;
  toUs: number;
}

export interface ProfileEntry {
  name: string;
  selfMs: number;
  /** Share of the non-idle samples. */
  pct: number;
}

export interface ProfileSummary {
  file: string;
  /** Only samples in this range were counted (whole profile when absent). */
  range?: TimeRange;
  durationMs: number;
  samples: number;
  /** Share of all samples spent idle (waiting in the event loop). */
  idlePct: number;
  functions: ProfileEntry[];
  modules: ProfileEntry[];
}

const ROOT_URL = pathToFileURL(ROOT).href;

function shortUrl(url: string): string {
  if (url.startsWith(ROOT_URL)) return url.slice(ROOT_URL.length);
  return url;
}

/** Which package or source area a function belongs to. */
function moduleOf(f: CallFrame): string {
  const url = shortUrl(f.url);
  if (url === '') return f.functionName.startsWith('(') ? f.functionName : '(native)';
  if (url.startsWith('node:')) return 'node: (core)';
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + 'node_modules/'.length).split('/');
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1]}` : (rest[0] ?? url);
  }
  const parts = url.split('/');
  return parts.length > 2 ? parts.slice(0, -1).join('/') : url;
}

function top(map: Map<string, number>, perHit: number, base: number, n: number): ProfileEntry[] {
  return [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, hits]) => ({
      name,
      selfMs: Math.round(hits * perHit * 10) / 10,
      pct: Math.round((hits / base) * 1000) / 10,
    }));
}

const profiles = new Map<string, CpuProfile>();

/**
 * Self time per function and module, over the whole profile or only the samples taken within
 * `range` (needs per-sample times, which `node --cpu-prof` writes).
 */
export function summarizeProfile(file: string, n = 25, range?: TimeRange): ProfileSummary {
  let p = profiles.get(file);
  if (!p) {
    p = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
    // Several ranges of one profile are usually asked for in a row.
    profiles.clear();
    profiles.set(file, p);
  }
  const hitsOf = new Map<number, number>();
  if (range && p.samples && p.timeDeltas && p.timeDeltas.length === p.samples.length) {
    let t = p.startTime;
    for (let i = 0; i < p.samples.length; i++) {
      t += p.timeDeltas[i]!;
      if (t < range.fromUs) continue;
      if (t > range.toUs) break;
      const id = p.samples[i]!;
      hitsOf.set(id, (hitsOf.get(id) ?? 0) + 1);
    }
  } else if (range) {
    throw new Error(`${file} has no per-sample times: cannot summarize a time range`);
  } else if (p.samples && p.samples.length > 0) {
    for (const id of p.samples) hitsOf.set(id, (hitsOf.get(id) ?? 0) + 1);
  } else {
    for (const node of p.nodes) hitsOf.set(node.id, node.hitCount ?? 0);
  }
  let total = 0;
  let idle = 0;
  const byFunction = new Map<string, number>();
  const byModule = new Map<string, number>();
  for (const node of p.nodes) {
    const hits = hitsOf.get(node.id) ?? 0;
    if (hits === 0) continue;
    total += hits;
    const f = node.callFrame;
    if (f.functionName === '(idle)') {
      idle += hits;
      continue;
    }
    const where = f.url ? ` ${shortUrl(f.url)}:${f.lineNumber + 1}` : '';
    const name = `${f.functionName || '(anonymous)'}${where}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + hits);
    const mod = moduleOf(f);
    byModule.set(mod, (byModule.get(mod) ?? 0) + hits);
  }
  const durationMs = range
    ? (Math.min(range.toUs, p.endTime) - Math.max(range.fromUs, p.startTime)) / 1000
    : (p.endTime - p.startTime) / 1000;
  const perHit = total > 0 ? durationMs / total : 0;
  const busy = Math.max(1, total - idle);
  return {
    file,
    ...(range ? { range } : {}),
    durationMs: Math.round(durationMs),
    samples: total,
    idlePct: total > 0 ? Math.round((idle / total) * 1000) / 10 : 0,
    functions: top(byFunction, perHit, busy, n),
    modules: top(byModule, perHit, busy, n),
  };
}

export function formatProfile(s: ProfileSummary, title = `CPU profile ${s.file}`): string {
  const lines = [
    title,
    `  ${s.durationMs} ms, ${s.samples} samples, ${s.idlePct}% idle; shares below are of the busy samples`,
    '  top self time by function:',
    ...s.functions.map(
      (e) => `    ${e.pct.toFixed(1).padStart(5)}%  ${String(e.selfMs).padStart(9)} ms  ${e.name}`,
    ),
    '  self time by module:',
    ...s.modules.map(
      (e) => `    ${e.pct.toFixed(1).padStart(5)}%  ${String(e.selfMs).padStart(9)} ms  ${e.name}`,
    ),
  ];
  return lines.join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: tsx bench/profile.ts <file.cpuprofile> [top]');
    process.exit(2);
  }
  console.log(formatProfile(summarizeProfile(file, Number(process.argv[3]) || 25)));
}
