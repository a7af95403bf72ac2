/** Figures for dashboards: live gates with their load, totals over the cluster. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { type ApiDeps, ErrorBody, needs } from './api-context.ts';

export function statsRoutes(d: ApiDeps): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/v1/stats',
      {
        config: needs('read'),
        schema: {
          tags: ['operations'],
          summary: 'Live gates and their load',
          description:
            'Each live gate as it last reported to the gate registry (every dispatch.reportIntervalMs).',
          response: {
            200: z.object({
              node: z.string().describe('The node that answered'),
              connections: z.number().int(),
              sessions: z.number().int(),
              gates: z.array(
                z.object({
                  nodeId: z.string(),
                  host: z.string(),
                  tcpPort: z.number().int(),
                  wsPort: z.number().int(),
                  connections: z.number().int(),
                  sessions: z.number().int(),
                }),
              ),
            }),
            401: ErrorBody,
            403: ErrorBody,
            429: ErrorBody,
          },
        },
      },
      async () => {
        const gates = await d.gateRegistry.list();
        return {
          node: d.nodeId,
          connections: gates.reduce((n, g) => n + g.connections, 0),
          sessions: gates.reduce((n, g) => n + g.sessions, 0),
          gates: gates.map((g) => ({
            nodeId: g.nodeId,
            host: g.host,
            tcpPort: g.tcpPort,
            wsPort: g.wsPort,
            connections: g.connections,
            sessions: g.sessions,
          })),
        };
      },
    );
  };
}
