/**
 * The admin API (docs/admin.md): JSON under /admin/api on the REST API's port, for the admin
 * console only, hidden from /openapi.json. Sessions are store rows named by the SHA-256 of a
 * random token carried in the `parley_admin` cookie, so any node of a cluster accepts them.
 *
 * Every request to a route that declares `adminRole(...)` needs a live session of an enabled
 * admin with that role or more (NOT_LOGGED_IN 401, else PERMISSION_DENIED 403). Every
 * state-changing request (any method but GET, HEAD, OPTIONS), sign-in included, must come as
 * `application/json` from a page of this server: its Origin must name the request's own host
 * (cross-site requests are refused, whatever the cookie's SameSite does in old browsers).
 */
import cookie from '@fastify/cookie';
import { Code, ParleyError } from '@parley/protocol';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { tokenHash } from '../logic/passwords.ts';
import { type AdminDeps, roleAllows } from './admin-context.ts';
import { ADMIN_COOKIE, type AdminOptions } from './admin-http.ts';
import { adminsRoutes } from './routes-admins.ts';
import { authRoutes } from './routes-auth.ts';
import { dashboardRoutes } from './routes-dashboard.ts';
import { groupsRoutes } from './routes-groups.ts';
import { keysRoutes } from './routes-keys.ts';
import { messagesRoutes } from './routes-messages.ts';
import { settingsRoutes } from './routes-settings.ts';
import { usersRoutes } from './routes-users.ts';
import { webhooksRoutes } from './routes-webhooks.ts';

export { ADMIN_COOKIE, ADMIN_COOKIE_PATH, type AdminOptions } from './admin-http.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const SESSION_SWEEP_MS = 10 * 60 * 1000;

/** Whether `origin` (an Origin header) names `host` (the Host header) over http or https. */
export function sameOrigin(origin: string | undefined, host: string | undefined): boolean {
  if (!origin || !host) return false;
  try {
    const u = new URL(origin);
    return (
      (u.protocol === 'http:' || u.protocol === 'https:') &&
      u.host === host.toLowerCase() &&
      u.pathname === '/'
    );
  } catch {
    return false;
  }
}

/** The admin API as a Fastify plugin (its hooks apply to its own routes only). */
export function adminRoutes(d: AdminDeps, opts: AdminOptions = {}): FastifyPluginAsyncZod {
  return async (app) => {
    await app.register(cookie);
    // An empty JSON body (logout, dismiss) reads as {}: the console always sends the type.
    // Anything else goes to Fastify's own parser (which refuses prototype poisoning).
    const json = app.getDefaultJsonParser('error', 'error');
    app.removeContentTypeParser('application/json');
    app.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) => {
      const text = typeof body === 'string' ? body : body.toString('utf8');
      if (text.trim() === '') {
        done(null, {});
        return;
      }
      json(req, text, done);
    });

    app.addHook('onRequest', async (req) => {
      if (!SAFE_METHODS.has(req.method)) {
        const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
        if (type !== 'application/json') {
          throw new ParleyError(Code.BAD_REQUEST, 'state-changing requests must be application/json');
        }
        if (!sameOrigin(req.headers.origin, req.headers.host)) {
          throw new ParleyError(
            Code.PERMISSION_DENIED,
            'cross-site request refused (Origin must be this server)',
          );
        }
      }
      const needed = req.routeOptions.config.adminRole;
      if (needed === undefined) return;
      const token = req.cookies[ADMIN_COOKIE];
      if (!token) throw new ParleyError(Code.NOT_LOGGED_IN, 'sign in first');
      const hash = tokenHash(token);
      const session = await d.store.admins.getSession(hash);
      if (!session) throw new ParleyError(Code.NOT_LOGGED_IN, 'session ended; sign in again');
      if (session.expiresAt <= Date.now()) {
        await d.store.admins.deleteSession(hash);
        throw new ParleyError(Code.NOT_LOGGED_IN, 'session expired; sign in again');
      }
      const admin = await d.store.admins.get(session.name);
      if (!admin || admin.disabled) {
        await d.store.admins.deleteSession(hash);
        throw new ParleyError(Code.NOT_LOGGED_IN, 'account disabled or removed');
      }
      req.admin = { name: admin.name, role: admin.role, sessionHash: hash };
      if (!roleAllows(admin.role, needed)) {
        throw new ParleyError(
          Code.PERMISSION_DENIED,
          `this needs the ${needed} role (you are ${admin.role})`,
        );
      }
    });

    // Expired sessions are refused anyway; this only keeps the table small.
    const sweep = setInterval(() => {
      d.store.admins
        .deleteExpiredSessions(Date.now())
        .catch((err: unknown) => d.log.warn({ err }, 'removing expired admin sessions failed'));
    }, SESSION_SWEEP_MS);
    sweep.unref();
    app.addHook('onClose', async () => clearInterval(sweep));

    await app.register(authRoutes(d));
    await app.register(usersRoutes(d));
    await app.register(groupsRoutes(d));
    await app.register(messagesRoutes(d));
    await app.register(keysRoutes(d, opts));
    await app.register(adminsRoutes(d));
    // Route modules of the dashboard, webhooks and settings (routes-dashboard.ts, routes-webhooks.ts, routes-settings.ts) register here.
    await app.register(dashboardRoutes(d));
    await app.register(webhooksRoutes(d));
    await app.register(settingsRoutes(d));
  };
}
