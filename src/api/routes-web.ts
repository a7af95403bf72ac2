/**
 * The web chat client (web/, built by `npm run build:web` into web/dist) on the API's port:
 * `/` is its page, `/assets/*` its hashed bundles, `/config.json` tells it where the gate's
 * WebSocket listens. See docs/web.md. `/admin` is the admin console's page (web/admin, same
 * build, same /assets); its API under /admin/api is src/admin's, not served here.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { ApiDeps } from './api-context.ts';

/** Where `vite build` puts the client (git-ignored). */
export const WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url));

const NOT_BUILT =
  '<!doctype html><meta charset="utf-8"><title>Parley</title>' +
  '<p>The web client is not built yet: run <code>npm run build:web</code> (npm start does it).</p>';
const ADMIN_NOT_BUILT =
  '<!doctype html><meta charset="utf-8"><title>Parley admin</title>' +
  '<p>The admin console is not built yet: run <code>npm run build:web</code> (npm start does it).</p>';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

/**
 * The WebSocket URL the page should use: the gate's public host and WebSocket port; when the
 * public host is a loopback address (the default), the host name the browser used for this page,
 * so a node reached as http://192.168.1.5:7190/ hands out ws://192.168.1.5:7101/ws.
 */
export function webSocketUrl(d: ApiDeps, req: FastifyRequest): string {
  const port = d.wsPort || d.config['gate.wsPort'];
  const scheme = d.config['tls.cert'] ? 'wss' : 'ws';
  let host = d.config['gate.publicHost'];
  if (LOOPBACK.has(host)) {
    try {
      host = new URL(`http://${req.host}`).hostname || host;
    } catch {
      // A malformed Host header: keep the configured host.
    }
  } else if (host.includes(':') && !host.startsWith('[')) {
    host = `[${host}]`;
  }
  return `${scheme}://${host}:${port}/ws`;
}

export function webRoutes(d: ApiDeps, dist: string = WEB_DIST): FastifyPluginAsync {
  return async (app) => {
    await app.register(fastifyStatic, { serve: false, root: dist });
    const hide = { schema: { hide: true } };
    /** A page of the build (no-cache: it names the current hashed bundles), or 503 before a build. */
    const page = (dir: string, notBuilt: string) => async (_req: FastifyRequest, reply: FastifyReply) => {
      if (!existsSync(join(dir, 'index.html'))) {
        return reply.code(503).type('text/html; charset=utf-8').send(notBuilt);
      }
      return reply.header('cache-control', 'no-cache').sendFile('index.html', dir, { cacheControl: false });
    };
    app.get('/', hide, page(dist, NOT_BUILT));
    // The admin console; /admin/api/* belongs to the admin API (src/admin).
    const admin = page(join(dist, 'admin'), ADMIN_NOT_BUILT);
    app.get('/admin', hide, admin);
    app.get('/admin/', hide, admin);
    app.get<{ Params: { '*': string } }>('/assets/*', hide, async (req, reply) =>
      reply.sendFile(req.params['*'], join(dist, 'assets'), { maxAge: '365d', immutable: true }),
    );
    app.get('/config.json', hide, async (req, reply) =>
      reply.header('cache-control', 'no-store').send({ wsUrl: webSocketUrl(d, req) }),
    );
  };
}
