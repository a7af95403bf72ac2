/**
 * GET /admin/api/dashboard (docs/admin.md `Dashboard`): live figures of the cluster and the
 * answering node's 10-minute series. The series sampler starts with this plugin and stops when
 * the API closes.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { counterTotal } from '../observability/metrics.ts';
import type { Store } from '../store/types.ts';
import { type AdminDeps, adminRole } from './admin-context.ts';
import { DashboardSampler } from './dashboard-sampler.ts';

/** The store engine's name for the dashboard. */
export function storeEngineName(d: Pick<AdminDeps, 'store' | 'config'>): string {
  if ('shardCount' in d.store) return 'mysql-sharded';
  if (d.config['store.engine'] === 'mysql') return d.config['store.mysqlShards'] ? 'mysql-sharded' : 'mysql';
  return 'sqlite';
}

/** Pings the store; a failure is reported, never thrown (the dashboard still answers). */
export async function storeHealth(
  store: Pick<Store, 'ping'>,
  engine: string,
  timeoutMs = 2000,
): Promise<{ engine: string; ok: boolean; latencyMs: number; error?: string }> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      store.ping(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
    return { engine, ok: true, latencyMs: Math.round((performance.now() - started) * 100) / 100 };
  } catch (err) {
    return {
      engine,
      ok: false,
      latencyMs: Math.round((performance.now() - started) * 100) / 100,
      error: err instanceof Error ? err.message : String(err),
    };
  } finally {
    clearTimeout(timer);
  }
}

export function dashboardRoutes(d: AdminDeps): FastifyPluginAsyncZod {
  return async (app) => {
    const sampler = new DashboardSampler({
      presence: d.presence,
      gateRegistry: d.gateRegistry,
      log: d.log,
      intervalMs: d.config['admin.dashboardSampleMs'],
    });
    sampler.start();
    app.addHook('onClose', async () => {
      await sampler.stop();
    });

    app.get('/admin/api/dashboard', { config: adminRole('viewer'), schema: { hide: true } }, async () => {
      const [online, gates, store, queued, stats] = await Promise.all([
        d.presence.count(),
        d.gateRegistry.list(),
        storeHealth(d.store, storeEngineName(d)),
        d.store.push.queued().catch(() => 0),
        d.store.events.stats().catch(() => []),
      ]);
      const metrics = d.metrics;
      const [sent, failed] =
        metrics === undefined
          ? [0, 0]
          : await Promise.all([
              counterTotal(metrics.pushes, { result: 'sent' }),
              counterTotal(metrics.pushes, { result: 'failed' }),
            ]);
      const targets = new Map((d.events?.dispatcher.status() ?? []).map((s) => [s.sink, s.target]));
      const sinks = new Set([...targets.keys(), ...stats.map((s) => s.sink)]);
      const events = [...sinks].sort().map((sink) => {
        const s = stats.find((x) => x.sink === sink);
        return { sink, target: targets.get(sink) ?? '', pending: s?.pending ?? 0, dead: s?.dead ?? 0 };
      });
      return {
        now: Date.now(),
        node: d.nodeId,
        online,
        connections: gates.reduce((n, g) => n + g.connections, 0),
        sessions: gates.reduce((n, g) => n + g.sessions, 0),
        gates: gates.map((g) => ({
          nodeId: g.nodeId,
          host: g.host,
          connections: g.connections,
          sessions: g.sessions,
          msgsInPerSec: sampler.ratesOf(g.nodeId).msgsInPerSec,
          updatedAt: g.updatedAt,
        })),
        store,
        push: { providers: [...(d.pushProviders?.keys() ?? [])].sort(), queued, sent, failed },
        events,
        series: sampler.series(),
      };
    });
  };
}
