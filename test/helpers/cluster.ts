/**
 * A Parley cluster for end-to-end tests: gate+logic node processes (`parley start --roles
 * gate,logic`, see child-server.ts) sharing a store sharded over two fresh MariaDB databases,
 * Redis presence under a unique key prefix and a NATS bus
 * under a unique subject prefix; optionally a dispatch-only node.
 *
 * `startCluster` is a plain async function (no vitest hooks), so a suite can start one in its
 * beforeAll and a test can start another with different settings. `stop()` ends the processes,
 * drops the databases and deletes the Redis keys.
 */
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { type ChildServer, startChildServer } from './child-server.ts';
import { MYSQL_URI, MysqlAdmin } from './mysql.ts';
import { REDIS_URL } from './redis.ts';
import { type Overrides, TEST_OVERRIDES, tempDir } from './server.ts';

export const NATS_URL = process.env.PARLEY_TEST_NATS_URL ?? 'nats://127.0.0.1:4222';

export interface ClusterOptions {
  /** gate+logic nodes (node ids 1..nodes); 2 by default. */
  nodes?: number;
  /** Settings of every node, on top of TEST_OVERRIDES and the engine settings. */
  overrides?: Overrides;
  /** Also starts a dispatch-only node (node id nodes+1), sharing the gate registry. */
  dispatch?: boolean;
}

export interface Cluster {
  /** The gate+logic nodes, in node id order (replaced by `up()`). */
  readonly nodes: readonly ChildServer[];
  /** The dispatch-only node, when asked for. */
  readonly dispatch: ChildServer | undefined;
  /** The store's databases (two: one per shard). */
  readonly databases: readonly string[];
  /** Prefix of the cluster's Redis keys (with `:`) and NATS subjects (with `.`). */
  readonly prefix: string;
  /** Logged-in sessions over every live gate+logic node (their /healthz). */
  sessionCount(): Promise<number>;
  /** Stops every gate+logic node gracefully (SIGTERM), keeping the databases and their ports. */
  down(): Promise<void>;
  /** Starts the gate+logic nodes again, on the ports they had. */
  up(): Promise<void>;
  /** Stops every process (SIGTERM), drops the databases, deletes the Redis keys. */
  stop(): Promise<void>;
}

const set = (key: string, value: string | number | boolean): string[] => ['--set', `${key}=${value}`];

/** `--set` flags of a settings object. */
export function settingArgs(overrides: Overrides): string[] {
  return Object.entries(overrides).flatMap(([k, v]) => (v === undefined ? [] : set(k, v)));
}

/**
 * Store flags for a cluster on `databases` (already created, empty: the nodes migrate them):
 * one database, or two shards split at slot 256, so that common test names such as alice and
 * bob (slots 71 and 320) live on different shards.
 */
export function storeArgs(databases: readonly string[]): string[] {
  const engine = [...set('store.engine', 'mysql'), ...set('store.mysqlUri', MYSQL_URI)];
  if (databases.length === 1) return [...engine, ...set('store.mysqlDatabase', databases[0]!)];
  if (databases.length !== 2) throw new Error('storeArgs: one or two databases');
  return [...engine, ...set('store.mysqlShards', `${databases[0]}:0-255,${databases[1]}:256-1023`)];
}

/** Presence and gate registry flags (every role of the cluster). */
export function routeArgs(nodeId: number, prefix: string): string[] {
  return [
    ...set('nodeId', nodeId),
    ...set('presence.engine', 'redis'),
    ...set('presence.redisUrl', REDIS_URL),
    ...set('presence.redisPrefix', `${prefix}:`),
  ];
}

/** Every flag of a gate+logic node of a cluster on `databases` under `prefix`. */
export function gateLogicArgs(
  nodeId: number,
  databases: readonly string[],
  prefix: string,
  overrides: Overrides = {},
): string[] {
  return [
    '--roles',
    'gate,logic',
    ...routeArgs(nodeId, prefix),
    ...storeArgs(databases),
    ...set('bus.engine', 'nats'),
    ...set('bus.natsServers', NATS_URL),
    ...set('bus.natsPrefix', `${prefix}.`),
    ...settingArgs({ ...TEST_OVERRIDES, ...overrides }),
  ];
}

/** Creates `count` empty databases `parley_t_<random>`. */
async function createDatabases(admin: MysqlAdmin, count: number): Promise<string[]> {
  const names = Array.from({ length: count }, () => `parley_t_${randomBytes(5).toString('hex')}`);
  for (const name of names) await admin.query(`create database \`${name}\` character set utf8mb4`);
  return names;
}

async function deleteRedisKeys(prefix: string): Promise<void> {
  const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, batch] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      cursor = next;
      if (batch.length > 0) await redis.del(...batch);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

/** SIGTERM to a node still running; resolves when it has exited. */
async function terminate(node: ChildServer): Promise<number | string> {
  if (node.proc.exitCode === null && node.proc.signalCode === null) node.proc.kill('SIGTERM');
  return node.exited;
}

async function sessionsOf(node: ChildServer): Promise<number> {
  if (node.proc.exitCode !== null || node.proc.signalCode !== null) return 0;
  const res = await fetch(`http://127.0.0.1:${node.httpPort}/healthz`);
  const body = (await res.json()) as { sessions?: number };
  return body.sessions ?? 0;
}

/** Starts a cluster (see the file comment); on a failed start, what was started is removed. */
export async function startCluster(opts: ClusterOptions = {}): Promise<Cluster> {
  const count = opts.nodes ?? 2;
  const overrides = opts.overrides ?? {};
  const prefix = `pc${randomBytes(4).toString('hex')}`;
  const admin = await MysqlAdmin.connect();
  const dirs = Array.from({ length: count + (opts.dispatch ? 1 : 0) }, () => tempDir('parley-cluster-'));
  let nodes: ChildServer[] = [];
  let dispatch: ChildServer | undefined;
  let databases: string[] = [];

  // Concurrent starts migrate the empty databases once: the database serialises migrations.
  const startNodes = async (ports: Overrides[]): Promise<ChildServer[]> => {
    const started = await Promise.allSettled(
      ports.map((p, i) =>
        startChildServer(dirs[i]!.dir, [
          ...gateLogicArgs(i + 1, databases, prefix, overrides),
          ...settingArgs(p),
        ]),
      ),
    );
    const ok = started.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    const failed = started.find((r) => r.status === 'rejected');
    if (failed === undefined) return ok;
    await Promise.all(ok.map(terminate));
    throw failed.reason;
  };

  const cluster: Cluster = {
    get nodes() {
      return nodes;
    },
    get dispatch() {
      return dispatch;
    },
    get databases() {
      return databases;
    },
    prefix,
    async sessionCount() {
      const each = await Promise.all(nodes.map(sessionsOf));
      return each.reduce((a, b) => a + b, 0);
    },
    async down() {
      await Promise.all(nodes.map(terminate));
    },
    async up() {
      if (nodes.some((n) => n.proc.exitCode === null && n.proc.signalCode === null))
        throw new Error('cluster.up(): nodes are still running; call down() first');
      nodes = await startNodes(
        nodes.map((n) => ({
          'gate.tcpPort': n.tcpPort,
          'gate.wsPort': n.wsPort,
          'http.port': n.httpPort,
          'api.port': n.apiPort,
        })),
      );
    },
    async stop() {
      await Promise.all([...nodes, ...(dispatch ? [dispatch] : [])].map(terminate));
      try {
        for (const d of databases) await admin.query(`drop database if exists \`${d}\``);
        await deleteRedisKeys(prefix);
      } finally {
        await admin.end();
        for (const d of dirs) d.cleanup();
      }
    },
  };

  try {
    databases = await createDatabases(admin, 2);
    nodes = await startNodes(Array.from({ length: count }, () => ({})));
    if (opts.dispatch) {
      dispatch = await startChildServer(dirs[count]!.dir, [
        '--roles',
        'dispatch',
        ...routeArgs(count + 1, prefix),
        ...settingArgs(overrides),
      ]);
    }
  } catch (err) {
    await cluster.stop().catch(() => {});
    throw err;
  }
  return cluster;
}
