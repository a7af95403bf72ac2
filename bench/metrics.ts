/**
 * Reads the server's own Prometheus metrics (GET /metrics on the ops port) and condenses the
 * ones that explain a bench figure: group-commit batch sizes and durations, heap, event-loop lag.
 * Counters cover the server's whole life (login and warm-up included).
 */
import http from 'node:http';
import { round } from './stats.ts';

export interface ServerMetrics {
  messagesIn: number;
  pushesOut: number;
  /** Group-commit transactions and their mean size and duration. */
  commits: number;
  meanBatch: number;
  meanCommitMs: number;
  /** Seconds spent inside commits, summed. */
  commitSeconds: number;
  /** Server-side send → durable ack, mean. */
  meanAckMs: number;
  /** Requests answered OK, by command name. */
  requestsOk: Record<string, number>;
  /** Requests refused, by "command status". */
  requestsFailed: Record<string, number>;
  heapUsedBytes: number;
  heapTotalBytes: number;
  externalBytes: number;
  residentBytes: number;
  eventLoopLagP99Ms: number;
}

function get(port: number, path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, path, timeout: 5000 }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => {
        body += c;
      });
      res.on('end', () =>
        res.statusCode === 200 ? resolve(body) : reject(new Error(`GET ${path}: ${res.statusCode}`)),
      );
    });
    req.on('error', reject);
    req.on('timeout', () => req.destroy(new Error(`GET ${path} timed out`)));
  });
}

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

function parse(text: string): Sample[] {
  const out: Sample[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const m = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})?\s+(\S+)/.exec(line);
    if (!m) continue;
    const labels: Record<string, string> = {};
    for (const l of (m[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)) labels[l[1]!] = l[2]!;
    out.push({ name: m[1]!, labels, value: Number(m[3]) });
  }
  return out;
}

export async function scrapeMetrics(httpPort: number): Promise<ServerMetrics> {
  const samples = parse(await get(httpPort, '/metrics'));
  const sum = (name: string): number =>
    samples.filter((s) => s.name === name).reduce((a, s) => a + s.value, 0);
  const ratio = (a: number, b: number): number => (b > 0 ? a / b : 0);
  const requestsOk: Record<string, number> = {};
  const requestsFailed: Record<string, number> = {};
  for (const s of samples) {
    if (s.name !== 'parley_requests_total') continue;
    const cmd = s.labels.command ?? '?';
    if (s.labels.status === 'OK') requestsOk[cmd] = (requestsOk[cmd] ?? 0) + s.value;
    else requestsFailed[`${cmd} ${s.labels.status}`] = s.value;
  }
  const commits = sum('parley_store_batch_size_count');
  return {
    messagesIn: sum('parley_messages_in_total'),
    pushesOut: sum('parley_messages_out_total'),
    commits,
    meanBatch: round(ratio(sum('parley_store_batch_size_sum'), commits), 1),
    meanCommitMs: round(
      ratio(sum('parley_store_commit_seconds_sum'), sum('parley_store_commit_seconds_count')) * 1000,
      3,
    ),
    commitSeconds: round(sum('parley_store_commit_seconds_sum'), 3),
    meanAckMs: round(
      ratio(sum('parley_ack_latency_seconds_sum'), sum('parley_ack_latency_seconds_count')) * 1000,
      3,
    ),
    requestsOk,
    requestsFailed,
    heapUsedBytes: sum('parley_nodejs_heap_size_used_bytes'),
    heapTotalBytes: sum('parley_nodejs_heap_size_total_bytes'),
    externalBytes: sum('parley_nodejs_external_memory_bytes'),
    residentBytes: sum('parley_process_resident_memory_bytes'),
    eventLoopLagP99Ms: round(sum('parley_nodejs_eventloop_lag_p99_seconds') * 1000, 2),
  };
}
