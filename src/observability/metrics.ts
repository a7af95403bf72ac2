import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';

/**
 * Every Prometheus metric of one Parley node. One registry per node so that several nodes in
 * one process (tests) never share counters.
 */
export class Metrics {
  readonly registry = new Registry();
  readonly connections = new Gauge({
    name: 'parley_connections',
    help: 'Open client connections',
    labelNames: ['transport'] as const,
    registers: [this.registry],
  });
  readonly sessions = new Gauge({
    name: 'parley_sessions',
    help: 'Logged-in sessions on this gate',
    registers: [this.registry],
  });
  readonly logins = new Counter({
    name: 'parley_logins_total',
    help: 'Login attempts by result',
    labelNames: ['result'] as const,
    registers: [this.registry],
  });
  readonly kicks = new Counter({
    name: 'parley_kicks_total',
    help: 'Sessions ended by a newer login',
    registers: [this.registry],
  });
  readonly messagesIn = new Counter({
    name: 'parley_messages_in_total',
    help: 'Messages accepted and stored (duplicates excluded)',
    registers: [this.registry],
  });
  readonly pushes = new Counter({
    name: 'parley_pushes_total',
    help: 'Push notifications handed to providers, by provider and result (sent, invalid-token, retry, failed)',
    labelNames: ['provider', 'result'],
    registers: [this.registry],
  });
  readonly messagesOut = new Counter({
    name: 'parley_messages_out_total',
    help: 'Message pushes written to client connections',
    registers: [this.registry],
  });
  readonly requests = new Counter({
    name: 'parley_requests_total',
    help: 'Client requests by command and status code name',
    labelNames: ['command', 'status'] as const,
    registers: [this.registry],
  });
  readonly ackLatency = new Histogram({
    name: 'parley_ack_latency_seconds',
    help: 'Time from a send request arriving to its durable ack',
    buckets: [0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [this.registry],
  });
  readonly batchSize = new Histogram({
    name: 'parley_store_batch_size',
    help: 'Messages per group-commit transaction',
    buckets: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000],
    registers: [this.registry],
  });
  readonly commitSeconds = new Histogram({
    name: 'parley_store_commit_seconds',
    help: 'Duration of one group-commit transaction',
    buckets: [0.0002, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.5],
    registers: [this.registry],
  });
  readonly protocolErrors = new Counter({
    name: 'parley_protocol_errors_total',
    help: 'Refused frames by status code name',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });

  constructor(defaultLabels: Record<string, string> = {}, processMetrics = true) {
    this.registry.setDefaultLabels(defaultLabels);
    if (processMetrics) collectDefaultMetrics({ register: this.registry, prefix: 'parley_' });
  }
}

/**
 * Sum of a counter's values, over the label sets matching `labels` (all when omitted): read from
 * the counter itself, without rendering the registry.
 */
export async function counterTotal(c: Counter<string>, labels: Record<string, string> = {}): Promise<number> {
  const { values } = await c.get();
  let n = 0;
  for (const v of values) {
    const l = v.labels as Record<string, unknown>;
    if (Object.entries(labels).every(([k, want]) => l[k] === want)) n += v.value;
  }
  return n;
}
