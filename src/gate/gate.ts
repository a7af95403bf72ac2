import { Code, Commands, encodePush } from '@parley/protocol';
import type { Config } from '../config/schema.ts';
import type { LogicApi, Session } from '../logic/types.ts';
import type { Logger } from '../observability/logger.ts';
import type { Metrics } from '../observability/metrics.ts';
import type { Bus, Delivery, GateHandler, KickNotice, Presence } from '../route/types.ts';
import { ClientConnection } from './connection.ts';
import type { GateContext } from './gate-context.ts';
import { TokenBucket } from './rate-limit.ts';
import type { ServerTransport } from './transport.ts';

export interface GateDeps {
  gateId: string;
  config: Config;
  logic: LogicApi;
  presence: Presence;
  bus: Bus;
  log: Logger;
  metrics: Metrics;
}

/**
 * The access layer: holds client connections, heartbeats and sessions. One sweep timer checks
 * every connection (idle timeout, login timeout, server heartbeat) so an idle connection costs
 * no timer of its own.
 */
export class Gate implements GateContext, GateHandler {
  readonly gateId: string;
  readonly config: Config;
  readonly logic: LogicApi;
  readonly log: Logger;
  readonly metrics: Metrics;
  private readonly conns = new Set<ClientConnection>();
  private readonly bySession = new Map<string, ClientConnection>();
  /** Sessions leaving presence (and announcing it): close waits for them. */
  private readonly ending = new Set<Promise<void>>();
  private readonly perIp = new Map<string, number>();
  private readonly authBuckets = new Map<string, TokenBucket>();
  private nextId = 1;
  private readonly sweepTimer: NodeJS.Timeout;
  private lastTouch = Date.now();
  private accepting = true;

  constructor(private readonly d: GateDeps) {
    this.gateId = d.gateId;
    this.config = d.config;
    this.logic = d.logic;
    this.log = d.log;
    this.metrics = d.metrics;
    const every = Math.max(50, Math.min(1000, Math.floor(d.config['gate.heartbeatIntervalMs'] / 4)));
    this.sweepTimer = setInterval(() => this.sweep(), every);
    this.sweepTimer.unref();
  }

  async start(): Promise<void> {
    await this.d.bus.attachGate(this.gateId, this);
  }

  get connectionCount(): number {
    return this.conns.size;
  }

  get sessionCount(): number {
    return this.bySession.size;
  }

  /** Adopts a new transport; returns the connection, or undefined when refused. */
  accept(transport: ServerTransport): ClientConnection | undefined {
    if (!this.accepting || this.conns.size >= this.config['gate.maxConnections']) {
      transport.destroy();
      return undefined;
    }
    const fromIp = this.perIp.get(transport.remoteIp) ?? 0;
    if (fromIp >= this.config['gate.maxConnectionsPerIp']) {
      this.log.warn({ ip: transport.remoteIp }, 'too many connections from one address');
      transport.write(
        encodePush(Commands.goaway, {
          code: Code.RATE_LIMITED,
          reason: 'too many connections from your address',
          reconnect: true,
        }),
      );
      transport.end();
      return undefined;
    }
    this.perIp.set(transport.remoteIp, fromIp + 1);
    const conn = new ClientConnection(this.nextId++, transport, this);
    this.conns.add(conn);
    this.metrics.connections.inc({ transport: transport.kind });
    return conn;
  }

  async sessionStarted(conn: ClientConnection, session: Session): Promise<void> {
    this.bySession.set(session.sessionId, conn);
    this.metrics.sessions.set(this.bySession.size);
    await this.d.presence.register(session);
    if (conn.closed) this.connectionClosed(conn, session);
  }

  connectionClosed(conn: ClientConnection, session: Session | undefined): void {
    if (this.conns.delete(conn)) {
      this.metrics.connections.dec({ transport: conn.transport.kind });
      const ip = conn.transport.remoteIp;
      const left = (this.perIp.get(ip) ?? 1) - 1;
      if (left > 0) this.perIp.set(ip, left);
      else this.perIp.delete(ip);
    }
    if (session && this.bySession.get(session.sessionId) === conn) {
      this.bySession.delete(session.sessionId);
      this.metrics.sessions.set(this.bySession.size);
      const ended = this.d.presence
        .unregister(session)
        .then(() => this.logic.sessionEnded(session))
        .catch((err: unknown) => this.log.warn({ err }, 'presence unregister failed'));
      this.ending.add(ended);
      void ended.finally(() => this.ending.delete(ended));
    }
  }

  authWaitMs(ip: string): number {
    let bucket = this.authBuckets.get(ip);
    if (!bucket) {
      // Evict the oldest address rather than resetting everyone's budget.
      if (this.authBuckets.size >= 100_000) this.authBuckets.delete(this.authBuckets.keys().next().value!);
      bucket = new TokenBucket(this.config['gate.authPerSecPerIp'], this.config['gate.authBurstPerIp']);
      this.authBuckets.set(ip, bucket);
    }
    return bucket.take();
  }

  deliver(items: Delivery): void {
    for (const it of items) this.bySession.get(it.sessionId)?.write(it.frame);
  }

  broadcast(frame: Uint8Array): void {
    for (const conn of this.bySession.values()) conn.write(frame);
  }

  kick(sessionId: string, notice: KickNotice): void {
    const conn = this.bySession.get(sessionId);
    if (!conn) return;
    this.bySession.delete(sessionId);
    this.metrics.sessions.set(this.bySession.size);
    conn.kick(notice);
  }

  /** Stops taking connections (listeners close separately). */
  stopAccepting(): void {
    this.accepting = false;
  }

  /** Tells every client to come back later and closes them; waits briefly for flushes. */
  async close(): Promise<void> {
    this.accepting = false;
    clearInterval(this.sweepTimer);
    for (const c of this.conns) c.goaway(Code.UNAVAILABLE, 'server is shutting down', true);
    const deadline = Date.now() + 2000;
    while (this.conns.size > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    for (const c of this.conns) c.transport.destroy();
    // Destroyed sockets report their close in a later turn; then their sessions leave presence.
    await new Promise((r) => setImmediate(r));
    while (this.ending.size > 0) await Promise.all(this.ending);
    await this.d.bus.detachGate(this.gateId);
  }

  private sweep(): void {
    const now = Date.now();
    const idle = this.config['gate.idleTimeoutMs'];
    const beat = this.config['gate.heartbeatIntervalMs'];
    const loginTimeout = this.config['gate.loginTimeoutMs'];
    for (const c of this.conns) {
      if (c.closed) continue;
      if (now - c.lastReceived > idle) {
        c.goaway(Code.IDLE_TIMEOUT, 'no heartbeat within the timeout', true);
        // A destroyed socket reports its close asynchronously; drop the session now.
        c.onClosed();
      } else if (!c.session && now - c.connectedAt > loginTimeout) {
        c.goaway(Code.NOT_LOGGED_IN, 'no login within the timeout', true);
      } else if (c.session && now - c.lastReceived > beat && now - c.lastSent > beat / 2) {
        c.ping();
      }
    }
    if (now - this.lastTouch >= beat) {
      this.lastTouch = now;
      // Buckets that have refilled completely carry no state worth keeping.
      for (const [ip, b] of this.authBuckets) if (b.full()) this.authBuckets.delete(ip);
      const sessions = [...this.bySession.values()].flatMap((c) => (c.session ? [c.session] : []));
      if (sessions.length > 0) {
        this.d.presence
          .touch(sessions)
          .catch((err: unknown) => this.log.warn({ err }, 'presence touch failed'));
      }
    }
  }
}
