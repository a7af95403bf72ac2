import { readFileSync } from 'node:fs';
import type { AddressInfo, Server } from 'node:net';
import { AdminAccounts } from '../admin/admin-accounts.ts';
import { startRuntimeSettings } from '../admin/settings.ts';
import { listenApi } from '../api/api-server.ts';
import { type Config, parseRoles, type Role } from '../config/schema.ts';
import { type Events, startEvents } from '../events/index.ts';
import { FileService } from '../files/file-service.ts';
import type { FileStore } from '../files/types.ts';
import { Gate } from '../gate/gate.ts';
import { listenTcp, type TlsFiles } from '../gate/tcp-listener.ts';
import { listenWs } from '../gate/ws-listener.ts';
import { type Logic, startLogic } from '../logic/logic.ts';
import { createLogger, type Logger } from '../observability/logger.ts';
import { counterTotal, Metrics } from '../observability/metrics.ts';
import { closePushProviders, type PushProviders } from '../push/index.ts';
import type { Bus, GateLoad, GateRegistry, Presence } from '../route/types.ts';
import type { Store } from '../store/types.ts';
import {
  openBus,
  openFileStore,
  openGateRegistry,
  openPresence,
  openPushProviders,
  openStore,
} from './engines.ts';
import { listenOps } from './http-ops.ts';

export interface ParleyOptions {
  config: Config;
  log?: Logger;
  /** Engines chosen by the caller instead of from config (tests, cluster composition). */
  store?: Store;
  presence?: Presence;
  bus?: Bus;
  gateRegistry?: GateRegistry;
  /** Engine of uploaded files; default: the one files.engine names. */
  fileStore?: FileStore;
  /** Push providers; default: the ones the config turns on (src/app/engines.ts). */
  pushProviders?: PushProviders;
}

/** What every node has, whatever its roles: its ports (0 for listeners it does not run) and a stop. */
export interface RunningNode {
  readonly nodeId: string;
  readonly roles: ReadonlySet<Role>;
  readonly tcpPort: number;
  readonly wsPort: number;
  readonly httpPort: number;
  /** Port of the REST API (0 when this node does not serve it). */
  readonly apiPort: number;
  readonly metrics: Metrics;
  readonly log: Logger;
  readonly gateRegistry: GateRegistry;
  stop(): Promise<void>;
}

/** A dispatch-only node: the ops HTTP endpoint (/healthz, /metrics, /dispatch) over the registry. */
export type DispatchNode = RunningNode;

/** A running gate+logic node (maybe with dispatch): ports it listens on and a graceful stop. */
export interface ParleyNode extends RunningNode {
  readonly store: Store;
  readonly logic: Logic;
  readonly gate: Gate;
  /** Events to business servers: outbox writer, delivery loop, before-send hook. */
  readonly events: Events;
  /** Uploads, downloads and the expiry sweep of files (served under /files by the API). */
  readonly files: FileService;
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

function checkDispatchTiming(config: Config): void {
  if (config['dispatch.staleMs'] <= config['dispatch.reportIntervalMs']) {
    throw new Error(
      `dispatch.staleMs (${config['dispatch.staleMs']}) must be above dispatch.reportIntervalMs (${config['dispatch.reportIntervalMs']})`,
    );
  }
}

/** Starts the roles the config names (`roles`): a gate+logic node, or a dispatch-only node. */
export async function startNode(opts: ParleyOptions): Promise<ParleyNode | DispatchNode> {
  return parseRoles(opts.config.roles).has('gate') ? startParley(opts) : startDispatch(opts);
}

/**
 * Starts a dispatch-only node: no store, gate or logic, only the ops HTTP endpoint answering
 * /dispatch from the gate registry (which follows the presence engine config).
 */
export async function startDispatch(opts: ParleyOptions): Promise<DispatchNode> {
  const { config } = opts;
  const roles = parseRoles(config.roles);
  if (roles.has('gate') || !roles.has('dispatch')) {
    throw new Error(`startDispatch runs the dispatch role only (roles=${config.roles})`);
  }
  checkDispatchTiming(config);
  const nodeId = `node-${config.nodeId}`;
  const log = opts.log ?? createLogger(config['log.level'], { node: nodeId });
  const metrics = new Metrics({ node: nodeId });
  const gateRegistry = opts.gateRegistry ?? (await openGateRegistry(config));
  let stopping = false;
  const ops = await listenOps(
    {
      nodeId,
      metrics,
      health: async () => {
        if (stopping) throw new Error('shutting down');
        return { roles: [...roles], gates: (await gateRegistry.list()).length };
      },
      dispatch: () => gateRegistry.list(),
    },
    config.host,
    config['http.port'],
  );
  const node: DispatchNode = {
    nodeId,
    roles,
    tcpPort: 0,
    wsPort: 0,
    httpPort: portOf(ops),
    apiPort: 0,
    metrics,
    log,
    gateRegistry,
    async stop() {
      if (stopping) return;
      stopping = true;
      await closeServer(ops);
      await gateRegistry.close();
      log.info('stopped');
    },
  };
  log.info({ http: node.httpPort, roles: [...roles] }, 'parley dispatch started');
  return node;
}

/**
 * Starts gate and logic (and dispatch when the roles include it) in this process: store, route,
 * logic, gate listeners, the gate's load reports and the ops endpoint.
 */
export async function startParley(opts: ParleyOptions): Promise<ParleyNode> {
  // The node's own copy: runtime settings (src/admin/settings.ts) change its live keys.
  const config: Config = { ...opts.config };
  const roles = parseRoles(config.roles);
  if (!roles.has('gate')) {
    throw new Error(`startParley runs gate and logic; roles=${config.roles} needs startDispatch`);
  }
  checkDispatchTiming(config);
  const nodeId = `node-${config.nodeId}`;
  const log = opts.log ?? createLogger(config['log.level'], { node: nodeId });
  const metrics = new Metrics({ node: nodeId });
  const store = opts.store ?? (await openStore(config, log));
  await store.migrate();
  const settings = await startRuntimeSettings({
    store,
    config,
    log,
    reloadMs: config['admin.settingsReloadMs'],
  });
  const presence = opts.presence ?? (await openPresence(config));
  const bus = opts.bus ?? (await openBus(config, log));
  const gateRegistry = opts.gateRegistry ?? (await openGateRegistry(config));
  const pushProviders = opts.pushProviders ?? openPushProviders(config, log);
  const events = await startEvents({ config, store, log, node: nodeId });
  const logic = startLogic(
    { store, presence, bus, config, metrics, log, events: events.writer, beforeSend: events.beforeSend },
    pushProviders,
  );
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
  const tcpPort = portOf(tcp);
  const wsPort = portOf(ws.server);
  const load = async (): Promise<GateLoad> => ({
    nodeId,
    host: config['gate.publicHost'],
    tcpPort,
    wsPort,
    connections: gate.connectionCount,
    sessions: gate.sessionCount,
    messagesIn: await counterTotal(metrics.messagesIn),
    messagesOut: await counterTotal(metrics.messagesOut),
    updatedAt: Date.now(),
  });
  // One report at a time; stop() waits for the one in flight before removing the entry.
  let reporting: Promise<void> = gateRegistry.report(await load());
  await reporting;
  const reportTimer = setInterval(() => {
    reporting = reporting.then(() =>
      stopping
        ? undefined
        : load()
            .then((l) => gateRegistry.report(l))
            .catch((err: unknown) => log.warn({ err }, 'reporting gate load failed')),
    );
  }, config['dispatch.reportIntervalMs']);
  reportTimer.unref();
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
  const files = new FileService({
    store,
    files: opts.fileStore ?? (await openFileStore(config)),
    config,
    log,
  });
  files.start();
  // The admin console's first account, when there is none yet (docs/admin.md).
  if (config['api.enabled']) await new AdminAccounts(store, config).bootstrap(log);
  // Before the ops endpoint: a node answers /healthz only once every listener is up.
  const api = config['api.enabled']
    ? await listenApi(
        {
          store,
          presence,
          bus,
          logic,
          gateRegistry,
          config,
          log,
          nodeId,
          files,
          wsPort,
          metrics,
          events,
          pushProviders,
        },
        config.host,
        config['api.port'],
      )
    : undefined;
  const ops = await listenOps(
    {
      nodeId,
      metrics,
      health: async () => {
        if (stopping) throw new Error('shutting down');
        await store.ping();
        return { connections: gate.connectionCount, sessions: gate.sessionCount };
      },
      dispatch: roles.has('dispatch') ? () => gateRegistry.list() : undefined,
    },
    config.host,
    config['http.port'],
  );
  const node: ParleyNode = {
    nodeId,
    roles,
    tcpPort,
    wsPort,
    httpPort: portOf(ops),
    apiPort: api ? portOf(api.server) : 0,
    gateRegistry,
    store,
    logic,
    gate,
    events,
    files,
    metrics,
    log,
    async stop() {
      if (stopping) return;
      stopping = true;
      clearInterval(tokenTimer);
      clearInterval(reportTimer);
      await settings.close();
      gate.stopAccepting();
      // Dispatch stops sending clients here first.
      await reporting;
      await gateRegistry
        .remove(nodeId)
        .catch((err: unknown) => log.warn({ err }, 'removing gate from the registry failed'));
      const listenersClosed = Promise.all([closeServer(tcp), closeServer(ws.server)]);
      // The API's requests in progress finish (their sends commit) before logic closes.
      // Relays waiting for upload progress end first, so the API's close does not wait for them.
      await files.close();
      await api?.close();
      await files.engine.close();
      await logic.close();
      await gate.close();
      // Closing the gate ended its sessions: let their presence announcements finish first.
      await logic.settled();
      // Events emitted by the last commits are written; deliveries in flight are recorded.
      await events.close();
      await listenersClosed;
      ws.wss.close();
      await closeServer(ops);
      // Sends in flight come back as retries and release their queued jobs before the store closes.
      await closePushProviders(pushProviders);
      await logic.push.settled();
      await presence.close();
      await gateRegistry.close();
      await bus.close();
      await store.close();
      log.info('stopped');
    },
  };
  log.info(
    {
      tcp: node.tcpPort,
      ws: node.wsPort,
      http: node.httpPort,
      api: node.apiPort,
      tls: Boolean(tlsFiles),
      roles: [...roles],
    },
    'parley started',
  );
  return node;
}
