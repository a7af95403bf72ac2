import http from 'node:http';
import type { Metrics } from '../observability/metrics.ts';
import type { GateLoad } from '../route/types.ts';
import { listen } from '../util/listen.ts';

export interface OpsDeps {
  nodeId: string;
  metrics: Metrics;
  /** Throws when the node cannot serve (store unreachable, shutting down). */
  health(): Promise<Record<string, unknown>>;
  /** Live gates, least loaded first; present only on nodes running the dispatch role. */
  dispatch?: () => Promise<GateLoad[]>;
}

function json(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

/**
 * The operations endpoint: GET /healthz (JSON, 200 or 503), GET /metrics (Prometheus text) and,
 * on dispatch nodes, GET /dispatch (JSON `{gates}`, least loaded first; 503 when no gate is live).
 */
export async function listenOps(d: OpsDeps, host: string, port: number): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    if (path === '/healthz') {
      d.health().then(
        (details) => {
          res.writeHead(200, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ status: 'ok', node: d.nodeId, ...details }));
        },
        (err: unknown) => {
          res.writeHead(503, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ status: 'unavailable', node: d.nodeId, error: (err as Error).message }));
        },
      );
      return;
    }
    if (path === '/metrics') {
      d.metrics.registry.metrics().then(
        (text) => {
          res.writeHead(200, { 'content-type': d.metrics.registry.contentType });
          res.end(text);
        },
        () => res.writeHead(500).end(),
      );
      return;
    }
    if (path === '/dispatch' && d.dispatch) {
      d.dispatch().then(
        (gates) => {
          if (gates.length === 0) json(res, 503, { gates: [], error: 'no live gate' });
          else json(res, 200, { gates });
        },
        (err: unknown) => json(res, 503, { gates: [], error: (err as Error).message }),
      );
      return;
    }
    res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'not found' }));
  });
  await listen(server, port, host);
  return server;
}
