/**
 * Where an end-to-end suite runs. A suite module exports `runXSuite(target)`; one test file calls
 * it with `oneProcess` (one in-process server on SQLite), another with `cluster` (two gate+logic
 * node processes on MariaDB shards, Redis and NATS). The suite asks the deployment which port
 * user (or connection) `n` connects to: in the cluster, users 0 and 1 are on different nodes, so
 * a sender and a recipient numbered 0 and 1 always talk across nodes.
 */
import { type Cluster, startCluster } from './cluster.ts';
import { type Overrides, startTestServer, type TestServer, tempDir } from './server.ts';

export interface Deployment {
  /** TCP port of the node that user (or connection) `n` connects to. */
  tcpPort(n: number): number;
  /** WebSocket port of the node that user (or connection) `n` connects to. */
  wsPort(n: number): number;
  /** Logged-in sessions over every node. */
  sessions(): Promise<number>;
  /** Stops the server process(es) gracefully, keeping the data and the ports. */
  down(): Promise<void>;
  /** Starts the server process(es) again on the same data and ports. */
  up(): Promise<void>;
  /** Stops everything and removes the data. */
  stop(): Promise<void>;
}

export interface Target {
  readonly name: string;
  /** Starts a fresh deployment with these settings on top of the test defaults. */
  start(overrides?: Overrides): Promise<Deployment>;
  /** Time the suite's beforeAll may take to start a deployment. */
  readonly startTimeoutMs: number;
}

export const oneProcess: Target = {
  name: 'one process on SQLite',
  startTimeoutMs: 30_000,
  async start(overrides = {}) {
    const tmp = tempDir();
    let srv: TestServer | undefined = await startTestServer(overrides, tmp.dir);
    const ports = {
      'gate.tcpPort': srv.node.tcpPort,
      'gate.wsPort': srv.node.wsPort,
      'http.port': srv.node.httpPort,
      'api.port': srv.node.apiPort,
    };
    const running = (): TestServer => {
      if (srv === undefined) throw new Error('the server is down');
      return srv;
    };
    return {
      tcpPort: () => ports['gate.tcpPort'],
      wsPort: () => ports['gate.wsPort'],
      sessions: async () => running().node.gate.sessionCount,
      async down() {
        await running().stop();
        srv = undefined;
      },
      async up() {
        if (srv !== undefined) throw new Error('the server is already up');
        srv = await startTestServer({ ...overrides, ...ports }, tmp.dir);
      },
      async stop() {
        await srv?.stop();
        srv = undefined;
        tmp.cleanup();
      },
    };
  },
};

export const cluster: Target = {
  name: 'two gate+logic nodes on MariaDB shards, Redis and NATS',
  startTimeoutMs: 60_000,
  async start(overrides = {}) {
    const c: Cluster = await startCluster({ overrides });
    const node = (n: number) => c.nodes[n % c.nodes.length]!;
    return {
      tcpPort: (n) => node(n).tcpPort,
      wsPort: (n) => node(n).wsPort,
      sessions: () => c.sessionCount(),
      down: () => c.down(),
      up: () => c.up(),
      stop: () => c.stop(),
    };
  },
};
