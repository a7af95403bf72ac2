import { readFileSync } from 'node:fs';
import type { AddressInfo, Server } from 'node:net';
import type { Config } from '../config/schema.ts';
import { Gate } from '../gate/gate.ts';
import { listenTcp, type TlsFiles } from '../gate/tcp-listener.ts';
import { listenWs } from '../gate/ws-listener.ts';
import { type Logic, startLogic } from '../logic/logic.ts';
import { createLogger, type Logger } from '../observability/logger.ts';
import { Metrics } from '../observability/metrics.ts';
import type { Bus, Presence } from '../route/types.ts';
import type { Store } from '../store/types.ts';
import { openBus, openPresence, openStore } from './engines.ts';
import { listenOps } from './http-ops.ts';

export interface ParleyOptions {
  config: Config;
  log?: Logger;
  /** Engines chosen by the caller instead of from config (tests, cluster composition). */
  store?: Store;
  presence?: Presence;
  bus?: Bus;
}

/** A running node: ports it listens on and a graceful stop. */
export interface ParleyNode {
  readonly nodeId: string;
  readonly tcpPort: number;
  readonly wsPort: number;
  readonly httpPort: number;
  readonly store: Store;
  readonly logic: Logic;
  readonly gate: Gate;
  readonly metrics: Metrics;
  readonly log: Logger;
  /**
   * Graceful stop: stop accepting, commit every accepted message (acks still go out), tell
   * clients to reconnect later, close connections, close the store.
   */
  stop(): Promise<void>;
}

const TOKEN_SWEEP_MS = 10 * 60 * 1000;

function closeServer(s: Server): Promise<void> {
  return new Promise((r) => s.close(() => r()));
}

function portOf(s: Server): number {
  return (s.address() as AddressInfo).port;
}

/** Starts every role in this process: store, route, logic, gate listeners and the ops endpoint. */
export async function startParley(opts: ParleyOptions): Promise<ParleyNode> {
  const { config } = opts;
  const nodeId = `node-${config.nodeId}`;
  const log = opts.log ?? createLogger(config['log.level'], { node: nodeId });
  const metrics = new Metrics({ node: nodeId });
  const store = opts.store ?? (await openStore(config));
  await store.migrate();
  const presence = opts.presence ?? (await openPresence(config));
  const bus = opts.bus ?? (await openBus(config, log));
  const logic = startLogic({ store, presence, bus, config, metrics, log });
  await logic.messages.init();
  const gate = new Gate({ gateId: `${nodeId}/gate`, config, logic, presence, bus, log, metrics });
  await gate.start();

  let tlsFiles: TlsFiles | undefined;
  if (config['tls.cert'] || config['tls.key']) {
    if (!config['tls.cert'] || !config['tls.key'])
      throw new Error('tls.cert and tls.key must be set together');
    tlsFiles = { cert: readFileSync(config['tls.cert']), key: readFileSync(config['tls.key']) };
  }
  const tcp = await listenTcp(gate, config.host, config['gate.tcpPort'], tlsFiles);
  const ws = await listenWs(gate, config.host, config['gate.wsPort'], tlsFiles);
  let stopping = false;
  // Expired login tokens are refused at login anyway; this only keeps the table small.
  const sweepTokens = (): void => {
    store.tokens
      .deleteExpired(Date.now())
      .then((n) => n > 0 && log.info({ removed: n }, 'expired tokens removed'))
      .catch((err: unknown) => log.warn({ err }, 'removing expired tokens failed'));
  };
  sweepTokens();
  const tokenTimer = setInterval(sweepTokens, TOKEN_SWEEP_MS);
  tokenTimer.unref();
  const ops = await listenOps(
    {
      nodeId,
      metrics,
      health: async () => {
        if (stopping) throw new Error('shutting down');
        await store.ping();
        return { connections: gate.connectionCount, sessions: gate.sessionCount };
      },
    },
    config.host,
    config['http.port'],
  );
  const node: ParleyNode = {
    nodeId,
    tcpPort: portOf(tcp),
    wsPort: portOf(ws.server),
    httpPort: portOf(ops),
    store,
    logic,
    gate,
    metrics,
    log,
    async stop() {
      if (stopping) return;
      stopping = true;
      clearInterval(tokenTimer);
      gate.stopAccepting();
      const listenersClosed = Promise.all([closeServer(tcp), closeServer(ws.server)]);
      await logic.close();
      await gate.close();
      await listenersClosed;
      ws.wss.close();
      await closeServer(ops);
      await presence.close();
      await bus.close();
      await store.close();
      log.info('stopped');
    },
  };
  log.info(
    { tcp: node.tcpPort, ws: node.wsPort, http: node.httpPort, tls: Boolean(tlsFiles) },
    'parley started',
  );
  return node;
}
